/**
 * `/api/articles.json`: the list of articles with their pages and data files. The data files
 * themselves are the processed JSON, copied as they are (see eleventy.config.js).
 */
export const data = {
  pagination: { data: 'newsroom.singleton', size: 1, alias: 'once' },
  permalink: '/api/articles.json',
  eleventyExcludeFromCollections: true,
}

/**
 * @param {{
 *   newsroom: import('../../lib/site-model.js').SiteModel,
 *   site: { path: string },
 * }} data
 */
export function render({ newsroom, site }) {
  // The links under the path the site is published at, as everywhere in it.
  const articles = site.path
    ? newsroom.api.articleList.map((entry) => ({
        ...entry,
        url: `${site.path}${entry.url}`,
        data: `${site.path}${entry.data}`,
      }))
    : newsroom.api.articleList
  return `${JSON.stringify({ articles }, null, 2)}\n`
}
