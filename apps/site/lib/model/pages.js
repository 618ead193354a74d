import { articleLinks, articleSearchView, speakerSearchView, topicSearchView } from './search.js'

/**
 * The pages of a shard's model one by one: where each is written and what it shows, so that a
 * build can tell which pages changed since the last one (scripts/lib/render-site.ts) and render
 * only those. What a page "shows" is the part of the model its template reads; two builds that
 * give a page the same one give it the same HTML, as long as the templates are the same.
 *
 * @typedef {import('../site-model.js').SiteModel} SiteModel
 *
 * @typedef {Exclude<keyof SiteModel, 'shard' | 'singleton' | 'speakers' | 'sitemaps' | 'home' | 'counts' | 'api'>} PagedList
 *   The lists a build renders only the changed pages of.
 *
 * @typedef {object} ModelPage
 * @property {PagedList} list the list of the model it comes from
 * @property {number} index its position there
 * @property {string[]} files what it writes, relative to the output folder
 * @property {unknown} shows what its template reads, besides `search` where it has one
 * @property {unknown} [search] what the search index reads of it, on the pages it indexes (see
 *   `lib/model/search.js`)
 */

/** The file a site URL is written to: `/a/` → `a/index.html`, `/feed.xml` → `feed.xml`. */
export function outputFile(/** @type {string} */ url) {
  const path = url.replace(/^\/+/, '')
  return path === '' || path.endsWith('/') ? `${path}index.html` : path
}

/** Pages rendered on every build: one each, cheap, and depending on the whole site. */
export const EVERY_BUILD_FILES = Object.freeze([
  'index.html',
  'search/index.html',
  '404.html',
  'api/index.html',
  'api/articles.json',
  'robots.txt',
])

/**
 * The pages of the paginated lists of a shard's model.
 *
 * @param {SiteModel} model
 * @returns {ModelPage[]}
 */
export function modelPages(model) {
  /** @type {ModelPage[]} */
  const pages = []
  /** @param {PagedList} list @param {unknown[]} items @param {(item: any) => { urls: string[], shows: unknown, search?: unknown }} describe */
  const add = (list, items, describe) => {
    items.forEach((item, index) => {
      const { urls, shows, search } = describe(item)
      pages.push({
        list,
        index,
        files: urls.map(outputFile),
        shows,
        ...(search === undefined ? {} : { search }),
      })
    })
  }
  // An article page is what search reads of it and the links search leaves out: its text is
  // then serialized once.
  add('articles', model.articles, (article) => ({
    urls: [article.url],
    shows: articleLinks(article),
    search: articleSearchView(article),
  }))
  // Search indexes the first page of each speaker and topic.
  // A speaker's or topic's first page shows its counts and its aside; the later pages only their
  // own items and what every page has (see the layouts), so a new article leaves them alone.
  add('speakerPages', model.speakerPages, ({ speaker, page }) => ({
    urls: [page.url],
    shows: {
      speaker: page.first
        ? speaker
        : {
            ...speaker,
            quoteCount: undefined,
            articleCount: undefined,
            topics: undefined,
            alongside: undefined,
            // The JSON-LD's job titles.
            roles: speaker.roles.map((/** @type {{ role: string }} */ role) => role.role),
          },
      page,
    },
    search: page.first ? speakerSearchView(speaker) : undefined,
  }))
  add('topicPages', model.topicPages, ({ topic, page }) => ({
    urls: [page.url],
    shows: {
      topic: page.first
        ? topic
        : {
            id: topic.id,
            label: topic.label,
            url: topic.url,
            feeds: [topic.feedUrl, topic.jsonFeedUrl],
          },
      page,
    },
    search: page.first ? topicSearchView(topic) : undefined,
  }))
  // Index pages print the site's counts, on their first page only.
  for (const list of /** @type {const} */ ([
    'articleIndexPages',
    'topicIndexPages',
    'speakerIndexPages',
    'unnamedPages',
  ])) {
    add(list, model[list], (page) => ({
      urls: [page.url],
      shows: { page, counts: page.first ? model.counts : undefined },
    }))
  }
  add('feeds', model.feeds, (feed) => ({ urls: [feed.atomUrl, feed.jsonUrl], shows: feed }))
  return pages
}

/**
 * The model with only some of its paginated pages, for a build that renders only those; the
 * pages rendered on every build stay.
 *
 * @param {SiteModel} model
 * @param {ModelPage[]} keep
 * @returns {SiteModel}
 */
export function withPages(model, keep) {
  /** @type {Map<PagedList, Set<number>>} */
  const kept = new Map()
  for (const page of keep) {
    const indexes = kept.get(page.list) ?? new Set()
    indexes.add(page.index)
    kept.set(page.list, indexes)
  }
  /** @template T @param {PagedList} list @param {T[]} items */
  const only = (list, items) => items.filter((_, index) => kept.get(list)?.has(index) ?? false)
  return {
    ...model,
    articles: only('articles', model.articles),
    speakerPages: only('speakerPages', model.speakerPages),
    topicPages: only('topicPages', model.topicPages),
    articleIndexPages: only('articleIndexPages', model.articleIndexPages),
    topicIndexPages: only('topicIndexPages', model.topicIndexPages),
    speakerIndexPages: only('speakerIndexPages', model.speakerIndexPages),
    unnamedPages: only('unnamedPages', model.unnamedPages),
    feeds: only('feeds', model.feeds),
  }
}

/**
 * The pages of two shards' models (each already cut down by `withPages`) in one model, for one
 * Eleventy run: the views every shard has (home, counts) are the same in both.
 *
 * @param {SiteModel} a
 * @param {SiteModel} b
 * @returns {SiteModel}
 */
export function joinedPages(a, b) {
  return {
    ...a,
    singleton: [...a.singleton, ...b.singleton],
    articles: [...a.articles, ...b.articles],
    speakers: [...a.speakers, ...b.speakers],
    speakerPages: [...a.speakerPages, ...b.speakerPages],
    topicPages: [...a.topicPages, ...b.topicPages],
    articleIndexPages: [...a.articleIndexPages, ...b.articleIndexPages],
    topicIndexPages: [...a.topicIndexPages, ...b.topicIndexPages],
    speakerIndexPages: [...a.speakerIndexPages, ...b.speakerIndexPages],
    unnamedPages: [...a.unnamedPages, ...b.unnamedPages],
    feeds: [...a.feeds, ...b.feeds],
    sitemaps: [...a.sitemaps, ...b.sitemaps],
    api: { articleList: [...a.api.articleList, ...b.api.articleList] },
  }
}

/**
 * The files the pages rendered on every build write, on a shard's model: the first shard's.
 *
 * @param {SiteModel} model
 */
export function everyBuildFiles(model) {
  return model.singleton.length > 0
    ? [...EVERY_BUILD_FILES, ...model.sitemaps.map((sitemap) => outputFile(sitemap.url))]
    : []
}
