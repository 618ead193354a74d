import { quoteContext } from './context.js'
import { compareNewestFirst, isoDay, readableDate } from './dates.js'
import { fragmentId } from './escape.js'
import { paginate } from './paginate.js'
import { safeExternalUrl } from './safe-url.js'
import {
  articleApiUrl,
  articlesIndexUrl,
  articleUrl,
  speakersIndexUrl,
  speakerUrl,
  topicsIndexUrl,
  topicUrl,
  unnamedSourcesUrl,
} from './urls.js'

/**
 * @typedef {import('./load-data.js').NewsroomData} NewsroomData
 * @typedef {import('@newsroom/schema').Article} ArticleData
 * @typedef {import('@newsroom/schema').Quote} QuoteData
 * @typedef {import('@newsroom/schema').SpeakerEntry} SpeakerEntry
 * @typedef {import('@newsroom/schema').TopicEntry} TopicEntry
 * @typedef {import('./highlight.js').QuoteMark} QuoteMark
 * @typedef {import('./context.js').ContextPiece} ContextPiece
 * @typedef {{ id: string, name: string, url: string }} SpeakerLink
 * @typedef {{ id: string, label: string, url: string }} TopicLink
 *
 * @typedef {object} ArticleSummary
 * @property {string} slug
 * @property {string} url
 * @property {string} title
 * @property {string | null} dek
 * @property {string} summary dek, or the start of the first paragraph
 * @property {string | null} publisher
 * @property {string | null} byline
 * @property {string | null} publishedAt
 * @property {string | null} date readable date
 * @property {string | null} day `YYYY-MM-DD`
 * @property {number} readTimeMinutes
 *
 * @typedef {object} QuoteView
 * @property {string} id
 * @property {string} anchor fragment id of the quote in listings
 * @property {string} text
 * @property {string} blockId
 * @property {string} paragraphUrl the article URL with the paragraph's fragment
 * @property {ContextPiece[]} context
 * @property {ArticleSummary} article
 * @property {SpeakerLink | null} speaker named speaker with a page, if any
 * @property {string | null} speakerName as the article names the speaker
 */

/** How many items each paginated list shows on one page. */
export const PAGE_SIZES = Object.freeze({
  articles: 20,
  topicArticles: 20,
  speakerQuotes: 25,
  speakers: 100,
  topics: 100,
  unnamed: 25,
  feedEntries: 50,
})

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * Everything the templates need, computed once from the validated data: views of articles,
 * speakers and topics with their URLs resolved, and the paginated lists Eleventy turns into
 * pages (`pagination: { data: 'newsroom.topicPages', size: 1 }`).
 *
 * @param {NewsroomData} data
 */
export function buildSiteModel(data) {
  const articleData = [...data.articles].sort(
    (a, b) =>
      compareNewestFirst(a.publishedAt, b.publishedAt) || a.slug.localeCompare(b.slug, 'en'),
  )
  const articleBySlug = new Map(articleData.map((article) => [article.slug, article]))
  const summaries = new Map(articleData.map((article) => [article.slug, summarize(article)]))
  const summaryOf = (/** @type {string} */ slug) => {
    const summary = summaries.get(slug)
    if (!summary) throw new Error(`No article \`${slug}\` (checked by loadNewsroomData)`)
    return summary
  }

  const speakerById = new Map(data.speakers.speakers.map((speaker) => [speaker.id, speaker]))
  const topicById = new Map(data.topics.topics.map((topic) => [topic.id, topic]))
  /** @param {string} id @returns {SpeakerLink | null} */
  const speakerLink = (id) => {
    const speaker = speakerById.get(id)
    return speaker ? { id, name: speaker.name, url: speakerUrl(id) } : null
  }
  /** @param {string} id @returns {TopicLink | null} */
  const topicLink = (id) => {
    const topic = topicById.get(id)
    return topic ? { id, label: topic.label, url: topicUrl(id) } : null
  }

  /** @param {ArticleData} article @param {QuoteData} quote @returns {QuoteView} */
  const quoteView = (article, quote) => {
    const named = quote.speaker ? speakerLink(quote.speaker.id) : null
    return {
      id: quote.id,
      anchor: `${article.slug}-${fragmentId(quote.id)}`,
      text: quote.text,
      blockId: quote.blockId,
      paragraphUrl: `${articleUrl(article.slug)}#${fragmentId(quote.blockId)}`,
      context: contextOf(article, quote),
      article: summaryOf(article.slug),
      speaker: named,
      speakerName: quote.speaker?.name ?? null,
    }
  }
  /** @param {{ article: string, quoteId: string }} ref */
  const quoteOf = (ref) => {
    const article = articleBySlug.get(ref.article)
    const quote = article?.quotes.find((candidate) => candidate.id === ref.quoteId)
    if (!article || !quote) throw new Error(`No quote ${ref.article}#${ref.quoteId}`)
    return { article, quote }
  }

  // Unnamed sources: one listing, never merged into an identity.
  const unnamed = data.speakers.anonymous
    .map((ref) => {
      const { article, quote } = quoteOf(ref)
      return { description: ref.description, kind: ref.kind, quote: quoteView(article, quote) }
    })
    .sort(
      (a, b) =>
        compareNewestFirst(a.quote.article.publishedAt, b.quote.article.publishedAt) ||
        a.quote.article.slug.localeCompare(b.quote.article.slug, 'en'),
    )
  const unnamedPages = paginate(unnamed, PAGE_SIZES.unnamed, unnamedSourcesUrl)
  /** @type {Map<string, string>} `${slug}#${quoteId}` → URL of the quote on the listing */
  const unnamedQuoteUrl = new Map()
  for (const page of unnamedPages) {
    for (const item of page.items) {
      unnamedQuoteUrl.set(
        `${item.quote.article.slug}#${item.quote.id}`,
        `${page.url}#${item.quote.anchor}`,
      )
    }
  }

  // Related articles: shared topics count once, shared named speakers twice.
  /** @type {Map<string, string[]>} */
  const articlesByKey = new Map()
  const keysOf = (/** @type {ArticleData} */ article) => [
    ...article.topics.map((topic) => `topic:${topic.id}`),
    ...namedSpeakerIds(article, speakerById).map((id) => `speaker:${id}`),
  ]
  for (const article of articleData) {
    for (const key of keysOf(article)) {
      const list = articlesByKey.get(key) ?? []
      list.push(article.slug)
      articlesByKey.set(key, list)
    }
  }
  const relatedOf = (/** @type {ArticleData} */ article) => {
    /** @type {Map<string, number>} */
    const scores = new Map()
    for (const key of keysOf(article)) {
      const weight = key.startsWith('speaker:') ? 2 : 1
      for (const slug of articlesByKey.get(key) ?? []) {
        if (slug !== article.slug) scores.set(slug, (scores.get(slug) ?? 0) + weight)
      }
    }
    return [...scores]
      .sort(
        ([slugA, a], [slugB, b]) =>
          b - a ||
          compareNewestFirst(summaryOf(slugA).publishedAt, summaryOf(slugB).publishedAt) ||
          slugA.localeCompare(slugB, 'en'),
      )
      .slice(0, 5)
      .map(([slug]) => summaryOf(slug))
  }

  const articles = articleData.map((article) => {
    const speakersInArticle = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
    /** @type {Map<string, QuoteMark[]>} */
    const marksByBlock = new Map()
    for (const quote of article.quotes) {
      const attribution = attributionOf(
        article,
        quote,
        speakersInArticle,
        speakerLink,
        unnamedQuoteUrl,
      )
      quote.spans.forEach((span, index) => {
        const marks = marksByBlock.get(span.blockId) ?? []
        marks.push({
          start: span.start,
          end: span.end,
          quoteId: quote.id,
          first: index === 0,
          last: index === quote.spans.length - 1,
          attribution,
        })
        marksByBlock.set(span.blockId, marks)
      })
    }
    const named = article.speakers
      .filter((speaker) => speaker.kind === 'person' || speaker.kind === 'organization')
      .map((speaker) => ({
        name: speaker.name,
        kind: speaker.kind,
        roles: speaker.roles,
        quoteCount: speaker.quoteCount,
        url: speakerById.has(speaker.id) ? speakerUrl(speaker.id) : null,
      }))
      .sort((a, b) => b.quoteCount - a.quoteCount || collator.compare(a.name, b.name))
    const unnamedSpeakers = article.speakers
      .filter((speaker) => speaker.kind === 'anonymous' || speaker.kind === 'group')
      .map((speaker) => {
        const firstQuote = article.quotes.find((quote) => quote.speaker?.id === speaker.id)
        return {
          description: speaker.description ?? speaker.name,
          kind: speaker.kind,
          quoteCount: speaker.quoteCount,
          url: firstQuote
            ? (unnamedQuoteUrl.get(`${article.slug}#${firstQuote.id}`) ?? null)
            : null,
        }
      })
    /** @param {import('@newsroom/schema').Entity[]} entities */
    const entityLinks = (entities) =>
      entities.map((entity) => ({
        name: entity.name,
        url: speakerById.has(entity.id) ? speakerUrl(entity.id) : null,
      }))
    return {
      ...summaryOf(article.slug),
      dateline: article.dateline?.text ?? null,
      sourceUrl: safeExternalUrl(article.url),
      language: article.language ?? 'en',
      wordCount: article.wordCount,
      apiUrl: articleApiUrl(article.slug),
      blocks: article.blocks.map((block) => ({
        ...block,
        marks: marksByBlock.get(block.id) ?? [],
      })),
      quotes: article.quotes.map((quote) => quoteView(article, quote)),
      speakers: named,
      unnamedSpeakers,
      topics: article.topics.flatMap((topic) => topicLink(topic.id) ?? []),
      topicLabels: article.topics.map((topic) => topic.label),
      entities: {
        people: entityLinks(article.entities.people),
        organizations: entityLinks(article.entities.organizations),
        places: entityLinks(article.entities.places),
      },
      keyphrases: article.keyphrases.map((keyphrase) => keyphrase.text),
      related: relatedOf(article),
    }
  })

  // Speakers.
  const speakerEntries = [...data.speakers.speakers].sort(
    (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id, 'en'),
  )
  const speakers = speakerEntries.map((speaker) => {
    const quotes = speaker.quotes
      .map((ref) => {
        const { article, quote } = quoteOf(ref)
        return quoteView(article, quote)
      })
      .sort(
        (a, b) =>
          compareNewestFirst(a.article.publishedAt, b.article.publishedAt) ||
          a.article.slug.localeCompare(b.article.slug, 'en'),
      )
    /** @type {Map<string, number>} */
    const alongside = new Map()
    for (const slug of new Set(speaker.articles)) {
      const article = articleBySlug.get(slug)
      if (!article) continue
      for (const id of namedSpeakerIds(article, speakerById)) {
        if (id !== speaker.id) alongside.set(id, (alongside.get(id) ?? 0) + 1)
      }
    }
    return {
      id: speaker.id,
      name: speaker.name,
      kind: speaker.kind,
      kindLabel: speaker.kind === 'person' ? 'Person' : 'Organization',
      url: speakerUrl(speaker.id),
      feedUrl: `${speakerUrl(speaker.id)}feed.xml`,
      jsonFeedUrl: `${speakerUrl(speaker.id)}feed.json`,
      letter: initialOf(speaker.name),
      aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
      roles: speaker.roles.map((role) => ({
        role: role.role,
        article: summaries.get(role.article) ?? null,
      })),
      quoteCount: quotes.length,
      articleCount: new Set(speaker.articles).size,
      topics: speaker.topics.flatMap((topic) => {
        const link = topicLink(topic.id)
        return link ? [{ ...link, count: topic.count }] : []
      }),
      alongside: [...alongside]
        .sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB, 'en'))
        .slice(0, 10)
        .flatMap(([id, count]) => {
          const link = speakerLink(id)
          return link ? [{ ...link, count }] : []
        }),
      quotes,
    }
  })
  const speakerPages = speakers.flatMap((speaker) =>
    paginate(speaker.quotes, PAGE_SIZES.speakerQuotes, speaker.url).map((page) => ({
      speaker,
      page,
    })),
  )

  // Topics.
  const topics = [...data.topics.topics]
    .sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id, 'en'))
    .map((topic) => ({
      id: topic.id,
      label: topic.label,
      url: topicUrl(topic.id),
      feedUrl: `${topicUrl(topic.id)}feed.xml`,
      jsonFeedUrl: `${topicUrl(topic.id)}feed.json`,
      articleCount: topic.articles.length,
      articles: topic.articles
        .map((entry) => summaryOf(entry.slug))
        .sort((a, b) => compareNewestFirst(a.publishedAt, b.publishedAt)),
      speakers: topic.speakers.slice(0, 10).flatMap((entry) => {
        const link = speakerLink(entry.id)
        return link ? [{ ...link, count: entry.count }] : []
      }),
      related: topic.related.slice(0, 8).flatMap((entry) => {
        const link = topicLink(entry.id)
        return link ? [{ ...link, count: entry.count }] : []
      }),
    }))
  const topicPages = topics.flatMap((topic) =>
    paginate(topic.articles, PAGE_SIZES.topicArticles, topic.url).map((page) => ({
      topic,
      page,
    })),
  )

  // Indexes.
  const articleIndexPages = paginate(
    articles.map((article) => summaryOf(article.slug)),
    PAGE_SIZES.articles,
    articlesIndexUrl,
  )
  const topicIndexPages = paginate(
    topics.map(({ id, label, url, articleCount }) => ({ id, label, url, articleCount })),
    PAGE_SIZES.topics,
    topicsIndexUrl,
  )
  const speakerIndexPages = speakerIndex(speakers)

  // Feeds: site-wide, per topic, per speaker.
  const articleViewBySlug = new Map(articles.map((article) => [article.slug, article]))
  const articleView = (/** @type {string} */ slug) => {
    const view = articleViewBySlug.get(slug)
    if (!view) throw new Error(`No article view for ${slug}`)
    return view
  }
  const feeds = [
    feedOf({
      path: '/',
      title: null,
      homeUrl: '/',
      entries: articles.map((article) => ({ article, quotes: [] })),
    }),
    ...topics.map((topic) =>
      feedOf({
        path: topic.url,
        title: topic.label,
        homeUrl: topic.url,
        entries: topic.articles.map((summary) => ({
          article: articleView(summary.slug),
          quotes: [],
        })),
      }),
    ),
    ...speakers.map((speaker) => {
      /** @type {Map<string, QuoteView[]>} */
      const bySlug = new Map()
      for (const quote of speaker.quotes) {
        bySlug.set(quote.article.slug, [...(bySlug.get(quote.article.slug) ?? []), quote])
      }
      return feedOf({
        path: speaker.url,
        title: speaker.name,
        homeUrl: speaker.url,
        entries: [...bySlug].map(([slug, quotes]) => ({ article: articleView(slug), quotes })),
      })
    }),
  ]

  const byArticles = [...topics].sort(
    (a, b) => b.articleCount - a.articleCount || collator.compare(a.label, b.label),
  )
  const byQuotes = [...speakers].sort(
    (a, b) => b.quoteCount - a.quoteCount || collator.compare(a.name, b.name),
  )
  return {
    articles,
    speakers,
    topics,
    unnamed,
    articleIndexPages,
    topicIndexPages,
    speakerIndexPages,
    speakerPages,
    topicPages,
    unnamedPages,
    feeds,
    home: {
      latest: articles.slice(0, 8).map((article) => summaryOf(article.slug)),
      topics: byArticles.slice(0, 12),
      speakers: byQuotes.slice(0, 10),
    },
    counts: {
      articles: articles.length,
      speakers: speakers.length,
      topics: topics.length,
      quotes: articleData.reduce((sum, article) => sum + article.quotes.length, 0),
      unnamedQuotes: unnamed.length,
    },
    api: {
      articles: articleData,
      articleList: articleData.map((article) => ({
        slug: article.slug,
        title: article.title,
        publishedAt: article.publishedAt,
        url: articleUrl(article.slug),
        data: articleApiUrl(article.slug),
      })),
      speakers: data.speakers,
      topics: data.topics,
      report: data.report,
    },
  }
}

/** @typedef {ReturnType<typeof buildSiteModel>} SiteModel */

/** @param {ArticleData} article @returns {ArticleSummary} */
function summarize(article) {
  const firstParagraph = article.blocks.find((block) => block.type === 'paragraph')?.text ?? ''
  return {
    slug: article.slug,
    url: articleUrl(article.slug),
    title: article.title,
    dek: article.dek,
    summary: article.dek ?? truncate(firstParagraph, 220),
    publisher: article.publisher,
    byline: article.byline,
    publishedAt: article.publishedAt,
    date: readableDate(article.publishedAt),
    day: isoDay(article.publishedAt),
    readTimeMinutes: article.readTimeMinutes,
  }
}

/**
 * Ids of the named speakers quoted in an article that have a speaker page.
 *
 * @param {ArticleData} article
 * @param {Map<string, SpeakerEntry>} speakerById
 */
function namedSpeakerIds(article, speakerById) {
  return [
    ...new Set(
      article.speakers
        .filter((speaker) => speaker.kind === 'person' || speaker.kind === 'organization')
        .map((speaker) => speaker.id)
        .filter((id) => speakerById.has(id)),
    ),
  ]
}

/**
 * Who a highlighted quote is by, and where that link goes: a speaker page for named speakers,
 * the unnamed-sources listing for anonymous ones, nowhere for unattributed quotes.
 *
 * @param {ArticleData} article
 * @param {QuoteData} quote
 * @param {Map<string, import('@newsroom/schema').Speaker>} speakersInArticle
 * @param {(id: string) => SpeakerLink | null} speakerLink
 * @param {Map<string, string>} unnamedQuoteUrl
 * @returns {QuoteMark['attribution']}
 */
function attributionOf(article, quote, speakersInArticle, speakerLink, unnamedQuoteUrl) {
  const ref = quote.speaker
  if (!ref) return null
  if (ref.kind === 'anonymous' || ref.kind === 'group') {
    const speaker = speakersInArticle.get(ref.id)
    return {
      name: speaker?.description ?? ref.name,
      url: unnamedQuoteUrl.get(`${article.slug}#${quote.id}`) ?? null,
      description: 'Quote from an unnamed source:',
    }
  }
  const link = speakerLink(ref.id)
  return {
    name: link?.name ?? ref.name,
    url: link?.url ?? null,
    description: 'Quote by',
  }
}

/**
 * The context sentences of every span of a quote (at most three spans).
 *
 * @param {ArticleData} article
 * @param {QuoteData} quote
 * @returns {ContextPiece[]}
 */
function contextOf(article, quote) {
  /** @type {ContextPiece[]} */
  const pieces = []
  for (const span of quote.spans.slice(0, 3)) {
    const block = article.blocks.find((candidate) => candidate.id === span.blockId)
    if (!block) continue
    if (pieces.length > 0) pieces.push({ text: ' … ', quote: false })
    pieces.push(...quoteContext(block.text, span.start, span.end))
  }
  return pieces.length > 0 ? pieces : [{ text: quote.text, quote: true }]
}

/**
 * The A–Z listing of speakers, paginated, each page grouped by initial, with a letter
 * navigation that points at the page where each letter starts.
 *
 * @template {{ letter: string }} S
 * @param {S[]} speakers sorted by name
 */
function speakerIndex(speakers) {
  const pages = paginate(speakers, PAGE_SIZES.speakers, speakersIndexUrl)
  /** @type {{ letter: string, url: string }[]} */
  const letters = []
  for (const page of pages) {
    for (const speaker of page.items) {
      if (!letters.some((entry) => entry.letter === speaker.letter)) {
        letters.push({
          letter: speaker.letter,
          url: `${page.url}#letter-${letterId(speaker.letter)}`,
        })
      }
    }
  }
  return pages.map((page) => {
    /** @type {{ letter: string, id: string, speakers: S[] }[]} */
    const groups = []
    for (const speaker of page.items) {
      const last = groups.at(-1)
      if (last && last.letter === speaker.letter) last.speakers.push(speaker)
      else
        groups.push({
          letter: speaker.letter,
          id: `letter-${letterId(speaker.letter)}`,
          speakers: [speaker],
        })
    }
    return { ...page, groups, letters }
  })
}

/** @param {string} letter */
function letterId(letter) {
  return letter === '#' ? 'other' : letter.toLowerCase()
}

/**
 * The letter a name is filed under: its first letter without accents, or `#`.
 *
 * @param {string} name
 */
function initialOf(name) {
  const letter = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase()
  return letter || '#'
}

/** @param {string} text @param {number} length */
function truncate(text, length) {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/**
 * @typedef {ArticleSummary & { blocks: { id: string, type: 'paragraph' | 'heading', text: string }[], topics: TopicLink[] }} FeedArticle
 *
 * @typedef {object} FeedEntry
 * @property {FeedArticle} article
 * @property {QuoteView[]} quotes quotes to show first (a speaker's feed)
 */

/**
 * @param {{ path: string, title: string | null, homeUrl: string, entries: FeedEntry[] }} feed
 */
function feedOf(feed) {
  const entries = feed.entries.slice(0, PAGE_SIZES.feedEntries)
  const newest = entries.map((entry) => entry.article.publishedAt).filter((date) => date !== null)
  newest.sort((a, b) => compareNewestFirst(a, b))
  return {
    atomUrl: `${feed.path}feed.xml`,
    jsonUrl: `${feed.path}feed.json`,
    title: feed.title,
    homeUrl: feed.homeUrl,
    // Atom needs an `updated` date: the newest article's, or the epoch when none is dated.
    updated: newest[0] ?? '1970-01-01T00:00:00Z',
    entries,
  }
}
