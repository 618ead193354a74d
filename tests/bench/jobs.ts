import { loadavg } from 'node:os'
import { median, type ThreadSeconds, type TimedRun } from './timed-run.js'

export interface JobsComparison {
  /** Median CPU seconds of `--jobs 1`, all threads, when every run tells it. */
  oneCpuSeconds: number | undefined
  /** Median of the pairs' wall time of `--jobs 1` over `--jobs 2`: the throughput ratio. */
  throughput: number
  throughputPairs: number[]
  /** Median of the pairs' CPU seconds of `--jobs 2` over `--jobs 1` (1.0: workers cost no extra). */
  cpu: number | undefined
  cpuPairs: number[]
  /**
   * Median of the pairs' throughput on cores of the process's own, estimated from CPU time
   * (`cpuBoundThroughput`), when every run tells it: what the wall times would say on a machine
   * that no other work shares, which on a busy one they cannot.
   */
  cpuBound: number | undefined
  cpuBoundPairs: number[]
  /** Median CPU seconds over wall seconds: how many cores each setting kept busy. */
  oneCores: number | undefined
  twoCores: number | undefined
  /** The same by kind of thread (main, workers, V8's and libuv's helpers), medians. */
  oneThreadCores: ThreadSeconds | undefined
  twoThreadCores: ThreadSeconds | undefined
  /** Highest peak resident memory of the rounds, in bytes. */
  onePeak: number | undefined
  twoPeak: number | undefined
  /** One-minute load average before and after: above the core count, other work shared them. */
  loadBefore: number
  loadAfter: number
}

const cores = (run: TimedRun) =>
  run.cpuSeconds === undefined ? undefined : run.cpuSeconds / run.seconds

/** Median cores each kind of thread kept busy over the runs, when every run tells. */
function threadCores(runs: readonly TimedRun[]): ThreadSeconds | undefined {
  const split = runs.flatMap((run) => (run.threads ? [{ ...run.threads, wall: run.seconds }] : []))
  if (split.length !== runs.length || split.length === 0) return undefined
  const of = (kind: keyof ThreadSeconds) => median(split.map((run) => run[kind] / run.wall))
  return { main: of('main'), workers: of('workers'), helpers: of('helpers') }
}

/**
 * The throughput of `--jobs 2` over `--jobs 1` that CPU time allows on two cores of the run's
 * own (this machine's). A run takes at least its CPU time spread over both cores; `--jobs 1` also
 * at least its one worker's thread time, whose work cannot be spread (its main thread and V8's
 * helpers run beside it, on the other core). So `--jobs 1` takes max(worker, all / 2) and
 * `--jobs 2` all / 2: a second worker gains only what the first leaves of the other core idle.
 * The main thread's work before the first file and after the last (the same in both) is left
 * out, so the estimate is high by that share. Undefined without the thread split (Linux only).
 */
export function cpuBoundThroughput(one: TimedRun, two: TimedRun): number | undefined {
  if (!one.threads || one.cpuSeconds === undefined || two.cpuSeconds === undefined) return undefined
  return Math.max(2 * one.threads.workers, one.cpuSeconds) / two.cpuSeconds
}

function medianOf(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((value): value is number => value !== undefined)
  return known.length === values.length && known.length > 0 ? median(known) : undefined
}

/**
 * `--jobs 1` and `--jobs 2` on the same work in alternating rounds (1, 2, 1, 2, …), so that a
 * machine whose speed drifts affects both alike, compared pair by pair.
 */
export async function compareJobs(
  rounds: number,
  run: (jobs: 1 | 2) => Promise<TimedRun>,
): Promise<JobsComparison> {
  const loadBefore = loadavg()[0] ?? 0
  const ones: TimedRun[] = []
  const twos: TimedRun[] = []
  for (let round = 0; round < rounds; round++) {
    ones.push(await run(1))
    twos.push(await run(2))
  }
  const throughputPairs = ones.map((one, index) => one.seconds / (twos[index] as TimedRun).seconds)
  const cpuPairs = ones.flatMap((one, index) => {
    const two = (twos[index] as TimedRun).cpuSeconds
    return one.cpuSeconds === undefined || two === undefined ? [] : [two / one.cpuSeconds]
  })
  const cpuBoundPairs = ones.flatMap((one, index) => {
    const estimate = cpuBoundThroughput(one, twos[index] as TimedRun)
    return estimate === undefined ? [] : [estimate]
  })
  const peak = (runs: TimedRun[]) => {
    const known = runs.flatMap((run) => (run.peakRss === undefined ? [] : [run.peakRss]))
    return known.length > 0 ? Math.max(...known) : undefined
  }
  return {
    oneCpuSeconds: medianOf(ones.map((one) => one.cpuSeconds)),
    throughput: median(throughputPairs),
    throughputPairs,
    cpu: cpuPairs.length === rounds ? median(cpuPairs) : undefined,
    cpuPairs,
    cpuBound: cpuBoundPairs.length === rounds ? median(cpuBoundPairs) : undefined,
    cpuBoundPairs,
    oneCores: medianOf(ones.map(cores)),
    twoCores: medianOf(twos.map(cores)),
    oneThreadCores: threadCores(ones),
    twoThreadCores: threadCores(twos),
    onePeak: peak(ones),
    twoPeak: peak(twos),
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
  }
}
