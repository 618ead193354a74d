/**
 * `/topics/` and its `page/<n>/`: topics A–Z. The page is its layout, `layouts/topic-index.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.topicIndexPages', size: 1, alias: 'pager' },
  permalink: (/** @type {any} */ data) => data.pager.url,
  layout: 'layouts/topic-index.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
