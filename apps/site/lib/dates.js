const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * A date for readers (`19 June 2023`), or null when the article has none.
 *
 * @param {string | null} iso ISO 8601 date or date-time
 * @returns {string | null}
 */
export function readableDate(iso) {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : longDate.format(date)
}

/**
 * The calendar date (`2023-06-19`) of an ISO date-time, for `<time datetime>` and sitemaps.
 *
 * @param {string | null} iso
 * @returns {string | null}
 */
export function isoDay(iso) {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/**
 * Sort key: newest first, undated last.
 *
 * @param {string | null} a
 * @param {string | null} b
 */
export function compareNewestFirst(a, b) {
  const time = (/** @type {string | null} */ iso) => (iso ? new Date(iso).getTime() : Number.NaN)
  const ta = time(a)
  const tb = time(b)
  if (Number.isNaN(ta) && Number.isNaN(tb)) return 0
  if (Number.isNaN(ta)) return 1
  if (Number.isNaN(tb)) return -1
  return tb - ta
}
