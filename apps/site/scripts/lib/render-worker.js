// @ts-check
import { parentPort } from 'node:worker_threads'
import { renderModel } from './render-model.js'

/**
 * A thread that renders shards for the build (render-site.ts): it receives each shard's model,
 * renders it and answers when it is done, one shard at a time. JavaScript, like render-model.js:
 * see render-thread.js.
 *
 * @typedef {import('./render-model.js').RenderRequest} RenderRequest
 * @typedef {{ done: true } | { done: false, error: string }} RenderAnswer
 */

const port = parentPort
if (!port) throw new TypeError('render-worker.js runs in a worker thread')

port.on('message', async (/** @type {RenderRequest} */ request) => {
  try {
    await renderModel(request)
    port.postMessage(/** @type {RenderAnswer} */ ({ done: true }))
  } catch (error) {
    port.postMessage(
      /** @type {RenderAnswer} */ ({
        done: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
  }
})
