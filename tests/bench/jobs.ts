import { loadavg } from 'node:os'
import { median, type ThreadSeconds, type TimedRun } from './timed-run.js'

export interface JobsComparison {
  /** Median wall seconds of `--jobs 1`. */
  oneSeconds: number
  /** Median of the pairs' wall time of `--jobs 1` over `--jobs 2`: the throughput ratio. */
  throughput: number
  throughputPairs: number[]
  /** Median of the pairs' CPU seconds of `--jobs 2` over `--jobs 1` (1.0: workers cost no extra). */
  cpu: number | undefined
  cpuPairs: number[]
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
  const peak = (runs: TimedRun[]) => {
    const known = runs.flatMap((run) => (run.peakRss === undefined ? [] : [run.peakRss]))
    return known.length > 0 ? Math.max(...known) : undefined
  }
  return {
    oneSeconds: median(ones.map((one) => one.seconds)),
    throughput: median(throughputPairs),
    throughputPairs,
    cpu: cpuPairs.length === rounds ? median(cpuPairs) : undefined,
    cpuPairs,
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
