import { timeOf } from '../dates.js'
import { compareArticles } from './order.js'
import { PAGE_SIZES } from './page-sizes.js'

/**
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./quotes.js').QuoteView} QuoteView
 * @typedef {import('./records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./lookup.js').TopicLink} TopicLink
 * @typedef {import('./topics.js').TopicView} TopicView
 * @typedef {import('./speakers.js').SpeakerView} SpeakerView
 * @typedef {{ id: string, type: 'paragraph' | 'heading', text: string }} FeedBlock
 *
 * @typedef {ArticleSummary & { topics: TopicLink[] }} FeedArticle
 *
 * @typedef {Pick<QuoteView, 'id' | 'displayText' | 'paragraphUrl'>} FeedQuote
 *   A quote as a feed entry shows it (`lib/feed-html.js`): its text, linked to its paragraph.
 *   Not the whole `QuoteView`, whose context sentences and copy of the article's summary would
 *   be most of a speaker's feed, which a build fingerprints and hands to a render thread.
 *
 * @typedef {object} FeedEntry
 * @property {FeedArticle} article
 * @property {FeedQuote[]} quotes quotes to show first (a speaker's feed)
 * @property {FeedBlock[] | null} blocks the whole text (the site's feed), or null for the summary
 * @property {string | null} published the article's date, if it has one
 * @property {string} updated its date; for an undated article the date the site first saw it;
 *   when neither is known the epoch, which sorts it last in a feed reader too
 * @property {boolean} dated whether `updated` is a date the site knows, not the epoch
 *
 * @typedef {object} Feed
 *   One Atom feed and its JSON Feed twin.
 * @property {string} atomUrl
 * @property {string} jsonUrl
 * @property {string | null} title null for the site-wide feed
 * @property {string} homeUrl
 * @property {string} updated ISO date-time of the newest entry, the epoch for none
 * @property {FeedEntry[]} entries dated newest first, then the undated ones
 */

/** Atom requires a date: an entry or feed without one gets the epoch. */
export const UNDATED = '1970-01-01T00:00:00Z'

/**
 * One feed entry for an article.
 *
 * @param {ArticleRecord} article
 * @param {SiteLookup} lookup
 * @param {{ quotes?: FeedQuote[], blocks?: FeedBlock[] | null }} [content]
 * @returns {FeedEntry}
 */
export function feedEntry(article, lookup, content = {}) {
  const known = article.publishedAt ?? article.firstSeen
  return {
    article: {
      ...article.summary,
      topics: article.topics.flatMap((topic) => lookup.topicLink(topic.id) ?? []),
    },
    quotes: content.quotes ?? [],
    blocks: content.blocks ?? null,
    published: article.publishedAt,
    updated: known ?? UNDATED,
    dated: known !== null,
  }
}

/**
 * A feed: its entries in the site's article order (newest first, undated last), at most
 * `limit` of them.
 *
 * @param {{ path: string, title: string | null, entries: FeedEntry[], limit?: number }} feed
 *   `path` is the page the feed belongs to (its home) and the folder of its files
 * @returns {Feed}
 */
export function feedOf(feed) {
  const entries = [...feed.entries]
    .sort((a, b) => compareArticles(a.article, b.article))
    .slice(0, feed.limit ?? PAGE_SIZES.feedEntries)
  let updated = UNDATED
  for (const entry of entries) {
    if (entry.dated && timeOf(entry.updated) > timeOf(updated)) updated = entry.updated
  }
  const [atomUrl, jsonUrl] = feedUrls(feed.path)
  return {
    atomUrl,
    jsonUrl,
    title: feed.title,
    homeUrl: feed.path,
    updated,
    entries,
  }
}

/**
 * The URLs of a page's feeds, Atom then JSON Feed.
 *
 * @param {string} path the page the feeds belong to
 * @returns {[atom: string, json: string]}
 */
export function feedUrls(path) {
  return [`${path}feed.xml`, `${path}feed.json`]
}

/**
 * A topic's feed: its newest articles, summarized.
 *
 * @param {TopicView} topic
 * @param {SiteLookup} lookup
 * @returns {Feed}
 */
export function topicFeed(topic, lookup) {
  return feedOf({
    path: topic.url,
    title: topic.label,
    entries: newestRecords(
      topic.articles.map((summary) => summary.slug),
      lookup,
    ).map((article) => feedEntry(article, lookup)),
  })
}

/**
 * A speaker's feed: one entry per article they are quoted in, newest first, each with their
 * quotes in it before the article's summary.
 *
 * @param {SpeakerView} speaker
 * @param {SiteLookup} lookup
 * @returns {Feed}
 */
export function speakerFeed(speaker, lookup) {
  /** @type {Map<string, FeedQuote[]>} one entry per article, in the order of the quotes */
  const quotesBySlug = new Map()
  for (const { id, displayText, paragraphUrl, article } of speaker.quotes) {
    const quote = { id, displayText, paragraphUrl }
    const quotes = quotesBySlug.get(article.slug)
    if (quotes) quotes.push(quote)
    else if (quotesBySlug.size < PAGE_SIZES.feedEntries) quotesBySlug.set(article.slug, [quote])
  }
  return feedOf({
    path: speaker.url,
    title: speaker.name,
    entries: newestRecords([...quotesBySlug.keys()], lookup).map((article) =>
      feedEntry(article, lookup, { quotes: quotesBySlug.get(article.slug) ?? [] }),
    ),
  })
}

/**
 * The records of the newest `PAGE_SIZES.feedEntries` of some articles.
 *
 * @param {string[]} slugs
 * @param {SiteLookup} lookup
 */
function newestRecords(slugs, lookup) {
  return slugs
    .flatMap((slug) => lookup.article(slug) ?? [])
    .sort((a, b) => lookup.order(a.slug) - lookup.order(b.slug))
    .slice(0, PAGE_SIZES.feedEntries)
}
