import { Worker } from 'node:worker_threads'
import { CacheEntry } from './cache.js'

interface Job {
  sourceFile: string
  contents: Uint8Array
  resolve: (entry: CacheEntry) => void
  reject: (error: Error) => void
}

/** The worker module beside this one: `.ts` when running from sources, `.js` when built. */
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
)

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
    const worker = new Worker(workerUrl)
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
    job?.reject(new Error(`Worker crashed on ${job.sourceFile}`, { cause: error }))
    // A crashed worker is gone: replace it so the remaining files still run.
    this.#spawn()
    this.#dispatch()
  }
}
