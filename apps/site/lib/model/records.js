import { contextOf } from './quotes.js'
import { summarizeArticle } from './summary.js'

/**
 * @typedef {import('../load-data.js').SiteArticle} ArticleData
 * @typedef {import('@newsroom/schema').SpeakerRef} SpeakerRef
 * @typedef {import('@newsroom/schema').SpeakerKind} SpeakerKind
 * @typedef {import('../context.js').ContextPiece} ContextPiece
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 *
 * @typedef {object} QuoteRecord
 *   What pages other than its article show of a quote.
 * @property {string} id
 * @property {string} text
 * @property {string} blockId
 * @property {ContextPiece[]} context the sentences around it
 * @property {SpeakerRef | null} speaker
 *
 * @typedef {object} ArticleRecord
 *   What the site keeps of an article between its pages: everything but its text, so that a
 *   site of 50,000 articles fits in memory. The article page reads the whole article again.
 * @property {string} slug
 * @property {string | null} file where the article was read from; null when it was given in memory
 * @property {ArticleSummary} summary
 * @property {string | null} publishedAt
 * @property {string | null} firstSeen
 * @property {{ id: string, label: string }[]} topics
 * @property {{ id: string, name: string, kind: SpeakerKind, description: string | null }[]} speakers
 * @property {Map<string, QuoteRecord>} quotes by id
 */

/**
 * @param {ArticleData} article
 * @param {string | null} file
 * @returns {ArticleRecord}
 */
export function articleRecord(article, file) {
  const summary = summarizeArticle(article)
  /** @type {Map<string, QuoteRecord>} */
  const quotes = new Map()
  for (const quote of article.quotes) {
    quotes.set(quote.id, {
      id: quote.id,
      text: quote.text,
      blockId: quote.blockId,
      context: contextOf(article, quote),
      speaker: quote.speaker,
    })
  }
  return {
    slug: article.slug,
    file,
    summary,
    publishedAt: summary.publishedAt,
    firstSeen: summary.firstSeen,
    topics: article.topics.map(({ id, label }) => ({ id, label })),
    speakers: article.speakers.map(({ id, name, kind, description }) => ({
      id,
      name,
      kind,
      description,
    })),
    quotes,
  }
}
