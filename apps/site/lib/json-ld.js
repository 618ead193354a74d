/**
 * schema.org JSON-LD for the pages: `NewsArticle` (with its `Quotation`s) on articles,
 * `Person` or `Organization` (with their `Quotation`s) on speaker pages, `WebSite` on the home
 * page. Builders return plain objects; the `jsonLd` shortcode serializes them safely.
 */

/**
 * @typedef {ReturnType<typeof import('./site-model.js').buildSiteModel>} SiteModel
 * @typedef {SiteModel['articles'][number]} ArticleView
 * @typedef {SiteModel['speakers'][number]} SpeakerView
 * @typedef {import('./site-model.js').QuoteView} QuoteView
 */

/** @param {string} siteUrl @param {string} path */
export function absolute(siteUrl, path) {
  return `${siteUrl}${path}`
}

/** Drop `undefined`, `null` and empty arrays, so the output only states what is known. */
function compact(/** @type {Record<string, unknown>} */ object) {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  )
}

/**
 * @param {ArticleView} article
 * @param {string} siteUrl
 */
export function articleJsonLd(article, siteUrl) {
  const url = absolute(siteUrl, article.url)
  /** @param {{ name: string, url: string | null }} entity @param {string} type */
  const thing = (entity, type) =>
    compact({
      '@type': type,
      name: entity.name,
      url: entity.url ? absolute(siteUrl, entity.url) : null,
    })
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    datePublished: article.publishedAt,
    inLanguage: article.language,
    wordCount: article.wordCount,
    timeRequired: `PT${article.readTimeMinutes}M`,
    isBasedOn: article.sourceUrl,
    image: article.image ? [article.image] : null,
    author: authorsJsonLd(article),
    publisher: article.publisher ? { '@type': 'Organization', name: article.publisher } : null,
    about: article.topics.map((topic) => ({
      '@type': 'Thing',
      name: topic.label,
      url: absolute(siteUrl, topic.url),
    })),
    mentions: [
      ...article.entities.people.map((entity) => thing(entity, 'Person')),
      ...article.entities.organizations.map((entity) => thing(entity, 'Organization')),
      ...article.entities.places.map((entity) => thing(entity, 'Place')),
    ],
    hasPart: article.quotes.map((quote) => quotationJsonLd({ ...quote, article }, siteUrl, null)),
  })
}

/**
 * The article's authors, each a `Person` or an `Organization` as ingestion typed them; data
 * written before authors were recovered has only the byline, published as one `Person`.
 *
 * @param {Pick<ArticleView, 'authors' | 'byline'>} article
 */
export function authorsJsonLd(article) {
  if (article.authors.length > 0) {
    return article.authors.map((author) => ({
      '@type': author.kind === 'organization' ? 'Organization' : 'Person',
      name: author.name,
    }))
  }
  return article.byline ? [{ '@type': 'Person', name: article.byline }] : null
}

/**
 * @param {SpeakerView} speaker
 * @param {QuoteView[]} quotes the quotes shown on this page
 * @param {string} siteUrl
 */
export function speakerJsonLd(speaker, quotes, siteUrl) {
  const url = absolute(siteUrl, speaker.url)
  const id = `${url}#speaker`
  const jobTitles = [...new Set(speaker.roles.map((role) => role.role))]
  return {
    '@context': 'https://schema.org',
    '@graph': [
      compact({
        '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
        '@id': id,
        name: speaker.name,
        alternateName: speaker.aliases,
        jobTitle: speaker.kind === 'person' ? jobTitles : null,
        description:
          speaker.kind === 'organization' && jobTitles.length > 0 ? jobTitles.join('; ') : null,
        url,
      }),
      ...quotes.map((quote) => quotationJsonLd(quote, siteUrl, id)),
    ],
  }
}

/**
 * @param {Pick<QuoteView, 'displayText' | 'paragraphUrl' | 'speaker' | 'speakerName'> & { article: Pick<QuoteView['article'], 'url' | 'title' | 'publishedAt'> }} quote
 * @param {string} siteUrl
 * @param {string | null} speakerId `@id` of the speaker node when it is on the same page
 */
export function quotationJsonLd(quote, siteUrl, speakerId) {
  const articleUrl = absolute(siteUrl, quote.article.url)
  /** @type {Record<string, unknown> | null} */
  let speaker = null
  if (speakerId) speaker = { '@id': speakerId }
  else if (quote.speaker)
    speaker = { name: quote.speaker.name, url: absolute(siteUrl, quote.speaker.url) }
  else if (quote.speakerName) speaker = { name: quote.speakerName }
  return compact({
    '@type': 'Quotation',
    text: quote.displayText,
    url: absolute(siteUrl, quote.paragraphUrl),
    spokenByCharacter: speaker,
    isPartOf: compact({
      '@type': 'NewsArticle',
      '@id': `${articleUrl}#article`,
      headline: quote.article.title,
      url: articleUrl,
      datePublished: quote.article.publishedAt,
    }),
  })
}

/**
 * @param {{ title: string, description: string, url: string }} site
 */
export function websiteJsonLd(site) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    description: site.description,
    url: `${site.url}/`,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${site.url}/search/?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  }
}
