const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * Milliseconds since the epoch of an ISO date, NaN for none. Sorting tens of thousands of
 * articles parses the same few thousand dates over and over: each is parsed once.
 *
 * @param {string | null | undefined} iso
 * @returns {number}
 */
export function timeOf(iso) {
  if (!iso) return Number.NaN
  let time = parsed.get(iso)
  if (time === undefined) {
    time = new Date(iso).getTime()
    parsed.set(iso, time)
  }
  return time
}
/** @type {Map<string, number>} */
const parsed = new Map()

/**
 * A date for readers (`19 June 2023`), or null when the article has none.
 *
 * @param {string | null} iso ISO 8601 date or date-time
 * @returns {string | null}
 */
export function readableDate(iso) {
  const time = timeOf(iso)
  return Number.isNaN(time) ? null : longDate.format(time)
}

/**
 * The calendar date (`2023-06-19`) of an ISO date-time, for `<time datetime>` and sitemaps.
 *
 * @param {string | null} iso
 * @returns {string | null}
 */
export function isoDay(iso) {
  const time = timeOf(iso)
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
}

/**
 * Sort key: newest first, undated last.
 *
 * @param {string | null | undefined} a
 * @param {string | null | undefined} b
 */
export function compareNewestFirst(a, b) {
  const ta = timeOf(a)
  const tb = timeOf(b)
  if (Number.isNaN(ta) && Number.isNaN(tb)) return 0
  if (Number.isNaN(ta)) return 1
  if (Number.isNaN(tb)) return -1
  return tb - ta
}
