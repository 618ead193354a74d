/**
 * `/topics/<id>/` and its `page/<n>/`: a topic and its articles. The page is its layout, `layouts/topic.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.topicPages', size: 1, alias: 'entry' },
  permalink: (/** @type {any} */ data) => data.entry.page.url,
  layout: 'layouts/topic.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
