/**
 * How often two attribution shapes stand between a gold source mention and its cue over PolNeAR
 * train (both parts), and how the plugin fares on them: the census of trial att54 in
 * `docs/speaker-model-trials.md`.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/attribution-shape-census.ts [--list shape]
 *
 * Shapes, read from the text right after the gold source mention, independently of the plugin:
 * - `set-off:<kind>`: a clause set off by commas, then a cue verb (`Ann Vale, who runs a
 *   bakery, said`; kinds `relative`, `article` (`, a spokesman for X,`), `age`, `other`);
 * - `stray-comma`: a comma and at once a cue verb (`Ann Vale, told VOA`);
 * - `via`: a cue verb then `via` (`Ann Vale said via Twitter`).
 * For each, the matched gold quotations with a marked source: published right, published wrong,
 * unpublished with the right lean, unpublished with a wrong lean or none.
 */
import { cueModifiers, cueVerbs } from '@newsroom/lexicon'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { matchedChoices, partNames, runArticles } from './train-runs.js'

const listed = process.argv.includes('--list')
  ? (process.argv[process.argv.indexOf('--list') + 1] ?? '')
  : null
const cues: ReadonlySet<string> = new Set(cueVerbs)
const modifiers: ReadonlySet<string> = new Set(cueModifiers)
const relative = new Set(['who', 'whose', 'which', 'whom'])
const article = new Set(['a', 'an', 'the'])

/** Words and marks of a stretch of text, in order (a bounded scan: no regular expression runs long). */
function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’.-]+|[^\s\p{L}\p{N}]/gu) ?? []
}

/** Whether the tokens from `at` are up to two modifiers then a cue verb. */
function cueAt(tokens: readonly string[], at: number): boolean {
  let index = at
  while (index < at + 2 && modifiers.has((tokens[index] ?? '').toLowerCase())) index++
  return cues.has((tokens[index] ?? '').toLowerCase())
}

/** The shape after a source mention, from the text that follows it in its block. */
function shapeAfter(after: string): string | null {
  const tokens = tokensOf(after.slice(0, 300))
  if (tokens[0] !== ',') {
    let index = 0
    while (index < 3 && modifiers.has((tokens[index] ?? '').toLowerCase())) index++
    return cues.has((tokens[index] ?? '').toLowerCase()) && tokens[index + 1] === 'via'
      ? 'via'
      : null
  }
  if (cueAt(tokens, 1)) return 'stray-comma'
  // A set-off stretch: up to three comma-separated parts of words, no quotation mark nor stop.
  const first = (tokens[1] ?? '').toLowerCase()
  let index = 1
  let commas = 0
  while (index < tokens.length && index < 60) {
    const token = tokens[index] as string
    if (/^["“”.;:?!()—–]$/.test(token)) return null
    if (token === ',') {
      commas++
      if (cueAt(tokens, index + 1)) {
        const kind = relative.has(first)
          ? 'relative'
          : article.has(first)
            ? 'article'
            : /^\d/.test(first)
              ? 'age'
              : 'other'
        return `set-off:${kind}`
      }
      if (commas >= 3) return null
    }
    index++
  }
  return null
}

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })
const runs = await runArticles([...partNames('train'), ...partNames('validation')], processor, {
  keepTexts: true,
})
const textOf = new Map<string, Map<string, string>>()
for (const run of runs)
  textOf.set(
    run.name,
    new Map((run.blockIds ?? []).map((id, at) => [id, run.texts?.[at] ?? ''] as const)),
  )
const counts = new Map<string, Record<string, number>>()
for (const { quote } of matchedChoices(runs)) {
  const span = quote.gold.source?.span
  if (!span) continue
  const text = textOf.get(quote.file)?.get(span.blockId) ?? ''
  const shape = shapeAfter(text.slice(span.end))
  if (!shape) continue
  const published = quote.system.speaker !== null
  const outcome = published
    ? quote.right
      ? 'published right'
      : 'published wrong'
    : quote.right
      ? 'unpublished, right lean'
      : 'unpublished, wrong lean'
  const row = counts.get(shape) ?? {}
  row[outcome] = (row[outcome] ?? 0) + 1
  counts.set(shape, row)
  if (listed !== null && shape.startsWith(listed))
    console.log(
      [
        shape,
        outcome,
        quote.file,
        `${quote.gold.source?.text} → ${quote.system.speaker ?? `(${quote.system.candidate ?? 'nobody'})`} ${quote.system.confidence ?? 0}`,
        text.slice(Math.max(0, span.start - 40), span.end + 120).replace(/\s+/g, ' '),
      ].join('\t'),
    )
}
for (const [shape, row] of [...counts].sort()) {
  const total = Object.values(row).reduce((sum, count) => sum + count, 0)
  console.log(`${shape}\t${total}\t${JSON.stringify(row)}`)
}
