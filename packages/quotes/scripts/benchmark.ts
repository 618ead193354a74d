/**
 * Enrichment speed on the shared corpus: tokenizing with retext-english alone, against
 * retext-english + retext-quotes, and retext-english + retext-entities + retext-quotes.
 *
 *   pnpm --filter @newsroom/retext-quotes benchmark [--rounds 10] [--warmup 5]
 *
 * Reads `../shared/corpus/articles` beside the repository; exits 0 with a note when absent.
 * One process, one core: the figures are per core, from the fastest of the rounds.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import retextEntities from '@newsroom/retext-entities'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextQuotes from '../src/index.js'
import { body, repository } from './corpus.js'

const articles = resolve(repository, '../shared/corpus/articles')

type Processor = {
  parse: (file: VFile) => unknown
  run: (tree: never, file: VFile) => Promise<unknown>
}

async function pass(processor: Processor, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    const file = new VFile(text)
    await processor.run(processor.parse(file) as never, file)
  }
}

/** Seconds of the fastest round of each processor over all texts. */
async function time(
  processors: readonly Processor[],
  texts: readonly string[],
  rounds: number,
  warmup: number,
): Promise<number[]> {
  // Warm-up passes, so that lazy data loading and the JIT's background compiles (still running
  // after a dozen passes on a busy two-core machine) are not measured: the figures are those of
  // a long batch run.
  for (let round = 0; round < warmup; round++)
    for (const processor of processors) await pass(processor, texts)
  // The fastest round: the machine may be shared, and other load only ever adds time. Rounds
  // of the processors alternate, so that a burst of load cannot favour one over another.
  const best = processors.map(() => Number.POSITIVE_INFINITY)
  for (let round = 0; round < rounds; round++) {
    for (const [index, processor] of processors.entries()) {
      const start = performance.now()
      await pass(processor, texts)
      best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, performance.now() - start)
    }
  }
  return best.map((milliseconds) => milliseconds / 1000)
}

async function main(): Promise<void> {
  if (!existsSync(articles)) {
    console.log(`Skipping: no shared corpus at ${articles}`)
    return
  }
  const args = process.argv.slice(2)
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 10
  const warmup = args.includes('--warmup') ? Number(args[args.indexOf('--warmup') + 1]) : 5
  const names = (await readdir(articles)).filter((name) => name.endsWith('.txt')).sort()
  const texts = await Promise.all(
    names.map(async (name) => body(await readFile(join(articles, name), 'utf8'))),
  )
  const words = texts.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)

  const tokenizer = unified().use(retextEnglish) as unknown as Processor
  const runs: Array<[string, Processor]> = [
    ['+ retext-quotes', unified().use(retextEnglish).use(retextQuotes) as unknown as Processor],
    [
      '+ retext-entities + retext-quotes',
      unified().use(retextEnglish).use(retextEntities).use(retextQuotes) as unknown as Processor,
    ],
  ]
  console.log(
    `${names.length} articles, ${words} words, ${warmup} warm-up passes, ${rounds} rounds, 1 core`,
  )
  const line = (label: string, elapsed: number): void =>
    console.log(
      `${label.padEnd(36)} ${(words / elapsed).toFixed(0).padStart(9)} words/s ${(names.length / elapsed).toFixed(1).padStart(7)} articles/s`,
    )
  // Each configuration is timed against tokenizing alone, in alternating rounds.
  const ratios: number[] = []
  for (const [index, [label, processor]] of runs.entries()) {
    const [tokenize = 1, elapsed = 0] = await time([tokenizer, processor], texts, rounds, warmup)
    if (index === 0) line('retext-english (tokenize only)', tokenize)
    line(label, elapsed)
    ratios.push((elapsed - tokenize) / tokenize)
  }
  const [quotes = 0, all = 0] = ratios
  console.log(`attribution time / tokenize time: ${quotes.toFixed(2)}× (quotes alone)`)
  console.log(`entities + attribution time / tokenize time: ${all.toFixed(2)}×`)
}

await main()
