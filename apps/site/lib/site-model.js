import { buildApi } from './model/api.js'
import { buildArticleViews } from './model/articles.js'
import { buildFeeds } from './model/feeds.js'
import { buildHome } from './model/home.js'
import { articleIndexPages, speakerIndexPages, topicIndexPages } from './model/indexes.js'
import { createLookup } from './model/lookup.js'
import { relatedArticles } from './model/related.js'
import { buildSpeakerViews, speakerPages } from './model/speakers.js'
import { buildTopicViews, topicPages } from './model/topics.js'
import { buildUnnamedSources } from './model/unnamed-sources.js'

export { PAGE_SIZES } from './model/page-sizes.js'

/**
 * @typedef {import('./load-data.js').NewsroomData} NewsroomData
 * @typedef {import('./model/summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./model/quotes.js').QuoteView} QuoteView
 * @typedef {import('./model/feeds.js').FeedEntry} FeedEntry
 * @typedef {import('./model/feeds.js').Feed} Feed
 */

/**
 * Everything the templates need, computed once from the validated data: views of articles,
 * speakers and topics with their URLs resolved, and the paginated lists Eleventy turns into
 * pages (`pagination: { data: 'newsroom.topicPages', size: 1 }`). Each page model lives in
 * `lib/model/`; this only composes them.
 *
 * @param {NewsroomData} data
 */
export function buildSiteModel(data) {
  const lookup = createLookup(data)
  // Articles link to where their unnamed quotes are listed, so the listing comes first.
  const unnamed = buildUnnamedSources(data.speakers.anonymous, lookup)
  const articles = buildArticleViews(lookup, {
    related: relatedArticles(lookup),
    unnamedQuoteUrls: unnamed.quoteUrls,
  })
  const speakers = buildSpeakerViews(data.speakers.speakers, lookup)
  const topics = buildTopicViews(data.topics.topics, lookup)
  const summaries = lookup.articles.map((article) => lookup.summary(article.slug))

  return {
    articles,
    speakers,
    topics,
    unnamed: unnamed.items,
    articleIndexPages: articleIndexPages(summaries),
    topicIndexPages: topicIndexPages(topics),
    speakerIndexPages: speakerIndexPages(speakers),
    speakerPages: speakerPages(speakers),
    topicPages: topicPages(topics),
    unnamedPages: unnamed.pages,
    feeds: buildFeeds({ articles, topics, speakers }),
    home: buildHome({ articles: summaries, topics, speakers }),
    counts: {
      articles: articles.length,
      speakers: speakers.length,
      topics: topics.length,
      quotes: lookup.articles.reduce((sum, article) => sum + article.quotes.length, 0),
      unnamedQuotes: unnamed.items.length,
    },
    api: buildApi(data, lookup.articles),
  }
}

/** @typedef {ReturnType<typeof buildSiteModel>} SiteModel */
