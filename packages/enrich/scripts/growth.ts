/**
 * How enrichment time grows with the size of hostile inputs: for each case, a generated text
 * at growing sizes is ingested and enriched in this process (one core), and the time, the rate
 * in kB/s and the growth from the previous size are printed, with the three costliest steps. Linear
 * cost shows as a growth close to the size ratio (×3.2 per step by default) and a steady rate.
 *
 *   pnpm --filter @newsroom/enrich growth [--case <name>] [--max <chars>] [--budget <seconds>]
 *
 * Cases: `long-word` (one word of letters), `noun-run` (one paragraph of nouns, no
 * punctuation), `unpunctuated` (corpus prose with its punctuation removed, one paragraph),
 * `capitalized` (capitalized words), `prose` (corpus prose as written). Sizes go from 10k
 * characters to `--max` (default 1M); a case stops at the first size that takes longer than
 * `--budget` seconds (default 60). Figures, not a test: nothing here fails on time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { ingest } from '@newsroom/ingest'
import { pluginTimer } from './plugin-timing.js'

const articlesFolder = fileURLToPath(new URL('../../../../shared/corpus/articles', import.meta.url))

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2)
  if (!args.includes(name)) return fallback
  const value = Number(args[args.indexOf(name) + 1])
  if (!(value > 0)) throw new TypeError(`Expected \`${name}\` to be a positive number`)
  return value
}

/** Corpus prose, or a fictional stand-in when the corpus is absent. */
function prose(): string {
  if (!existsSync(articlesFolder))
    return 'Officials in the harbour town said on Monday that the new ferry would run twice a day. '
  return readdirSync(articlesFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, 10)
    .map((name) => readFileSync(join(articlesFolder, name), 'utf8'))
    .join('\n\n')
}

const nouns =
  'market price index report government minister council budget harbour ferry school teacher bridge road water energy policy court trial police station'.split(
    ' ',
  )

/** Text of about `size` characters for each case. */
const cases: Record<string, (size: number) => string> = {
  'long-word': (size) => 'x'.repeat(size),
  'noun-run': (size) => repeatTo(nouns.join(' '), size, ' '),
  unpunctuated: (size) =>
    repeatTo(
      prose()
        .replace(/[^\p{L}\p{N}\s]+/gu, '')
        .replace(/\s+/gu, ' '),
      size,
      ' ',
    ),
  capitalized: (size) =>
    repeatTo(
      nouns.map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join(' '),
      size,
      ' ',
    ),
  prose: (size) => repeatTo(prose(), size, '\n\n'),
}

function repeatTo(unit: string, size: number, separator: string): string {
  const parts: string[] = []
  let length = 0
  while (length < size) {
    parts.push(unit)
    length += unit.length + separator.length
  }
  return parts.join(separator).slice(0, size)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const only = args.includes('--case') ? args[args.indexOf('--case') + 1] : undefined
  if (only !== undefined && !(only in cases))
    throw new TypeError(`Expected \`--case\` to be one of ${Object.keys(cases).join(', ')}`)
  const max = option('--max', 1_000_000)
  const budget = option('--budget', 60) * 1000
  const sizes: number[] = []
  for (let step = 0; Math.round(10 ** (4 + step / 2)) <= max; step++)
    sizes.push(Math.round(10 ** (4 + step / 2)))
  const timer = pluginTimer()
  // Lazily loaded data (the tagger's lexicon, compromise's) is loaded before any timing.
  const warmup = ingest({ path: 'warm-up.txt', contents: new TextEncoder().encode(prose()) })
  if (warmup.data.article) await timer.time(warmup.data.article)

  for (const [name, make] of Object.entries(cases)) {
    if (only !== undefined && name !== only) continue
    console.log(`\n${name}`)
    console.log('     chars    ingest    enrich      kB/s  growth  costliest steps')
    let previous: number | undefined
    for (const size of sizes) {
      const contents = new TextEncoder().encode(`Title\n\n${make(size)}\n`)
      let start = performance.now()
      const article = ingest({ path: `${name}.txt`, contents }).data.article
      const ingested = performance.now() - start
      if (!article) {
        console.log(`${String(size).padStart(10)}  refused by ingest`)
        break
      }
      start = performance.now()
      const times = await timer.time(article)
      const enriched = performance.now() - start
      const costliest = [...times.wall]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([plugin, milliseconds]) => `${plugin} ${(milliseconds / 1000).toFixed(2)} s`)
        .join(', ')
      const total = ingested + enriched
      console.log(
        [
          String(size).padStart(10),
          `${(ingested / 1000).toFixed(2)} s`.padStart(9),
          `${(enriched / 1000).toFixed(2)} s`.padStart(9),
          (((contents.byteLength / total) * 1000) / 1000).toFixed(0).padStart(9),
          (previous === undefined ? '' : `×${(total / previous).toFixed(1)}`).padStart(7),
          ` ${costliest}`,
        ].join(' '),
      )
      previous = total
      if (total > budget) {
        console.log(`  (stopped: over the budget of ${budget / 1000} s)`)
        break
      }
    }
  }
}

await main()
