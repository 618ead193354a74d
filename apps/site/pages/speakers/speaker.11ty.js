/**
 * `/speakers/<id>/` and its `page/<n>/`: a speaker and their quotes. The page is its layout, `layouts/speaker.njk`; this
 * entry only names the list to paginate and where each page goes.
 */
export const data = {
  pagination: { data: 'newsroom.speakerPages', size: 1, alias: 'entry' },
  permalink: (/** @type {any} */ data) => data.entry.page.url,
  layout: 'layouts/speaker.njk',
  eleventyExcludeFromCollections: true,
}

export const render = () => ''
