import type { Article, TopicEntry, TopicIndex } from '@newsroom/schema'
import { compareNewestFirst, rankCounts } from './article-order.js'

/**
 * The site-wide topic index: for every topic with at least one article, its articles (newest
 * first), the named speakers most quoted in them, and the topics sharing the most articles.
 */
export function buildTopicIndex(articles: readonly Article[]): TopicIndex {
  const ordered = [...articles].sort(compareNewestFirst)
  const byTopic = new Map<
    string,
    { label: string; articles: Array<{ article: Article; score: number }> }
  >()
  for (const article of ordered) {
    for (const topic of article.topics) {
      let entry = byTopic.get(topic.id)
      if (!entry) {
        entry = { label: topic.label, articles: [] }
        byTopic.set(topic.id, entry)
      }
      entry.articles.push({ article, score: topic.score })
    }
  }

  const topics: TopicEntry[] = [...byTopic]
    .map(([id, entry]) => {
      const speakerIds: string[] = []
      const relatedIds: string[] = []
      for (const { article } of entry.articles) {
        for (const quote of article.quotes) {
          const kind = quote.speaker?.kind
          if (quote.speaker && (kind === 'person' || kind === 'organization'))
            speakerIds.push(quote.speaker.id)
        }
        for (const other of article.topics) if (other.id !== id) relatedIds.push(other.id)
      }
      return {
        id,
        label: entry.label,
        articles: entry.articles.map(({ article, score }) => ({ slug: article.slug, score })),
        speakers: rankCounts(speakerIds),
        related: rankCounts(relatedIds),
      }
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  return { topics }
}
