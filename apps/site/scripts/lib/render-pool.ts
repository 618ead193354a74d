import { Worker } from 'node:worker_threads'
import type { RenderRequest } from './render-model.js'
import type { RenderAnswer } from './render-worker.js'
import { threadExecArgv } from './thread-options.js'

/**
 * Threads that render shards while the build works out the next ones: each takes one shard at
 * a time, and the build waits for a free thread before preparing a shard, so at most one model
 * per thread is in memory.
 */
export class RenderPool {
  #idle: Worker[] = []
  #waiting: (() => void)[] = []
  #running = new Set<Promise<void>>()
  #failure: Error | null = null
  #workers: Worker[] = []
  #size: number
  #retiring = false

  /** Threads start when there is a shard for them: after a small change, one renders it all. */
  constructor(size: number) {
    this.#size = size
  }

  /** Resolves when a thread is free to take a shard. */
  async ready(): Promise<void> {
    this.#throwIfFailed()
    if (this.#idle.length > 0) return
    if (this.#workers.length < this.#size) {
      const worker = new Worker(new URL('./render-thread.js', import.meta.url), {
        execArgv: threadExecArgv(process.execArgv),
      })
      this.#workers.push(worker)
      this.#idle.push(worker)
      return
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#throwIfFailed()
  }

  /** Hand a shard to a free thread (call `ready` first). */
  render(request: RenderRequest): void {
    const worker = this.#idle.pop()
    if (!worker) throw new Error('No free render thread: call `ready()` first')
    // The thread gets a copy of the model: what waits for its answer keeps only the shard's
    // number, so that this thread's model is not held while the thread renders and the next
    // shards are worked out (each up to tens of megabytes).
    const number = request.shard.index + 1
    const done = new Promise<void>((resolve) => {
      const finish = (error: Error | null) => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        if (error && !this.#failure) this.#failure = error
        if (this.#retiring) void worker.terminate()
        else this.#idle.push(worker)
        this.#running.delete(done)
        this.#waiting.shift()?.()
        resolve()
      }
      const onMessage = (answer: RenderAnswer) =>
        finish(answer.done ? null : new Error(`Rendering shard ${number} failed: ${answer.error}`))
      const onError = (error: Error) => finish(error)
      worker.on('message', onMessage)
      worker.on('error', onError)
    })
    this.#running.add(done)
    worker.postMessage(request)
  }

  /** Resolves when every shard handed over is rendered; throws the first failure. */
  async finish(): Promise<void> {
    await Promise.all(this.#running)
    this.#throwIfFailed()
  }

  /** No more shards: each thread ends once it is done, freeing its heap. */
  retire(): void {
    this.#retiring = true
    for (const worker of this.#idle.splice(0)) void worker.terminate()
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure
  }
}
