/**
 * `/speakers/` and its `page/<n>/`: named speakers A–Z. The page is its layout, `layouts/speaker-index.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.speakerIndexPages', size: 1, alias: 'pager' },
  permalink: (/** @type {any} */ data) => data.pager.url,
  layout: 'layouts/speaker-index.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
