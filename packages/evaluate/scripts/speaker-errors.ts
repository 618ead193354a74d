/**
 * The speaker choices of @newsroom/retext-quotes on PolNeAR train, grouped by kind of error, to
 * choose features from: for each quotation matched to a gold one with a marked source, whether
 * the source is among the candidates, and when the chosen candidate is not it, the form of the
 * chosen mention against the form of the right one (`name ← pronoun-person`).
 *
 *   pnpm --filter @newsroom/evaluate speaker-errors [--part validation|train] [--examples 5] [--by form|kind|role] [--published]
 *
 * `--by kind` groups by the kind of mention (`organization ← person`), `--by role` by the cue
 * role (`after-subject ← nearby`). `--published` counts only the quotations given a published
 * speaker: the errors a reader sees.
 *
 * Reads the train part by default: choose features on train and validation, never on dev.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { matchQuotes } from '../src/index.js'
import { spansOverlap } from '../src/score.js'
import { partNames, runArticles, train } from './train-runs.js'

const args = process.argv.slice(2)
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : 'train'
if (part !== 'train' && part !== 'validation')
  throw new TypeError('Expected `--part` to be `train` or `validation`')
const examples = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1]) : 5
const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : 'form'
const publishedOnly = args.includes('--published')
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
const runs = await runArticles(names, processor)
for (const { name, gold, quotes, candidates: quoteCandidates } of runs) {
  const matches = matchQuotes(
    gold.quotes.map((quote) => quote.text),
    quotes.map((quote) => quote.text),
  )
  for (const [goldIndex, systemIndex] of matches) {
    const source = gold.quotes[goldIndex]?.source
    if (!source?.span) continue
    const span = source.span
    const published = quotes[systemIndex]?.speaker
    if (publishedOnly && !published) continue
    const candidates = quoteCandidates[systemIndex]?.candidates ?? []
    const right = candidates.find((candidate) => spansOverlap(candidate.span, span))
    const chosen = candidates.find((candidate) => candidate.chosen)
    const quote = (quotes[systemIndex]?.text ?? '').slice(0, 60)
    const example = `${name}: “${quote}” source ${JSON.stringify(source.text)}, chose ${JSON.stringify(chosen?.text ?? null)}${published ? ` (${published.name}, ${quotes[systemIndex]?.confidence})` : ''}`
    if (!right) count('source not among the candidates', example)
    else if (right === chosen) count('right')
    else
      count(`${chosen ? groupOf(chosen.features) : 'none'} ← ${groupOf(right.features)}`, example)
  }
}
console.log(`${part}: ${names.length} articles`)
for (const [group, total] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  console.log(`${String(total).padStart(6)}  ${group}`)
  for (const example of shown.get(group) ?? []) console.log(`          ${example}`)
}
