/**
 * The out-of-fold choices `fit-speaker-model --dump` writes, as the scripts that replay the
 * confidence fit on them read them (`replay-confidence`, `confidence-shapes`, `coverage-causes`):
 * one form of a dumped article, one way back to the fit's matched choices, and the fit's one
 * test for the quotations it leaves out.
 */
import { readFileSync } from 'node:fs'
import type { SpeakerCandidate } from '@newsroom/retext-quotes'
import type { MatchedSourceQuote, MentionSpan } from '../src/index.js'
import { passedOverPersons } from './cited-outlet.js'
import type { MatchedChoice } from './train-runs.js'

/** One system quotation of a dumped article, matched to the gold or not (`gold: null`). */
export interface DumpedQuote {
  system: MatchedSourceQuote['system']
  gold: MatchedSourceQuote['gold'] | null
  right: boolean | null
  /** Where the quotation stands, to read it beside the others of its paragraph. */
  spans: MentionSpan[]
  cue: string | null
  /** The confidence features of the choice (none when there was no candidate). */
  choice?: Record<string, number>
  publishable?: boolean
  resolution?: string
  candidates?: SpeakerCandidate[]
}

/** One article of a dump, in the fold the fit gave it. */
export interface DumpedArticle {
  name: string
  fold: number
  texts: string[]
  blockIds: string[]
  quotes: DumpedQuote[]
}

/** A quotation the gold matched. */
export type MatchedDumpedQuote = DumpedQuote & { gold: MatchedSourceQuote['gold'] }

/** Whether the gold matched a quotation. */
export function isMatched(quote: DumpedQuote): quote is MatchedDumpedQuote {
  return quote.gold !== null
}

/** The articles of a dump file. */
export function readDump(path: string): DumpedArticle[] {
  return JSON.parse(readFileSync(path, 'utf8')) as DumpedArticle[]
}

/** A matched quotation as the confidence fit reads it, its features as the dump holds them. */
export function dumpedChoice(
  article: DumpedArticle,
  quote: MatchedDumpedQuote,
  features: Record<string, number> = quote.choice ?? {},
): MatchedChoice {
  return {
    quote: { file: article.name, gold: quote.gold, system: quote.system, right: !!quote.right },
    features,
    publishable: quote.publishable ?? true,
  }
}

/**
 * Whether the gold credits the outlet a quotation's report cites `according to` over a person a
 * cue ties to it: the fit leaves such quotations out of the confidence fit and the threshold
 * (`--according-to leave-out`).
 */
export function citesOutlet(article: DumpedArticle, quote: MatchedDumpedQuote): boolean {
  const source = quote.gold.source
  return (
    source?.span !== undefined &&
    source.span !== null &&
    passedOverPersons(
      article,
      { text: source.text, span: source.span as MentionSpan },
      quote.candidates ?? [],
    ).length > 0
  )
}
