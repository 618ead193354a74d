import { robotsTxt } from '../lib/robots-txt.js'

/** `/robots.txt`, plain text: a JavaScript template, which escapes nothing as HTML. */
export const data = {
  pagination: { data: 'newsroom.singleton', size: 1, alias: 'once' },
  permalink: '/robots.txt',
  eleventyExcludeFromCollections: true,
}

/** @param {{ site: { url: string } }} data */
export function render({ site }) {
  return robotsTxt(site.url)
}
