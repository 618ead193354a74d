/**
 * Census of trial q35g: the quotations of PolNeAR train (the fit part; `--validation` the other)
 * whose speaker stayed an unnamed description (`role-unnamed`, or `anonymous` of a definite
 * description), each with the paragraphs before it holding a capitalized word of the
 * description (`the Harlow professor` → those with `Harlow`) and its own, to read by hand
 * whether the article names who it is. Ends with the count by resolution.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/affiliation-census.ts [--validation]
 */
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { partNames, runArticles } from './train-runs.js'

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })

const part = process.argv.includes('--validation') ? 'validation' : 'train'
const runs = await runArticles(partNames(part), processor, { keepTexts: true })
const counts = new Map<string, number>()
for (const run of runs) {
  const byQuote = new Map(run.candidates.map((entry) => [entry.quote, entry]))
  const texts = run.texts ?? []
  for (const quote of run.quotes) {
    const resolution = byQuote.get(quote.id)?.resolution ?? 'none'
    if (resolution !== 'role-unnamed' && resolution !== 'anonymous') continue
    const mention = quote.mention ?? ''
    if (resolution === 'anonymous' && !/^the\b/i.test(mention)) continue
    counts.set(resolution, (counts.get(resolution) ?? 0) + 1)
    const paragraph = quote.mentionSpan?.blockId ?? quote.blockId
    const index = run.blockIds?.indexOf(paragraph) ?? -1
    const capitals = (mention.match(/\b\p{Lu}[\p{L}-]+/gu) ?? []).filter(
      (word) => !/^(The|A|An|His|Her|Their)$/.test(word),
    )
    console.log(
      `\n== ${run.name} ${quote.id} ${resolution} | ${mention} | ${JSON.stringify(quote.speaker ?? quote.candidate ?? null)}`,
    )
    for (let at = 0; at < texts.length && (index < 0 || at <= index); at++) {
      const text = texts[at] as string
      if (capitals.some((word) => text.includes(word)) || at === index)
        console.log(`  [${at}] ${text.slice(0, 400)}`)
    }
  }
}
console.log(counts)
