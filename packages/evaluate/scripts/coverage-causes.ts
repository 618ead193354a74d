/**
 * Why gold quotations of PolNeAR train's fit part end without a published speaker, and what a
 * confidence feature would change, on the out-of-fold choices a `fit-speaker-model --dump`
 * wrote (made as on unseen articles; never the validation part, never dev).
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source \
 *     scripts/coverage-causes.ts dump.json [--threshold t] [--variant name]…
 *
 * The threshold defaults to the shipped model's (`speaker-model.json`).
 *
 * Causes, for each matched gold quotation with a marked source (the cited-outlet ones the fit
 * leaves out counted apart): no candidate; candidates but none names the source; a candidate
 * names it but a wrong one is chosen; the right one chosen but its resolution unpublishable by
 * rule, or resolved to nobody (a lean-less mention: confidence 0); chosen right but its
 * confidence (the confidence model of the other folds, partition 0, Platt-scaled) under the
 * threshold. Gold quotations no system quotation matches are counted from
 * the gold (`no quotation found`).
 *
 * `--variant` adds features to each choice (see `variants`) and replays the confidence fit over
 * six partitions against the dump as it is, as `replay-confidence` does. The variants tried for
 * `rival-cued` before it shipped are gone with their figures kept in the trials doc (cov48): the
 * dump holds the shipped feature already.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { directQuotations, type MentionSpan, namesSource, readBrat } from '../src/index.js'
import { fitConfidence } from './confidence-fit.js'
import { annotationOf, articleFile, repository } from './corpus.js'
import {
  citesOutlet,
  type DumpedArticle,
  type DumpedQuote,
  dumpedChoice,
  isMatched,
  readDump,
} from './dumped-choices.js'
import { foldInPartition, rankedCurve } from './logistic.js'
import { type MatchedChoice, train } from './train-runs.js'

type Variant = (quote: DumpedQuote, features: Record<string, number>) => void

/** Extra confidence features to try, by name. */
const variants: Record<string, Variant> = {
  // Piecewise-linear logit: a low softmax probability may say more (or less) than a high one.
  hinge(_, f) {
    f['logit-low'] = Math.min(f.logit ?? 0, 0)
    if (f['entity-logit'] !== undefined) f['entity-logit-low'] = Math.min(f['entity-logit'], 0)
  },
  // How long the quotation is: a short fragment is a scare quote or a term as often as speech.
  length(quote, f) {
    f.length = Math.log1p(quote.system.text.split(/\s+/u).length) / 3
  },
  // A quotation opening in lowercase: a fragment worked into the writer's sentence.
  fragment(quote, f) {
    const first = quote.system.text.trimStart()[0] ?? ''
    if (first !== first.toUpperCase()) f.fragment = 1
  },
  // `rival-cued` (read by the plugin already) split by whether the choice is cued too.
  'rival-split'(_, f) {
    if (f['rival-cued'] && f.cued) f['rival-cued-both'] = 1
  },
  // The chosen mention's other features the confidence model does not read yet.
  'chosen-more'(quote, f) {
    const chosen = (quote.candidates ?? []).find((candidate) => candidate.chosen)
    if (!chosen) return
    for (const [name, value] of Object.entries(chosen.features))
      if (
        name.startsWith('form:') ||
        name.startsWith('next-role:') ||
        name === 'sentence-subject' ||
        name === 'next' ||
        name === 'common-word-opening-sentence'
      )
        f[`chosen:${name}`] ??= value
  },
  // How many candidates name someone else (log): a crowded quotation is a harder one.
  crowd(quote, f) {
    const candidates = quote.candidates ?? []
    const chosen = candidates.find((candidate) => candidate.chosen)
    if (!chosen) return
    const others = new Set(
      candidates
        .filter((candidate) => candidate.entity !== chosen.entity || candidate.entity === null)
        .filter((candidate) => !candidate.chosen)
        .map((candidate) => candidate.entity ?? candidate.text),
    )
    f.crowd = Math.log1p(others.size) / 2
  },
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threshold: { type: 'string' },
    variant: { type: 'string', multiple: true, default: [] },
    partitions: { type: 'string', default: '6' },
    'confidence-l2': { type: 'string', default: '2' },
  },
})
const shippedModel = JSON.parse(
  readFileSync(join(repository, 'packages/retext-quotes/src/data/speaker-model.json'), 'utf8'),
) as { threshold: number }
const threshold = values.threshold === undefined ? shippedModel.threshold : Number(values.threshold)
const partitions = Number(values.partitions)
const l2 = Number(values['confidence-l2'])
const articles = readDump(positionals[0] as string)

interface Row {
  choice: MatchedChoice
  cited: boolean
  quote: DumpedQuote
  article: DumpedArticle
}

function rows(extra: readonly Variant[]): Row[] {
  const out: Row[] = []
  for (const article of articles)
    for (const quote of article.quotes) {
      if (!isMatched(quote)) continue
      const features = { ...(quote.choice ?? {}) }
      if (Object.keys(features).length > 0) for (const variant of extra) variant(quote, features)
      out.push({
        choice: dumpedChoice(article, quote, features),
        cited: citesOutlet(article, quote),
        quote,
        article,
      })
    }
  return out
}

function fitOn(all: readonly Row[], partition: number) {
  const k = 1 + Math.max(...articles.map((article) => article.fold))
  const heldOut: MatchedChoice[][] = Array.from({ length: k }, () => [])
  const fitted: MatchedChoice[][] = Array.from({ length: k }, () => [])
  const order: Row[][] = Array.from({ length: k }, () => [])
  for (const row of all) {
    const fold =
      partition === 0 ? row.article.fold : foldInPartition(row.article.name, partition, k)
    heldOut[fold]?.push(row.choice)
    order[fold]?.push(row)
    if (!row.cited) fitted[fold]?.push(row.choice)
  }
  const fit = fitConfidence(heldOut, fitted, { l2, target: 0.97, bound: 0 })
  return { fit, order: order.flat() }
}

const base = rows([])
const { fit, order } = fitOn(base, 0)
const causes = new Map<string, number>()
const count = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1)
for (const [at, row] of order.entries()) {
  const { quote, cited } = row
  const source = quote.gold?.source
  if (!source?.span) {
    count('gold marks no source')
    continue
  }
  const prefix = cited ? 'cited outlet (left out of the fit): ' : ''
  const candidates = quote.candidates ?? []
  const marked = { text: source.text, span: source.span as MentionSpan }
  const confidence = fit.scored[at]?.confidence ?? 0
  if (candidates.length === 0) count(`${prefix}no candidate`)
  else if (quote.right) {
    if (!(quote.publishable ?? true)) count(`${prefix}right, unpublishable by rule`)
    else if ((quote.system.speaker ?? quote.system.candidate ?? null) === null)
      count(`${prefix}right mention, resolved to nobody`)
    else if (confidence < threshold) {
      count(`${prefix}right, confidence under ${threshold}`)
      count(`  under ${threshold} by resolution: ${quote.resolution ?? 'none'}`)
    } else count(`${prefix}right, published`)
  } else if (!candidates.some((candidate) => namesSource(candidate.span, marked, candidates)))
    count(`${prefix}no candidate names the source`)
  else if (confidence >= threshold) count(`${prefix}right candidate ranked below, published wrong`)
  else count(`${prefix}right candidate ranked below a wrong one`)
}
const known = order.filter((row) => row.quote.gold?.source?.span).length
let gold = 0
for (const article of articles) {
  const annotation = annotationOf(train, article.name)
  if (annotation === null) continue
  const contents = readFileSync(join(train, 'text', article.name))
  const blocks = articleFile(article.name, contents).data.article?.blocks ?? []
  gold += directQuotations(article.name, contents.toString('utf8'), readBrat(annotation), blocks)
    .quotes.length
}
console.log(
  `gold direct quotations: ${gold}; matched: ${order.length}; no quotation found: ${gold - order.length}`,
)
console.log(`matched gold quotations with a marked source: ${known}`)
for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1]))
  console.log(`  ${n.toString().padStart(5)}  ${cause}`)

const chosen = values.variant as string[]
if (chosen.length > 0) {
  const extra = chosen.map((name) => {
    const variant = variants[name]
    if (!variant) throw new TypeError(`No variant \`${name}\``)
    return variant
  })
  const after = rows(extra)
  let sumKept = 0
  let sumWrong = 0
  for (let partition = 0; partition < partitions; partition++) {
    const curve = (all: readonly Row[]) => {
      const { fit } = fitOn(all, partition)
      const marked = all.filter((row) => row.choice.quote.gold.source !== null).length
      const logLoss =
        fit.scored.reduce(
          (sum, quote) =>
            quote.score === 0
              ? sum
              : sum - Math.log(quote.right ? (quote.score ?? 0.5) : 1 - (quote.score ?? 0.5)),
          0,
        ) / fit.scored.filter((quote) => quote.score !== 0).length
      return { ...rankedCurve(fit.scored, marked, 0.97, 0.9), logLoss, threshold: fit.threshold }
    }
    const b = curve(base)
    const a = curve(after)
    sumKept += a.kept - b.kept
    sumWrong += a.wrong - b.wrong
    console.log(
      `partition ${partition}: by rank ${b.kept} → ${a.kept}, wrong at 0.90 ${b.wrong} → ${a.wrong}, log loss ${b.logLoss.toFixed(4)} → ${a.logLoss.toFixed(4)}, threshold ${b.threshold} → ${a.threshold}`,
    )
  }
  console.log(
    `mean: by rank ${(sumKept / partitions).toFixed(1)}, wrong at 0.90 ${(sumWrong / partitions).toFixed(1)}`,
  )
}
