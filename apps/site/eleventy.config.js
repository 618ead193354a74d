import path from 'node:path'
import { HtmlBasePlugin } from '@11ty/eleventy'
import { rssPlugin } from '@11ty/eleventy-plugin-rss'
import filtersPlugin from './_config/filters.js'
import shortcodesPlugin from './_config/shortcodes.js'
import { shardFrom } from './lib/model/shards.js'
import { publishedSchemas } from './lib/open-data-schemas.js'
import { providedModel } from './lib/site-loader.js'
import { DEFAULT_DATA_DIR, sitePathOf, siteUrlFrom } from './lib/site-settings.js'

/** The path the site is published under (`/newsroom`), or empty: see `NEWSROOM_SITE_URL`. */
const sitePath = sitePathOf(siteUrlFrom(process.env.NEWSROOM_SITE_URL))

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  const dataDir = path.resolve(import.meta.dirname, process.env.NEWSROOM_DATA ?? DEFAULT_DATA_DIR)
  const firstShard = shardFrom(process.env.NEWSROOM_SHARD).index === 0

  // Article strings are data: Nunjucks escapes every value it prints.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })

  // Feed filters (absoluteUrl, dateToRfc3339, …) from the official RSS plugin.
  eleventyConfig.addPlugin(rssPlugin)

  // A site published under a path (`https://example.org/newsroom`): every root-relative URL in the
  // HTML pages (links, styles, scripts, the quote links of article text) gets the path, as a last
  // step over each page. The site's own URLs stay root-relative inside it (`lib/urls.js`), which
  // is what the absolute URLs of feeds, sitemap and JSON-LD are made from (after `site.url`). At
  // the root of a domain nothing is done: the pages are written as they are.
  if (sitePath) eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: `${sitePath}/` })

  // Local filters and the shortcodes that build escaped HTML.
  eleventyConfig.addPlugin(filtersPlugin)
  eleventyConfig.addPlugin(shortcodesPlugin)

  // Styles, search script and icons, and the open data (the processed JSON, validated by
  // _data/newsroom.js before any page is built, and the JSON Schemas it follows), copied as they
  // are, once per site. `pnpm build` copies them itself, only where they changed (it hands
  // Eleventy its model).
  if (firstShard && !providedModel()) {
    eleventyConfig.addPassthroughCopy({ 'public/': '/' })
    eleventyConfig.addPassthroughCopy({
      [path.join(dataDir, 'articles')]: 'api/articles',
      [path.join(dataDir, 'speakers.json')]: 'api/speakers.json',
      [path.join(dataDir, 'topics.json')]: 'api/topics.json',
      [path.join(dataDir, 'report.json')]: 'api/report.json',
      ...Object.fromEntries(publishedSchemas().map(({ from, to }) => [from, to])),
    })
  }

  // Rebuild when the processed data changes during `eleventy --serve`; under `pnpm dev`, also when
  // its stamp file says the data was replaced (a watcher can lose a folder swapped by rename).
  eleventyConfig.addWatchTarget(dataDir)
  if (process.env.NEWSROOM_DATA_STAMP)
    eleventyConfig.addWatchTarget(process.env.NEWSROOM_DATA_STAMP)

  // A site built for publishing names its public URL, or every canonical link, feed and sitemap
  // points at the placeholder.
  if (firstShard && process.env.ELEVENTY_RUN_MODE === 'build' && !process.env.NEWSROOM_SITE_URL) {
    console.warn(siteUrlWarning)
  }
}

export const siteUrlWarning =
  '[newsroom] warning: NEWSROOM_SITE_URL is not set, so canonical links, feeds, the sitemap and JSON-LD point at https://newsroom.example. Set it to the public URL of the site (NEWSROOM_SITE_URL=https://news.example.org pnpm build).'

export const config = {
  templateFormats: ['njk', '11ty.js'],
  // Where `eleventy --serve` (`pnpm dev`) serves the site, as it is published.
  pathPrefix: `${sitePath}/`,
  dir: {
    input: 'pages',
    includes: '../_includes',
    data: '../_data',
    output: '_site',
  },
}
