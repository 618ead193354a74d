/**
 * Site URLs, in one place so templates, feeds, sitemaps and tests agree. Ids and slugs are
 * validated `Slug`s (lowercase a-z, 0-9, single hyphens), so they are safe path segments.
 */

/** @param {string} slug */
export const articleUrl = (slug) => `/articles/${slug}/`
/** @param {string} id */
export const speakerUrl = (id) => `/speakers/${id}/`
/** @param {string} id */
export const topicUrl = (id) => `/topics/${id}/`
/** @param {string} slug */
export const articleApiUrl = (slug) => `/api/articles/${slug}.json`
/** @param {string} stem a file stem of `lib/open-data-schemas.js` (`article`, `speakers`…) */
export const schemaApiUrl = (stem) => `/api/schemas/${stem}.schema.json`

export const articlesIndexUrl = '/articles/'
export const speakersIndexUrl = '/speakers/'
export const topicsIndexUrl = '/topics/'
export const unnamedSourcesUrl = '/sources/unnamed/'
export const searchUrl = '/search/'
