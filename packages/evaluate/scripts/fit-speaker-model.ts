/**
 * Fit the speaker model of @newsroom/retext-quotes on PolNeAR train, and write it to
 * `packages/retext-quotes/src/data/speaker-model.json`.
 *
 *   pnpm --filter @newsroom/evaluate fit-speaker-model [--l2 1] [--confidence-l2 2] [--target 0.975] [--dry-run]
 *
 * 1. Runs retext-english, retext-entities and retext-quotes (asked for its candidates) on every
 *    article of `../shared/corpus/polnear-train`, read through @newsroom/ingest as the pipeline
 *    reads it.
 * 2. Labels the candidate mentions of each quotation matched to a gold direct quotation: the
 *    candidate whose place overlaps the annotated source mention is right.
 * 3. Fits a conditional logistic regression (the candidates of one quotation compete in a
 *    softmax) on the articles outside the validation part, with an L2 penalty, by full-batch
 *    gradient descent from zero weights: deterministic.
 * 4. Runs the plugin on train again with these weights and fits the confidence model there: a
 *    logistic regression over the features of each choice (its softmax probability, its margin,
 *    the kind of mention chosen, how coreference resolved it) against whether the choice names
 *    the source. The resolution is weighed here, so the plugin does not multiply by its fixed
 *    table of resolution confidences again.
 * 5. Calibrates the confidence score on the validation part (Platt scaling), runs the plugin
 *    there again with the new model, and sets the publishing threshold to the lowest confidence
 *    at which published speakers are right at least `--target` of the time, counted as
 *    `newsroom eval --split validation` counts them.
 *
 * Nothing is random and nothing is downloaded: the same corpus gives the same file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes, { type QuoteCandidates } from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import {
  directQuotations,
  isValidationArticle,
  type MentionGoldArticle,
  type MentionSpan,
  matchQuotes,
  matchSourceMentions,
  readBrat,
  type SystemArticle,
  scoreSourceMentions,
  systemQuotesFromQuotes,
} from '../src/index.js'
import { annotationOf, articleFile, corpus, repository } from './corpus.js'
import { fitLogistic, type JudgedChoice, platt } from './logistic.js'

const train = join(corpus, 'polnear-train')
const output = join(repository, 'packages/retext-quotes/src/data/speaker-model.json')

interface SpeakerModel {
  weights: Record<string, number>
  confidence?: Record<string, number>
  calibration: { a: number; b: number }
  threshold: number
}

/**
 * One quotation to learn from: its candidates' features and which of them are right; none is
 * right when the source is not among them (the softmax's "none of these" option, scored 0).
 */
interface Example {
  features: Array<Array<[number, number]>>
  right: boolean[]
}

interface ArticleRun {
  name: string
  gold: MentionGoldArticle
  system: SystemArticle
  candidates: QuoteCandidates[]
  /** The features of each quotation's choice, for the confidence model (empty: none). */
  choices: Array<Record<string, number>>
}

function option(args: readonly string[], name: string, fallback: number): number {
  if (!args.includes(name)) return fallback
  const value = Number(args[args.indexOf(name) + 1])
  if (!Number.isFinite(value)) throw new TypeError(`Expected \`${name}\` to be a number`)
  return value
}

/** Run the pipeline (with the given model) on articles and gather gold, quotes and candidates. */
async function run(names: readonly string[], model: SpeakerModel): Promise<ArticleRun[]> {
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true, model })
  const runs: ArticleRun[] = []
  for (const name of names) {
    const annotation = annotationOf(train, name)
    if (annotation === null) continue
    const contents = readFileSync(join(train, 'text', name))
    const file = articleFile(name, contents)
    const blocks = file.data.article?.blocks ?? []
    const gold = directQuotations(name, contents.toString('utf8'), readBrat(annotation), blocks)
    await processor.run(processor.parse(file), file)
    runs.push({
      name,
      gold,
      system: {
        file: name,
        quotes: systemQuotesFromQuotes(file.data.quotes ?? [], file.data.speakers ?? []),
      },
      candidates: file.data.speakerCandidates ?? [],
      choices: (file.data.speakerCandidates ?? []).map((quote) => quote.choice),
    })
  }
  return runs
}

function overlaps(a: MentionSpan, b: MentionSpan): boolean {
  return a.blockId === b.blockId && a.start < b.end && b.start < a.end
}

/** Whether a candidate is the annotated source: its place overlaps it, or it is a `who`'s antecedent. */
function isSource(span: MentionSpan, source: { text: string; span: MentionSpan }): boolean {
  if (overlaps(span, source.span)) return true
  return (
    /^(?:who|which|that)$/i.test(source.text.trim()) &&
    span.blockId === source.span.blockId &&
    span.end <= source.span.start &&
    source.span.start - span.end <= 3
  )
}

/** The labelled examples of some runs, with the feature names indexed in `names`. */
function examplesOf(
  runs: readonly ArticleRun[],
  index: Map<string, number>,
  grow: boolean,
): { examples: Example[]; matched: number; covered: number } {
  const examples: Example[] = []
  let matched = 0
  let covered = 0
  for (const article of runs) {
    const matches = matchQuotes(
      article.gold.quotes.map((quote) => quote.text),
      article.system.quotes.map((quote) => quote.text),
    )
    for (const [goldIndex, systemIndex] of matches) {
      const source = article.gold.quotes[goldIndex]?.source
      if (!source?.span) continue
      matched++
      const quote = article.candidates[systemIndex]
      if (!quote || quote.candidates.length === 0) continue
      const right = quote.candidates.map((candidate) =>
        isSource(candidate.span, { text: source.text, span: source.span as MentionSpan }),
      )
      if (right.some(Boolean)) covered++
      const features = quote.candidates.map((candidate) =>
        Object.entries(candidate.features)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .flatMap(([name, value]): Array<[number, number]> => {
            let at = index.get(name)
            if (at === undefined && grow) {
              at = index.size
              index.set(name, at)
            }
            return at === undefined ? [] : [[at, value]]
          }),
      )
      examples.push({ features, right })
    }
  }
  return { examples, matched, covered }
}

function scores(example: Example, weights: Float64Array): number[] {
  return example.features.map((features) => {
    let score = 0
    for (const [at, value] of features) score += (weights[at] as number) * value
    return score
  })
}

/** Softmax probabilities of a list of scores, with the "none of these" option scored 0. */
function softmax(values: readonly number[]): { probabilities: number[]; none: number } {
  const top = Math.max(0, ...values)
  const exps = values.map((value) => Math.exp(value - top))
  const total = exps.reduce((sum, value) => sum + value, Math.exp(-top))
  return { probabilities: exps.map((value) => value / total), none: Math.exp(-top) / total }
}

/**
 * Fit the weights: minimize the negative log of the probability the softmax gives the right
 * candidates, plus `l2` times the squared weights, by gradient descent with Adam steps.
 */
function fit(examples: readonly Example[], size: number, l2: number, rounds: number): Float64Array {
  const weights = new Float64Array(size)
  const first = new Float64Array(size)
  const second = new Float64Array(size)
  const rate = 0.05
  for (let round = 1; round <= rounds; round++) {
    const gradient = new Float64Array(size)
    for (const example of examples) {
      const { probabilities, none } = softmax(scores(example, weights))
      const anyRight = example.right.some(Boolean)
      const rightMass = anyRight
        ? probabilities.reduce(
            (sum, probability, at) => sum + (example.right[at] ? probability : 0),
            0,
          )
        : none
      for (const [at, features] of example.features.entries()) {
        // d(-log Σ_right p)/d score_i = p_i - [right_i] p_i / Σ_right p
        const p = probabilities[at] as number
        const pull = p - (example.right[at] ? p / rightMass : 0)
        for (const [feature, value] of features)
          gradient[feature] = (gradient[feature] as number) + pull * value
      }
    }
    for (let at = 0; at < size; at++) {
      const g =
        (gradient[at] as number) / examples.length +
        (2 * l2 * (weights[at] as number)) / examples.length
      first[at] = 0.9 * (first[at] as number) + 0.1 * g
      second[at] = 0.999 * (second[at] as number) + 0.001 * g * g
      const corrected = (first[at] as number) / (1 - 0.9 ** round)
      const scale = Math.sqrt((second[at] as number) / (1 - 0.999 ** round)) + 1e-8
      weights[at] = (weights[at] as number) - (rate * corrected) / scale
    }
  }
  return weights
}

/** Share of examples with a right candidate whose best candidate is a right one. */
function accuracy(examples: readonly Example[], weights: Float64Array): number {
  let right = 0
  let counted = 0
  for (const example of examples) {
    if (!example.right.some(Boolean)) continue
    counted++
    const values = scores(example, weights)
    let best = 0
    for (let at = 1; at < values.length; at++)
      if ((values[at] as number) > (values[best] as number)) best = at
    if (example.right[best]) right++
  }
  return counted === 0 ? 0 : right / counted
}

async function main(): Promise<void> {
  if (!existsSync(join(train, 'text'))) {
    console.log(`Skipping: no PolNeAR train split at ${train}`)
    return
  }
  const args = process.argv.slice(2)
  const l2 = option(args, '--l2', 1)
  const rounds = option(args, '--rounds', 400)
  const target = option(args, '--target', 0.975)
  const confidenceL2 = option(args, '--confidence-l2', 2)
  const names = readdirSync(join(train, 'text'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
  const trainNames = names.filter((name) => !isValidationArticle(name))
  const validationNames = names.filter(isValidationArticle)
  // Candidates and their features do not depend on the weights: any model gathers them.
  const blank: SpeakerModel = { weights: {}, calibration: { a: 1, b: 0 }, threshold: 0 }
  console.log(
    `Reading ${trainNames.length} train and ${validationNames.length} validation articles`,
  )
  const trainRuns = await run(trainNames, blank)
  const validationRuns = await run(validationNames, blank)
  const index = new Map<string, number>()
  const fitting = examplesOf(trainRuns, index, true)
  const checking = examplesOf(validationRuns, index, false)
  console.log(
    `train: ${fitting.covered} quotations with the source among the candidates (of ${fitting.matched} matched, ${(fitting.covered / fitting.matched).toFixed(3)}); validation: ${checking.covered} of ${checking.matched}`,
  )
  const weights = fit(fitting.examples, index.size, l2, rounds)
  console.log(
    `choice accuracy where the source is a candidate: train ${accuracy(fitting.examples, weights).toFixed(3)}, validation ${accuracy(checking.examples, weights).toFixed(3)}`,
  )
  const named = Object.fromEntries(
    [...index.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, at]) => [name, Math.round((weights[at] as number) * 1e4) / 1e4])
      .filter(([, weight]) => weight !== 0),
  )
  // The confidence model, on train: the features of each choice the plugin makes with these
  // weights against whether it names the source (by its mention or by the name).
  const chosen: SpeakerModel = { weights: named, calibration: { a: 1, b: 0 }, threshold: 0 }
  const confidenceIndex = new Map<string, number>()
  const trainChoices = judgedChoices(await run(trainNames, chosen))
  for (const { features } of trainChoices)
    for (const name of Object.keys(features).sort())
      if (!confidenceIndex.has(name)) confidenceIndex.set(name, confidenceIndex.size)
  const confidenceWeights = fitLogistic(trainChoices, confidenceIndex, confidenceL2)
  const confidence = Object.fromEntries(
    [...confidenceIndex.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, at]) => [name, Math.round((confidenceWeights[at] as number) * 1e4) / 1e4]),
  )
  // Calibrate the confidence score on validation (Platt scaling).
  const uncalibrated: SpeakerModel = { ...chosen, confidence }
  const pairs = judgedChoices(await run(validationNames, uncalibrated)).map(
    ({ features, right }) => ({ z: dot(confidence, features), right }),
  )
  const calibration = platt(pairs)
  const calibrated: SpeakerModel = { weights: named, confidence, calibration, threshold: 0 }
  const checked = await run(validationNames, calibrated)
  // Every matched quote, as `newsroom eval --split validation` counts them: one published where
  // the gold marks no source is wrong.
  const judged = matchSourceMentions(
    checked.map((article) => article.gold),
    checked.map((article) => article.system),
  )
  const threshold = chooseThreshold(judged, target)
  const model = {
    description:
      'Speaker model of @newsroom/retext-quotes: weights of a conditional logistic regression over candidate mentions and of a logistic confidence model over the choice, both fitted on PolNeAR train outside its validation part; Platt calibration and publishing threshold from the validation part. Written by `pnpm --filter @newsroom/evaluate fit-speaker-model`; do not edit by hand.',
    weights: named,
    confidence,
    calibration,
    threshold,
  }
  const final = scoreSourceMentions(
    checked.map((article) => article.gold),
    checked.map((article) => article.system),
  )
  console.log(
    `validation: speaker accuracy ${final.speakerAccuracy.toFixed(3)}; calibration a ${calibration.a}, b ${calibration.b}; threshold ${threshold}`,
  )
  if (args.includes('--dry-run')) return
  writeFileSync(output, `${JSON.stringify(model, null, 2)}\n`)
  console.log(`Wrote ${output} (${Object.keys(named).length} weights)`)
}

/** The choices of some runs on quotations with a marked source, judged as `newsroom eval` does. */
function judgedChoices(runs: readonly ArticleRun[]): JudgedChoice[] {
  const choiceOf = new Map(
    runs.flatMap((article) =>
      article.system.quotes.map((quote, at) => [quote, article.choices[at] ?? {}] as const),
    ),
  )
  return matchSourceMentions(
    runs.map((article) => article.gold),
    runs.map((article) => article.system),
  )
    .filter((quote) => quote.gold.source !== null && quote.system.mention)
    .map((quote) => ({ features: choiceOf.get(quote.system) ?? {}, right: quote.right }))
    .filter((choice) => Object.keys(choice.features).length > 0)
}

function dot(weights: Readonly<Record<string, number>>, features: Record<string, number>): number {
  let sum = 0
  for (const [name, value] of Object.entries(features)) sum += (weights[name] ?? 0) * value
  return sum
}

/**
 * The lowest confidence (in hundredths) at which the published speakers of validation are
 * right at least `target` of the time; with none, the one with the best precision.
 */
function chooseThreshold(
  judged: ReadonlyArray<{ system: { confidence?: number | undefined }; right: boolean }>,
  target: number,
): number {
  let best = 1
  let bestPrecision = 0
  for (let hundredths = 0; hundredths <= 100; hundredths++) {
    const threshold = hundredths / 100
    const kept = judged.filter((quote) => (quote.system.confidence ?? 0) >= threshold)
    if (kept.length === 0) continue
    const precision = kept.filter((quote) => quote.right).length / kept.length
    if (precision >= target) return threshold
    if (precision > bestPrecision) {
      bestPrecision = precision
      best = threshold
    }
  }
  return best
}

await main()
