import { siteDataFrom } from './load-data.js'
import { articleList } from './model/api.js'
import { buildArticleView } from './model/articles.js'
import { feedEntry, feedOf, feedUrls, speakerFeed, topicFeed } from './model/feeds.js'
import { buildHome } from './model/home.js'
import { articleIndexPages, speakerIndexPages, topicIndexPages } from './model/indexes.js'
import { createLookup } from './model/lookup.js'
import { PAGE_SIZES } from './model/page-sizes.js'
import { relatedArticles } from './model/related.js'
import {
  ARTICLE_WEIGHT,
  FEED_WEIGHT,
  LIST_WEIGHT,
  shardCount,
  shardSlices,
  WHOLE_SITE,
} from './model/shards.js'
import { sitemapFiles } from './model/sitemap.js'
import { speakerInputsDigest } from './model/speaker-inputs.js'
import {
  buildSpeakerView,
  speakerPageCount,
  speakerPages,
  speakerSummaries,
} from './model/speakers.js'
import { buildTopicViews, topicPages } from './model/topics.js'
import { buildUnnamedSources } from './model/unnamed-sources.js'
import { inputRecorder, inputsDigest } from './model/view-inputs.js'
import { newestFirstPageUrl } from './paginate.js'
import { searchUrl, speakerUrl } from './urls.js'

export { PAGE_SIZES } from './model/page-sizes.js'

/**
 * @typedef {import('./load-data.js').NewsroomData} NewsroomData
 * @typedef {import('./load-data.js').SiteData} SiteData
 * @typedef {import('./load-data.js').SiteArticle} SiteArticle
 * @typedef {import('./model/records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./model/shards.js').Shard} Shard
 * @typedef {import('./model/shards.js').PageList} PageList
 * @typedef {import('./model/summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./model/quotes.js').QuoteView} QuoteView
 * @typedef {import('./model/feeds.js').FeedEntry} FeedEntry
 * @typedef {import('./model/feeds.js').Feed} Feed
 * @typedef {import('./model/speakers.js').SpeakerView} SpeakerView
 * @typedef {import('./model/topics.js').TopicView} TopicView
 * @typedef {{ speakerId: string, number: number, url: string }} SpeakerPageRef
 *   `number` counts the speaker's pages in reading order, from 1
 * @typedef {{ topic: TopicView } | { speakerId: string }} FeedRef
 */

// Article files read at once while building a shard's article pages.
const READ_CONCURRENCY = 16
/** @type {ReadonlySet<string>} */
const NONE = new Set()

/**
 * The site, worked out once from the validated data: the lists Eleventy paginates into pages
 * (`pagination: { data: 'newsroom.topicPages', size: 1 }`) and how they divide into shards.
 * `model(shard, articles)` composes the views of one shard's pages from the page models in
 * `lib/model/`; only article pages need whole articles, which the caller reads
 * (`articlesToRead`), so no more than a shard's articles are ever in memory.
 *
 * @param {SiteData} data
 */
export function createSite(data) {
  const lookup = createLookup(data)
  // Articles link to where their unnamed quotes are listed, so the listing comes first.
  const unnamed = buildUnnamedSources(data.speakers.anonymous, lookup)
  const related = relatedArticles(lookup)
  const topics = buildTopicViews(data.topics.topics, lookup)
  const speakers = speakerSummaries(data.speakers.speakers)
  const speakerEntries = new Map(data.speakers.speakers.map((entry) => [entry.id, entry]))
  const summaries = lookup.articles.map((article) => article.summary)
  const links = { related, unnamedQuoteUrls: unnamed.quoteUrls }

  /** @type {SpeakerPageRef[]} */
  const speakerPageRefs = speakers.flatMap((speaker) => {
    const entry = /** @type {import('@newsroom/schema').SpeakerEntry} */ (
      speakerEntries.get(speaker.id)
    )
    return Array.from({ length: speakerPageCount(entry) }, (_, index) => ({
      speakerId: speaker.id,
      number: index + 1,
      url: newestFirstPageUrl(speaker.url, index, entry.quotes.length, PAGE_SIZES.speakerQuotes),
    }))
  })
  /** @type {FeedRef[]} */
  const feedRefs = [
    ...topics.map((topic) => ({ topic })),
    ...speakers.map((speaker) => ({ speakerId: speaker.id })),
  ]
  const lists = {
    articles: lookup.articles,
    speakerPages: speakerPageRefs,
    topicPages: topicPages(topics),
    articleIndexPages: articleIndexPages(summaries),
    topicIndexPages: topicIndexPages(topics),
    speakerIndexPages: speakerIndexPages(speakers),
    unnamedPages: unnamed.pages,
    feeds: feedRefs,
  }
  /** @type {PageList[]} */
  const pageLists = Object.entries(lists).map(([name, list]) => ({
    name,
    length: list.length,
    weight: name === 'articles' ? ARTICLE_WEIGHT : name === 'feeds' ? FEED_WEIGHT : LIST_WEIGHT,
  }))
  const counts = {
    articles: lookup.articles.length,
    speakers: speakers.length,
    topics: topics.length,
    quotes: lookup.articles.reduce((sum, article) => sum + article.quotes.size, 0),
    unnamedQuotes: unnamed.items.length,
  }
  const home = buildHome({ articles: summaries, topics, speakers })
  const siteFeedArticles = lookup.articles.slice(0, PAGE_SIZES.siteFeedEntries)

  /**
   * @template T
   * @param {keyof typeof lists} name
   * @param {T[]} list
   * @param {Map<string, { start: number, end: number }>} slices
   * @returns {T[]}
   */
  const sliceOf = (name, list, slices) => {
    const slice = slices.get(name) ?? { start: 0, end: 0 }
    return list.slice(slice.start, slice.end)
  }

  /** Every HTML page worth indexing, for the sitemap: all but the 404 page. */
  const pageUrls = () => [
    '/',
    searchUrl,
    '/api/',
    ...summaries.map((summary) => summary.url),
    ...speakerPageRefs.map((ref) => ref.url),
    ...lists.topicPages.map((entry) => entry.page.url),
    ...lists.articleIndexPages.map((page) => page.url),
    ...lists.topicIndexPages.map((page) => page.url),
    ...lists.speakerIndexPages.map((page) => page.url),
    ...lists.unnamedPages.map((page) => page.url),
  ]

  return {
    lookup,
    counts,
    /** Shards needed to keep each one's pages within `budget` (see `SHARD_WEIGHT`). */
    shardCount: (/** @type {number | undefined} */ budget) => shardCount(pageLists, budget),
    /** How many pages the paginated lists make. */
    pageCount: () => pageLists.reduce((sum, list) => sum + list.length, 0),

    /**
     * The articles whose whole text a shard needs: its article pages, and on the first shard
     * the site's feeds.
     *
     * @param {Shard} shard
     * @param {ReadonlySet<string>} [skip] slugs of articles whose pages are not made
     * @returns {ArticleRecord[]}
     */
    articlesToRead(shard, skip = NONE) {
      const own = sliceOf('articles', lookup.articles, shardSlices(pageLists, shard)).filter(
        (record) => !skip.has(record.slug),
      )
      return shard.index === 0 ? [...new Set([...own, ...siteFeedArticles])] : own
    },

    /**
     * The article records whose pages a shard renders.
     *
     * @param {Shard} shard
     * @returns {ArticleRecord[]}
     */
    articlePages: (shard) => sliceOf('articles', lookup.articles, shardSlices(pageLists, shard)),

    /**
     * The pages of speakers' quotes a shard renders.
     *
     * @param {Shard} shard
     * @returns {SpeakerPageRef[]}
     */
    speakerPages: (shard) =>
      sliceOf('speakerPages', speakerPageRefs, shardSlices(pageLists, shard)),

    /**
     * The speakers whose feeds a shard renders, with the URLs of each feed's files.
     *
     * @param {Shard} shard
     * @returns {{ speakerId: string, urls: string[] }[]}
     */
    speakerFeeds: (shard) =>
      sliceOf('feeds', feedRefs, shardSlices(pageLists, shard)).flatMap((ref) =>
        'speakerId' in ref
          ? [{ speakerId: ref.speakerId, urls: feedUrls(speakerUrl(ref.speakerId)) }]
          : [],
      ),

    /**
     * The digest of what a speaker's pages and feed are made from (see
     * `lib/model/speaker-inputs.js`); null when it cannot be told without making them.
     *
     * @param {string} id
     */
    speakerInputs(id) {
      const entry = speakerEntries.get(id)
      if (!entry) return null
      return speakerInputsDigest(entry, lookup, (file) => data.digests.get(file))
    },

    /**
     * The digest of what this site answers to the inputs an article page read of an earlier
     * one (see `lib/model/view-inputs.js`); null when it cannot answer them.
     *
     * @param {unknown} inputs `ViewInput[]`, as read back from a views cache
     */
    inputsDigest: (inputs) => inputsDigest(inputs, lookup, links),

    /**
     * The views of one shard's pages.
     *
     * @param {Shard} shard
     * @param {Map<string, SiteArticle>} articles at least `articlesToRead(shard)`, by slug
     * @param {object} [options]
     * @param {ReadonlySet<string>} [options.skip] slugs of articles whose pages are left out
     * @param {ReadonlySet<string>} [options.skipSpeakerPages] URLs of speaker pages left out
     * @param {ReadonlySet<string>} [options.skipSpeakerFeeds] ids of speakers whose feeds are
     *   left out
     * @param {(slug: string, inputs: import('./model/view-inputs.js').RecordedInputs | null) => void} [options.onInputs]
     *   told what each article page read of the site, and the digest of the answers (see
     *   `lib/model/view-inputs.js`)
     */
    model(shard, articles, options = {}) {
      const skip = options.skip ?? NONE
      const skipSpeakerPages = options.skipSpeakerPages ?? NONE
      const skipSpeakerFeeds = options.skipSpeakerFeeds ?? NONE
      const onInputs = options.onInputs
      const slices = shardSlices(pageLists, shard)
      const first = shard.index === 0
      /** @param {string} slug */
      const wholeArticle = (slug) => {
        const article = articles.get(slug)
        if (!article) throw new Error(`Article \`${slug}\` was not read for this shard`)
        return article
      }

      /** @type {Map<string, SpeakerView>} */
      const speakerViews = new Map()
      /** @type {Map<string, ReturnType<typeof speakerPages>>} */
      const speakerPagesById = new Map()
      /** @param {string} id */
      const speakerView = (id) => {
        let view = speakerViews.get(id)
        if (!view) {
          const entry = speakerEntries.get(id)
          if (!entry) throw new Error(`No speaker \`${id}\` (checked by loadSiteData)`)
          view = buildSpeakerView(entry, lookup)
          speakerViews.set(id, view)
        }
        return view
      }

      const recorder = onInputs ? inputRecorder(lookup, links) : null
      const articleViews = sliceOf('articles', lookup.articles, slices)
        .filter((record) => !skip.has(record.slug))
        .map((record) => {
          if (!recorder) return buildArticleView(wholeArticle(record.slug), lookup, links)
          const view = buildArticleView(wholeArticle(record.slug), recorder.lookup, recorder.links)
          onInputs?.(record.slug, recorder.take())
          return view
        })
      const ownSpeakerPages = sliceOf('speakerPages', speakerPageRefs, slices)
        .filter((ref) => !skipSpeakerPages.has(ref.url))
        .map((ref) => {
          let pages = speakerPagesById.get(ref.speakerId)
          if (!pages) {
            pages = speakerPages(speakerView(ref.speakerId))
            speakerPagesById.set(ref.speakerId, pages)
          }
          return /** @type {(typeof pages)[number]} */ (pages[ref.number - 1])
        })
      /** @type {Feed[]} */
      const feeds = sliceOf('feeds', feedRefs, slices)
        .filter((ref) => !('speakerId' in ref && skipSpeakerFeeds.has(ref.speakerId)))
        .map((ref) =>
          'topic' in ref
            ? topicFeed(ref.topic, lookup)
            : speakerFeed(speakerView(ref.speakerId), lookup),
        )
      if (first) {
        const siteFeed = feedOf({
          path: '/',
          title: null,
          limit: PAGE_SIZES.siteFeedEntries,
          entries: siteFeedArticles.map((record) =>
            feedEntry(record, lookup, { blocks: wholeArticle(record.slug).blocks }),
          ),
        })
        feeds.unshift(siteFeed)
      }

      return {
        shard: { number: shard.index + 1, count: shard.count },
        /** One item on the first shard, none on the others: pages the site has once. */
        singleton: first ? [true] : [],
        articles: articleViews,
        speakers: [...speakerViews.values()],
        speakerPages: ownSpeakerPages,
        topicPages: sliceOf('topicPages', lists.topicPages, slices),
        articleIndexPages: sliceOf('articleIndexPages', lists.articleIndexPages, slices),
        topicIndexPages: sliceOf('topicIndexPages', lists.topicIndexPages, slices),
        speakerIndexPages: sliceOf('speakerIndexPages', lists.speakerIndexPages, slices),
        unnamedPages: sliceOf('unnamedPages', lists.unnamedPages, slices),
        feeds,
        sitemaps: first ? sitemapFiles(pageUrls()) : [],
        home,
        counts,
        api: { articleList: first ? articleList(summaries) : [] },
      }
    },
  }
}

/** @typedef {ReturnType<typeof createSite>} Site */

/**
 * The views of one shard of a site read from disk: reads the shard's whole articles, a few at a
 * time, then composes its pages.
 *
 * @param {Site} site
 * @param {SiteData} data
 * @param {Shard} shard
 * @param {Parameters<Site['model']>[2]} [options] see `model`
 */
export async function loadShardModel(site, data, shard, options = {}) {
  const records = site.articlesToRead(shard, options.skip)
  /** @type {Map<string, SiteArticle>} */
  const articles = new Map()
  let next = 0
  const lane = async () => {
    while (next < records.length) {
      const record = /** @type {ArticleRecord} */ (records[next++])
      articles.set(record.slug, await data.readArticle(record))
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, records.length) }, lane))
  return site.model(shard, articles, options)
}

/**
 * Everything the templates need for a site held in memory, in one shard.
 *
 * @param {Omit<NewsroomData, 'dataDir'> & { dataDir?: string }} data
 */
export function buildSiteModel(data) {
  const site = createSite(siteDataFrom(data))
  return site.model(WHOLE_SITE, new Map(data.articles.map((article) => [article.slug, article])))
}

/** @typedef {ReturnType<typeof buildSiteModel>} SiteModel */
