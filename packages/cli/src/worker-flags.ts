import { setFlagsFromString } from 'node:v8'
import { type WorkerStart, workerInterruptBudget } from './worker-protocol.js'

/**
 * The V8 flags a worker runs under. An article runs through some thousand functions of the
 * pipeline; with V8's default budget most of them are optimized early, on V8's helper threads:
 * measured on 316 corpus articles, a third of the CPU time went to that compiling. With a spare
 * core it costs no time; when the workers fill the cores it takes theirs, and a budget 16 times
 * the default, which optimizes only the really hot functions, cut the CPU time of `--jobs 2` by
 * about 29%. It makes the worker's own thread slower on long runs, hence only then: on 800
 * generated articles, `--jobs 1` took 7.0 s on its worker and 5.1 s on V8's helpers at the
 * default, 7.8 s and 1.9 s at 16 times, 7.6 s and 3.1 s at 4 times; `--jobs 2` took some 10% more
 * CPU in all at 4 or 8 times than at 16, and no less at 32 or 64.
 *
 * At the default budget, what the helpers compile is mostly the same callees again and again,
 * inlined into each of the large functions that call them (an optimized findPhrases or
 * resolvePeople took some 100 ms of compiling apiece). Without inlining, on 200 generated
 * articles in alternating runs of `--jobs 1`, V8's helpers took 1.7-2.1 s instead of 2.4-3.0 s
 * and the worker's own thread no longer; with the lean budget, which optimizes far fewer
 * functions, it made no difference, so it is left to V8 there.
 *
 * Inlining pays only late in a long run. In instructions (callgrind, tests/bench's
 * `parse-in-pipeline.mjs --callgrind pipeline … --no-forced-gc` on the bench's 200 articles,
 * 2026-12-05), with inlining and the array builtins still calls, the first pass from cold took
 * 24% more (12,226 M against 9,887 M; V8's optimizing compiler 53% of it, against 40%) and two
 * passes after 1,600 articles 6.2% fewer (4,645 M against 4,951 M: the code itself ran 10%
 * fewer, its compiling 8.4% of them against 4.3%): it makes up for its first pass only some
 * 3,000 articles into a run. The bench's warm rounds, which run under these flags, would show
 * the 6% too; a worker given a few hundred articles would pay more.
 *
 * Without inlining there, TurboFan still inlines the array builtins (`map`, `filter`…), and an
 * inlined `map` returns a holey array where the builtin returns a packed one: each time a function
 * making arrays with `map` is optimized, the functions reading them meet a new array map and are
 * thrown away ("wrong map") and compiled again. Keeping the builtins calls, on
 * the 200 articles of the bench run 12 times in one process, 156 deoptimizations became 23 (11 to
 * 2 in the last four passes), and two passes after 1,600 articles took 3% fewer instructions,
 * TurboFan's compiling 4.6% of them instead of 8.7%.
 */
export function workerFlags(start: WorkerStart): string {
  return workerV8Flags(start.leanTiering)
}

/**
 * The V8 flags of a worker that runs with (`leanTiering`) or without other workers filling the
 * cores, as `workerFlags` gives them: for a benchmark that must measure processing as
 * `newsroom process` runs it.
 */
export function workerV8Flags(leanTiering: boolean): string {
  return leanTiering
    ? `--interrupt-budget=${workerInterruptBudget}`
    : '--no-turbo-inlining --no-turbo-inline-array-builtins'
}

/**
 * Set the worker's V8 flags (`workerFlags`). They are V8's: they hold for the whole process,
 * and change only when code is optimized, never what it computes. Set before any of the
 * pipeline is compiled, as V8's code cache is valid only under the flags it was made with.
 */
export function setWorkerFlags(start: WorkerStart): void {
  setFlagsFromString(workerFlags(start))
}
