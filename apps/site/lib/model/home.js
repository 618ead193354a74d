import { compareNames } from './order.js'

/**
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./topics.js').TopicView} TopicView
 * @typedef {import('./speakers.js').SpeakerSummary} SpeakerSummary
 */

/** How many of each list the home page shows. */
export const HOME_LIMITS = Object.freeze({ latest: 8, topics: 12, speakers: 10 })

/**
 * The home page: the latest articles, the topics with the most articles and the most quoted
 * speakers (ties A–Z).
 *
 * @param {{ articles: ArticleSummary[], topics: TopicView[], speakers: SpeakerSummary[] }} site
 *   articles newest first
 */
export function buildHome({ articles, topics, speakers }) {
  return {
    latest: articles.slice(0, HOME_LIMITS.latest),
    // What the home page shows of a topic: not its list of every article, which every shard's
    // model carries (a render thread is handed a copy) though only the first renders this page.
    topics: [...topics]
      .sort((a, b) => b.articleCount - a.articleCount || compareNames(a.label, b.label))
      .slice(0, HOME_LIMITS.topics)
      .map(({ label, url, articleCount }) => ({ label, url, articleCount })),
    speakers: [...speakers]
      .sort((a, b) => b.quoteCount - a.quoteCount || compareNames(a.name, b.name))
      .slice(0, HOME_LIMITS.speakers),
  }
}
