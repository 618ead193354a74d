import { isoDay, readableDate } from '../dates.js'
import { articleUrl } from '../urls.js'

/**
 * @typedef {import('../load-data.js').SiteArticle} ArticleData
 *
 * @typedef {object} ArticleSummary
 *   What listings, feeds and related links show of an article.
 * @property {string} slug
 * @property {string} url
 * @property {string} title
 * @property {string | null} dek
 * @property {string} summary dek, or the start of the first paragraph
 * @property {string | null} publisher
 * @property {string | null} byline
 * @property {string | null} publishedAt
 * @property {string | null} firstSeen when `newsroom process` first saw the file, if recorded
 * @property {string | null} date readable date
 * @property {string | null} day `YYYY-MM-DD`
 * @property {number} readTimeMinutes
 */

/** Longest summary taken from the first paragraph when an article has no dek. */
export const SUMMARY_LENGTH = 220

/**
 * @param {ArticleData} article
 * @returns {ArticleSummary}
 */
export function summarizeArticle(article) {
  const firstParagraph = article.blocks.find((block) => block.type === 'paragraph')?.text ?? ''
  return {
    slug: article.slug,
    url: articleUrl(article.slug),
    title: article.title,
    dek: article.dek,
    summary: article.dek ?? truncate(firstParagraph, SUMMARY_LENGTH),
    publisher: article.publisher,
    byline: article.byline,
    publishedAt: article.publishedAt,
    firstSeen: article.firstSeen ?? null,
    date: readableDate(article.publishedAt),
    day: isoDay(article.publishedAt),
    readTimeMinutes: article.readTimeMinutes,
  }
}

/**
 * Shorten text to at most `length` characters plus `…`, at a word boundary when one falls in
 * the second half, without trailing punctuation before the ellipsis.
 *
 * @param {string} text
 * @param {number} length
 */
export function truncate(text, length) {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}
