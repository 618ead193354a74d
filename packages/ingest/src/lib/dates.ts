import { monthNames, weekdayNames } from '@newsroom/names'
/**
 * Publication dates as people write them, to ISO 8601. A date-time keeps its time only when the
 * source states an offset (`Z`, `+05:45`, `UTC`, `GMT`); otherwise only the date is kept, because
 * guessing a time zone would invent evidence. Relative days ("on Monday") are left to enrichment.
 */

export interface ParsedDate {
  /** `2019-01-07` or `2025-03-12T04:12:00Z`. */
  iso: string
  /** Weekday the text names, when it disagrees with the calendar. */
  weekdayMismatch: { stated: string; actual: string } | null
}

const months = monthNames
const weekdays = weekdayNames

const monthPattern =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const weekdayPattern =
  '(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?'
const timePattern =
  '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}\\)?)?)?'

/** Labels that may precede a date on a date line. */
const labels =
  /^(?:published|updated|last updated|posted|posted on|date|first published|originally published)\s*(?:on\s*)?[:\-–—]?\s*/i

/**
 * Labels that say a date is when the article was changed, not when it was published: a page
 * prints both ("Published March 14, 2026 · Updated March 15, 2026"), in either order.
 */
const updateLabel = /^(?:updated|last updated)(?![\p{L}\p{N}])/iu
/** The label that names the publication date, where a line gives two. */
const publishedLabel = /^(?:published|first published|originally published)(?![\p{L}\p{N}])/iu

/** Which date a labelled date is: `updated` ("Updated: …"), `published`, else unlabelled. */
export function dateLabel(text: string): 'updated' | 'published' | undefined {
  const trimmed = text.trim()
  if (updateLabel.test(trimmed)) return 'updated'
  if (publishedLabel.test(trimmed)) return 'published'
  return undefined
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i
const monthFirst = new RegExp(
  `^${weekdayPattern}${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${timePattern}$`,
  'i',
)
const dayFirst = new RegExp(
  `^${weekdayPattern}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern},?\\s+(\\d{4})${timePattern}$`,
  'i',
)

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  return months.findIndex((month) => month.startsWith(lower.slice(0, 3)))
}

/**
 * Earliest year read as a publication date: `0000-01-01` and the like are placeholders, and
 * years before 1000 would not even print as four digits in every consumer.
 */
const minimumYear = 1000

function validDate(year: number, month: number, day: number): boolean {
  if (year < minimumYear || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function calendarDate(year: number, month: number, day: number, weekday: string | undefined) {
  if (!validDate(year, month, day)) return undefined
  let weekdayMismatch: ParsedDate['weekdayMismatch'] = null
  if (weekday !== undefined) {
    const actual = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''
    if (!actual.startsWith(weekday.toLowerCase().slice(0, 3))) {
      weekdayMismatch = { stated: weekday, actual: actual[0]?.toUpperCase() + actual.slice(1) }
    }
  }
  return { iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, weekdayMismatch }
}

/**
 * Parse `text` when the whole of it is a date (optionally labelled "Published:" and followed by a
 * time). Returns undefined for anything else, so it doubles as a "is this a date line" test.
 */
export function parseDate(text: string): ParsedDate | undefined {
  const value = text.trim().replace(labels, '').trim()
  let match = isoPattern.exec(value)
  if (match) {
    const [, y, mo, d, h, mi, s, zone] = match
    const date = calendarDate(Number(y), Number(mo), Number(d), undefined)
    if (!date) return undefined
    if (h === undefined || zone === undefined) return date
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined
    let offset = zone.toUpperCase()
    if (offset === 'UTC' || offset === 'GMT') offset = 'Z'
    else if (offset !== 'Z' && !offset.includes(':'))
      offset = `${offset.slice(0, 3)}:${offset.slice(3)}`
    if (offset === '+00:00' || offset === '-00:00') offset = 'Z'
    return { iso: `${date.iso}T${h}:${mi}:${s ?? '00'}${offset}`, weekdayMismatch: null }
  }
  match = monthFirst.exec(value)
  if (match) {
    const [, weekday, month = '', day, year] = match
    return calendarDate(Number(year), monthIndex(month) + 1, Number(day), weekday)
  }
  match = dayFirst.exec(value)
  if (match) {
    const [, weekday, day, month = '', year] = match
    return calendarDate(Number(year), monthIndex(month) + 1, Number(day), weekday)
  }
  return undefined
}
