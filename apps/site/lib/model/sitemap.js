/** URLs a sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000

/**
 * @typedef {object} SitemapFile
 * @property {string} url where it is published
 * @property {string[]} urls pages it lists (none in a sitemap index)
 * @property {string[]} sitemaps sitemaps it points at (only in a sitemap index)
 */

/**
 * The sitemap: one `/sitemap.xml` listing every page while they fit in one file, else a
 * sitemap index at `/sitemap.xml` pointing at `/sitemaps/<n>.xml`.
 *
 * @param {string[]} urls every page worth indexing, as site paths
 * @param {number} [limit]
 * @returns {SitemapFile[]} the files, `/sitemap.xml` first
 */
export function sitemapFiles(urls, limit = SITEMAP_LIMIT) {
  if (urls.length <= limit) return [{ url: '/sitemap.xml', urls, sitemaps: [] }]
  /** @type {SitemapFile[]} */
  const parts = []
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({
      url: `/sitemaps/${parts.length + 1}.xml`,
      urls: urls.slice(start, start + limit),
      sitemaps: [],
    })
  }
  return [{ url: '/sitemap.xml', urls: [], sitemaps: parts.map((part) => part.url) }, ...parts]
}
