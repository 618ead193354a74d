/**
 * `/api/articles.json`: the list of articles with their pages and data files. The data files
 * themselves are the processed JSON, copied as they are (see eleventy.config.js).
 */
export const data = {
  pagination: { data: 'newsroom.singleton', size: 1, alias: 'once' },
  permalink: '/api/articles.json',
  eleventyExcludeFromCollections: true,
}

/** @param {{ newsroom: import('../../lib/site-model.js').SiteModel }} data */
export function render({ newsroom }) {
  return `${JSON.stringify({ articles: newsroom.api.articleList }, null, 2)}\n`
}
