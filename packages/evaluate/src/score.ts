import type { Quote } from '@newsroom/schema'
import type { GoldArticle } from './gold.js'
import { sameSpeaker } from './speaker-name.js'
import { quoteOverlap, quoteTokens } from './tokens.js'

/** A quote found by the system, with its speaker written the gold's way (or null: unknown). */
export interface SystemQuote {
  text: string
  speaker: string | null
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
  actualSpeaker: string | null
}

/** Precision, recall and F1 with the counts they come from. */
export interface PrecisionRecall {
  precision: number
  recall: number
  f1: number
}

export interface QuoteScore {
  articles: number
  goldQuotes: number
  /** System quotes counted: those matching an `ignore` entry and no gold quote are left out. */
  systemQuotes: number
  ignoredQuotes: number
  matchedQuotes: number
  quotes: PrecisionRecall
  /** Matched quotes whose speaker is right. */
  speakerCorrect: number
  /** speakerCorrect / matchedQuotes (1 when nothing matched and nothing was expected). */
  speakerAccuracy: number
  /** A system quote counts only when its text and its speaker are both right. */
  attribution: PrecisionRecall
  errors: QuoteError[]
}

/** Smallest share of the longer side's tokens two quotes must have in common, in order. */
export const matchThreshold = 0.5

/** Turn the plugin's `Quote[]` into speaker strings written the gold's way. */
export function systemQuotesFromQuotes(quotes: readonly Quote[]): SystemQuote[] {
  return quotes.map((quote) => {
    const speaker = quote.speaker
    let label: string | null = null
    if (speaker) {
      label =
        speaker.kind === 'anonymous' || speaker.kind === 'group'
          ? `${speaker.kind}: ${speaker.name}`
          : speaker.name
    }
    return { text: quote.text, speaker: label }
  })
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

/**
 * Score system quotes against gold the way `corpus/README.md` defines it: quote precision,
 * recall and F1 by token overlap; speaker accuracy over matched quotes; attribution F1.
 * Gold articles without a system article count as finding nothing; system articles without
 * gold are not scored.
 */
export function scoreQuotes(
  gold: readonly GoldArticle[],
  system: readonly SystemArticle[],
): QuoteScore {
  const byFile = new Map(system.map((article) => [article.file, article]))
  const errors: QuoteError[] = []
  let goldQuotes = 0
  let systemQuotes = 0
  let ignoredQuotes = 0
  let matchedQuotes = 0
  let speakerCorrect = 0

  for (const article of gold) {
    const found = byFile.get(article.file)?.quotes ?? []
    const matches = matchQuotes(
      article.quotes.map((quote) => quote.text),
      found.map((quote) => quote.text),
    )
    const matchedSystem = new Set(matches.values())
    goldQuotes += article.quotes.length

    for (const [index, expected] of article.quotes.entries()) {
      const systemIndex = matches.get(index)
      const accepted = [expected.speaker, ...(expected.alsoAccept ?? [])]
      if (systemIndex === undefined) {
        errors.push({
          kind: 'missed',
          file: article.file,
          gold: expected.text,
          system: null,
          expectedSpeaker: accepted.join(' | '),
          actualSpeaker: null,
        })
        continue
      }
      matchedQuotes++
      const actual = found[systemIndex] as SystemQuote
      if (accepted.some((speaker) => sameSpeaker(speaker, actual.speaker))) {
        speakerCorrect++
      } else {
        errors.push({
          kind: 'wrong-speaker',
          file: article.file,
          gold: expected.text,
          system: actual.text,
          expectedSpeaker: accepted.join(' | '),
          actualSpeaker: actual.speaker,
        })
      }
    }

    for (const [index, quote] of found.entries()) {
      if (matchedSystem.has(index)) {
        systemQuotes++
        continue
      }
      if (isIgnored(quote.text, article.ignore ?? [])) {
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
      })
    }
  }

  const precision = ratio(matchedQuotes, systemQuotes)
  const recall = ratio(matchedQuotes, goldQuotes)
  const attributionPrecision = ratio(speakerCorrect, systemQuotes)
  const attributionRecall = ratio(speakerCorrect, goldQuotes)
  return {
    articles: gold.length,
    goldQuotes,
    systemQuotes,
    ignoredQuotes,
    matchedQuotes,
    quotes: { precision, recall, f1: f1(precision, recall) },
    speakerCorrect,
    speakerAccuracy: ratio(speakerCorrect, matchedQuotes),
    attribution: {
      precision: attributionPrecision,
      recall: attributionRecall,
      f1: f1(attributionPrecision, attributionRecall),
    },
    errors,
  }
}
