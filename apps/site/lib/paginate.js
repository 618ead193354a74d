/**
 * @template T
 * @typedef {object} PageChunk
 *   One page of a paginated list.
 * @property {T[]} items
 * @property {boolean} first whether it is the list's first page (at the list's own URL): the
 *   page that shows what changes with every item, such as counts
 * @property {number} number 1-based page number; on a list kept newest first
 *   (`paginateNewestFirst`) counted from the oldest page, the first page coming after the last
 *   numbered one
 * @property {number | null} total number of pages, on the first page only: a later page shows
 *   only what changes with its own items (and its neighbours' URLs), so that a list growing by
 *   a page leaves its other pages as they are
 * @property {string} url this page's URL
 * @property {string | null} previousUrl
 * @property {string | null} nextUrl
 * @property {PageLink[]} links numbered links to show: the first and two either side, and the
 *   last on the first page
 * @property {boolean} newestFirst whether the list is kept newest first: its pages then link to
 *   the newer and the older one
 */

/**
 * @typedef {{ number: number | null, url: string, current: boolean } | { gap: true }} PageLink
 *   `number` null for the first page of a list kept newest first, which has no number
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
    first: index === 0,
    newestFirst: false,
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
    if (previous && 'number' in previous && number > (previous.number ?? 0) + 1)
      links.push({ gap: true })
    links.push({
      number,
      url: /** @type {string} */ (urls[number - 1]),
      current: number === current,
    })
  }
  return links
}

/**
 * How many numbered pages a list kept newest first has besides its first page (see
 * `paginateNewestFirst`): every full page of its oldest items but the newest full one.
 *
 * @param {number} length items in the list
 * @param {number} size
 */
export function archivedPageCount(length, size) {
  return Math.max(0, Math.floor(length / size) - 1)
}

/**
 * URL of the page at `index` (0 the first page) of a list kept newest first of `length` items.
 *
 * @param {string} baseUrl ends with `/`
 * @param {number} index
 * @param {number} length
 * @param {number} size
 */
export function newestFirstPageUrl(baseUrl, index, length, size) {
  return index === 0 ? baseUrl : `${baseUrl}page/${archivedPageCount(length, size) - index + 1}/`
}

/**
 * Split a list kept newest first (articles, quotes) into pages that stay as they are when the
 * list grows at its newest end. The pages are numbered from the oldest: page 1 holds the `size`
 * oldest items, page 2 the next, and so on; the first page, at the list's own URL, holds the
 * newest: every item no numbered page holds, `size` of them up to `2 × size - 1` (a full page
 * and what does not make one yet). A new item then changes only the first page, and once every
 * `size` items the full page it leaves there becomes a new numbered page (and the three below it
 * change their links): page 7 of a topic shows the same articles, and the same links, next year, and a
 * link to it stays valid. Numbering from the newest would move every item of every page by one
 * with each new article. An item inserted among older ones (an article dated in the past, or
 * undated, which sorts last) still moves the items above it.
 *
 * Returned in reading order: the first page, then the numbered pages from the newest to page 1.
 *
 * @template T
 * @param {T[]} items newest first
 * @param {number} size
 * @param {string} baseUrl
 * @returns {PageChunk<T>[]}
 */
export function paginateNewestFirst(items, size, baseUrl) {
  const archived = archivedPageCount(items.length, size)
  const firstLength = items.length - archived * size
  const urls = Array.from({ length: archived + 1 }, (_, index) =>
    newestFirstPageUrl(baseUrl, index, items.length, size),
  )
  return urls.map((url, index) => {
    const start = index === 0 ? 0 : firstLength + (index - 1) * size
    return {
      items: items.slice(start, index === 0 ? firstLength : start + size),
      first: index === 0,
      newestFirst: true,
      number: archived - index + 1,
      total: index === 0 ? archived + 1 : null,
      url,
      previousUrl: index > 0 ? (urls[index - 1] ?? null) : null,
      nextUrl: urls[index + 1] ?? null,
      links: newestFirstLinks(urls, index),
    }
  })
}

/**
 * The links of the page at `index` of a list kept newest first: the first page, the two either
 * side and page 1 (the oldest), which are all there is to know of the list's length on a
 * numbered page: its links change only while it is among the newest three.
 *
 * @param {string[]} urls in reading order
 * @param {number} current
 * @returns {PageLink[]}
 */
function newestFirstLinks(urls, current) {
  /** @type {PageLink[]} */
  const links = []
  const last = urls.length - 1
  const indexes = [
    ...new Set([0, current - 2, current - 1, current, current + 1, current + 2, last]),
  ]
    .filter((index) => index >= 0 && index <= last)
    .sort((a, b) => a - b)
  let previous = -1
  for (const index of indexes) {
    if (previous >= 0 && index > previous + 1) links.push({ gap: true })
    links.push({
      number: index === 0 ? null : last - index + 1,
      url: /** @type {string} */ (urls[index]),
      current: index === current,
    })
    previous = index
  }
  return links
}
