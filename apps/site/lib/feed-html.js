import { escapeHtml } from './escape.js'

/**
 * @typedef {import('./model/feeds.js').FeedEntry} FeedEntry
 */

/**
 * The HTML content of one feed entry: on the site's feeds, the article's whole text and a link
 * to it on the site; on a speaker's feed, their quotes in the article. Null for an entry that
 * has nothing but its summary (a topic's feed): the entry's summary and link say it all. Every
 * article string is escaped; links are absolute because feed readers resolve them against
 * nothing.
 *
 * @param {FeedEntry} entry
 * @param {string} siteUrl
 * @returns {string | null}
 */
export function feedEntryHtml(entry, siteUrl) {
  const { article, quotes, blocks } = entry
  if (!blocks && quotes.length === 0) return null
  const parts = quotes.map(
    (quote) =>
      `<blockquote cite="${escapeHtml(siteUrl + quote.paragraphUrl)}"><p>${escapeHtml(quote.displayText)}</p></blockquote>`,
  )
  if (blocks) {
    if (article.dek) parts.push(`<p><strong>${escapeHtml(article.dek)}</strong></p>`)
    for (const block of blocks) {
      parts.push(
        block.type === 'heading'
          ? `<h2>${escapeHtml(block.text)}</h2>`
          : `<p>${escapeHtml(block.text)}</p>`,
      )
    }
    parts.push(
      `<p><a href="${escapeHtml(siteUrl + article.url)}">Read it on the site, with every quote and speaker linked</a></p>`,
    )
  }
  return parts.join('\n')
}
