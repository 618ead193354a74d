import { rssPlugin } from '@11ty/eleventy-plugin-rss'
import filtersPlugin from './_config/filters.js'
import shortcodesPlugin from './_config/shortcodes.js'

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // Article strings are data: Nunjucks escapes every value it prints.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false })

  // Feed filters (absoluteUrl, dateToRfc3339, …) from the official RSS plugin.
  eleventyConfig.addPlugin(rssPlugin)

  // Local filters and the shortcodes that build escaped HTML.
  eleventyConfig.addPlugin(filtersPlugin)
  eleventyConfig.addPlugin(shortcodesPlugin)

  // Styles, search script and icons, copied as they are.
  eleventyConfig.addPassthroughCopy({ 'public/': '/' })

  // Rebuild when the processed data changes during `eleventy --serve`.
  eleventyConfig.addWatchTarget(process.env.NEWSROOM_DATA ?? '.newsroom')

  // Only templates build pages; the README is not one.
  eleventyConfig.ignores.add('README.md')
}

export const config = {
  templateFormats: ['njk', '11ty.js'],
  dir: {
    input: 'pages',
    includes: '../_includes',
    data: '../_data',
    output: '_site',
  },
}
