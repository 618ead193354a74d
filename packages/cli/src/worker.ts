import { readlinkSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { parentPort, workerData } from 'node:worker_threads'
import { ArticleCache } from './cache.js'
import { runFileJob } from './file-job.js'
import {
  type ToPool,
  type ToWorker,
  type WorkerStart,
  workerInterruptBudget,
} from './worker-protocol.js'

// Runs in a worker thread: the run's settings, then content file names in, their outcomes out,
// one file at a time.
const start = workerData as WorkerStart

// An article runs through some thousand functions of the pipeline; with V8's default budget most
// of them are optimized early, on V8's helper threads: measured on 316 corpus articles, a third of
// the CPU time went to that compiling. With a spare core it costs no time; when the workers fill
// the cores it takes theirs, and a budget 16 times the default, which optimizes only the really
// hot functions, cut the CPU time of `--jobs 2` by about 29%. It makes the worker's own thread
// slower on long runs, hence only then: on 800 generated articles, `--jobs 1` took 7.0 s on its
// worker and 5.1 s on V8's helpers at the default, 7.8 s and 1.9 s at 16 times, 7.6 s and 3.1 s
// at 4 times; `--jobs 2` took some 10% more CPU in all at 4 or 8 times than at 16, and no less
// at 32 or 64. The setting is V8's: it holds for the whole process, and changes only when code
// is optimized, never what it computes.
if (start.leanTiering) setFlagsFromString(`--interrupt-budget=${workerInterruptBudget}`)
// At the default budget, what the helpers compile is mostly the same callees again and again,
// inlined into each of the large functions that call them (an optimized findPhrases or
// resolvePeople took some 100 ms of compiling apiece). Without inlining, on 200 generated
// articles in alternating runs of `--jobs 1`, V8's helpers took 1.7-2.1 s instead of 2.4-3.0 s
// and the worker's own thread no longer; with the lean budget, which optimizes far fewer
// functions, it made no difference, so it is left to V8 there.
else setFlagsFromString('--no-turbo-inlining')

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
