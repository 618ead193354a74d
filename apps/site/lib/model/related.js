import { compareArticles } from './order.js'

/**
 * @typedef {import('@newsroom/schema').Article} ArticleData
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 */

/** Related articles shown under an article. */
export const RELATED_LIMIT = 5
// A shared named speaker says more about two stories than a shared topic.
const SPEAKER_WEIGHT = 2
const TOPIC_WEIGHT = 1

/**
 * The related articles of every article: scored by shared named speakers (2 each) and shared
 * topics (1 each), then newest first, then by slug; at most `RELATED_LIMIT`.
 *
 * @param {SiteLookup} lookup
 * @returns {Map<string, ArticleSummary[]>} by article slug
 */
export function relatedArticles(lookup) {
  /** @param {ArticleData} article @returns {[key: string, weight: number][]} */
  const keysOf = (article) => [
    ...article.topics.map(
      (topic) => /** @type {[string, number]} */ ([`topic:${topic.id}`, TOPIC_WEIGHT]),
    ),
    ...lookup
      .namedSpeakerIds(article)
      .map((id) => /** @type {[string, number]} */ ([`speaker:${id}`, SPEAKER_WEIGHT])),
  ]
  /** @type {Map<string, string[]>} topic or speaker key → slugs of the articles that have it */
  const slugsByKey = new Map()
  for (const article of lookup.articles) {
    for (const [key] of keysOf(article)) {
      const slugs = slugsByKey.get(key) ?? []
      slugs.push(article.slug)
      slugsByKey.set(key, slugs)
    }
  }

  /** @type {Map<string, ArticleSummary[]>} */
  const related = new Map()
  for (const article of lookup.articles) {
    /** @type {Map<string, number>} */
    const scores = new Map()
    for (const [key, weight] of keysOf(article)) {
      for (const slug of slugsByKey.get(key) ?? []) {
        if (slug !== article.slug) scores.set(slug, (scores.get(slug) ?? 0) + weight)
      }
    }
    related.set(
      article.slug,
      [...scores]
        .map(([slug, score]) => ({ summary: lookup.summary(slug), score }))
        .sort((a, b) => b.score - a.score || compareArticles(a.summary, b.summary))
        .slice(0, RELATED_LIMIT)
        .map(({ summary }) => summary),
    )
  }
  return related
}
