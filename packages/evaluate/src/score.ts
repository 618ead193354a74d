import type { Quote, Speaker } from '@newsroom/schema'
import type { GoldArticle } from './gold.js'
import type { MentionGoldArticle, MentionGoldQuote, MentionSpan } from './polnear.js'
import { namesSource, type ResolvedMention } from './source-mention.js'
import { sameSpeaker } from './speaker-name.js'
import { quoteOverlap, quoteTokens } from './tokens.js'

/** A quote found by the system, its speaker written the gold's way. */
export interface SystemQuote {
  text: string
  /** The published speaker (`Name`, `anonymous: …`, `group: …`), or null: none or unclear. */
  speaker: string | null
  /** The speaker the system leans to when it did not publish one ("speaker unclear"). */
  candidate?: string | null | undefined
  /** How likely the attribution is right, 0 to 1. */
  confidence?: number | undefined
  /** The words naming the speaker at the quote, and where they stand. */
  mention?: { text: string; span: MentionSpan | null } | null | undefined
  /** The forms of the speaker's name in the article (its name and aliases). */
  names?: readonly string[] | undefined
  /**
   * The candidate mentions the system weighed for the quote, with the entity each resolves to,
   * when known: a speaker is judged by entity then (see `namesSource`).
   */
  candidates?: readonly ResolvedMention[] | undefined
}

/** The system's quotes for one article, keyed by the gold's `file`. */
export interface SystemArticle {
  file: string
  quotes: SystemQuote[]
}

export type QuoteErrorKind = 'missed' | 'spurious' | 'wrong-speaker'

/** One disagreement between gold and system, for reading the failures. */
export interface QuoteError {
  kind: QuoteErrorKind
  file: string
  /** The gold quote's text (missed, wrong-speaker). */
  gold: string | null
  /** The system quote's text (spurious, wrong-speaker). */
  system: string | null
  /** The gold speaker, and any other accepted readings joined with ` | `. */
  expectedSpeaker: string | null
  /** The speaker the system gave or leaned to. */
  actualSpeaker: string | null
  /** Whether that speaker was published (false: "speaker unclear"). */
  published: boolean
}

/** Precision, recall and F1. */
export interface PrecisionRecall {
  precision: number
  recall: number
  f1: number
}

/** Precision and coverage of published speakers at one confidence threshold. */
export interface ThresholdScore {
  threshold: number
  precision: number
  coverage: number
}

export interface QuoteScore {
  articles: number
  goldQuotes: number
  /** System quotes counted: those matching an `ignore` entry and no gold quote are left out. */
  systemQuotes: number
  ignoredQuotes: number
  matchedQuotes: number
  quotes: PrecisionRecall
  /** Matched quotes whose speaker (published or leaned to) is right. */
  speakerCorrect: number
  /** speakerCorrect / matchedQuotes (1 when nothing matched and nothing was expected). */
  speakerAccuracy: number
  /** Matched quotes whose gold speaker is known (not `unknown`). */
  knownQuotes: number
  /** Matched quotes given a published speaker, and how many of those are right. */
  published: number
  publishedCorrect: number
  /** publishedCorrect / published: how far a reader can trust a published speaker. */
  publishedPrecision: number
  /** published / knownQuotes: the share of matched quotes given a speaker. */
  coverage: number
  /** A system quote counts only when its text and its published speaker are both right. */
  attribution: PrecisionRecall
  /** Precision and coverage had speakers been published from each confidence. */
  thresholds: ThresholdScore[]
  errors: QuoteError[]
}

/** Smallest share of the longer side's tokens two quotes must have in common, in order. */
export const matchThreshold = 0.5

/** Confidences at which `thresholds` reports precision and coverage. */
export const reportedThresholds: readonly number[] = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9]

/** A speaker written the gold's way: a name, `anonymous: …` or `group: …`. */
function label(speaker: { kind: Speaker['kind']; name: string } | null | undefined): string | null {
  if (!speaker) return null
  return speaker.kind === 'anonymous' || speaker.kind === 'group'
    ? `${speaker.kind}: ${speaker.name}`
    : speaker.name
}

/**
 * Turn the plugin's `Quote[]` (and the article's speakers, for the forms of their names) into
 * system quotes written the gold's way.
 */
export function systemQuotesFromQuotes(
  quotes: readonly Quote[],
  speakers: readonly Speaker[] = [],
  candidates: readonly QuoteMentions[] = [],
): SystemQuote[] {
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]))
  const mentionsOf = new Map(candidates.map((entry) => [entry.quote, entry.candidates]))
  return quotes.map((quote) => {
    const mentions = mentionsOf.get(quote.id)
    const chosen = quote.speaker ?? quote.candidate ?? null
    const known = chosen ? byId.get(chosen.id) : undefined
    return {
      text: quote.text,
      speaker: label(quote.speaker),
      candidate: label(quote.candidate),
      confidence: quote.confidence,
      mention:
        quote.mention === null
          ? null
          : {
              text: quote.mention,
              span: quote.mentionSpan
                ? {
                    blockId: quote.mentionSpan.blockId,
                    start: quote.mentionSpan.start,
                    end: quote.mentionSpan.end,
                  }
                : null,
            },
      names: chosen ? [chosen.name, ...(known?.aliases ?? [])] : [],
      ...(mentions
        ? { candidates: mentions.map(({ span, entity }) => ({ span, entity: entity ?? null })) }
        : {}),
    }
  })
}

/**
 * The candidate mentions of one quote (`quote`: its id), as retext-quotes lists them with
 * `candidates: true`, each with the entity it resolves to.
 */
export interface QuoteMentions {
  quote: string
  candidates: readonly ResolvedMention[]
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? (part === 0 ? 1 : 0) : part / whole
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

interface Pair {
  gold: number
  system: number
  overlap: number
}

/**
 * Match gold quotes to system quotes one to one: every pair with enough overlap, best first
 * (ties in document order), each side used at most once.
 */
export function matchQuotes(
  gold: readonly string[],
  system: readonly string[],
): Map<number, number> {
  const goldTokens = gold.map(quoteTokens)
  const systemTokens = system.map(quoteTokens)
  const pairs: Pair[] = []
  for (const [g, left] of goldTokens.entries()) {
    for (const [s, right] of systemTokens.entries()) {
      const overlap = quoteOverlap(left, right)
      if (overlap >= matchThreshold) pairs.push({ gold: g, system: s, overlap })
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.system - b.system)
  const matches = new Map<number, number>()
  const usedSystem = new Set<number>()
  for (const pair of pairs) {
    if (matches.has(pair.gold) || usedSystem.has(pair.system)) continue
    matches.set(pair.gold, pair.system)
    usedSystem.add(pair.system)
  }
  return matches
}

function isIgnored(text: string, ignore: readonly string[]): boolean {
  const tokens = quoteTokens(text)
  return ignore.some((entry) => quoteOverlap(tokens, quoteTokens(entry)) >= matchThreshold)
}

/** One gold quote as the scorer sees it: its text and how to judge a speaker for it. */
interface JudgedQuote {
  text: string
  /** The expected speaker, for error lists. */
  expected: string
  /** Whether the gold says who spoke (not `unknown`). */
  known: boolean
  /** Whether a system quote's speaker (published when `published`, else leaned to) is right. */
  right: (quote: SystemQuote, published: boolean) => boolean
}

interface JudgedArticle {
  file: string
  quotes: JudgedQuote[]
  ignore: readonly string[]
}

function score(articles: readonly JudgedArticle[], system: readonly SystemArticle[]): QuoteScore {
  const byFile = new Map(system.map((article) => [article.file, article]))
  const errors: QuoteError[] = []
  let goldQuotes = 0
  let systemQuotes = 0
  let ignoredQuotes = 0
  let matchedQuotes = 0
  let speakerCorrect = 0
  let knownQuotes = 0
  let published = 0
  let publishedCorrect = 0
  /** Matched quotes whose published speaker (or none, where the gold says unknown) is right. */
  let attributionRight = 0
  /** Every matched quote with a speaker leaned to: its confidence and whether it is right. */
  const leanings: Array<{ confidence: number; right: boolean }> = []

  for (const article of articles) {
    const found = byFile.get(article.file)?.quotes ?? []
    const matches = matchQuotes(
      article.quotes.map((quote) => quote.text),
      found.map((quote) => quote.text),
    )
    const matchedSystem = new Set(matches.values())
    goldQuotes += article.quotes.length

    for (const [index, expected] of article.quotes.entries()) {
      const systemIndex = matches.get(index)
      if (systemIndex === undefined) {
        errors.push({
          kind: 'missed',
          file: article.file,
          gold: expected.text,
          system: null,
          expectedSpeaker: expected.expected,
          actualSpeaker: null,
          published: false,
        })
        continue
      }
      matchedQuotes++
      const actual = found[systemIndex] as SystemQuote
      const leaned = actual.speaker ?? actual.candidate ?? null
      const right = expected.right(actual, false)
      if (expected.known) knownQuotes++
      if (leaned !== null)
        leanings.push({ confidence: actual.confidence ?? 1, right: right && expected.known })
      // Attribution counts what a reader sees: the quote and its published speaker.
      const publishedRight = expected.right(actual, true)
      if (publishedRight) attributionRight++
      if (actual.speaker !== null) {
        published++
        if (publishedRight) publishedCorrect++
      }
      if (right) speakerCorrect++
      else {
        errors.push({
          kind: 'wrong-speaker',
          file: article.file,
          gold: expected.text,
          system: actual.text,
          expectedSpeaker: expected.expected,
          actualSpeaker: leaned,
          published: actual.speaker !== null,
        })
      }
    }

    for (const [index, quote] of found.entries()) {
      if (matchedSystem.has(index)) {
        systemQuotes++
        continue
      }
      if (isIgnored(quote.text, article.ignore)) {
        ignoredQuotes++
        continue
      }
      systemQuotes++
      errors.push({
        kind: 'spurious',
        file: article.file,
        gold: null,
        system: quote.text,
        expectedSpeaker: null,
        actualSpeaker: quote.speaker,
        published: quote.speaker !== null,
      })
    }
  }

  const precision = ratio(matchedQuotes, systemQuotes)
  const recall = ratio(matchedQuotes, goldQuotes)
  const attributionPrecision = ratio(attributionRight, systemQuotes)
  const attributionRecall = ratio(attributionRight, goldQuotes)
  const thresholds = reportedThresholds.map((threshold) => {
    const kept = leanings.filter((leaning) => leaning.confidence >= threshold)
    const right = kept.filter((leaning) => leaning.right).length
    return {
      threshold,
      precision: ratio(right, kept.length),
      coverage: ratio(kept.length, knownQuotes),
    }
  })
  return {
    articles: articles.length,
    goldQuotes,
    systemQuotes,
    ignoredQuotes,
    matchedQuotes,
    quotes: { precision, recall, f1: f1(precision, recall) },
    speakerCorrect,
    speakerAccuracy: ratio(speakerCorrect, matchedQuotes),
    knownQuotes,
    published,
    publishedCorrect,
    publishedPrecision: ratio(publishedCorrect, published),
    coverage: ratio(published, knownQuotes),
    attribution: {
      precision: attributionPrecision,
      recall: attributionRecall,
      f1: f1(attributionPrecision, attributionRecall),
    },
    thresholds,
    errors,
  }
}

/**
 * Score system quotes against gold the way `corpus/README.md` defines it: quote precision,
 * recall and F1 by token overlap; speaker accuracy over matched quotes (the speaker the system
 * published or leaned to); precision and coverage of published speakers; attribution F1.
 * Gold articles without a system article count as finding nothing; system articles without
 * gold are not scored.
 */
export function scoreQuotes(
  gold: readonly GoldArticle[],
  system: readonly SystemArticle[],
): QuoteScore {
  return score(
    gold.map((article) => ({
      file: article.file,
      ignore: article.ignore ?? [],
      quotes: article.quotes.map((quote) => {
        const accepted = [quote.speaker, ...(quote.alsoAccept ?? [])]
        const known = accepted.some((speaker) => !sameSpeaker(speaker, null))
        return {
          text: quote.text,
          expected: accepted.join(' | '),
          known,
          right: (actual: SystemQuote, published: boolean) => {
            const speaker = published
              ? actual.speaker
              : (actual.speaker ?? actual.candidate ?? null)
            return accepted.some((expected) => sameSpeaker(expected, speaker))
          },
        }
      }),
    })),
    system,
  )
}

/**
 * The name words of a source mention: its first comma-free stretch without a parenthesis or a
 * possessive, from its first capitalized word on (`longtime pollster Pat Caddell` → `pat
 * caddell`; `Coan, Santilli's attorney,` → `coan`).
 */
function sourceNameWords(source: string): string[] {
  const head = (source.split(',')[0] ?? '').replace(/\([^)]*\)?/gu, ' ').replace(/['’]s?\s*$/u, '')
  const words = head.trim().split(/\s+/)
  const first = words.findIndex((word) => /^\p{Lu}/u.test(word))
  return first < 0 ? [] : quoteTokens(words.slice(first).join(' '))
}

/**
 * Whether a source mention names the speaker: the name words of the mention all belong to one
 * form of the speaker's name, or that form's words all stand in the mention (`Fallon` and
 * `longtime pollster Pat Caddell` name Brian Fallon and Pat Caddell; `the Caddell campaign`
 * names no one).
 */
function namesSpeaker(source: string, names: readonly string[]): boolean {
  const nameWords = sourceNameWords(source)
  if (nameWords.length === 0) return false
  const sourceWords = quoteTokens(source.split(',')[0] ?? '')
  return names.some((name) => {
    if (!/^\p{Lu}/u.test(name)) return false
    const words = quoteTokens(name)
    return (
      words.length > 0 &&
      (nameWords.every((word) => words.includes(word)) ||
        (words.every((word) => sourceWords.includes(word)) &&
          words.includes(sourceWords.at(-1) ?? '')))
    )
  })
}

/** Judge the speaker of each quote against gold that marks source mentions (see below). */
function judgeSourceMentions(gold: readonly MentionGoldArticle[]): JudgedArticle[] {
  return gold.map((article) => ({
    file: article.file,
    ignore: article.ignore,
    quotes: article.quotes.map((quote) => ({
      text: quote.text,
      expected: quote.source?.text ?? 'unknown',
      known: quote.source !== null,
      right: (actual: SystemQuote, published: boolean) => {
        const speaker = published ? actual.speaker : (actual.speaker ?? actual.candidate ?? null)
        const source = quote.source
        if (source === null) return speaker === null
        // The annotated mention, or a mention of the same entity, chosen: right, whatever the
        // speaker it led to.
        const span = actual.mention?.span
        if (
          span &&
          source.span &&
          namesSource(span, { text: source.text, span: source.span }, actual.candidates ?? [])
        )
          return !published || speaker !== null
        if (speaker === null) return false
        return namesSpeaker(source.text, actual.names ?? [speaker])
      },
    })),
  }))
}

/** A gold quote with a source mention, the system quote matched to it, and whether it is right. */
export interface MatchedSourceQuote {
  file: string
  gold: MentionGoldQuote
  system: SystemQuote
  /** Whether the speaker the system gave or leaned to is right (see `scoreSourceMentions`). */
  right: boolean
}

/** Every gold quote of source-mention gold matched to a system quote, judged one by one. */
export function matchSourceMentions(
  gold: readonly MentionGoldArticle[],
  system: readonly SystemArticle[],
): MatchedSourceQuote[] {
  const byFile = new Map(system.map((article) => [article.file, article]))
  const judged = judgeSourceMentions(gold)
  const matched: MatchedSourceQuote[] = []
  for (const [at, article] of gold.entries()) {
    const found = byFile.get(article.file)?.quotes ?? []
    const judges = (judged[at] as JudgedArticle).quotes
    const matches = matchQuotes(
      article.quotes.map((quote) => quote.text),
      found.map((quote) => quote.text),
    )
    for (const [goldIndex, systemIndex] of matches) {
      const system = found[systemIndex] as SystemQuote
      matched.push({
        file: article.file,
        gold: article.quotes[goldIndex] as MentionGoldQuote,
        system,
        right: (judges[goldIndex] as JudgedQuote).right(system, false),
      })
    }
  }
  return matched
}

/**
 * Score system quotes against gold that marks the source mention of each quote (the PolNeAR
 * validation part): a speaker is right when the system's mention names the source (`namesSource`:
 * it is the annotated one, or resolves to the entity the annotated one resolves to) or the
 * speaker's name is what the annotated mention says. A published speaker must exist to be right.
 */
export function scoreSourceMentions(
  gold: readonly MentionGoldArticle[],
  system: readonly SystemArticle[],
): QuoteScore {
  return score(judgeSourceMentions(gold), system)
}
