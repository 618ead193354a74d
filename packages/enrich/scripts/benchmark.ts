/**
 * Enrichment speed against bare retext-english parsing of the same text, one process and one
 * core, on the 79 corpus articles (ingested as `newsroom process` does, outside the timing).
 *
 *   pnpm --filter @newsroom/enrich benchmark [--rounds 10] [--warmup 3] [--plugins]
 *     [--against <another build's dist/index.js>]
 *
 * Parsing and enriching are timed in alternating rounds, so that load on a shared machine falls
 * on both alike, after warm-up passes; the fastest round of each counts, as other load only ever
 * adds time; the ratio to parsing is also given per round (median and range), which load skews
 * less. The process's CPU time (all its threads: the collector's and the compiler's too) is
 * measured in the same rounds and compared the same way: on a machine shared with other work it
 * drifts less than wall time. The load average is printed before and after. `--against` times
 * another build of this package in the same rounds (before and after a change). `--plugins` also
 * prints the share of each plugin's transformer in a full pass (wall and CPU time).
 * Reads `../shared/corpus/articles` beside the repository; exits 0 with a note when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
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

function stringOption(name: string): string | undefined {
  const args = process.argv.slice(2)
  return args.includes(name) ? args[args.indexOf(name) + 1] : undefined
}

type Enrich = (article: IngestedArticle) => Promise<unknown>

interface Contestant {
  label: string
  run: () => Promise<void>
}

function enrichEach(enrichOne: Enrich, articles: readonly IngestedArticle[]): () => Promise<void> {
  return async () => {
    for (const article of articles) await enrichOne(article)
  }
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
  const contestants: Contestant[] = [
    {
      label: 'retext-english parse',
      run: async () => {
        for (const text of texts) parser.parse(new VFile(text))
      },
    },
    { label: 'enrich', run: enrichEach(enrich, articles) },
  ]
  const against = stringOption('--against')
  if (against !== undefined) {
    const other = (await import(pathToFileURL(resolve(against)).href)) as { enrich: Enrich }
    contestants.push({ label: `enrich of ${against}`, run: enrichEach(other.enrich, articles) })
  }

  const loadBefore = loadAverage()
  for (let round = 0; round < warmup; round++)
    for (const contestant of contestants) await contestant.run()
  const times = contestants.map((): number[] => [])
  const cpuTimes = contestants.map((): number[] => [])
  for (let round = 0; round < rounds; round++) {
    // Each round runs every contestant, starting with a different one each time.
    for (let turn = 0; turn < contestants.length; turn++) {
      const index = (round + turn) % contestants.length
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      await contestants[index]?.run()
      times[index]?.push(performance.now() - start)
      cpuTimes[index]?.push(cpuMilliseconds(process.cpuUsage(cpuStart)))
    }
  }

  console.log(
    `${articles.length} articles, ${words} words, ${warmup} warm-up passes, ${rounds} alternating rounds, 1 core; load average ${loadBefore} before, ${loadAverage()} after`,
  )
  for (const [label, measured] of [
    ['wall time', times],
    ['CPU time', cpuTimes],
  ] as const) {
    console.log(label)
    const parseTimes = measured[0] ?? []
    for (const [index, contestant] of contestants.entries()) {
      const own = measured[index] ?? []
      const best = Math.min(...own)
      const ratios = own
        .map((time, round) => time / (parseTimes[round] ?? time))
        .sort((a, b) => a - b)
      console.log(
        `  ${contestant.label.padEnd(24)} ${((words / best) * 1000).toFixed(0).padStart(8)} words/s ${best.toFixed(0).padStart(6)} ms` +
          (index === 0
            ? ''
            : `  ${(best / Math.min(...parseTimes)).toFixed(1).padStart(5)}× parse (fastest rounds); per round median ${ratios[Math.floor(ratios.length / 2)]?.toFixed(1)}×, ${ratios[0]?.toFixed(1)}–${ratios.at(-1)?.toFixed(1)}×`),
      )
    }
  }

  if (process.argv.includes('--plugins')) await pluginShares(articles, rounds)
}

function cpuMilliseconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')
}

/**
 * Time each transformer of the enrich processor over the corpus, wall and CPU time (best of
 * `rounds`, after a warm-up pass).
 */
async function pluginShares(articles: readonly IngestedArticle[], rounds: number): Promise<void> {
  const timer = pluginTimer()
  for (const article of articles) await timer.time(article)
  const best = { wall: new Map<string, number>(), cpu: new Map<string, number>() }
  for (let round = 0; round < rounds; round++) {
    const totals = { wall: new Map<string, number>(), cpu: new Map<string, number>() }
    for (const article of articles) {
      const times = await timer.time(article)
      for (const kind of ['wall', 'cpu'] as const)
        for (const [name, milliseconds] of times[kind])
          totals[kind].set(name, (totals[kind].get(name) ?? 0) + milliseconds)
    }
    for (const kind of ['wall', 'cpu'] as const)
      for (const [name, total] of totals[kind])
        best[kind].set(name, Math.min(best[kind].get(name) ?? total, total))
  }
  const parse = { wall: best.wall.get('(parse)') ?? 1, cpu: best.cpu.get('(parse)') ?? 1 }
  console.log(`plugins (best of ${rounds} rounds)        wall               CPU`)
  for (const [name, wall] of best.wall) {
    const cpu = best.cpu.get(name) ?? 0
    console.log(
      `  ${name.padEnd(22)} ${wall.toFixed(0).padStart(6)} ms ${(wall / parse.wall).toFixed(2).padStart(6)}×  ${cpu.toFixed(0).padStart(6)} ms ${(cpu / parse.cpu).toFixed(2).padStart(6)}× parse`,
    )
  }
}

await main()
