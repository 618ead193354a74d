import { readlinkSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from './cache.js'
import { runFileJob } from './file-job.js'
import {
  type ToPool,
  type ToWorker,
  type WorkerSettings,
  workerInterruptBudget,
} from './worker-pool.js'

// Runs in a worker thread: content file names in, their outcomes out, one file at a time.
const settings = workerData as WorkerSettings

// An article runs through some thousand functions of the pipeline; with V8's default budget most
// of them are optimized early, on V8's helper threads: measured on 316 corpus articles, a third of
// the CPU time went to that compiling. With a spare core it costs no time; when the workers fill
// the cores it takes theirs, and a budget 16 times the default, which optimizes only the really
// hot functions, cut the CPU time of `--jobs 2` by about 29%. It can make the worker's own
// thread slower on long runs, hence only then. The setting is V8's: it holds for the whole
// process, and changes only when code is optimized, never what it computes.
if (settings.leanTiering) setFlagsFromString(`--interrupt-budget=${workerInterruptBudget}`)

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
/** This thread's /proc stat file, where the pool reads its CPU time (Linux only). */
function cpuClock(): string | null {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`
  } catch {
    return null
  }
}

send({ type: 'ready', cpuClock: cpuClock() })
