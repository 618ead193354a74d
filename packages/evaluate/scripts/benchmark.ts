/**
 * Enrichment cost on the corpus texts, one process and one core: tokenizing with retext-english
 * alone, against tokenizing plus retext-entities (with and without compromise), plus
 * retext-quotes, and plus both. Run with `--help` for the options and what it reads.
 *
 * The figure the issue asks for is a configuration's added CPU time as a multiple of
 * tokenizing's, on the same texts. Tokenizing is cheap (tens of milliseconds over the 79
 * articles), so a round over few texts has a tiny denominator that one collection or one
 * neighbour's burst can double; hence a large input per round (by default the 79 articles and
 * the 84 PolNeAR dev texts), each side timed over the whole input back to back, in CPU time (a
 * wait for a core is no one's cost), the order of the two sides swapped every round so that
 * neither always inherits the other's garbage, after warm-up passes (lazy data loading and the
 * JIT's compiles are not measured: the figures are those of a long batch run). The JIT takes
 * long to settle on the plugins' code: over the default texts, retext-quotes' CPU time a pass
 * still fell by half from the 5th pass to the 15th (3.3 s, 1.9, 1.4, 0.8, 0.85, 0.98, 0.78,
 * 0.61, 0.52, 0.50, 0.49, …, 0.44 at the 15th, 0.38 from the 17th on, busy machine), as
 * TurboFan went on compiling some tens of functions a pass; so 20 warm-up passes by default,
 * and the last warm-up passes of each side are printed, with a note when they still fall. The
 * figure is the median of the rounds' ratios, given with a 95% interval of that median that
 * assumes nothing about the rounds, their quartiles and their extremes, and every round's
 * ratio, so that the noise of the run shows.
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile, type VFileOptions } from 'vfile'
import { median, medianInterval, quantile } from './benchmark-statistics.js'
import { articleFile, corpus, type RetextProcessor, runOn, textFiles } from './corpus.js'

type Processor = RetextProcessor

const defaultFolders = [join(corpus, 'articles'), join(corpus, 'polnear-dev/text')]

const help = `Usage: pnpm --filter @newsroom/evaluate benchmark [options]

Times tokenizing (retext-english) alone against tokenizing plus each configuration, on the same
texts, and prints each configuration's added CPU time as a multiple of tokenizing's: the median
of the rounds' ratios, a 95% interval of that median, the rounds' quartiles and extremes, and
every round's ratio; first in CPU time of the whole process (the collector's helper threads
too: the figure to quote), then, on Linux, of the main thread alone (steadier, as the helpers'
work can fall on either side). Each round times one whole pass of each side back to back, the
order flipping every round. On a shared machine CPU time still grows with the load (caches and
memory are shared), so quote a figure with its interval and the load it was taken at.

Reads the .txt files of each --content folder (read only, through @newsroom/ingest as the
pipeline does), relative to where the command was run. By default, the 79 Wikinews articles
and the 84 PolNeAR dev texts of the shared corpus beside the repository:
${defaultFolders.map((folder) => `  ${folder}`).join('\n')}
Exits 0 with a note when those are absent; a --content folder that is absent or holds no .txt
file is an error.

Options:
  --content <dir>   a folder of .txt texts to time on (repeatable; replaces the defaults)
  --rounds <n>      measured rounds, each timing both sides over all texts (default 20)
  --warmup <n>      untimed passes of each side first (default 20: the JIT compiles the
                    plugins' code over some 15 passes; the last ones are printed, with a note
                    when they still fall)
  --only <names>    configurations to time, comma-separated, among entities,
                    entities-no-compromise, quotes, entities-quotes (default all)
  --help            this text
`

async function pass(processor: Processor, texts: readonly VFileOptions[]): Promise<void> {
  for (const options of texts) await runOn(processor, new VFile(options))
}

/** CPU time of this process (all its threads, the collector's too), in seconds. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/**
 * Where Linux tells the CPU time of the calling thread alone (its first field, in
 * nanoseconds): the main thread's share leaves out the collector's and the compiler's helper
 * threads, whose work may fall on either side of a round; absent elsewhere.
 */
const threadStatistics = '/proc/thread-self/schedstat'
const hasThreadTime = existsSync(threadStatistics)

/** CPU time of the main thread, in seconds (NaN where the system does not tell it). */
function threadSeconds(): number {
  if (!hasThreadTime) return Number.NaN
  return Number(readFileSync(threadStatistics, 'utf8').split(' ')[0]) / 1e9
}

/** What one side costs over all texts, round by round, in seconds. */
interface Side {
  /** CPU time of the whole process. */
  cpu: number[]
  /** CPU time of the main thread alone. */
  thread: number[]
  wall: number[]
  /** CPU time of the whole process in each warm-up pass. */
  warmup: number[]
}

/**
 * Time tokenizing and a configuration over all texts, `rounds` times after `warmup` passes.
 * Each round times one whole pass of each side, back to back, so both see the same load; the
 * order flips every round, as a side that runs second may pay to collect the first's garbage.
 */
async function time(
  tokenizer: Processor,
  configuration: Processor,
  texts: readonly VFileOptions[],
  rounds: number,
  warmup: number,
): Promise<[Side, Side]> {
  const processors = [tokenizer, configuration] as const
  const sides: [Side, Side] = [
    { cpu: [], thread: [], wall: [], warmup: [] },
    { cpu: [], thread: [], wall: [], warmup: [] },
  ]
  for (let round = 0; round < warmup; round++)
    for (const [index, processor] of processors.entries()) {
      const start = cpuSeconds()
      await pass(processor, texts)
      ;(sides[index] as Side).warmup.push(cpuSeconds() - start)
    }
  for (let round = 0; round < rounds; round++) {
    for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const side = sides[index] as Side
      const start = performance.now()
      const startCpu = cpuSeconds()
      const startThread = threadSeconds()
      await pass(processors[index] as Processor, texts)
      side.thread.push(threadSeconds() - startThread)
      side.cpu.push(cpuSeconds() - startCpu)
      side.wall.push((performance.now() - start) / 1000)
    }
  }
  return sides
}

/** A configuration's added CPU time over tokenizing's, round by round, and its summary. */
interface CpuRatio {
  rounds: number[]
  median: number
  interval: { low: number; high: number; exact: boolean }
  quartiles: [number, number]
  lowest: number
  highest: number
}

/**
 * The added CPU time of a configuration as a multiple of tokenizing's in each round, of the
 * whole process or of the main thread.
 */
function cpuRatio(tokenize: Side, elapsed: Side, of: 'cpu' | 'thread'): CpuRatio {
  const rounds = elapsed[of].map((seconds, round) => {
    const base = tokenize[of][round] ?? Number.NaN
    return (seconds - base) / base
  })
  return {
    rounds,
    median: median(rounds),
    interval: medianInterval(rounds),
    quartiles: [quantile(rounds, 0.25), quantile(rounds, 0.75)],
    lowest: Math.min(...rounds),
    highest: Math.max(...rounds),
  }
}

/** Warm-up passes printed per side. */
const warmupShown = 5

/**
 * Whether a side's CPU time was still falling at the end of its warm-up: the median of its
 * measured passes is under three quarters of its last warm-up passes' lowest, a drop the noise
 * of a shared machine does not make on its own once the JIT has settled.
 */
function stillFalling(side: Side): boolean {
  const last = side.warmup.slice(-warmupShown)
  if (last.length === 0) return false
  return median(side.cpu) < 0.75 * Math.min(...last)
}

function positiveInteger(args: readonly string[], name: string, fallback: number): number {
  if (!args.includes(name)) return fallback
  const value = Number(args[args.indexOf(name) + 1])
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`Expected \`${name}\` to be a positive integer, not \`${value}\``)
  return value
}

/** The values of a repeatable option. */
function repeated(args: readonly string[], name: string): string[] {
  const values: string[] = []
  for (const [at, arg] of args.entries()) {
    if (arg !== name) continue
    const value = args[at + 1]
    if (value === undefined || value.startsWith('--'))
      throw new TypeError(`Expected a folder after \`${name}\``)
    values.push(value)
  }
  return values
}

const multiple = (value: number): string => `${value.toFixed(2)}×`

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args.includes('--help')) {
    console.log(help)
    return
  }
  // Relative to where the command was run (`INIT_CWD` under a package script), not the package.
  const from = process.env.INIT_CWD ?? process.cwd()
  const given = repeated(args, '--content').map((folder) => resolve(from, folder))
  const folders = given.length > 0 ? given : defaultFolders
  const read = folders.map((folder) => ({ folder, files: textFiles(folder) }))
  const empty = read.filter(({ files }) => files.length === 0)
  if (given.length === 0 && empty.length > 0) {
    console.log(
      `Skipping: no shared corpus texts at ${empty.map(({ folder }) => folder).join(', ')}`,
    )
    return
  }
  if (empty.length > 0)
    throw new TypeError(
      `Expected .txt files in every \`--content\` folder, found none in ${empty.map(({ folder }) => folder).join(', ')}`,
    )
  const rounds = positiveInteger(args, '--rounds', 20)
  const warmup = positiveInteger(args, '--warmup', 20)
  const texts = read.flatMap(({ files }) =>
    files.map(({ name, contents }): VFileOptions => {
      const file = articleFile(name, contents)
      return { value: String(file.value), data: file.data }
    }),
  )
  const words = texts.reduce(
    (sum, text) => sum + (String(text.value).match(/[\p{L}\p{N}]+/gu)?.length ?? 0),
    0,
  )

  const tokenizer = unified().use(retextEnglish) as unknown as Processor
  /** Each configuration: its name for `--only`, its label, its processor. */
  const configurations: Array<[string, string, Processor]> = [
    [
      'entities',
      '+ retext-entities (compromise)',
      unified().use(retextEnglish).use(retextEntities) as unknown as Processor,
    ],
    [
      'entities-no-compromise',
      '+ retext-entities (no compromise)',
      unified()
        .use(retextEnglish)
        .use(retextEntities, { compromise: false }) as unknown as Processor,
    ],
    [
      'quotes',
      '+ retext-quotes',
      unified().use(retextEnglish).use(retextQuotes) as unknown as Processor,
    ],
    [
      'entities-quotes',
      '+ retext-entities + retext-quotes',
      unified().use(retextEnglish).use(retextEntities).use(retextQuotes) as unknown as Processor,
    ],
  ]
  const only = args.includes('--only')
    ? (args[args.indexOf('--only') + 1] ?? '').split(',')
    : configurations.map(([name]) => name)
  const runs = configurations.filter(([name]) => only.includes(name))
  if (runs.length !== only.length)
    throw new TypeError(
      `Expected \`--only\` to name configurations among ${configurations.map(([name]) => `\`${name}\``).join(', ')}, not \`${only.join(',')}\``,
    )
  const counts = read.map(({ folder, files }) => `${files.length} in ${folder}`).join(', ')
  console.log(`${texts.length} texts (${counts}), ${words} words`)
  console.log(
    `${warmup} warm-up passes, ${rounds} rounds, 1 core; CPU seconds per pass, median round`,
  )
  const load = (): string =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')
  console.log(`load average (1, 5, 15 min) at the start: ${load()}`)
  const usageBefore = process.resourceUsage()
  const line = (label: string, side: Side): void => {
    const seconds = median(side.cpu)
    console.log(
      `${label.padEnd(36)} ${(words / seconds).toFixed(0).padStart(9)} words/s ${(texts.length / seconds).toFixed(1).padStart(7)} texts/s  ${(seconds * 1000).toFixed(0).padStart(6)} ms CPU  (wall ${(Math.min(...side.wall) * 1000).toFixed(0)} ms fastest, ${(median(side.wall) * 1000).toFixed(0)} ms median)`,
    )
    const last = side.warmup.slice(-warmupShown)
    console.log(
      `${' '.repeat(37)}last warm-up passes: ${last.map((value) => (value * 1000).toFixed(0)).join(' ')} ms CPU${stillFalling(side) ? `; still falling: the JIT may not have settled (raise --warmup)` : ''}`,
    )
  }
  const ratios = new Map<string, { process: CpuRatio; thread: CpuRatio }>()
  for (const [, label, processor] of runs) {
    const [tokenize, elapsed] = await time(tokenizer, processor, texts, rounds, warmup)
    line('retext-english (tokenize only)', tokenize)
    line(label, elapsed)
    ratios.set(label, {
      process: cpuRatio(tokenize, elapsed, 'cpu'),
      thread: cpuRatio(tokenize, elapsed, 'thread'),
    })
  }
  const summary = (ratio: CpuRatio): string => {
    const { interval } = ratio
    return `${multiple(ratio.median)}, median of ${ratio.rounds.length} rounds; ${interval.exact ? '95% interval of the median' : 'too few rounds for a 95% interval of the median; range'} ${multiple(interval.low)} to ${multiple(interval.high)}; rounds' quartiles ${multiple(ratio.quartiles[0])} to ${multiple(ratio.quartiles[1])}, lowest ${multiple(ratio.lowest)}, highest ${multiple(ratio.highest)}`
  }
  const report = (
    title: string,
    { process, thread }: { process: CpuRatio; thread: CpuRatio },
  ): void => {
    console.log(`${title}, process CPU: ${summary(process)}`)
    console.log(`  rounds: ${process.rounds.map((value) => value.toFixed(2)).join(' ')}`)
    if (!hasThreadTime) return
    console.log(`  main thread CPU only: ${summary(thread)}`)
    console.log(`  rounds: ${thread.rounds.map((value) => value.toFixed(2)).join(' ')}`)
  }
  // The load the figure was taken at: on a shared machine CPU time is not free of it (caches
  // and memory are shared), and the plugin's side has the larger working set.
  const usage = process.resourceUsage()
  const switches = usage.involuntaryContextSwitches - usageBefore.involuntaryContextSwitches
  const cpu =
    (usage.userCPUTime +
      usage.systemCPUTime -
      usageBefore.userCPUTime -
      usageBefore.systemCPUTime) /
    1e6
  console.log(
    `load average at the end: ${load()}; ${(switches / cpu).toFixed(0)} involuntary context switches per CPU second`,
  )
  const quotes = ratios.get('+ retext-quotes')
  if (quotes !== undefined) report('attribution time / tokenize time (retext-quotes alone)', quotes)
  const both = ratios.get('+ retext-entities + retext-quotes')
  if (both !== undefined) report('entities + attribution time / tokenize time', both)
}

await main()
