import { paginateNewestFirst } from '../paginate.js'
import { unnamedSourcesUrl } from '../urls.js'
import { PAGE_SIZES } from './page-sizes.js'
import { quoteView } from './quotes.js'

/**
 * @typedef {import('@newsroom/schema').SpeakerIndex['anonymous'][number]} UnnamedQuoteRef
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./quotes.js').QuoteView} QuoteView
 *
 * @typedef {object} UnnamedSource
 * @property {string} description how the article describes the source (`an aide`)
 * @property {UnnamedQuoteRef['kind']} kind
 * @property {QuoteView} quote
 */

/**
 * The unnamed-sources listing (`/sources/unnamed/`): anonymous and group quotes, newest article
 * first, each kept with its article and never merged into an identity.
 *
 * @param {UnnamedQuoteRef[]} refs `speakers.json` → `anonymous`
 * @param {SiteLookup} lookup
 */
export function buildUnnamedSources(refs, lookup) {
  /** @type {UnnamedSource[]} */
  const items = refs
    .map((ref) => {
      const { article, quote } = lookup.quote(ref)
      return {
        description: ref.description,
        kind: ref.kind,
        quote: quoteView(article, quote, lookup),
      }
    })
    .sort((a, b) => lookup.order(a.quote.article.slug) - lookup.order(b.quote.article.slug))
  const pages = paginateNewestFirst(items, PAGE_SIZES.unnamed, unnamedSourcesUrl)
  return { items, pages, quoteUrls: unnamedQuoteUrls(pages) }
}

/**
 * Where each unnamed quote is listed, so its article can link there.
 *
 * @param {import('../paginate.js').PageChunk<UnnamedSource>[]} pages
 * @returns {Map<string, string>} `unnamedQuoteKey(slug, quoteId)` → page URL with the quote's fragment
 */
function unnamedQuoteUrls(pages) {
  /** @type {Map<string, string>} */
  const urls = new Map()
  for (const page of pages) {
    for (const { quote } of page.items) {
      urls.set(unnamedQuoteKey(quote.article.slug, quote.id), `${page.url}#${quote.anchor}`)
    }
  }
  return urls
}

/** @param {string} slug @param {string} quoteId */
export const unnamedQuoteKey = (slug, quoteId) => `${slug}#${quoteId}`
