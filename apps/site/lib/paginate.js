/**
 * @template T
 * @typedef {object} PageChunk
 *   One page of a paginated list.
 * @property {T[]} items
 * @property {number} number 1-based page number
 * @property {number | null} total number of pages, on the first page only: a later page shows
 *   only what changes with its own items (and its neighbours' URLs), so that a list growing by
 *   a page leaves its other pages as they are
 * @property {string} url this page's URL
 * @property {string | null} previousUrl
 * @property {string | null} nextUrl
 * @property {PageLink[]} links numbered links to show: the first and two either side, and the
 *   last on the first page
 */

/**
 * @typedef {{ number: number, url: string, current: boolean } | { gap: true }} PageLink
 */

/**
 * URL of page `number` of a list whose first page is `baseUrl` (`/topics/x/`, then
 * `/topics/x/page/2/`).
 *
 * @param {string} baseUrl ends with `/`
 * @param {number} number
 */
export function pageUrl(baseUrl, number) {
  return number === 1 ? baseUrl : `${baseUrl}page/${number}/`
}

/**
 * Split a list into pages. An empty list still has one (empty) page, so every index URL exists.
 *
 * @template T
 * @param {T[]} items
 * @param {number} size
 * @param {string} baseUrl
 * @returns {PageChunk<T>[]}
 */
export function paginate(items, size, baseUrl) {
  const total = Math.max(1, Math.ceil(items.length / size))
  const urls = Array.from({ length: total }, (_, index) => pageUrl(baseUrl, index + 1))
  return urls.map((url, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    total: index === 0 ? total : null,
    url,
    previousUrl: index > 0 ? (urls[index - 1] ?? null) : null,
    nextUrl: urls[index + 1] ?? null,
    // Not every URL: a page of a list of N pages would then weigh N, and the list N².
    links: pageLinks(urls, index + 1),
  }))
}

/**
 * @param {string[]} urls
 * @param {number} current
 * @returns {PageLink[]}
 */
function pageLinks(urls, current) {
  /** @type {PageLink[]} */
  const links = []
  // The numbers shown, in order; only they are looked at, so a long list costs no more.
  const last = urls.length
  const numbers = [
    ...new Set([
      1,
      current - 2,
      current - 1,
      current,
      current + 1,
      current + 2,
      ...(current === 1 ? [last] : []),
    ]),
  ]
    .filter((number) => number >= 1 && number <= last)
    .sort((a, b) => a - b)
  for (const number of numbers) {
    const previous = links.at(-1)
    if (previous && 'number' in previous && number > previous.number + 1) links.push({ gap: true })
    links.push({
      number,
      url: /** @type {string} */ (urls[number - 1]),
      current: number === current,
    })
  }
  return links
}
