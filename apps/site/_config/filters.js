import { feedEntryHtml } from '../lib/feed-html.js'
import { articleJsonLd, speakerJsonLd, websiteJsonLd } from '../lib/json-ld.js'

/**
 * Filters: values in, values out. Their output goes through Nunjucks' autoescape like any other
 * value, so none of them returns markup meant to be rendered as HTML.
 *
 * @param {import('@11ty/eleventy').UserConfig} eleventyConfig
 */
export default function filtersPlugin(eleventyConfig) {
  // "1 quote", "3 quotes".
  eleventyConfig.addFilter(
    'plural',
    (
      /** @type {number} */ count,
      /** @type {string} */ singular,
      /** @type {string} */ pluralForm,
    ) => `${count} ${count === 1 ? singular : (pluralForm ?? `${singular}s`)}`,
  )

  // A site URL (`/articles/a/`) as an absolute URL under the public site URL, path included
  // (`https://example.org/newsroom/articles/a/`; the RSS plugin's `absoluteUrl` drops the path).
  eleventyConfig.addFilter(
    'siteUrl',
    (/** @type {string} */ url, /** @type {string} */ siteUrl) => `${siteUrl}${url}`,
  )

  // First `n` items of a list.
  eleventyConfig.addFilter('head', (/** @type {unknown[]} */ list, /** @type {number} */ n) =>
    Array.isArray(list) ? list.slice(0, n) : [],
  )

  // An ISO 8601 string as a Date, for the RSS plugin's `dateToRfc3339`.
  eleventyConfig.addFilter('toDate', (/** @type {string} */ iso) => new Date(iso))

  // JSON-LD objects, serialized by the `jsonLd` shortcode.
  eleventyConfig.addFilter('articleJsonLd', articleJsonLd)
  eleventyConfig.addFilter('speakerJsonLd', speakerJsonLd)
  eleventyConfig.addFilter('websiteJsonLd', websiteJsonLd)

  // Escaped HTML of a feed entry: in Atom `type="html"` content it is escaped once more as text.
  eleventyConfig.addFilter('feedEntryHtml', feedEntryHtml)
}
