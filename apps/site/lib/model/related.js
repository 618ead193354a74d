/**
 * @typedef {import('./records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 */

/** Related articles shown under an article. */
export const RELATED_LIMIT = 5
// A shared named speaker says more about two stories than a shared topic.
const SPEAKER_WEIGHT = 2
const TOPIC_WEIGHT = 1
/**
 * Candidates taken on each side of an article in the list of a topic or speaker it has (lists
 * are newest first, so these are the stories closest in time). Without a bound, a topic of
 * 10,000 articles makes each of them look at all the others: time would grow with the square
 * of the archive.
 */
export const RELATED_WINDOW = 25

/**
 * The related articles of an article, worked out when asked: scored by shared named speakers
 * (2 each) and shared topics (1 each) among the `RELATED_WINDOW` articles nearest in time on
 * each side in every list they share, then newest first, then by slug; at most
 * `RELATED_LIMIT`.
 *
 * @param {SiteLookup} lookup
 * @returns {(slug: string) => ArticleSummary[]}
 */
export function relatedArticles(lookup) {
  /** @param {ArticleRecord} article @returns {[key: string, weight: number][]} */
  const keysOf = (article) => [
    ...article.topics.map(
      (topic) => /** @type {[string, number]} */ ([`topic:${topic.id}`, TOPIC_WEIGHT]),
    ),
    ...lookup
      .namedSpeakerIds(article)
      .map((id) => /** @type {[string, number]} */ ([`speaker:${id}`, SPEAKER_WEIGHT])),
  ]
  /** @type {Map<string, ArticleRecord[]>} topic or speaker key → its articles, newest first */
  const listByKey = new Map()
  /** @type {Map<ArticleRecord, Map<string, number>>} article → key → its position in that list */
  const positions = new Map()
  for (const article of lookup.articles) {
    /** @type {Map<string, number>} */
    const own = new Map()
    for (const [key] of keysOf(article)) {
      const list = listByKey.get(key) ?? []
      own.set(key, list.length)
      list.push(article)
      listByKey.set(key, list)
    }
    positions.set(article, own)
  }

  return (slug) => {
    const article = lookup.article(slug)
    if (!article) return []
    /** @type {Map<ArticleRecord, number>} */
    const scores = new Map()
    for (const [key, weight] of keysOf(article)) {
      const list = listByKey.get(key) ?? []
      const position = positions.get(article)?.get(key) ?? 0
      const from = Math.max(0, position - RELATED_WINDOW)
      const to = Math.min(list.length, position + RELATED_WINDOW + 1)
      for (let index = from; index < to; index++) {
        const other = /** @type {ArticleRecord} */ (list[index])
        if (other !== article) scores.set(other, (scores.get(other) ?? 0) + weight)
      }
    }
    // Each candidate's place in the site's order looked up once, not at every comparison.
    return [...scores]
      .map(([other, score]) => ({ other, score, order: lookup.order(other.slug) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, RELATED_LIMIT)
      .map(({ other }) => other.summary)
  }
}
