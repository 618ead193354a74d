/**
 * `/articles/` and its `page/<n>/`: every article, newest first. The page is its layout, `layouts/article-index.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.articleIndexPages', size: 1, alias: 'pager' },
  permalink: (/** @type {any} */ data) => data.pager.url,
  layout: 'layouts/article-index.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
