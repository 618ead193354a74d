/**
 * Enrichment speed against bare retext-english parsing of the same text, one process and one
 * core, on the 79 corpus articles (ingested as `newsroom process` does, outside the timing).
 *
 *   pnpm --filter @newsroom/enrich benchmark [--rounds 10] [--warmup 3] [--plugins]
 *
 * Parsing and enriching are timed in alternating rounds, so that load on a shared machine falls
 * on both alike, after warm-up passes; the fastest round of each counts, as other load only ever
 * adds time. `--plugins` also prints the share of each plugin's transformer in a full pass.
 * Reads `../shared/corpus/articles` beside the repository; exits 0 with a note when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { ingest } from '@newsroom/ingest'
import type { IngestedArticle } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { enrich } from '../src/index.js'
import { pluginTimer } from './plugin-timing.js'

const articlesFolder = fileURLToPath(new URL('../../../../shared/corpus/articles', import.meta.url))

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2)
  if (!args.includes(name)) return fallback
  const value = Number(args[args.indexOf(name) + 1])
  if (!Number.isInteger(value) || value < 0)
    throw new TypeError(`Expected \`${name}\` to be a non-negative integer, not \`${value}\``)
  return value
}

function textOf(article: IngestedArticle): string {
  return article.blocks.map((block) => block.text).join('\n\n')
}

async function main(): Promise<void> {
  if (!existsSync(articlesFolder)) {
    console.log(`Skipping: no shared corpus at ${articlesFolder}`)
    return
  }
  const rounds = option('--rounds', 10)
  const warmup = option('--warmup', 3)
  const articles = readdirSync(articlesFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const path = join(articlesFolder, name)
      const article = ingest({ path, contents: readFileSync(path) }).data.article
      return article ? [article] : []
    })
  const texts = articles.map(textOf)
  const words = texts.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)

  const parser = unified().use(retextEnglish)
  const parse = async (): Promise<void> => {
    for (const text of texts) parser.parse(new VFile(text))
  }
  const enrichAll = async (): Promise<void> => {
    for (const article of articles) await enrich(article)
  }

  for (let round = 0; round < warmup; round++) {
    await parse()
    await enrichAll()
  }
  let bestParse = Number.POSITIVE_INFINITY
  let bestEnrich = Number.POSITIVE_INFINITY
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    let start = performance.now()
    await parse()
    const parsed = performance.now() - start
    start = performance.now()
    await enrichAll()
    const enriched = performance.now() - start
    bestParse = Math.min(bestParse, parsed)
    bestEnrich = Math.min(bestEnrich, enriched)
    ratios.push(enriched / parsed)
  }
  ratios.sort((a, b) => a - b)
  const rate = (milliseconds: number): string =>
    `${((words / milliseconds) * 1000).toFixed(0).padStart(8)} words/s ${milliseconds.toFixed(0).padStart(6)} ms`
  console.log(
    `${articles.length} articles, ${words} words, ${warmup} warm-up passes, ${rounds} alternating rounds, 1 core`,
  )
  console.log(`retext-english parse   ${rate(bestParse)}`)
  console.log(`enrich                 ${rate(bestEnrich)}`)
  console.log(
    `enrich / parse: ${(bestEnrich / bestParse).toFixed(1)}× (fastest rounds); per round: median ${ratios[Math.floor(ratios.length / 2)]?.toFixed(1)}×, range ${ratios[0]?.toFixed(1)}–${ratios.at(-1)?.toFixed(1)}×`,
  )

  if (process.argv.includes('--plugins')) await pluginShares(articles, rounds)
}

/** Time each transformer of the enrich processor over the corpus (best of `rounds`). */
async function pluginShares(articles: readonly IngestedArticle[], rounds: number): Promise<void> {
  const timer = pluginTimer()
  const best = new Map<string, number>()
  for (let round = 0; round < rounds; round++) {
    const totals = new Map<string, number>()
    for (const article of articles)
      for (const [name, milliseconds] of await timer.time(article))
        totals.set(name, (totals.get(name) ?? 0) + milliseconds)
    for (const [name, total] of totals) best.set(name, Math.min(best.get(name) ?? total, total))
  }
  const parse = best.get('(parse)') ?? 1
  for (const [name, milliseconds] of best)
    console.log(
      `  ${name.padEnd(22)} ${milliseconds.toFixed(0).padStart(6)} ms  ${(milliseconds / parse).toFixed(2).padStart(6)}× parse`,
    )
}

await main()
