/**
 * Site-wide settings read from the environment:
 * - `NEWSROOM_SITE_URL`: the public origin (and optional path) canonical links, feeds, the
 *   sitemap and JSON-LD use. Default `https://newsroom.example`.
 * - `NEWSROOM_DATA`: the folder `newsroom process --out` wrote, relative to `apps/site`.
 *   Default `.newsroom`.
 */

export const DEFAULT_SITE_URL = 'https://newsroom.example'
export const DEFAULT_DATA_DIR = '.newsroom'

/**
 * The public site URL without a trailing slash, and with one slash between the names of its path
 * (`https://example.org//newsroom` is `https://example.org/newsroom`): the path starts every URL
 * inside the site, and `//newsroom/…` would be a URL of the host `newsroom`.
 *
 * @param {string | undefined} value
 * @returns {string}
 */
export function siteUrlFrom(value) {
  const raw = value?.trim() || DEFAULT_SITE_URL
  /** @type {URL} */
  let url
  try {
    url = new URL(raw)
  } catch (cause) {
    throw new TypeError(
      `Expected \`NEWSROOM_SITE_URL\` to be an absolute URL, not ${JSON.stringify(raw)}`,
      { cause },
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Expected \`NEWSROOM_SITE_URL\` to use http or https, not ${url.protocol}`)
  }
  // Every absolute URL of the site is this one followed by a site URL (`…/feed.xml`): a query or
  // fragment would end up inside each of them, and a user name or password would be published.
  if (url.username || url.password) {
    throw new TypeError(
      `Expected \`NEWSROOM_SITE_URL\` to hold no user name or password (user:password@), in ${url.protocol}//…@${url.host}${url.pathname}`,
    )
  }
  if (/[?#]/.test(url.href)) {
    throw new TypeError(
      `Expected \`NEWSROOM_SITE_URL\` to be an origin and a path, without a query (?…) or fragment (#…), not ${JSON.stringify(url.href)}`,
    )
  }
  url.pathname = url.pathname.replace(/\/{2,}/g, '/')
  return url.href.replace(/\/+$/, '')
}

/**
 * The path the site is published under, from its public URL: `/newsroom` for
 * `https://example.org/newsroom`, empty at the root of its domain. Every link inside the site
 * starts with it.
 *
 * @param {string} siteUrl the public site URL (`siteUrlFrom`)
 * @returns {string}
 */
export function sitePathOf(siteUrl) {
  return new URL(siteUrl).pathname.replace(/\/+$/, '')
}
