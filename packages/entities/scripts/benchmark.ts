/**
 * Speed of retext-entities on the shared corpus: tokenizing with retext-english alone,
 * against retext-english + retext-entities with and without compromise.
 *
 *     pnpm --filter @newsroom/retext-entities benchmark [--rounds 5]
 *
 * Reads `../shared/corpus/articles` beside the repository; exits 0 with a note when absent.
 * One process, one core: the figures are from the fastest of the rounds, after one warm-up
 * pass (the machine may be shared, and other load only ever adds time).
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextEntities from '../src/index.js'
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

async function time(
  processor: Processor,
  texts: readonly string[],
  rounds: number,
): Promise<number> {
  await pass(processor, texts)
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    await pass(processor, texts)
    best = Math.min(best, performance.now() - start)
  }
  return best / 1000
}

async function main(): Promise<void> {
  if (!existsSync(articles)) {
    console.log(`Skipping: no shared corpus at ${articles}`)
    return
  }
  const args = process.argv.slice(2)
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new TypeError(`Expected \`--rounds\` to be a positive integer, not \`${rounds}\``)
  }
  const names = (await readdir(articles)).filter((name) => name.endsWith('.txt')).sort()
  const texts = await Promise.all(
    names.map(async (name) => body(await readFile(join(articles, name), 'utf8'))),
  )
  const words = texts.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)

  const runs: Array<[string, Processor]> = [
    ['retext-english (tokenize only)', unified().use(retextEnglish) as unknown as Processor],
    [
      '+ retext-entities (compromise)',
      unified().use(retextEnglish).use(retextEntities) as unknown as Processor,
    ],
    [
      '+ retext-entities (no compromise)',
      unified()
        .use(retextEnglish)
        .use(retextEntities, { compromise: false }) as unknown as Processor,
    ],
  ]
  console.log(`${names.length} articles, ${words} words, ${rounds} rounds, 1 core`)
  const seconds: number[] = []
  for (const [label, processor] of runs) {
    const elapsed = await time(processor, texts, rounds)
    seconds.push(elapsed)
    console.log(
      `${label.padEnd(34)} ${(words / elapsed).toFixed(0).padStart(9)} words/s ${(names.length / elapsed).toFixed(1).padStart(7)} articles/s ${((elapsed * 1000) / names.length).toFixed(2).padStart(7)} ms/article`,
    )
  }
  const [tokenize = 1, withCompromise = 0, withoutCompromise = 0] = seconds
  console.log(
    `entities time / tokenize time: ${((withCompromise - tokenize) / tokenize).toFixed(2)}× (compromise), ${((withoutCompromise - tokenize) / tokenize).toFixed(2)}× (no compromise)`,
  )
}

await main()
