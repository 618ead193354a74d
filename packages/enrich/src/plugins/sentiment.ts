import { negativeAdverbs, negativeCorrelatives } from '@newsroom/lexicon'
import { type Lexeme, paragraphTokens, type Token, wordFact } from '@newsroom/nlcst-tokens'
import type { Sentiment, TextSpan } from '@newsroom/schema'
import type { Root } from 'nlcst'
import { polarities } from 'polarity'
import type { VFile } from 'vfile'
import { type SentenceWords, sentenceWords } from './sentence-words.js'

/** What `sentiment` writes on `file.data.sentiment`. */
export interface SentimentResult {
  article: Sentiment
  /** Sentiment of each quote of `file.data.quotes`, by quote id. */
  quotes: Record<string, Sentiment>
}

declare module 'vfile' {
  interface DataMap {
    /** Sentiment of the article and of each quote. Populated by the sentiment plugin. */
    sentiment?: SentimentResult
  }
}

/** Configuration of `sentiment`. */
export interface SentimentOptions {
  /**
   * Comparative score (polarity per word) from which a text counts as positive, and below
   * whose opposite it counts as negative (default: `0.02`; see PLUGINS.md).
   */
  threshold?: number | null | undefined
  /** Words to rate differently from AFINN-165, or to add (`{ attack: -2 }`), -5 to 5. */
  lexicon?: Readonly<Record<string, number>> | null | undefined
}

const emptyOptions: Readonly<SentimentOptions> = Object.freeze({})
const negation = new RegExp(
  `^(?:${[...negativeAdverbs, ...negativeCorrelatives].join('|')})$|n['’]t$`,
  'u',
)

/**
 * Rate the polarity of the article and of each quote with the AFINN-165 word ratings of
 * `polarity` (the words collective's successor of `retext-sentiment`): words are looked up in
 * lowercase (`Good` at the start of a sentence rates like `good`), a negation word flips the
 * rating of the word after it, and a quote is scored on its own words only. Quotes come from
 * `file.data.quotes` (their spans locate their words); the result is on `file.data.sentiment`.
 */
export default function sentiment(options?: Readonly<SentimentOptions> | null) {
  const settings = options ?? emptyOptions
  const threshold = settings.threshold ?? 0.02
  if (typeof threshold !== 'number' || !(threshold >= 0)) {
    throw new TypeError(`Expected \`threshold\` to be a non-negative number, not \`${threshold}\``)
  }
  // The option's ratings, looked up before AFINN's (kept on each word's lexeme).
  const ratings = new Map<string, number>()
  for (const [word, rating] of Object.entries(settings.lexicon ?? {})) {
    if (typeof rating !== 'number' || !(rating >= -5 && rating <= 5)) {
      throw new TypeError(
        `Expected \`lexicon\` rating of \`${word}\` to be a number from -5 to 5, not \`${rating}\``,
      )
    }
    ratings.set(word.toLowerCase(), rating)
  }
  return function transformer(tree: Root, file: VFile): undefined {
    const paragraphs = paragraphTokens(tree)
    const words = collectWords(sentenceWords(tree), ratings)
    let total = 0
    for (let index = 0; index < words.count; index++) total += words.polarities[index] as number
    const article = score(total, words.count, threshold)
    const quotes: Record<string, Sentiment> = {}
    const paragraphStarts = paragraphs.map((paragraph) => paragraph.start)
    const paragraphOf = new Map(readBlockIds(file).map((id, index) => [id, index]))
    // The number of the quote that last counted each word: a word two spans of a quote share
    // counts once, with no set of word indexes made for each quote.
    let countedBy: Int32Array | undefined
    let quoteNumber = 0
    for (const quote of readQuotes(file)) {
      countedBy ??= clearedQuoteNumbers(words.count)
      quoteNumber++
      // Summed in the order of the spans, each word when first met.
      let polarity = 0
      let count = 0
      for (const span of quote.spans) {
        const paragraph =
          paragraphOf.get(span.blockId) ?? Number(span.blockId.replace(/^p/u, '')) - 1
        const start = paragraphStarts[paragraph]
        if (start === undefined) continue
        const end = start + span.end
        for (
          let index = firstAtOrAfter(words.offsets, words.count, start + span.start);
          index < words.count;
          index++
        ) {
          if ((words.offsets[index] as number) >= end) break
          if (countedBy[index] === quoteNumber) continue
          countedBy[index] = quoteNumber
          polarity += words.polarities[index] as number
          count++
        }
      }
      quotes[quote.id] = score(polarity, count, threshold)
    }
    file.data.sentiment = { article, quotes }
    releaseLargeColumns()
  }
}

/**
 * The words of the text in reading order, as two columns: no object per word, and each column
 * made at its size (grown word by word, they were copied as they grew, and a negated 0, `-0`,
 * made the polarities an array of heap numbers). The columns are the module's (see `columns`):
 * only their first `count` entries are this text's.
 */
interface RatedWords {
  /** How many words the text has. */
  count: number
  /** Start offset of each word in the file. */
  offsets: Int32Array
  /** Each word's AFINN polarity, sign flipped when a negation word comes right before it. */
  polarities: Float64Array
}

/**
 * The columns of `RatedWords` and the quote numbers of the transformer, kept from one article to
 * the next and grown for an article with more words: typed arrays made for each article cost more
 * than reading its words' polarities (each a buffer outside the heap, allocated, zeroed, and
 * swept by the collector), some 20 µs an article for two columns of 1,500 words. The transformer
 * runs to its end without yielding, so no two texts use them at once.
 */
const columns = {
  offsets: new Int32Array(0),
  polarities: new Float64Array(0),
  quoteNumbers: new Int32Array(0),
}

/**
 * Columns longer than this many words are let go once their article is done: kept, one very long
 * text would hold 16 bytes a word for the rest of the process.
 */
const keptColumnWords = 1 << 16

/** Gives up columns grown past `keptColumnWords` for one long text; the next text grows its own. */
function releaseLargeColumns(): void {
  if (columns.offsets.length <= keptColumnWords) return
  columns.offsets = new Int32Array(0)
  columns.polarities = new Float64Array(0)
  columns.quoteNumbers = new Int32Array(0)
}

/** Room for `count` words in every column: doubled past the largest text so far. */
function reserveColumns(count: number): void {
  if (count <= columns.offsets.length) return
  const size = Math.max(count, columns.offsets.length * 2, 1024)
  columns.offsets = new Int32Array(size)
  columns.polarities = new Float64Array(size)
  columns.quoteNumbers = new Int32Array(size)
}

/** The quote numbers of `count` words, all 0 (no quote counted them yet). */
function clearedQuoteNumbers(count: number): Int32Array {
  columns.quoteNumbers.fill(0, 0, count)
  return columns.quoteNumbers
}

/** What sentiment reads of a word, in lowercase as AFINN lists it. */
interface WordSense {
  lower: string
  /** AFINN-165's rating, 0 for a word it does not rate. */
  polarity: number
  /** Whether the word negates the next (`not`, `didn't`). */
  negation: boolean
}

/**
 * AFINN-165's ratings in a map, made on first use: looking words up in a map is cheaper than in
 * polarity's object, which makes the engine intern each word first.
 */
let afinn: ReadonlyMap<string, number> | undefined

/** Kept on the word's lexeme: no look-up of the word per occurrence. */
const wordSense = wordFact((word: string): WordSense => {
  afinn ??= new Map(Object.entries(polarities))
  const lower = word.toLowerCase()
  return { lower, polarity: afinn.get(lower) ?? 0, negation: negation.test(lower) }
})

function collectWords(
  sentences: readonly SentenceWords[],
  ratings: ReadonlyMap<string, number>,
): RatedWords {
  let count = 0
  for (const { lexemes } of sentences) count += lexemes.length
  reserveColumns(count)
  const words: RatedWords = { count, offsets: columns.offsets, polarities: columns.polarities }
  let at = 0
  for (const { words: tokens, lexemes } of sentences) {
    let negated = false
    for (let index = 0; index < lexemes.length; index++) {
      const sense = wordSense(lexemes[index] as Lexeme)
      const polarity =
        ratings.size === 0 ? sense.polarity : (ratings.get(sense.lower) ?? sense.polarity)
      words.offsets[at] = (tokens[index] as Token).start
      words.polarities[at] = negated ? -polarity : polarity
      at++
      negated = !negated && sense.negation
    }
  }
  return words
}

/** Index of the first of `count` words (offsets in reading order) starting at or after `offset`. */
function firstAtOrAfter(offsets: Int32Array, count: number, offset: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((offsets[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The sentiment of `count` words whose polarities sum to `polarity`. */
function score(polarity: number, count: number, threshold: number): Sentiment {
  const comparative = count === 0 ? 0 : Math.round((polarity / count) * 1000) / 1000
  const valence =
    comparative > threshold ? 'positive' : comparative < -threshold ? 'negative' : 'neutral'
  return { polarity, comparative, valence }
}

interface QuoteSpans {
  id: string
  spans: TextSpan[]
}

/** `file.data.quotes` as written by retext-quotes; anything else is ignored. */
function readQuotes(file: VFile): QuoteSpans[] {
  const quotes = (file.data as Record<string, unknown>).quotes
  if (!Array.isArray(quotes)) return []
  return quotes.filter(
    (quote): quote is QuoteSpans =>
      typeof quote === 'object' &&
      quote !== null &&
      typeof quote.id === 'string' &&
      Array.isArray(quote.spans),
  )
}

function readBlockIds(file: VFile): string[] {
  const ids = (file.data as Record<string, unknown>).blockIds
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}
