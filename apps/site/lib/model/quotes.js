import { quoteContext } from '../context.js'
import { fragmentId } from '../escape.js'
import { displayQuote } from '../quote-text.js'
import { articleUrl } from '../urls.js'

/**
 * @typedef {import('../load-data.js').SiteArticle} ArticleData
 * @typedef {import('@newsroom/schema').Quote} QuoteData
 * @typedef {import('../context.js').ContextPiece} ContextPiece
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./records.js').QuoteRecord} QuoteRecord
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./lookup.js').SpeakerLink} SpeakerLink
 *
 * @typedef {object} QuoteView
 *   A quote as listings show it (speaker pages, unnamed sources, feeds), away from its article.
 * @property {string} id
 * @property {string} anchor fragment id of the quote in listings
 * @property {string} text as the article has it
 * @property {string} displayText without the punctuation that belongs to the sentence around it
 * @property {string} blockId
 * @property {string} paragraphUrl the article URL with the paragraph's fragment
 * @property {ContextPiece[]} context
 * @property {ArticleSummary} article
 * @property {SpeakerLink | null} speaker named speaker with a page, if any
 * @property {string | null} speakerName as the article names the speaker
 */

/** Context is shown for the first spans only: a quote broken up more often is rare and long. */
const MAX_CONTEXT_SPANS = 3

/**
 * @param {ArticleRecord} article
 * @param {QuoteRecord} quote
 * @param {SiteLookup} lookup
 * @returns {QuoteView}
 */
export function quoteView(article, quote, lookup) {
  return {
    id: quote.id,
    anchor: `${article.slug}-${fragmentId(quote.id)}`,
    text: quote.text,
    displayText: displayQuote(quote.text),
    blockId: quote.blockId,
    paragraphUrl: `${articleUrl(article.slug)}#${fragmentId(quote.blockId)}`,
    context: quote.context,
    article: article.summary,
    speaker: quote.speaker ? lookup.speakerLink(quote.speaker.id) : null,
    speakerName: quote.speaker?.name ?? null,
  }
}

/**
 * @typedef {Pick<QuoteView, 'displayText' | 'paragraphUrl' | 'speaker' | 'speakerName'>} ArticleQuoteView
 *   A quote as its own article's page has it: what the page's JSON-LD states of it. Its text and
 *   context are on the page already, in the highlighted blocks, and its article is the page's.
 */

/**
 * Why not the whole `QuoteView`: an article's quotes with their context sentences and a copy of
 * the article's summary each would make them half of the article's view, which a build hands to
 * a render thread and fingerprints for every article page.
 *
 * @param {ArticleRecord} article
 * @param {QuoteRecord} quote
 * @param {SiteLookup} lookup
 * @returns {ArticleQuoteView}
 */
export function articleQuoteView(article, quote, lookup) {
  const { displayText, paragraphUrl, speaker, speakerName } = quoteView(article, quote, lookup)
  return { displayText, paragraphUrl, speaker, speakerName }
}

/**
 * The context sentences of a quote's spans, joined by ` … `; the quote's own text when no span
 * points at a block of the article.
 *
 * @param {ArticleData} article
 * @param {QuoteData} quote
 * @returns {ContextPiece[]}
 */
export function contextOf(article, quote) {
  /** @type {ContextPiece[]} */
  const pieces = []
  for (const span of quote.spans.slice(0, MAX_CONTEXT_SPANS)) {
    const block = article.blocks.find((candidate) => candidate.id === span.blockId)
    if (!block) continue
    if (pieces.length > 0) pieces.push({ text: ' … ', quote: false })
    pieces.push(...quoteContext(block.text, span.start, span.end))
  }
  return pieces.length > 0 ? pieces : [{ text: quote.text, quote: true }]
}
