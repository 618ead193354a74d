/**
 * `/articles/<slug>/`: one page per article. The page is its layout, `layouts/article.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.articles', size: 1, alias: 'article' },
  permalink: (/** @type {any} */ data) => data.article.url,
  layout: 'layouts/article.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
