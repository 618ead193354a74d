/**
 * The wrong choices among the surest out-of-fold choices of a `fit-speaker-model --dump`, grouped
 * by the general shape of the quotation (how the chosen mention was reached, where it stands,
 * what else the paragraph quotes, `according to`, the gold giving no source), beside the right
 * ones of each shape: where a confidence feature could still separate them. With `--add`, also
 * writes a copy of the dump whose choices carry candidate confidence features read from the
 * quotation's context (`contextFeatures`), for `replay-confidence` to judge against the dump.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/confidence-shapes.ts dump.json [--coverage 0.9] [--add feature,… --write out.json]
 *
 * The confidence is replayed on partition 0 (the fit's own folds) as `fit-speaker-model` fits it
 * (steps 5 and 6, `fitConfidence`). Reads the dump; writes only `--write`.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { fitConfidence } from './confidence-fit.js'
import {
  citesOutlet,
  type DumpedArticle,
  type DumpedQuote,
  dumpedChoice,
  isMatched,
  readDump,
} from './dumped-choices.js'
import type { MatchedChoice } from './train-runs.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    coverage: { type: 'string', default: '0.9' },
    add: { type: 'string', default: '' },
    write: { type: 'string' },
    examples: { type: 'string', default: '0' },
  },
})
const [path] = positionals
if (!path) throw new TypeError('Expected a dump file, written by `fit-speaker-model --dump`')
const coverage = Number(values.coverage)
const adding = values.add ? values.add.split(',') : []
const articles = readDump(path)

/** The speaker a quotation is given or leaned to, as `newsroom eval` reads it. */
function leanedSpeaker(quote: DumpedQuote): string | null {
  return quote.system.speaker ?? quote.system.candidate ?? null
}

/** The block a quotation opens in. */
function blockOf(quote: DumpedQuote): string | null {
  return quote.spans[0]?.blockId ?? null
}

/**
 * Features of a quotation's context the confidence model does not read yet, from the other
 * quotations of its article as the plugin wrote them (never the gold):
 * - `paragraph-others`: the share of the other quotations of its paragraph leaned to someone
 *   else (0 when it stands alone): a paragraph quoting several people is where a quotation goes
 *   to the wrong one of them; `paragraph-alone`: it is the only quotation of its paragraph;
 * - `previous-cued-same` / `previous-cued-other`: the quotation before it in its paragraph or
 *   the one before has a cue and was leaned to the same speaker / to someone else;
 * - `named-rival-far`: the chosen mention is no name, and no candidate within the rivals'
 *   reach names its entity (the coreference reached it without a name at hand).
 */
function contextFeatures(article: DumpedArticle, at: number): Record<string, number> {
  const quote = article.quotes[at] as DumpedQuote
  const features: Record<string, number> = {}
  const speaker = leanedSpeaker(quote)
  const block = blockOf(quote)
  const blockAt = block === null ? -1 : article.blockIds.indexOf(block)
  let others = 0
  let otherSpeakers = 0
  for (const [to, other] of article.quotes.entries()) {
    if (to === at || blockOf(other) !== block) continue
    others++
    if (leanedSpeaker(other) !== speaker) otherSpeakers++
  }
  if (others > 0) features['paragraph-others'] = otherSpeakers / others
  else features['paragraph-alone'] = 1
  const previous = at > 0 ? article.quotes[at - 1] : undefined
  if (previous && speaker !== null) {
    const previousBlock = blockOf(previous)
    const previousAt = previousBlock === null ? -1 : article.blockIds.indexOf(previousBlock)
    if (blockAt - previousAt <= 1 && previous.cue !== null && leanedSpeaker(previous) !== null)
      features[leanedSpeaker(previous) === speaker ? 'previous-cued-same' : 'previous-cued-other'] =
        1
  }
  const candidates = quote.candidates ?? []
  const chosen = candidates.find((candidate) => candidate.chosen)
  if (chosen && !chosen.features['form:name']) {
    const named = candidates.some(
      (candidate) =>
        candidate !== chosen &&
        candidate.entity !== null &&
        candidate.entity === chosen.entity &&
        candidate.features['form:name'] === 1 &&
        candidate.score >= chosen.score - 4,
    )
    if (!named) features['named-rival-far'] = 1
  }
  return features
}

/** The general shapes a quotation belongs to (several at once), read from the dump. */
function shapes(article: DumpedArticle, at: number): string[] {
  const quote = article.quotes[at] as DumpedQuote
  const choice = quote.choice ?? {}
  const names: string[] = []
  const resolution = Object.keys(choice).find((name) => name.startsWith('resolution:'))
  names.push(resolution ?? 'resolution:none')
  const form = choice['chosen:form:name']
    ? 'name'
    : choice['chosen:form:description']
      ? 'description'
      : 'pronoun or other'
  names.push(`form:${form}`)
  if (choice['chosen:previous']) names.push('carried from previous quotation')
  const place = Object.keys(choice).find((name) => name.startsWith('chosen:place:'))
  names.push(place ? place.slice('chosen:'.length) : 'place:none')
  names.push(choice.cued ? 'cued' : 'not cued')
  if (quote.cue === null) names.push('no cue (quotation goes on)')
  const context = contextFeatures(article, at)
  if ((context['paragraph-others'] ?? 0) > 0) names.push('paragraph quotes someone else too')
  if (context['previous-cued-same']) names.push('previous cued quotation: same speaker')
  if (context['previous-cued-other']) names.push('previous cued quotation: other speaker')
  if (context['named-rival-far']) names.push('not a name, no name of its entity near')
  const block = blockOf(quote)
  const text = block === null ? '' : (article.texts[article.blockIds.indexOf(block)] ?? '')
  if (/\baccording to\b/i.test(text)) names.push('paragraph has `according to`')
  if (quote.gold?.source === null) names.push('gold gives no source')
  if (isMatched(quote) && citesOutlet(article, quote))
    names.push('credits the outlet cited over a person (left out of the fit)')
  return names
}

const k = 1 + Math.max(...articles.map((article) => article.fold))
const heldOut: MatchedChoice[][] = Array.from({ length: k }, () => [])
const fitted: MatchedChoice[][] = Array.from({ length: k }, () => [])
const placeOf = new Map<MatchedChoice, { article: DumpedArticle; at: number }>()
for (const article of articles)
  for (const [at, quote] of article.quotes.entries()) {
    if (!isMatched(quote)) continue
    const choice = dumpedChoice(article, quote)
    placeOf.set(choice, { article, at })
    heldOut[article.fold]?.push(choice)
    if (!citesOutlet(article, quote)) fitted[article.fold]?.push(choice)
  }
const { scored } = fitConfidence(heldOut, fitted, { l2: 2, target: 0.97, bound: 0 })
const choices = heldOut.flat()
const known = choices.filter(({ quote }) => quote.gold.source !== null).length
const ranked = choices
  .map((choice, at) => ({ choice, scored: scored[at] as (typeof scored)[number] }))
  .filter(({ scored }) => scored.confidence > 0)
  .sort((a, b) => (b.scored.score ?? 0) - (a.scored.score ?? 0))
  .slice(0, Math.ceil(coverage * known))
const counts = new Map<string, { right: number; wrong: number }>()
const examples = new Map<string, string[]>()
for (const { choice } of ranked) {
  const { article, at } = placeOf.get(choice) as { article: DumpedArticle; at: number }
  for (const shape of shapes(article, at)) {
    const count = counts.get(shape) ?? { right: 0, wrong: 0 }
    if (choice.quote.right) count.right++
    else {
      count.wrong++
      const list = examples.get(shape) ?? []
      list.push(
        `${article.name} ${choice.quote.system.mention?.text ?? '?'} ← ${choice.quote.gold.source?.text ?? 'no source'}: “${choice.quote.system.text.slice(0, 60)}”`,
      )
      examples.set(shape, list)
    }
    counts.set(shape, count)
  }
}
const wrong = ranked.filter(({ choice }) => !choice.quote.right).length
console.log(
  `surest ${ranked.length} of ${choices.length} matched (coverage ${coverage} of ${known} with a source): ${wrong} wrong`,
)
console.log('shape\twrong\tright\twrong share')
for (const [shape, count] of [...counts.entries()].sort((a, b) => b[1].wrong - a[1].wrong))
  console.log(
    `${shape}\t${count.wrong}\t${count.right}\t${(count.wrong / (count.wrong + count.right)).toFixed(3)}`,
  )
const shown = Number(values.examples)
if (shown > 0)
  for (const [shape, list] of examples) {
    console.log(`\n${shape}:`)
    for (const line of list.slice(0, shown)) console.log(`  ${line}`)
  }

if (adding.length > 0) {
  if (!values.write) throw new TypeError('Expected `--write file` with `--add`')
  for (const article of articles)
    for (const [at, quote] of article.quotes.entries()) {
      if (!quote.choice || Object.keys(quote.choice).length === 0) continue
      const context = contextFeatures(article, at)
      for (const name of adding) if (context[name] !== undefined) quote.choice[name] = context[name]
    }
  writeFileSync(values.write, JSON.stringify(articles))
  console.log(`Wrote ${values.write} with ${adding.join(', ')}`)
}
