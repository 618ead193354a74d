import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from './cache.js'
import { runFileJob } from './file-job.js'
import type { ToPool, ToWorker, WorkerSettings } from './worker-pool.js'

// Runs in a worker thread: content file names in, their outcomes out, one file at a time.
const settings = workerData as WorkerSettings
const cache =
  settings.cacheDir === false ? undefined : new ArticleCache(settings.cacheDir, settings.version)
const port = parentPort
if (!port) throw new Error('worker.ts runs in a worker thread')
const send = (message: ToPool) => port.postMessage(message)

port.on('message', async ({ id, sourceFile }: ToWorker) => {
  try {
    const outcome = await runFileJob(settings.contentDir, sourceFile, cache, (bytes) =>
      send({ type: 'started', id, bytes }),
    )
    send({ type: 'done', id, outcome })
  } catch (error) {
    send({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) })
  }
})
send({ type: 'ready' })
