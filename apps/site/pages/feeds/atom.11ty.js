/**
 * The Atom feeds of the site, each topic and each speaker. The page is its layout, `layouts/atom.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.feeds', size: 1, alias: 'feed' },
  permalink: (/** @type {any} */ data) => data.feed.atomUrl,
  layout: 'layouts/atom.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
