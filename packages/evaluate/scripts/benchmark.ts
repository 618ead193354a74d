/**
 * Enrichment speed on the 79 corpus articles, one process and one core: tokenizing with
 * retext-english alone, against tokenizing plus retext-entities (with and without compromise),
 * plus retext-quotes, and plus both.
 *
 *   pnpm --filter @newsroom/evaluate benchmark [--rounds 10] [--warmup 5] [--only quotes,entities-quotes]
 *
 * Each configuration is timed against tokenizing alone, the two taking turns article by article
 * so that load on a shared machine falls on both alike, after warm-up passes (lazy data loading
 * and the JIT's background compiles are not measured: the figures are those of a long batch
 * run). The ratios are given twice: of the fastest round of each (wall time: other load only
 * ever adds time), and of CPU time (steadier on a busy machine, where waiting for a core is no
 * one's cost): the median of the rounds' ratios, with the lowest and highest round beside it
 * so that the noise of the run shows. Reads `../shared/corpus/articles`
 * beside the repository; exits 0 with a note when it is absent. `--only` times only the named
 * configurations (`entities`, `entities-no-compromise`, `quotes`, `entities-quotes`), to measure
 * or profile one plugin in less time.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile, type VFileOptions } from 'vfile'
import { articleFile, corpus, type RetextProcessor, runOn, textFiles } from './corpus.js'

type Processor = RetextProcessor

async function pass(processor: Processor, articles: readonly VFileOptions[]): Promise<void> {
  for (const options of articles) {
    await runOn(processor, new VFile(options))
  }
}

/** CPU time of this process (all its threads, the collector's too), in milliseconds. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** What `time` measures of each processor. */
interface Timing {
  /** Seconds of the fastest round over all articles. */
  fastest: number
  /** CPU seconds of each round over all articles. */
  cpu: number[]
}

/**
 * Time processors over all articles. Within a round, the processors take turns article by
 * article (in an order that rotates), so that a change of load on a shared machine falls on
 * all of them alike; wall time counts by round (the fastest round of each), and CPU time is
 * summed over all rounds, as time spent waiting for a core is not the processor's.
 */
async function time(
  processors: readonly Processor[],
  articles: readonly VFileOptions[],
  rounds: number,
  warmup: number,
): Promise<Timing[]> {
  for (let round = 0; round < warmup; round++)
    for (const processor of processors) await pass(processor, articles)
  const fastest = processors.map(() => Number.POSITIVE_INFINITY)
  const cpu = processors.map((): number[] => [])
  for (let round = 0; round < rounds; round++) {
    const wall = processors.map(() => 0)
    const roundCpu = processors.map(() => 0)
    for (const [article, options] of articles.entries()) {
      for (let turn = 0; turn < processors.length; turn++) {
        const index = (turn + article + round) % processors.length
        const processor = processors[index] as Processor
        const file = new VFile(options)
        const start = performance.now()
        const startCpu = cpuMilliseconds()
        await runOn(processor, file)
        roundCpu[index] = (roundCpu[index] ?? 0) + cpuMilliseconds() - startCpu
        wall[index] = (wall[index] ?? 0) + performance.now() - start
      }
    }
    for (const [index, milliseconds] of wall.entries())
      fastest[index] = Math.min(fastest[index] ?? Number.POSITIVE_INFINITY, milliseconds)
    for (const [index, milliseconds] of roundCpu.entries()) cpu[index]?.push(milliseconds / 1000)
  }
  return processors.map((_, index) => ({
    fastest: (fastest[index] ?? 0) / 1000,
    cpu: cpu[index] ?? [],
  }))
}

/** The median of some numbers (NaN for none). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** A configuration's added CPU time over tokenizing's, round by round. */
interface CpuRatio {
  median: number
  lowest: number
  highest: number
}

/**
 * The added CPU time of a configuration as a multiple of tokenizing's, in each round (the two
 * took turns within it, so each round's ratio saw one load): their median, and the lowest and
 * highest round, which tell how noisy the run was.
 */
function cpuRatio(tokenize: Timing, elapsed: Timing): CpuRatio {
  const ratios = elapsed.cpu.map((seconds, round) => {
    const base = tokenize.cpu[round] ?? Number.NaN
    return (seconds - base) / base
  })
  return { median: median(ratios), lowest: Math.min(...ratios), highest: Math.max(...ratios) }
}

function positiveInteger(args: readonly string[], name: string, fallback: number): number {
  if (!args.includes(name)) return fallback
  const value = Number(args[args.indexOf(name) + 1])
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`Expected \`${name}\` to be a positive integer, not \`${value}\``)
  return value
}

async function main(): Promise<void> {
  const files = textFiles(join(corpus, 'articles'))
  if (files.length === 0) {
    console.log(`Skipping: no shared corpus at ${corpus}`)
    return
  }
  const args = process.argv.slice(2)
  const rounds = positiveInteger(args, '--rounds', 10)
  const warmup = positiveInteger(args, '--warmup', 5)
  const articles = files.map(({ name, contents }): VFileOptions => {
    const file = articleFile(name, contents)
    return { value: String(file.value), data: file.data }
  })
  const words = articles.reduce(
    (sum, article) => sum + (String(article.value).match(/[\p{L}\p{N}]+/gu)?.length ?? 0),
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
  console.log(
    `${articles.length} articles, ${words} words, ${warmup} warm-up passes, ${rounds} rounds, 1 core`,
  )
  const line = (label: string, seconds: number): void =>
    console.log(
      `${label.padEnd(36)} ${(words / seconds).toFixed(0).padStart(9)} words/s ${(articles.length / seconds).toFixed(1).padStart(7)} articles/s  ${(seconds * 1000).toFixed(0).padStart(5)} ms`,
    )
  const ratios = new Map<string, { wall: number; cpu: CpuRatio }>()
  for (const [index, [, label, processor]] of runs.entries()) {
    const [tokenize, elapsed] = await time([tokenizer, processor], articles, rounds, warmup)
    if (!tokenize || !elapsed) continue
    if (index === 0) line('retext-english (tokenize only)', tokenize.fastest)
    line(label, elapsed.fastest)
    ratios.set(label, {
      wall: (elapsed.fastest - tokenize.fastest) / tokenize.fastest,
      cpu: cpuRatio(tokenize, elapsed),
    })
  }
  const ratio = ({ wall, cpu }: { wall: number; cpu: CpuRatio }): string =>
    `${wall.toFixed(2)}× (CPU time: ${cpu.median.toFixed(2)}×, median of ${rounds} rounds, ${cpu.lowest.toFixed(2)}× to ${cpu.highest.toFixed(2)}×)`
  const quotes = ratios.get('+ retext-quotes')
  if (quotes !== undefined)
    console.log(`attribution time / tokenize time: ${ratio(quotes)} (retext-quotes alone)`)
  const both = ratios.get('+ retext-entities + retext-quotes')
  if (both !== undefined) console.log(`entities + attribution time / tokenize time: ${ratio(both)}`)
}

await main()
