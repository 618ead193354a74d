/**
 * `/sources/unnamed/` and its `page/<n>/`: quotes by unnamed sources. The page is its layout, `layouts/unnamed-sources.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.unnamedPages', size: 1, alias: 'pager' },
  permalink: (/** @type {any} */ data) => data.pager.url,
  layout: 'layouts/unnamed-sources.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
