import { type Lexeme, lexemeOf, spanToken, type TokenParagraph } from '@newsroom/nlcst-tokens'
import type { QuotedSegment } from './marks.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const startsUppercaseOrDigit = /^[\p{Lu}\p{N}]/u

/**
 * A token of a paragraph with its quotations masked: a word, a punctuation mark, or one whole
 * quotation (marks included) standing as a single `quote` token. Offsets are in the paragraph.
 */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  kind: 'word' | 'punct' | 'quote'
  capital: boolean
  /**
   * The word's lexeme (see @newsroom/nlcst-tokens): facts of the word are read from it
   * (`lowercaseFact` of `words`), not looked up by the word at every occurrence.
   */
  readonly lexeme: Lexeme
}

/** A quotation stands as a word of no letters (its `lower` is empty): no word fact holds of it. */
const quotationLexeme = lexemeOf('')

/** The quotations of a paragraph quoting nothing, by opening offset: none (never written to). */
const noQuotations: ReadonlyMap<number, number> = new Map()

/** A paragraph quoting nothing has no quotation token to end a sentence. */
const noQuotation = (): boolean => false

/** A paragraph ready for attribution: its text, its masked tokens and its sentences. */
export interface PreparedParagraph {
  index: number
  text: string
  tokens: Token[]
  /** Sentence ranges, `[start, end)` offsets in the paragraph, quotations kept whole. */
  sentences: Array<[number, number]>
  /** Token index of each masked quotation, by its opening offset. */
  quoteTokenAt: ReadonlyMap<number, number>
  /** Index of the last quotation token (-1: none). */
  lastQuoteToken: number
}

/** A quotation's text ends its sentence: a final stop, question or exclamation mark. */
export const terminal = /[.!?…]["'”’)\]]*$/u

/** Whether a quotation is one capitalized word between two words of a name: `Marcia "Cia" Price`. */
function isNickname(text: string, segment: QuotedSegment): boolean {
  const inner = text.slice(segment.innerStart, segment.innerEnd)
  return (
    /^\p{Lu}[\p{L}.'’-]*$/u.test(inner) &&
    /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, segment.open - 30), segment.open)) &&
    /^\s\p{Lu}/u.test(text.slice(segment.close, segment.close + 2))
  )
}

/** Whether a punctuation token is `.`, `!` or `?` (asked of every mark: no regular expression). */
function isSentenceEnd(text: string): boolean {
  return text === '.' || text === '!' || text === '?'
}

/** Whether a punctuation token is a closing quotation mark or bracket. */
function isCloser(text: string): boolean {
  return (
    text === '"' || text === '”' || text === '’' || text === "'" || text === ')' || text === ']'
  )
}

/**
 * Sentence ranges of masked tokens: a sentence ends at `.`, `!` or `?` (with the closing marks
 * after it) followed by a space and a capital, a digit or a quotation. Words that end in a
 * period (`Mr.`, `U.S.`) are one token and never end a sentence; quoted text is one token, so
 * its inner punctuation never splits; a quotation ending in a full stop and followed by a
 * capital ends its sentence.
 */
export function sentenceRanges(
  tokens: readonly Token[],
  length: number,
  endsSentence: (quote: Token) => boolean,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') {
      const next = tokens[index + 1]
      if (next && next.kind === 'word' && next.capital && endsSentence(token)) {
        ranges.push([start, token.end])
        start = next.start
      }
      continue
    }
    if (token.kind !== 'punct' || !isSentenceEnd(token.text)) continue
    let last = index
    while (
      last + 1 < tokens.length &&
      (tokens[last + 1] as Token).kind === 'punct' &&
      (isCloser((tokens[last + 1] as Token).text) ||
        isSentenceEnd((tokens[last + 1] as Token).text))
    )
      last++
    const next = tokens[last + 1]
    if (!next) continue
    if (next.start === (tokens[last] as Token).end) continue
    if (next.kind === 'word' && !startsUppercaseOrDigit.test(next.text)) continue
    ranges.push([start, (tokens[last] as Token).end])
    start = next.start
    index = last
  }
  ranges.push([start, length])
  return ranges
}

/**
 * Where a quotation's token begins: at its opening mark, or after the speaker's label of a
 * transcript's turn (`"PENCE: Well, …`), which stays words of the paragraph for the cue patterns
 * to read as they read `Ann Vale: "…"`.
 */
function maskStart(segment: QuotedSegment): number {
  return segment.turn ? segment.innerStart : segment.open
}

/** Add a quotation as one token, noting its index by its opening offset. */
function pushQuote(
  tokens: Token[],
  quoteTokenAt: Map<number, number>,
  text: string,
  segment: QuotedSegment,
  start: number,
): void {
  quoteTokenAt.set(segment.open, tokens.length)
  // Of one shape with the parser's tokens around it (`spanToken`): the readers stay monomorphic.
  tokens.push(
    spanToken(text.slice(start, segment.close), '', start, segment.close, 'quote', quotationLexeme),
  )
}

/**
 * Prepare one paragraph: its parser tokens (`withParagraphOffsets` of @newsroom/nlcst-tokens:
 * offsets in the paragraph; taken as they are, not copied) with each quotation segment masked
 * into one token (a quoted nickname inside a name is dropped instead, so the name reads as one),
 * and its sentences.
 */
export function prepareParagraph(
  index: number,
  text: string,
  parsed: TokenParagraph | undefined,
  segments: readonly QuotedSegment[],
): PreparedParagraph {
  // Most paragraphs quote nothing: their tokens are the parser's as they are, with no quotation
  // to mask, to look up or to end a sentence.
  if (segments.length === 0) {
    const tokens: Token[] = parsed?.tokens ?? []
    const sentences = sentenceRanges(tokens, text.length, noQuotation)
    return { index, text, tokens, sentences, quoteTokenAt: noQuotations, lastQuoteToken: -1 }
  }
  const nicknames = segments.filter((segment) => isNickname(text, segment))
  const masked =
    nicknames.length === 0
      ? [...segments].sort((a, b) => a.open - b.open)
      : segments.filter((segment) => !nicknames.includes(segment)).sort((a, b) => a.open - b.open)
  const tokens: Token[] = []
  const quoteTokenAt = new Map<number, number>()
  const starts = masked.map(maskStart)
  let next = 0
  let nickname = 0
  for (const token of parsed?.tokens ?? []) {
    const { start, end } = token
    // Quotations opening before this token are emitted first, once, as one token each.
    while (next < masked.length && (starts[next] as number) < end) {
      pushQuote(tokens, quoteTokenAt, text, masked[next] as QuotedSegment, starts[next] as number)
      next++
    }
    // Not `masked[next - 1]` while `next` is 0: reading index -1 of an array looks the name "-1"
    // up through its prototypes, slowly, and most paragraphs quote nothing.
    const last = next > 0 ? masked[next - 1] : undefined
    if (last && start < last.close && end > (starts[next - 1] as number)) continue
    while (nickname < nicknames.length && (nicknames[nickname] as QuotedSegment).close <= start)
      nickname++
    const blank = nicknames[nickname]
    if (blank && start < blank.close && end > blank.open) continue
    tokens.push(token)
  }
  for (; next < masked.length; next++)
    pushQuote(tokens, quoteTokenAt, text, masked[next] as QuotedSegment, starts[next] as number)
  // By where each quotation's token starts, as the sentence splitter asks.
  const innerByOpen = new Map(
    segments.map((segment) => [
      maskStart(segment),
      text.slice(segment.innerStart, segment.innerEnd),
    ]),
  )
  const sentences = sentenceRanges(tokens, text.length, (quote) =>
    terminal.test((innerByOpen.get(quote.start) ?? '').trimEnd()),
  )
  // Asked for each candidate before its quotation: kept here, not looked up by paragraph.
  let lastQuoteToken = -1
  for (const at of quoteTokenAt.values()) if (at > lastQuoteToken) lastQuoteToken = at
  return { index, text, tokens, sentences, quoteTokenAt, lastQuoteToken }
}

/** The sentence of a paragraph holding an offset, else the whole paragraph. */
export function sentenceAt(paragraph: PreparedParagraph, offset: number): [number, number] {
  return paragraph.sentences[sentenceIndexAt(paragraph, offset)] ?? [0, paragraph.text.length]
}

/** Index of the sentence of a paragraph holding an offset (the last one when past the end). */
export function sentenceIndexAt(paragraph: PreparedParagraph, offset: number): number {
  const { sentences } = paragraph
  let low = 0
  let high = sentences.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((sentences[middle] as [number, number])[0] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Index of the first token at or after an offset. */
export function tokenIndexAt(paragraph: PreparedParagraph, offset: number): number {
  return firstTokenFrom(paragraph.tokens, offset)
}

/**
 * Index of the first of (sorted) tokens at or after an offset; their length when none is. The
 * same search as `firstStartingFrom`, kept apart for tokens, which are all of one shape: read in
 * one function with chains, mentions and phrases of other shapes, `start` was a megamorphic load
 * (V8 looked it up in a cache at every step of every search: 0.4% of the pipeline's instructions
 * on the bench's articles).
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle] as Token).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the first of (sorted) phrases, mentions or anything else with a start at or after an
 * offset; their length when none is (for tokens, `firstTokenFrom`).
 */
export function firstStartingFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((items[middle] as { start: number }).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the first of sorted numbers (paragraph indexes, say) at or above a value; their
 * length when none is. The same search as `firstStartingFrom`, kept apart for plain numbers:
 * one function reading both shapes would make its loads polymorphic (see `firstTokenFrom`).
 */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Index of the last of (sorted) tokens that ends at or before an offset; -1 when none does.
 * Tokens do not overlap, so their ends are in order as their starts are.
 */
export function lastTokenEndingBy(tokens: ReadonlyArray<{ end: number }>, offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle] as { end: number }).end <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Index of the token starting exactly at an offset, else -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const at = firstTokenFrom(tokens, offset)
  return tokens[at]?.start === offset ? at : -1
}

/** Whether an offset starts a sentence of the paragraph (spaces before it aside). */
export function opensSentenceAt(paragraph: PreparedParagraph, offset: number): boolean {
  const [start] = sentenceAt(paragraph, offset)
  // Stop at the first character that is no space, without copying the text before the offset:
  // a phrase late in a long sentence would otherwise cost the length of the sentence.
  for (let at = start; at < offset; at++)
    if (!space.test(paragraph.text[at] as string)) return false
  return true
}

const space = /\s/u
