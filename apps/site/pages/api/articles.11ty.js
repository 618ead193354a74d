/** `/api/articles/<slug>.json`: each processed article, exactly as validated. */
export const data = {
  pagination: { data: 'newsroom.api.articles', size: 1, alias: 'article' },
  permalink: (/** @type {any} */ data) => `/api/articles/${data.article.slug}.json`,
  eleventyExcludeFromCollections: true,
}

/** @param {{ article: import('@newsroom/schema').Article }} data */
export function render({ article }) {
  return `${JSON.stringify(article, null, 2)}\n`
}
