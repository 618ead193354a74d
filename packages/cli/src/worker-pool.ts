import { readFileSync } from 'node:fs'
import { type ResourceLimits, Worker } from 'node:worker_threads'
import { fileDiagnostic } from './diagnostics.js'
import type { FileOutcome } from './file-job.js'
import { builtWorkerEntry } from './worker-entry.js'
import type { ToPool, ToWorker, WorkerSettings, WorkerStart } from './worker-protocol.js'

/**
 * The same limits for every file, whatever `--jobs` is: the stack decides how deep a nesting
 * overflows, so all processing happens in workers with this stack, never on the main thread.
 * The heap bound keeps one huge file from taking the machine's memory. The young generation is
 * left at V8's size (16 MB semi-spaces): measured on 800 generated articles run in one thread,
 * 32 and 64 MB made no run faster: what a scavenge copies is what outlives it (an article's
 * trees), and on 200 articles it copied 126 MB at 16 MB, 113 MB at 64 MB. Scavenging on the
 * worker's thread alone (V8's --single-threaded-gc) saved no CPU time in all either. A worker's
 * live heap stays near 70 MB; garbage lets it grow to about four times that before a full
 * collection.
 */
export const workerLimits = { stackSizeMb: 4, maxOldGenerationSizeMb: 2048 } as const

export interface PoolOptions {
  /** Most workers at once; they are started by `warm` or as work arrives. */
  size: number
  start: WorkerStart
  /**
   * Milliseconds one file of this many bytes may take, from the start of its processing: CPU
   * time of its worker thread where the system tells it (Linux), else wall time.
   */
  timeLimit: (bytes: number) => number
  /** Limits of every worker (default `workerLimits`): a test gives a small heap to see one die. */
  limits?: ResourceLimits | undefined
}

/**
 * How much longer than its CPU budget a file may take in wall time: on a machine busy with other
 * work a good article waits for a core, but a file that waits on nothing forever is still stopped.
 */
export const wallTimeFactor = 10

/** Clock ticks per second of /proc's CPU times: 100 on Linux for every common architecture. */
const clockTicks = 100

/** CPU milliseconds (user and system) a thread has used, from its /proc stat file. */
export function threadCpuMilliseconds(statFile: string): number | undefined {
  let stat: string
  try {
    stat = readFileSync(statFile, 'latin1')
  } catch {
    return undefined
  }
  // After the command name (in parentheses, which may hold spaces): fields 3 on; utime and stime
  // are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return Number.isFinite(ticks) ? (ticks * 1000) / clockTicks : undefined
}

interface Job {
  id: number
  sourceFile: string
  resolve: (outcome: FileOutcome) => void
  reject: (error: Error) => void
}

interface Lane {
  worker: Worker
  ready: boolean
  /** The worker thread's /proc stat file, when its CPU time can be read. */
  cpuClock: string | null
  /** The file the worker is on (its budget running from its `started`), or is about to start. */
  job: Job | undefined
  /**
   * The file it takes next, sent ahead so that it starts the moment the current one ends rather
   * than after its outcome has reached this thread and a new file has come back.
   */
  next: Job | undefined
  /** When the job's budget was set: wall clock and the thread's CPU time, in milliseconds. */
  budget: { milliseconds: number; wallStart: number; cpuStart: number | undefined } | undefined
  timer: NodeJS.Timeout | undefined
  error: Error | undefined
  /** Stopped on purpose (time limit, close): its exit is expected. */
  stopping: boolean
}

const fromSources = import.meta.url.endsWith('.ts')

/**
 * A worker running `worker.js` beside this module, bundled where it can be (`builtWorkerEntry`).
 * Running from TypeScript sources (`pnpm newsroom`, tests), loader hooks and export conditions
 * of this thread do not reach new threads, so the worker registers tsx itself and resolves
 * workspace packages to their sources.
 */
function createWorker(start: WorkerStart, limits: ResourceLimits): Worker {
  const options = { workerData: start, resourceLimits: limits }
  if (!fromSources) return new Worker(builtWorkerEntry(new URL('./', import.meta.url)), options)
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./worker.ts', import.meta.url).href
  const sourceCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, '@newsroom/source'] })
  }`
  const bootstrap = `
    const { register } = require('node:module')
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(sourceCondition)}`)})
    import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}

function failed(sourceFile: string, ruleId: string, message: string, hint: string): FileOutcome {
  return {
    entry: {
      article: null,
      diagnostics: [fileDiagnostic(sourceFile, 'error', ruleId, message, hint)],
    },
    cached: false,
  }
}

/**
 * Content files are processed in worker threads, one file per worker at a time, each under a
 * time budget: a file that runs past it is stopped (its worker replaced) and reported, so one file
 * can never stall a build. A worker that dies (out of memory, a crash) costs only its file.
 * Workers can be started (`warm`) before the run's settings are known (`configure`): a worker
 * takes its first file only after both.
 */
export class WorkerPool {
  readonly #options: PoolOptions
  readonly #lanes = new Set<Lane>()
  readonly #queue: Job[] = []
  #settings: WorkerSettings | undefined
  #nextId = 0
  #everReady = false

  constructor(options: PoolOptions) {
    this.#options = options
  }

  /** Start every worker now, before any work arrives, so that they load while the caller prepares. */
  warm(): void {
    while (this.#lanes.size < this.#options.size) this.#spawn()
  }

  /** The run's settings: sent to every worker, running or to come, before its first file. */
  configure(settings: WorkerSettings): void {
    this.#settings = settings
    for (const lane of this.#lanes) this.#sendSettings(lane)
    this.#dispatch()
  }

  #sendSettings(lane: Lane): void {
    if (this.#settings)
      lane.worker.postMessage({ type: 'settings', ...this.#settings } satisfies ToWorker)
  }

  run(sourceFile: string): Promise<FileOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, sourceFile, resolve, reject })
      this.#dispatch()
    })
  }

  /**
   * The files given to `run` that the pool holds now: queued, or in a worker (current or sent
   * ahead). Between events, every file whose outcome is not in yet is one of them.
   */
  get heldFiles(): string[] {
    const held = this.#queue.map((job) => job.sourceFile)
    for (const lane of this.#lanes)
      for (const job of [lane.job, lane.next]) if (job) held.push(job.sourceFile)
    return held
  }

  async close(): Promise<void> {
    const lanes = [...this.#lanes]
    this.#lanes.clear()
    await Promise.all(lanes.map((lane) => this.#stop(lane)))
  }

  #dispatch(): void {
    if (!this.#settings) return
    for (const lane of this.#lanes) {
      if (this.#queue.length === 0) return
      if (lane.ready && !lane.job) this.#assign(lane, this.#queue.shift() as Job)
    }
    // A file sent ahead waits for its worker: only while there are more files than workers, so
    // that the last files go to whichever worker is free first.
    for (const lane of this.#lanes) {
      if (this.#queue.length <= this.#lanes.size) break
      if (lane.ready && lane.job && !lane.next) this.#sendAhead(lane, this.#queue.shift() as Job)
    }
    const starting = [...this.#lanes].filter((lane) => !lane.ready).length
    const wanted = Math.min(this.#queue.length - starting, this.#options.size - this.#lanes.size)
    for (let index = 0; index < wanted; index++) this.#spawn()
  }

  #assign(lane: Lane, job: Job): void {
    lane.job = job
    this.#arm(lane, this.#options.timeLimit(0))
    this.#post(lane, job)
  }

  #sendAhead(lane: Lane, job: Job): void {
    lane.next = job
    this.#post(lane, job)
  }

  #post(lane: Lane, job: Job): void {
    lane.worker.postMessage({
      type: 'job',
      id: job.id,
      sourceFile: job.sourceFile,
    } satisfies ToWorker)
  }

  /** The current file is settled: the one sent ahead, if any, becomes current. */
  #advance(lane: Lane): void {
    clearTimeout(lane.timer)
    lane.budget = undefined
    lane.job = lane.next
    lane.next = undefined
    if (lane.job) this.#arm(lane, this.#options.timeLimit(0))
  }

  /** The file sent ahead to a worker that is stopped goes back to the front of the queue. */
  #requeueNext(lane: Lane): void {
    if (lane.next) this.#queue.unshift(lane.next)
    lane.next = undefined
  }

  /** Give the lane's job a budget of `milliseconds` from now. */
  #arm(lane: Lane, milliseconds: number): void {
    lane.budget = {
      milliseconds,
      wallStart: performance.now(),
      cpuStart: lane.cpuClock === null ? undefined : threadCpuMilliseconds(lane.cpuClock),
    }
    this.#wait(lane, milliseconds)
  }

  #wait(lane: Lane, milliseconds: number): void {
    clearTimeout(lane.timer)
    lane.timer = setTimeout(() => this.#check(lane), milliseconds)
  }

  /**
   * The budget's time has passed on the wall clock. Where the worker's CPU time is known, only
   * that counts (up to `wallTimeFactor` times the budget in wall time): on a machine busy with
   * other work, good articles are not stopped for waiting their turn.
   */
  #check(lane: Lane): void {
    const budget = lane.budget
    if (!lane.job || !budget) return
    const now =
      lane.cpuClock === null || budget.cpuStart === undefined
        ? undefined
        : threadCpuMilliseconds(lane.cpuClock)
    if (budget.cpuStart !== undefined && now !== undefined) {
      const used = now - budget.cpuStart
      const wall = performance.now() - budget.wallStart
      if (used < budget.milliseconds && wall < budget.milliseconds * wallTimeFactor) {
        const left = Math.min(
          budget.milliseconds - used,
          budget.milliseconds * wallTimeFactor - wall,
        )
        this.#wait(lane, Math.max(left, 10))
        return
      }
    }
    this.#timeOut(lane, budget.milliseconds)
  }

  #spawn(): void {
    const lane: Lane = {
      worker: createWorker(this.#options.start, this.#options.limits ?? workerLimits),
      ready: false,
      cpuClock: null,
      job: undefined,
      next: undefined,
      budget: undefined,
      timer: undefined,
      error: undefined,
      stopping: false,
    }
    this.#lanes.add(lane)
    // Posted before any job: a port delivers its messages in order.
    this.#sendSettings(lane)
    lane.worker.on('message', (message: ToPool) => this.#receive(lane, message))
    lane.worker.on('error', (error) => {
      lane.error = error
    })
    lane.worker.on('exit', () => this.#exited(lane))
  }

  #receive(lane: Lane, message: ToPool): void {
    if (message.type === 'ready') {
      lane.ready = true
      lane.cpuClock = message.cpuClock
      this.#everReady = true
      this.#dispatch()
      return
    }
    const job = lane.job
    if (!job || message.id !== job.id) return
    if (message.type === 'started') {
      this.#arm(lane, this.#options.timeLimit(message.bytes))
      return
    }
    this.#advance(lane)
    if (message.type === 'done') job.resolve(message.outcome)
    else
      job.resolve(
        failed(
          job.sourceFile,
          'cli/crash',
          `Processing failed: ${message.reason}`,
          'This is a bug in Newsroom, not in the article: please report it with the file.',
        ),
      )
    this.#dispatch()
  }

  #timeOut(lane: Lane, milliseconds: number): void {
    const job = lane.job
    if (!job) return
    lane.job = undefined
    this.#requeueNext(lane)
    this.#lanes.delete(lane)
    void this.#stop(lane)
    const seconds = Math.round(milliseconds / 100) / 10
    job.resolve(
      failed(
        job.sourceFile,
        'cli/time-limit',
        `Processing took longer than the ${seconds} s allowed for this file and was stopped`,
        'Raise the limit with --time-limit <seconds>, or split the file. An ordinary article should take well under a second: please report the file.',
      ),
    )
    this.#dispatch()
  }

  #exited(lane: Lane): void {
    clearTimeout(lane.timer)
    if (lane.stopping) return
    this.#lanes.delete(lane)
    const job = lane.job
    lane.job = undefined
    this.#requeueNext(lane)
    const error = lane.error
    if (!lane.ready && !this.#everReady) {
      // Not one worker could start: no file can be processed, which is a problem of the run.
      const reason = new Error(
        `A worker thread could not start: ${error?.message ?? 'it exited'}`,
        {
          cause: error,
        },
      )
      for (const queued of this.#queue.splice(0)) queued.reject(reason)
      job?.reject(reason)
      return
    }
    if (job) {
      const outOfMemory =
        (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      job.resolve(
        outOfMemory
          ? failed(
              job.sourceFile,
              'cli/out-of-memory',
              `Processing needed more than the ${workerLimits.maxOldGenerationSizeMb} MB of memory allowed for one file and was stopped`,
              'Split the file into smaller articles. An ordinary article needs far less: please report the file.',
            )
          : failed(
              job.sourceFile,
              'cli/crash',
              `The worker processing this file stopped: ${error?.message ?? 'it exited'}`,
              'This is a bug in Newsroom, not in the article: please report it with the file.',
            ),
      )
    }
    this.#dispatch()
  }

  async #stop(lane: Lane): Promise<void> {
    lane.stopping = true
    clearTimeout(lane.timer)
    await lane.worker.terminate()
  }
}
