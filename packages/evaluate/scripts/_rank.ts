import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import {
  directQuotations,
  isValidationArticle,
  matchSourceMentions,
  readBrat,
  systemQuotesFromQuotes,
} from '../src/index.js'
import { annotationOf, articleFile, corpus } from './corpus.js'

const train = join(corpus, 'polnear-train')
const names = readdirSync(join(train, 'text'))
  .filter((n) => n.endsWith('.txt') && isValidationArticle(n))
  .sort()
const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })
const rows: unknown[] = []
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
  const system = {
    file: name,
    quotes: systemQuotesFromQuotes(file.data.quotes ?? [], file.data.speakers ?? []),
  }
  for (const m of matchSourceMentions([gold], [system])) {
    if (!m.gold.source) continue
    const i = system.quotes.indexOf(m.system)
    const c = file.data.speakerCandidates?.[i]
    const chosen = c?.candidates.find((x) => x.chosen)
    const scores = (c?.candidates ?? []).map((x) => x.score).sort((a, b) => b - a)
    rows.push({
      mention: m.system.mention?.text,
      gold: m.gold.source.text,
      right: m.right,
      p: c?.probability ?? 0,
      res: c?.resolution ?? 'none',
      conf: m.system.confidence ?? 0,
      n: c?.candidates.length ?? 0,
      margin: (scores[0] ?? 0) - (scores[1] ?? -10),
      cued: chosen
        ? Object.keys(chosen.features).some(
            (f) => f.startsWith('role:') || f.startsWith('previous-role'),
          )
        : false,
      form: chosen ? Object.keys(chosen.features).find((f) => f.startsWith('form:')) : 'none',
    })
  }
}
writeFileSync('/tmp/attr/rank.json', JSON.stringify(rows))
