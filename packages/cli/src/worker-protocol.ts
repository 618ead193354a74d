/**
 * What the main thread and a worker thread say to each other: the worker's start data, the run's
 * settings, and the messages each way. Its own module so that the worker's code (and its bundle)
 * need not load the pool.
 */
import type { FileOutcome } from './file-job.js'

/** What a worker is started with (its `workerData`): all it needs to load, nothing of the run. */
export interface WorkerStart {
  /**
   * Raise V8's tiering budget (see worker.ts): set when the workers fill the cores, so that V8's
   * optimizing compiler no longer takes their CPU; with a spare core it compiles there for free.
   */
  leanTiering: boolean
  /**
   * Load the pipeline at once rather than on the first file the cache cannot serve: set when no
   * file will be served from the cache, so that the loading overlaps the main thread's scan.
   */
  preload: boolean
}

/** What every worker is told before its first file: known only once the run is prepared. */
export interface WorkerSettings {
  contentDir: string
  cacheDir: string | false
  version: string
}

export type ToWorker =
  | ({ type: 'settings' } & WorkerSettings)
  | { type: 'job'; id: number; sourceFile: string }
export type ToPool =
  /** `cpuClock`: the worker thread's /proc stat file, where its CPU time can be read (Linux). */
  | { type: 'ready'; cpuClock: string | null }
  | { type: 'started'; id: number; bytes: number }
  /**
   * The outcome crosses as a structured clone: on 200 generated articles V8 serialized them all in
   * 17 ms and deserialized them in 8 ms, where JSON.parse of their text alone took 22 ms.
   */
  | { type: 'done'; id: number; outcome: FileOutcome }
  | { type: 'failed'; id: number; reason: string }

/** V8's tiering budget when workers fill the cores: 16 times its default (66 kB of bytecode). */
export const workerInterruptBudget = 16 * 67_584
