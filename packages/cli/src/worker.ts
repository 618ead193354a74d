import { readlinkSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from './cache.js'
import { runFileJob } from './file-job.js'
import { saveCodeCache } from './save-code-cache.js'
import { setWorkerFlags } from './worker-flags.js'
import type { ToPool, ToWorker, WorkerStart } from './worker-protocol.js'

// Runs in a worker thread: the run's settings, then content file names in, their outcomes out,
// one file at a time.
const start = workerData as WorkerStart

// Already set by the bundle's loader, where it runs, before it compiled this code.
setWorkerFlags(start)

// Loading the pipeline takes a worker most of its start-up; begun here, it overlaps the main
// thread's scan of the content. A failure is left to the first file, which imports it again.
if (start.preload) import('./process-file.js').catch(() => {})

const port = parentPort
if (!port) throw new Error('worker.ts runs in a worker thread')
const send = (message: ToPool) => port.postMessage(message)

let contentDir = ''
let cache: ArticleCache | undefined

async function runJob(id: number, sourceFile: string): Promise<void> {
  try {
    const outcome = await runFileJob(contentDir, sourceFile, cache, (bytes) =>
      send({ type: 'started', id, bytes }),
    )
    // Once the pipeline has run, V8 has compiled what an article needs: what the next start of a
    // worker can take from the code cache rather than compile again. Saved before the outcome
    // goes: the pool may stop the worker as soon as it has the last one.
    if (outcome.milliseconds !== undefined) saveCodeCache()
    send({ type: 'done', id, outcome })
  } catch (error) {
    send({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) })
  }
}

// The pool may send a file ahead while one is in hand: files run one after another, in order.
let jobs = Promise.resolve()

port.on('message', (message: ToWorker) => {
  if (message.type === 'settings') {
    contentDir = message.contentDir
    cache =
      message.cacheDir === false ? undefined : new ArticleCache(message.cacheDir, message.version)
    return
  }
  const { id, sourceFile } = message
  jobs = jobs.then(() => runJob(id, sourceFile))
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
