import { speakerUrl, topicUrl } from '../urls.js'
import { compareArticles } from './order.js'

/**
 * @typedef {import('../load-data.js').SiteData} SiteData
 * @typedef {import('./records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./records.js').QuoteRecord} QuoteRecord
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {{ id: string, name: string, url: string }} SpeakerLink
 * @typedef {{ id: string, label: string, url: string }} TopicLink
 *
 * @typedef {object} SiteLookup
 *   The validated data indexed once, shared by every page model.
 * @property {ArticleRecord[]} articles newest first, undated last, then by slug
 * @property {(slug: string) => number} order an article's place in `articles`: sorting by it
 *   is sorting with `compareArticles`, without comparing dates again
 * @property {(slug: string) => ArticleRecord | undefined} article
 * @property {(slug: string) => ArticleSummary | null} findSummary
 * @property {(slug: string) => ArticleSummary} summary throws for an unknown slug
 * @property {(id: string) => boolean} hasSpeakerPage
 * @property {(id: string) => SpeakerLink | null} speakerLink null when the speaker has no page
 * @property {(id: string) => TopicLink | null} topicLink null for an unknown topic
 * @property {(ref: { article: string, quoteId: string }) => { article: ArticleRecord, quote: QuoteRecord }} quote
 *   throws for a dangling reference
 * @property {(article: ArticleRecord) => string[]} namedSpeakerIds
 *   the article's named speakers that have a page, once each
 */

/**
 * Index the data by slug and id. `loadSiteData` has checked every cross-reference, so the
 * throwing finders only fail on data that skipped it.
 *
 * @param {Pick<SiteData, 'articles' | 'speakers' | 'topics'>} data
 * @returns {SiteLookup}
 */
export function createLookup(data) {
  const articles = [...data.articles].sort(compareArticles)
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]))
  const orderBySlug = new Map(articles.map((article, index) => [article.slug, index]))
  const speakerById = new Map(data.speakers.speakers.map((speaker) => [speaker.id, speaker]))
  const topicById = new Map(data.topics.topics.map((topic) => [topic.id, topic]))

  return {
    articles,
    article: (slug) => articleBySlug.get(slug),
    order: (slug) => orderBySlug.get(slug) ?? Number.POSITIVE_INFINITY,
    findSummary: (slug) => articleBySlug.get(slug)?.summary ?? null,
    summary(slug) {
      const article = articleBySlug.get(slug)
      if (!article) throw new Error(`No article \`${slug}\` (checked by loadSiteData)`)
      return article.summary
    },
    hasSpeakerPage: (id) => speakerById.has(id),
    speakerLink(id) {
      const speaker = speakerById.get(id)
      return speaker ? { id, name: speaker.name, url: speakerUrl(id) } : null
    },
    topicLink(id) {
      const topic = topicById.get(id)
      return topic ? { id, label: topic.label, url: topicUrl(id) } : null
    },
    quote(ref) {
      const article = articleBySlug.get(ref.article)
      const quote = article?.quotes.get(ref.quoteId)
      if (!article || !quote) throw new Error(`No quote ${ref.article}#${ref.quoteId}`)
      return { article, quote }
    },
    namedSpeakerIds: (article) => [
      ...new Set(
        article.speakers
          .filter((speaker) => speaker.kind === 'person' || speaker.kind === 'organization')
          .map((speaker) => speaker.id)
          .filter((id) => speakerById.has(id)),
      ),
    ],
  }
}
