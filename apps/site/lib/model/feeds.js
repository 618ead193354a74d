import { compareNewestFirst } from '../dates.js'
import { PAGE_SIZES } from './page-sizes.js'

/**
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./quotes.js').QuoteView} QuoteView
 * @typedef {import('./lookup.js').TopicLink} TopicLink
 * @typedef {import('./topics.js').TopicView} TopicView
 * @typedef {import('./speakers.js').SpeakerView} SpeakerView
 *
 * @typedef {ArticleSummary & { blocks: { id: string, type: 'paragraph' | 'heading', text: string }[], topics: TopicLink[] }} FeedArticle
 *
 * @typedef {object} FeedEntry
 * @property {FeedArticle} article
 * @property {QuoteView[]} quotes quotes to show first (a speaker's feed)
 *
 * @typedef {object} Feed
 *   One Atom feed and its JSON Feed twin.
 * @property {string} atomUrl
 * @property {string} jsonUrl
 * @property {string | null} title null for the site-wide feed
 * @property {string} homeUrl
 * @property {string} updated ISO date-time of the newest entry
 * @property {FeedEntry[]} entries newest first, at most `PAGE_SIZES.feedEntries`
 */

/** Atom requires `updated`: a feed without a dated entry gets the epoch. */
const UNDATED = '1970-01-01T00:00:00Z'

/**
 * The feeds: the site's (`/feed.xml`, `/feed.json`), then one per topic and one per speaker,
 * each in the order given.
 *
 * @param {{ articles: FeedArticle[], topics: TopicView[], speakers: SpeakerView[] }} site
 *   articles newest first
 * @returns {Feed[]}
 */
export function buildFeeds({ articles, topics, speakers }) {
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]))
  const articleView = (/** @type {string} */ slug) => {
    const view = articleBySlug.get(slug)
    if (!view) throw new Error(`No article view for ${slug}`)
    return view
  }
  return [
    feedOf({
      path: '/',
      title: null,
      entries: articles.map((article) => ({ article, quotes: [] })),
    }),
    ...topics.map((topic) =>
      feedOf({
        path: topic.url,
        title: topic.label,
        entries: topic.articles.map((summary) => ({
          article: articleView(summary.slug),
          quotes: [],
        })),
      }),
    ),
    ...speakers.map((speaker) => {
      /** @type {Map<string, QuoteView[]>} one entry per article, in the order of the quotes */
      const quotesBySlug = new Map()
      for (const quote of speaker.quotes) {
        quotesBySlug.set(quote.article.slug, [
          ...(quotesBySlug.get(quote.article.slug) ?? []),
          quote,
        ])
      }
      return feedOf({
        path: speaker.url,
        title: speaker.name,
        entries: [...quotesBySlug].map(([slug, quotes]) => ({
          article: articleView(slug),
          quotes,
        })),
      })
    }),
  ]
}

/**
 * @param {{ path: string, title: string | null, entries: FeedEntry[] }} feed
 *   `path` is the page the feed belongs to (its home) and the folder of its files
 * @returns {Feed}
 */
export function feedOf(feed) {
  const entries = feed.entries.slice(0, PAGE_SIZES.feedEntries)
  const newest = entries.map((entry) => entry.article.publishedAt).filter((date) => date !== null)
  newest.sort(compareNewestFirst)
  return {
    atomUrl: `${feed.path}feed.xml`,
    jsonUrl: `${feed.path}feed.json`,
    title: feed.title,
    homeUrl: feed.path,
    updated: newest[0] ?? UNDATED,
    entries,
  }
}
