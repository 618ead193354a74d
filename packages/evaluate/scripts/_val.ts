import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import {
  directQuotations,
  isValidationArticle,
  matchQuotes,
  matchSourceMentions,
  readBrat,
  systemQuotesFromQuotes,
} from '../src/index.js'
import { annotationOf, articleFile, corpus } from './corpus.js'

const train = join(corpus, 'polnear-train')
const which = process.argv[2] ?? 'validation'
const names = readdirSync(join(train, 'text'))
  .filter(
    (n) =>
      n.endsWith('.txt') &&
      (which === 'validation' ? isValidationArticle(n) : !isValidationArticle(n)),
  )
  .sort()
const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })
for (const name of names) {
  const ann = annotationOf(train, name)
  if (!ann) continue
  const contents = readFileSync(join(train, 'text', name))
  const file = articleFile(name, contents)
  const gold = directQuotations(
    name,
    contents.toString('utf8'),
    readBrat(ann),
    file.data.article?.blocks ?? [],
  )
  await processor.run(processor.parse(file), file)
  const quotes = file.data.quotes ?? []
  const system = { file: name, quotes: systemQuotesFromQuotes(quotes, file.data.speakers ?? []) }
  for (const m of matchSourceMentions([gold], [system])) {
    if (m.right || !m.gold.source) continue
    const i = system.quotes.indexOf(m.system)
    const q = quotes[i]
    const cands = file.data.speakerCandidates?.[i]?.candidates ?? []
    const span = m.gold.source.span
    const inCands = cands.some(
      (c) =>
        span &&
        c.span.blockId === span.blockId &&
        c.span.start < span.end &&
        span.start < c.span.end,
    )
    console.log(
      `${name.slice(0, 30)} | gold: ${m.gold.source.text.slice(0, 40)} | chose: ${q?.mention} -> ${(q?.speaker ?? q?.candidate)?.name} ${q?.confidence} | ${inCands ? 'in-candidates' : 'MISSING'} | ${m.gold.text.slice(0, 50)}`,
    )
  }
}
