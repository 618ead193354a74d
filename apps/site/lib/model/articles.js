import { safeExternalUrl } from '../safe-url.js'
import { articleApiUrl, speakerUrl } from '../urls.js'
import { compareNames } from './order.js'
import { articleQuoteView } from './quotes.js'
import { unnamedQuoteKey } from './unnamed-sources.js'

/**
 * @typedef {import('../load-data.js').SiteArticle} ArticleData
 * @typedef {import('@newsroom/schema').Quote} QuoteData
 * @typedef {import('@newsroom/schema').Speaker} ArticleSpeaker
 * @typedef {import('@newsroom/schema').Entity} Entity
 * @typedef {import('../highlight.js').QuoteMark} QuoteMark
 * @typedef {import('./records.js').ArticleRecord} ArticleRecord
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 *
 * @typedef {object} ArticleLinks
 *   Where an article links to, worked out from the whole site.
 * @property {(slug: string) => ArticleSummary[]} related see `relatedArticles`
 * @property {Map<string, string>} unnamedQuoteUrls where unnamed quotes are listed
 *   (see `buildUnnamedSources`)
 */

/**
 * An article page (`/articles/<slug>/`): blocks with their quote marks, quotes, speakers,
 * topics, tags, entities and related articles.
 *
 * @param {ArticleData} article the whole article
 * @param {SiteLookup} lookup
 * @param {ArticleLinks} links
 */
export function buildArticleView(article, lookup, links) {
  const record = lookup.article(article.slug)
  if (!record) throw new Error(`No article \`${article.slug}\` (checked by loadSiteData)`)
  return {
    ...record.summary,
    dateline: article.dateline?.text ?? null,
    sourceUrl: safeExternalUrl(article.url),
    image: safeExternalUrl(article.image),
    authors: article.authors,
    language: article.language ?? 'en',
    wordCount: article.wordCount,
    apiUrl: articleApiUrl(article.slug),
    blocks: markedBlocks(article, lookup, links.unnamedQuoteUrls),
    quotes: [...record.quotes.values()].map((quote) => articleQuoteView(record, quote, lookup)),
    speakers: namedSpeakers(article, lookup),
    unnamedSpeakers: unnamedSpeakers(article, links.unnamedQuoteUrls),
    topics: article.topics.flatMap((topic) => lookup.topicLink(topic.id) ?? []),
    topicLabels: article.topics.map((topic) => topic.label),
    // The article's own tags (front matter, `article:tag`): shown as they are, linked nowhere.
    tags: article.tags,
    entities: {
      people: entityLinks(article.entities.people, lookup),
      organizations: entityLinks(article.entities.organizations, lookup),
      places: entityLinks(article.entities.places, lookup),
    },
    keyphrases: article.keyphrases.map((keyphrase) => keyphrase.text),
    related: links.related(article.slug),
  }
}

/** @typedef {ReturnType<typeof buildArticleView>} ArticleView */

/**
 * The article's blocks, each with the marks of the quote spans in it.
 *
 * @param {ArticleData} article
 * @param {SiteLookup} lookup
 * @param {Map<string, string>} unnamedQuoteUrls
 */
function markedBlocks(article, lookup, unnamedQuoteUrls) {
  const speakersInArticle = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  /** @type {Map<string, QuoteMark[]>} */
  const marksByBlock = new Map()
  for (const quote of article.quotes) {
    const attribution = attributionOf(article, quote, {
      speakersInArticle,
      speakerLink: lookup.speakerLink,
      unnamedQuoteUrls,
    })
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
  return article.blocks.map((block) => ({ ...block, marks: marksByBlock.get(block.id) ?? [] }))
}

/**
 * Who a highlighted quote is by, and where that link goes: a speaker page for named speakers,
 * the unnamed-sources listing for anonymous ones. A quote the pipeline gives no speaker it is
 * sure enough of says so ("speaker unclear"), linked nowhere: without a label it read as a
 * quotation of whoever the sentence names, the guess the pipeline declined to publish.
 *
 * @param {ArticleData} article
 * @param {QuoteData} quote
 * @param {{ speakersInArticle: Map<string, ArticleSpeaker>, speakerLink: SiteLookup['speakerLink'], unnamedQuoteUrls: Map<string, string> }} context
 * @returns {QuoteMark['attribution']}
 */
export function attributionOf(article, quote, context) {
  const ref = quote.speaker
  // Only for words someone is shown saying (a cue, a mention or a guess): a title or a word in
  // scare quotes (`a process called "exfiltration."`) is said by no one, and the label would read
  // as if someone unknown had said it.
  if (!ref) return quote.cue || quote.mention || quote.candidate ? unclearSpeaker : null
  if (ref.kind === 'anonymous' || ref.kind === 'group') {
    const speaker = context.speakersInArticle.get(ref.id)
    return {
      name: speaker?.description ?? ref.name,
      url: context.unnamedQuoteUrls.get(unnamedQuoteKey(article.slug, quote.id)) ?? null,
      description: 'Quote from an unnamed source:',
    }
  }
  const link = context.speakerLink(ref.id)
  return {
    name: link?.name ?? ref.name,
    url: link?.url ?? null,
    description: 'Quote by',
  }
}

/** The attribution of a quote without a published speaker. */
const unclearSpeaker = Object.freeze({ name: 'speaker unclear', url: null, description: 'Quote,' })

/**
 * The people and organizations quoted, most quoted first, linked when they have a page.
 *
 * @param {ArticleData} article
 * @param {SiteLookup} lookup
 */
function namedSpeakers(article, lookup) {
  return article.speakers
    .filter((speaker) => speaker.kind === 'person' || speaker.kind === 'organization')
    .map((speaker) => ({
      name: speaker.name,
      kind: speaker.kind,
      roles: speaker.roles,
      quoteCount: speaker.quoteCount,
      url: lookup.hasSpeakerPage(speaker.id) ? speakerUrl(speaker.id) : null,
    }))
    .sort((a, b) => b.quoteCount - a.quoteCount || compareNames(a.name, b.name))
}

/**
 * The anonymous and group sources, in the article's order, each linked to its first quote on
 * the unnamed-sources listing.
 *
 * @param {ArticleData} article
 * @param {Map<string, string>} unnamedQuoteUrls
 */
function unnamedSpeakers(article, unnamedQuoteUrls) {
  return article.speakers
    .filter((speaker) => speaker.kind === 'anonymous' || speaker.kind === 'group')
    .map((speaker) => {
      const firstQuote = article.quotes.find((quote) => quote.speaker?.id === speaker.id)
      return {
        description: speaker.description ?? speaker.name,
        kind: speaker.kind,
        quoteCount: speaker.quoteCount,
        url: firstQuote
          ? (unnamedQuoteUrls.get(unnamedQuoteKey(article.slug, firstQuote.id)) ?? null)
          : null,
      }
    })
}

/**
 * Entities mentioned, linked to a speaker page when the entity is a quoted speaker.
 *
 * @param {Entity[]} entities
 * @param {SiteLookup} lookup
 */
function entityLinks(entities, lookup) {
  return entities.map((entity) => ({
    name: entity.name,
    url: lookup.hasSpeakerPage(entity.id) ? speakerUrl(entity.id) : null,
  }))
}
