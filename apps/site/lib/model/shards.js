/**
 * A big site is rendered in shards: Eleventy keeps every page it renders in memory until it
 * writes them all (11ty/eleventy#2368), so 50,000 articles at once would need gigabytes. Each
 * shard renders a contiguous part of the site's pages with a fresh Eleventy, and the pages of
 * all shards together are the site. A shard is `{ index, count }`, `index` from 0; the
 * environment names it `NEWSROOM_SHARD=<index + 1>/<count>`.
 *
 * @typedef {{ index: number, count: number }} Shard
 * @typedef {{ name: string, length: number, weight: number }} PageList
 *   A list Eleventy paginates: how many pages and roughly what each costs to hold in memory.
 */

/** The whole site in one shard. */
export const WHOLE_SITE = Object.freeze({ index: 0, count: 1 })

/**
 * Weight of the pages one shard renders: about 4,000 article pages, a few hundred megabytes of
 * rendered HTML.
 */
export const SHARD_WEIGHT = 16_000

// What a page of each list weighs in memory, roughly: an article page is the heaviest. A feed
// is two files (Atom and JSON Feed): at 10,000 articles, a render thread's heap after a shard of
// 7,475 feeds weighed 1 each was 674 MB, against 210-410 MB after a shard of article, speaker or
// topic pages, and the last shards of a big site are all feeds, rendered two at a time.
export const ARTICLE_WEIGHT = 4
export const LIST_WEIGHT = 2
export const FEED_WEIGHT = 2

/**
 * @param {string | undefined} value `NEWSROOM_SHARD`: `<n>/<count>`, n from 1; unset for the whole site
 * @returns {Shard}
 */
export function shardFrom(value) {
  if (value === undefined || value.trim() === '') return WHOLE_SITE
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const number = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || number < 1 || number > count) {
    throw new TypeError(
      `Expected \`NEWSROOM_SHARD\` to be \`<n>/<count>\` with 1 ≤ n ≤ count, not ${JSON.stringify(value)}`,
    )
  }
  return { index: number - 1, count }
}

/**
 * How many shards the pages need so that none holds more than `budget`.
 *
 * @param {PageList[]} lists
 * @param {number} [budget]
 */
export function shardCount(lists, budget = SHARD_WEIGHT) {
  const total = lists.reduce((sum, list) => sum + list.length * list.weight, 0)
  return Math.max(1, Math.ceil(total / budget))
}

/**
 * The part of each list a shard renders: the lists laid end to end, cut into `count` stretches
 * of equal weight.
 *
 * @param {PageList[]} lists
 * @param {Shard} shard
 * @returns {Map<string, { start: number, end: number }>} by list name, `end` exclusive
 */
export function shardSlices(lists, shard) {
  const total = lists.reduce((sum, list) => sum + list.length * list.weight, 0)
  const from = (total * shard.index) / shard.count
  const to = (total * (shard.index + 1)) / shard.count
  /** @type {Map<string, { start: number, end: number }>} */
  const slices = new Map()
  let offset = 0
  for (const list of lists) {
    const weight = list.length * list.weight
    // A page belongs to the shard its start falls in.
    const index = (/** @type {number} */ at) =>
      Math.min(list.length, Math.max(0, Math.ceil((at - offset) / list.weight)))
    const last = shard.index === shard.count - 1
    slices.set(list.name, { start: index(from), end: last ? list.length : index(to) })
    offset += weight
  }
  return slices
}
