import { parentPort } from 'node:worker_threads'
import { type RenderRequest, renderModel } from './render-model.js'

/**
 * A thread that renders shards for the build (render-site.ts): it receives each shard's model,
 * renders it and answers when it is done, one shard at a time.
 */

export type RenderAnswer = { done: true } | { done: false; error: string }

const port = parentPort
if (!port) throw new TypeError('render-worker.ts runs in a worker thread')

port.on('message', async (request: RenderRequest) => {
  try {
    await renderModel(request)
    port.postMessage({ done: true } satisfies RenderAnswer)
  } catch (error) {
    port.postMessage({
      done: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies RenderAnswer)
  }
})
