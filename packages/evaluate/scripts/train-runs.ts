/**
 * Shared by the scripts that learn from PolNeAR train (`fit-speaker-model`, `debug-confidence`,
 * `speaker-errors`): the articles of each part, the plugins run on each article beside its gold
 * direct quotations, the quotes matched to the gold as `newsroom eval` matches them, and a
 * confidence model's score turned into the confidence the plugin publishes by.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { QuoteCandidates } from '@newsroom/retext-quotes'
import type { Quote } from '@newsroom/schema'
import {
  directQuotations,
  isValidationArticle,
  type MatchedSourceQuote,
  type MentionGoldArticle,
  matchSourceMentions,
  readBrat,
  type SystemArticle,
  systemQuotesFromQuotes,
  withoutParagraphBreaks,
} from '../src/index.js'
import { annotationOf, articleFile, corpus, type RetextProcessor, runOn } from './corpus.js'
import type { JudgedChoice, ScoredQuote } from './logistic.js'

/** The PolNeAR train split: text/ and attributions/ (brat). */
export const train = join(corpus, 'polnear-train')

/** The articles of one part of PolNeAR train, in name order: the validation part or the rest. */
export function partNames(part: 'train' | 'validation'): string[] {
  return readdirSync(join(train, 'text'))
    .filter(
      (name) => name.endsWith('.txt') && isValidationArticle(name) === (part === 'validation'),
    )
    .sort()
}

/** One article of PolNeAR train run through the plugins, beside its gold. */
export interface ArticleRun {
  name: string
  gold: MentionGoldArticle
  /** The quotes as the plugins wrote them (`file.data.quotes`). */
  quotes: Quote[]
  /** The quotes as `newsroom eval` scores them. */
  system: SystemArticle
  /** Each quote's candidate mentions and the features of its choice (asked with `candidates`). */
  candidates: QuoteCandidates[]
  /** The blocks' texts and ids and the entity mentions, kept only when asked (`keepTexts`). */
  texts?: string[]
  blockIds?: string[]
  entities?: unknown
}

/**
 * Run a processor (retext-quotes asked for its `candidates`) on articles of PolNeAR train, read
 * as the pipeline reads them, with each article's gold direct quotations; an article without
 * annotations is left out.
 */
export async function runArticles(
  names: readonly string[],
  processor: RetextProcessor,
  {
    keepTexts = false,
    withoutBreaks = false,
  }: {
    keepTexts?: boolean
    /** Read each article with its paragraph breaks taken out (`withoutParagraphBreaks`). */
    withoutBreaks?: boolean
  } = {},
): Promise<ArticleRun[]> {
  const runs: ArticleRun[] = []
  for (const name of names) {
    const annotation = annotationOf(train, name)
    if (annotation === null) continue
    const read = readFileSync(join(train, 'text', name))
    // Every offset holds without the breaks, so the brat gold reads the copy as the original.
    const contents = withoutBreaks
      ? Buffer.from(withoutParagraphBreaks(read.toString('utf8')))
      : read
    const file = articleFile(name, contents)
    const blocks = file.data.article?.blocks ?? []
    const label = withoutBreaks ? name + withoutBreaksMark : name
    const gold = directQuotations(label, contents.toString('utf8'), readBrat(annotation), blocks)
    await runOn(processor, file)
    const quotes = file.data.quotes ?? []
    runs.push({
      name,
      gold,
      quotes,
      system: {
        file: label,
        quotes: systemQuotesFromQuotes(
          quotes,
          file.data.speakers ?? [],
          file.data.speakerCandidates ?? [],
        ),
      },
      candidates: file.data.speakerCandidates ?? [],
      ...(keepTexts
        ? {
            texts: blocks.map((block) => block.text),
            blockIds: blocks.map((block) => block.id),
            entities: (file.data as Record<string, unknown>).entityMentions,
          }
        : {}),
    })
  }
  return runs
}

/**
 * What a copy read without paragraph breaks adds to its article's file name in the gold and the
 * system articles: the two forms of one article are matched to the gold apart (matching pairs
 * articles by file name), yet dealt to one fold (`articleOfFile`).
 */
const withoutBreaksMark = ' (without breaks)'

/** The article a gold or system file name is of: the copy without breaks is its original's. */
export function articleOfFile(file: string): string {
  return file.endsWith(withoutBreaksMark) ? file.slice(0, -withoutBreaksMark.length) : file
}

/** A quote matched to the gold, with the features of its choice (empty: none). */
export interface MatchedChoice {
  quote: MatchedSourceQuote
  features: Record<string, number>
  /**
   * Whether the plugin may publish its speaker at all, as it says: not when its mention
   * resolved to a namesake the text leaves open.
   */
  publishable: boolean
}

/** The quotes of some runs matched to the gold as `newsroom eval` does, each with its choice's features. */
export function matchedChoices(
  runs: ReadonlyArray<Pick<ArticleRun, 'gold' | 'system' | 'candidates'>>,
): MatchedChoice[] {
  const choiceOf = new Map(
    runs.flatMap((article) =>
      article.system.quotes.map((quote, at) => [quote, article.candidates[at]] as const),
    ),
  )
  return matchSourceMentions(
    runs.map((article) => article.gold),
    runs.map((article) => article.system),
  ).map((quote) => {
    const choice = choiceOf.get(quote.system)
    return {
      quote,
      features: choice?.choice ?? {},
      publishable: choice?.publishable ?? true,
    }
  })
}

/**
 * The confidence the plugin gives a choice whose confidence model scores `z`: Platt-scaled by
 * `calibration` and, as the plugin writes it, rounded to hundredths.
 */
export function calibratedConfidence(z: number, calibration: { a: number; b: number }): number {
  return Math.round(100 / (1 + Math.exp(-(calibration.a * z + calibration.b)))) / 100
}

/** Weights by feature name, rounded to 4 places, sorted by name; zero weights dropped when `dropZero`. */
export function namedWeights(
  index: ReadonlyMap<string, number>,
  weights: Float64Array,
  dropZero = true,
): Record<string, number> {
  return Object.fromEntries(
    [...index.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, at]) => [name, Math.round((weights[at] as number) * 1e4) / 1e4] as const)
      .filter(([, weight]) => !dropZero || weight !== 0),
  )
}

/**
 * Every matched quote with the confidence the plugin would give it under the confidence weights
 * and calibration (0 when nobody is leaned to or it may not be published), as `newsroom eval`
 * judges it, and that confidence unrounded (`score`).
 */
export function scoredQuotes(
  matched: readonly MatchedChoice[],
  weights: Readonly<Record<string, number>>,
  calibration: { a: number; b: number },
): ScoredQuote[] {
  return matched.map(({ quote, features, publishable }) => {
    const leaned = (quote.system.speaker ?? quote.system.candidate ?? null) !== null
    if (!leaned || !publishable || Object.keys(features).length === 0)
      return { confidence: 0, right: quote.right, score: 0 }
    const z = dot(weights, features)
    return {
      confidence: calibratedConfidence(z, calibration),
      right: quote.right,
      score: 1 / (1 + Math.exp(-(calibration.a * z + calibration.b))),
    }
  })
}

/**
 * The choices among matched quotes with a marked source, judged as `newsroom eval` does; not
 * those the plugin never publishes, whose confidence is 0 whatever the model says.
 */
export function judgedChoices(matched: readonly MatchedChoice[]): JudgedChoice[] {
  return matched
    .filter(
      ({ quote, publishable }) => publishable && quote.gold.source !== null && quote.system.mention,
    )
    .map(({ quote, features }) => ({ features, right: quote.right }))
    .filter((choice) => Object.keys(choice.features).length > 0)
}

/** The score of some features under some weights (a feature without a weight weighs 0). */
export function dot(
  weights: Readonly<Record<string, number>>,
  features: Record<string, number>,
): number {
  let sum = 0
  for (const [name, value] of Object.entries(features)) sum += (weights[name] ?? 0) * value
  return sum
}
