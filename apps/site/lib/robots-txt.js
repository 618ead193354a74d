/**
 * `robots.txt`: plain text, not HTML, so nothing in it is escaped as markup. Its URLs are
 * percent-encoded instead, which keeps each on its line whatever the site's path holds.
 */

/**
 * Characters a URL path holds as they are (RFC 3986: unreserved, sub-delimiters, `:`, `@`, `/`,
 * and `%` when it starts an escape). The URL parser already escapes spaces, quotes, `#` and `?`
 * in `NEWSROOM_SITE_URL`, not `|`, `^`, `[`, `]` or `` ` ``.
 */
const pathCharacters = /%(?![\dA-Fa-f]{2})|[^\w\-.~!$&'()*+,;=:@/%]/g

/**
 * In a rule, `*` stands for any characters and `$` for the end of the URL (RFC 9309 §2.2.3): a
 * path that holds them literally is written with them escaped.
 */
const rulePathCharacters = /%(?![\dA-Fa-f]{2})|[^\w\-.~!&'()+,;=:@/%]/g

/**
 * The text of `robots.txt` for a site at `siteUrl`: search results (`pagefind/`) are not for
 * crawlers, and the sitemap is named. Crawlers read only the `robots.txt` at the root of a
 * host, so a site published under a path has these lines copied into its domain's own.
 *
 * @param {string} siteUrl the public site URL (`siteUrlFrom`): an origin and a path
 * @returns {string}
 */
export function robotsTxt(siteUrl) {
  const { origin, pathname } = new URL(siteUrl)
  const path = pathname.replace(/\/+$/, '')
  return [
    'User-agent: *',
    'Allow: /',
    `Disallow: ${percentEncode(path, rulePathCharacters)}/pagefind/`,
    '',
    `Sitemap: ${origin}${percentEncode(path, pathCharacters)}/sitemap.xml`,
    '',
  ].join('\n')
}

/**
 * @param {string} text
 * @param {RegExp} outside the characters to escape
 */
function percentEncode(text, outside) {
  return text.replace(outside, (character) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  )
}
