/**
 * The speaker choices of @newsroom/retext-quotes on PolNeAR train, grouped by kind of error, to
 * choose features from: for each quotation matched to a gold one with a marked source, whether
 * the source is among the candidates, and when the chosen candidate is not it, the form of the
 * chosen mention against the form of the right one (`name ← pronoun-person`).
 *
 *   pnpm --filter @newsroom/evaluate speaker-errors [--part validation|train] [--examples 5] [--by form|kind|role] [--published] [--missing]
 *
 * `--by kind` groups by the kind of mention (`organization ← person`), `--by role` by the cue
 * role (`after-subject ← nearby`). `--published` counts only the quotations given a published
 * speaker: the errors a reader sees. `--missing` lists instead the quotations whose source is not
 * among the candidates (the choice model cannot pick it), grouped by where the source stands
 * against the quotation (`same-before`, `previous-sentence (previous paragraph)`, …) and by its
 * shape (`pronoun he`, `apposition`, `after "according to"`, …), each with the candidates offered.
 *
 * Reads the train part by default: choose features on train and validation, never on dev.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { matchQuotes, namesSource, spansOverlap } from '../src/index.js'
import { placeOfSource, shapeOfSource } from './source-places.js'
import { partNames, runArticles, train } from './train-runs.js'

const args = process.argv.slice(2)
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : 'train'
if (part !== 'train' && part !== 'validation')
  throw new TypeError('Expected `--part` to be `train` or `validation`')
const examples = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1]) : 5
const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : 'form'
const publishedOnly = args.includes('--published')
const missingOnly = args.includes('--missing')
if (by !== 'form' && by !== 'kind' && by !== 'role')
  throw new TypeError('Expected `--by` to be `form`, `kind` or `role`')

/** What a candidate is, by `--by`: its form, its kind, or its cue roles, from its features. */
function groupOf(features: Record<string, number>): string {
  if (by === 'role') {
    const roles = Object.keys(features)
      .filter((name) => name.startsWith('role:') && !name.endsWith(':far'))
      .map((name) => name.slice('role:'.length))
    return roles.length > 0 ? roles.sort().join('+') : 'nearby'
  }
  const family = `${by}:`
  const found = Object.keys(features).find((name) => name.startsWith(family))
  return found ? found.slice(family.length) : 'unknown'
}

if (!existsSync(join(train, 'text'))) {
  console.log(`Skipping: no PolNeAR train split at ${train}`)
  process.exit(0)
}
const names = partNames(part)
const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })
const counts = new Map<string, number>()
const shown = new Map<string, string[]>()
const count = (group: string, example?: string): void => {
  counts.set(group, (counts.get(group) ?? 0) + 1)
  if (example === undefined) return
  const list = shown.get(group) ?? []
  if (list.length < examples) list.push(example)
  shown.set(group, list)
}
const runs = await runArticles(names, processor, { keepTexts: missingOnly })
const places = new Map<string, number>()
let withSource = 0
let offeredCount = 0
const shapes = new Map<string, number>()
const tally = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1)
}
for (const { name, gold, quotes, candidates: quoteCandidates, texts, blockIds } of runs) {
  const matches = matchQuotes(
    gold.quotes.map((quote) => quote.text),
    quotes.map((quote) => quote.text),
  )
  if (missingOnly) {
    const blocks = { texts: texts ?? [], ids: blockIds ?? [] }
    for (const [goldIndex, systemIndex] of matches) {
      const source = gold.quotes[goldIndex]?.source
      const quote = quotes[systemIndex]
      if (!source?.span || !quote) continue
      const span = source.span
      const candidates = quoteCandidates[systemIndex]?.candidates ?? []
      withSource++
      offeredCount += candidates.length
      if (
        candidates.some((candidate) =>
          namesSource(candidate.span, { text: source.text, span }, candidates),
        )
      )
        continue
      const text = blocks.texts[blocks.ids.indexOf(span.blockId)] ?? ''
      const { place } = placeOfSource(blocks, quote.spans, span)
      const shape = shapeOfSource(source.text, text.slice(0, span.start), text.slice(span.end))
      const lower = source.text.trim().toLowerCase()
      if (candidates.some((candidate) => candidate.text.trim().toLowerCase() === lower))
        shape.push('same words offered elsewhere')
      // Quotations in a row: the source may be the mention another quotation was given.
      for (const [label, other] of [
        ['the next quotation', quotes[systemIndex + 1]],
        ['the previous quotation', quotes[systemIndex - 1]],
      ] as const)
        if (other?.mentionSpan && spansOverlap(other.mentionSpan, span))
          shape.push(`mention of ${label}`)
      if (/[?!]["'”’]*$/u.test(quote.text.trim())) shape.push('quotation ends with ? or !')
      tally(places, place)
      for (const item of shape) tally(shapes, item)
      const context = `${text.slice(Math.max(0, span.start - 90), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 60)}`
      const offered = candidates.map((candidate) => candidate.text).join(' | ')
      count(
        `${place} · ${shape[0]}`,
        `${name}: …${context.replace(/\s+/gu, ' ')}…\n            quote “${quote.text.slice(0, 50)}” cue ${JSON.stringify(quote.cue)}; offered: ${offered || '(none)'}`,
      )
    }
    continue
  }
  for (const [goldIndex, systemIndex] of matches) {
    const source = gold.quotes[goldIndex]?.source
    if (!source?.span) continue
    const span = source.span
    const published = quotes[systemIndex]?.speaker
    if (publishedOnly && !published) continue
    const candidates = quoteCandidates[systemIndex]?.candidates ?? []
    // Judged as `newsroom eval` judges it; the chosen candidate first, when it names the source.
    const names = (candidate: (typeof candidates)[number]): boolean =>
      namesSource(candidate.span, { text: source.text, span }, candidates)
    const chosen = candidates.find((candidate) => candidate.chosen)
    const right = chosen && names(chosen) ? chosen : candidates.find(names)
    const quote = (quotes[systemIndex]?.text ?? '').slice(0, 60)
    const example = `${name}: “${quote}” source ${JSON.stringify(source.text)}, chose ${JSON.stringify(chosen?.text ?? null)}${published ? ` (${published.name}, ${quotes[systemIndex]?.confidence})` : ''}`
    if (!right) count('source not among the candidates', example)
    else if (right === chosen) count('right')
    else
      count(`${chosen ? groupOf(chosen.features) : 'none'} ← ${groupOf(right.features)}`, example)
  }
}
console.log(`${part}: ${names.length} articles`)
if (missingOnly) {
  const total = [...places.values()].reduce((sum, value) => sum + value, 0)
  console.log(
    `${total} of ${withSource} quotations with a marked source do not have it among the candidates; ${offeredCount} candidates offered in all (${(offeredCount / withSource).toFixed(2)} a quotation)`,
  )
  for (const [title, map] of [
    ['by place', places],
    ['by shape (a source may have several)', shapes],
  ] as const) {
    console.log(title)
    for (const [group, value] of [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      console.log(`${String(value).padStart(6)}  ${group}`)
  }
  console.log('by place and shape')
}
for (const [group, total] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  console.log(`${String(total).padStart(6)}  ${group}`)
  for (const example of shown.get(group) ?? []) console.log(`          ${example}`)
}
