import { paginateNewestFirst } from '../paginate.js'
import { topicUrl } from '../urls.js'
import { compareIds, compareNames } from './order.js'
import { PAGE_SIZES } from './page-sizes.js'

/**
 * @typedef {import('@newsroom/schema').TopicEntry} TopicEntry
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 */

/** Most quoted speakers listed on a topic page. */
export const TOPIC_SPEAKERS_LIMIT = 10
/** Related topics listed on a topic page. */
export const RELATED_TOPICS_LIMIT = 8

/**
 * The topic pages (`/topics/<id>/`), A–Z by label: articles in the site's order (newest first,
 * undated last), the most quoted speakers and related topics.
 *
 * @param {TopicEntry[]} entries `topics.json` → `topics`
 * @param {SiteLookup} lookup
 */
export function buildTopicViews(entries, lookup) {
  return [...entries]
    .sort((a, b) => compareNames(a.label, b.label) || compareIds(a.id, b.id))
    .map((topic) => ({
      id: topic.id,
      label: topic.label,
      url: topicUrl(topic.id),
      feedUrl: `${topicUrl(topic.id)}feed.xml`,
      jsonFeedUrl: `${topicUrl(topic.id)}feed.json`,
      articleCount: topic.articles.length,
      articles: topic.articles
        .map((entry) => lookup.summary(entry.slug))
        .sort((a, b) => lookup.order(a.slug) - lookup.order(b.slug)),
      speakers: topic.speakers.slice(0, TOPIC_SPEAKERS_LIMIT).flatMap((entry) => {
        const link = lookup.speakerLink(entry.id)
        return link ? [{ ...link, count: entry.count }] : []
      }),
      related: topic.related.slice(0, RELATED_TOPICS_LIMIT).flatMap((entry) => {
        const link = lookup.topicLink(entry.id)
        return link ? [{ ...link, count: entry.count }] : []
      }),
    }))
}

/** @typedef {ReturnType<typeof buildTopicViews>[number]} TopicView */

/**
 * Each page of each topic's articles (`/topics/<id>/`, then `/topics/<id>/page/<n>/` numbered from
 * the oldest, so that a new article changes the topic's first page only: see
 * `paginateNewestFirst`).
 *
 * @param {TopicView[]} topics
 */
export function topicPages(topics) {
  // Each page carries the topic without the list of every article: a page's own articles are in
  // `page`, and Eleventy keeps every page's data until it has written them all.
  return topics.flatMap(({ articles, ...topic }) =>
    paginateNewestFirst(articles, PAGE_SIZES.topicArticles, topic.url).map((page) => ({
      topic,
      page,
    })),
  )
}
