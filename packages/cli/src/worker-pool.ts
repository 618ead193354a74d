import { Worker } from 'node:worker_threads'
import { CacheEntry } from './cache.js'

interface Job {
  sourceFile: string
  contents: Uint8Array
  resolve: (entry: CacheEntry) => void
  reject: (error: Error) => void
}

const fromSources = import.meta.url.endsWith('.ts')

/**
 * A worker running `worker.js` beside this module. Running from TypeScript sources (`pnpm
 * newsroom`, tests), loader hooks and export conditions of this thread do not reach new threads,
 * so the worker registers tsx itself and resolves workspace packages to their sources.
 */
function createWorker(): Worker {
  if (!fromSources) return new Worker(new URL('./worker.js', import.meta.url))
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./worker.ts', import.meta.url).href
  const sourceCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, '@newsroom/source'] })
  }`
  const bootstrap = `
    const { register } = require('node:module')
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(sourceCondition)}`)})
    import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true })
}

/**
 * Enrichment is CPU-bound, so articles are processed in worker threads, one article per worker
 * at a time. Results come back as plain data and are validated on arrival.
 */
export class WorkerPool {
  readonly #idle: Worker[] = []
  readonly #all: Worker[] = []
  readonly #queue: Job[] = []
  readonly #running = new Map<Worker, Job>()

  constructor(size: number) {
    for (let index = 0; index < size; index++) this.#spawn()
  }

  #spawn(): void {
    const worker = createWorker()
    worker.on('message', (message: unknown) => this.#settle(worker, message))
    worker.on('error', (error) => this.#fail(worker, error))
    this.#all.push(worker)
    this.#idle.push(worker)
  }

  run(sourceFile: string, contents: Uint8Array): Promise<CacheEntry> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ sourceFile, contents, resolve, reject })
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((worker) => worker.terminate()))
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker
      const job = this.#queue.shift() as Job
      this.#running.set(worker, job)
      worker.postMessage({ sourceFile: job.sourceFile, contents: job.contents })
    }
  }

  #settle(worker: Worker, message: unknown): void {
    const job = this.#running.get(worker)
    if (!job) return
    this.#running.delete(worker)
    this.#idle.push(worker)
    const parsed = CacheEntry.safeParse(message)
    if (parsed.success) job.resolve(parsed.data)
    else
      job.reject(
        new Error(`Worker returned invalid output for ${job.sourceFile}`, { cause: parsed.error }),
      )
    this.#dispatch()
  }

  #fail(worker: Worker, error: Error): void {
    const job = this.#running.get(worker)
    this.#running.delete(worker)
    this.#all.splice(this.#all.indexOf(worker), 1)
    job?.reject(
      new Error(`Worker crashed on ${job.sourceFile}: ${error.message}`, { cause: error }),
    )
    // A crashed worker is gone: replace it so the remaining files still run.
    this.#spawn()
    this.#dispatch()
  }
}
