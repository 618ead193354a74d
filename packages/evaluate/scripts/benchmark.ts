/**
 * Enrichment speed on the 79 corpus articles, one process and one core: tokenizing with
 * retext-english alone, against tokenizing plus retext-entities (with and without compromise),
 * plus retext-quotes, and plus both.
 *
 *   pnpm --filter @newsroom/evaluate benchmark [--rounds 10] [--warmup 5] [--only quotes,entities-quotes]
 *
 * Each configuration is timed against tokenizing alone in alternating rounds, so that load on a
 * shared machine falls on both alike, after warm-up passes (lazy data loading and the JIT's
 * background compiles are not measured: the figures are those of a long batch run); the fastest
 * round of each counts, as other load only ever adds time. Reads `../shared/corpus/articles`
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

/** Seconds of the fastest round of each processor over all articles. */
async function time(
  processors: readonly Processor[],
  articles: readonly VFileOptions[],
  rounds: number,
  warmup: number,
): Promise<number[]> {
  for (let round = 0; round < warmup; round++)
    for (const processor of processors) await pass(processor, articles)
  const best = processors.map(() => Number.POSITIVE_INFINITY)
  for (let round = 0; round < rounds; round++) {
    for (const [index, processor] of processors.entries()) {
      const start = performance.now()
      await pass(processor, articles)
      best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, performance.now() - start)
    }
  }
  return best.map((milliseconds) => milliseconds / 1000)
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
  const ratios = new Map<string, number>()
  for (const [index, [, label, processor]] of runs.entries()) {
    const [tokenize = 1, elapsed = 0] = await time([tokenizer, processor], articles, rounds, warmup)
    if (index === 0) line('retext-english (tokenize only)', tokenize)
    line(label, elapsed)
    ratios.set(label, (elapsed - tokenize) / tokenize)
  }
  const quotes = ratios.get('+ retext-quotes')
  if (quotes !== undefined)
    console.log(`attribution time / tokenize time: ${quotes.toFixed(2)}× (retext-quotes alone)`)
  const both = ratios.get('+ retext-entities + retext-quotes')
  if (both !== undefined)
    console.log(`entities + attribution time / tokenize time: ${both.toFixed(2)}×`)
}

await main()
