/**
 * Census of the pronouns resolved to a body that is a place or is named only as a modifier:
 * over a part of PolNeAR train, each quotation whose chosen mention is a pronoun (`pronoun-*`)
 * whose speaker is an organization, with how the article writes that organization: `place`
 * (retext-entities found it as a place somewhere), `modifier` (every mention of it runs on into a
 * longer capitalized name or a title: "former CIA director", "U.S. Chamber of Commerce"), or
 * `standalone`. Issue 10: a speaking pronoun never means a place, nor a body the article names
 * only as a modifier.
 *
 *   pnpm --filter @newsroom/evaluate place-pronoun-census [--part train|validation] [--rows]
 *
 * Prints counts by class and rule, and with `--rows` each row (article, quote, mention,
 * speaker, class, the sentence of the pronoun) to read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { annotationOf, articleFile, runOn } from './corpus.js'
import { partNames, train } from './train-runs.js'

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'train' },
    rows: { type: 'boolean', default: false },
  },
})
const part = values.part === 'validation' ? 'validation' : 'train'

const processor = unified().use(retextEnglish).use(retextEntities).use(retextQuotes, {
  candidates: true,
  // Every speaker resolved, published or not: what a pronoun found, not what is shown.
  threshold: 0,
})

/** The next word after an offset, when it runs on with no punctuation between. */
function nextWord(text: string, end: number): string | undefined {
  return /^ ([A-Za-z][\w.'-]*)/.exec(text.slice(end, end + 40))?.[1]
}

const counts = new Map<string, number>()
const rows: string[] = []
for (const article of partNames(part)) {
  if (annotationOf(train, article) === null) continue
  const file = articleFile(article, readFileSync(join(train, 'text', article)))
  await runOn(processor, file)
  const text = String(file.value)
  const mentions = file.data.entityMentions ?? []
  const byQuote = new Map((file.data.speakerCandidates ?? []).map((entry) => [entry.quote, entry]))
  for (const quote of file.data.quotes ?? []) {
    const entry = byQuote.get(quote.id)
    const chosen = entry?.candidates.find((candidate) => candidate.chosen)
    if (!quote.speaker || !entry || !chosen || !entry.resolution.startsWith('pronoun-')) continue
    if (quote.speaker.kind !== 'organization' && quote.speaker.kind !== 'person') continue
    const name = quote.speaker.name
    const same = mentions.filter(
      (mention) => mention.text === name || mention.entityId === quote.speaker?.id,
    )
    const place = same.some((mention) => mention.kind === 'place')
    const literal: number[] = []
    for (
      let at = text.indexOf(name);
      at !== -1 && literal.length < 50;
      at = text.indexOf(name, at + 1)
    )
      literal.push(at)
    const modifier =
      literal.length > 0 &&
      literal.every((at) => {
        const after = nextWord(text, at + name.length)
        return (
          after !== undefined &&
          /^[A-Z]|^(?:director|chief|official|officials|spokes\w+|agent|agents|analyst|chairman|head)$/.test(
            after,
          )
        )
      })
    const kind = place ? 'place' : modifier ? 'modifier' : `standalone-${quote.speaker.kind}`
    if (kind === 'standalone-person') continue
    const key = `${kind}\t${entry.resolution}\t${chosen.text.toLowerCase()}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (values.rows) {
      const found = text.indexOf(quote.text.slice(0, 40))
      const start = Math.max(0, found - 250)
      rows.push(
        [
          article,
          quote.id,
          kind,
          entry.resolution,
          chosen.text,
          name,
          text.slice(start, found + 350).replace(/\s+/g, ' '),
        ].join('\t'),
      )
    }
  }
}
for (const [key, count] of [...counts].sort()) console.log(`${count}\t${key}`)
if (values.rows) for (const row of rows) console.log(row)
