import { dateLabel, parseDate } from './dates.js'

/**
 * Recognizers for the short metadata lines that sit between a title and the body of pasted
 * articles: read time, byline, date and publisher.
 */

/** Read-time lines. Frozen: the clutter rules read them once, when their module loads. */
export const readTimePatterns: readonly RegExp[] = Object.freeze([
  /^(?:estimated\s+)?read(?:ing)?[\s-]*time\s*[:=–-]?\s*(?:about\s+|approx\.?\s+)?(\d{1,3})\s*(?:min(?:ute)?s?|m)\.?$/i,
  /^(\d{1,3})[\s-]*min(?:ute)?s?\.?\s+read$/i,
])

/** Minutes stated by a read-time line ("Read Time = 3 mins", "4 min read"), else undefined. */
export function parseReadTime(text: string): number | undefined {
  for (const pattern of readTimePatterns) {
    const match = pattern.exec(text.trim())
    if (match) {
      const minutes = Number(match[1])
      return minutes > 0 ? minutes : undefined
    }
  }
  return undefined
}

export interface BylineLine {
  byline: string
  /**
   * The publication date given on the same line ("By Jane Doe | June 19, 2023"): the one
   * labelled "Published", else the first that is not labelled "Updated".
   */
  date: string | undefined
  /** A date on the same line labelled as the date the article was updated. */
  updated: string | undefined
  /** A read time given on the same line ("By Jane Doe · June 19, 2023 · 4 min read"). */
  readTime: number | undefined
}

/** The parts of a metadata line, as a page prints them between `|`, `·` or `•`. */
const partSeparator = /(?<=\s)[|·•](?=\s)/

const bylinePrefix = /^(?:by|written by|words by|author|authors|reporting by)\s*:?\s+/i
const nameWord = /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|del|der|van|von|bin|al|la|le|and|&|[\p{Lu}]\.)$/u

/**
 * A byline ("By Saibal Dasgupta", "By Roshan Noorzai, Noshaba Ashna", "Written by Jane Doe, AFP")
 * with an optional date and read time after separators, as article pages print them on one line
 * ("By Jane Doe · June 19, 2023 · Read Time: 4 min"). Only name-like words are accepted, so a
 * sentence that happens to begin with "By" is not taken for a byline.
 */
export function parseByline(text: string): BylineLine | undefined {
  const trimmed = text.trim()
  const prefix = bylinePrefix.exec(trimmed)
  if (!prefix) return undefined
  const [names = '', ...rest] = trimmed
    .slice(prefix[0].length)
    .split(partSeparator)
    .map((part) => part.trim())
  const words = names.split(/[\s,]+/).filter(Boolean)
  if (words.length === 0 || words.length > 12 || !words.every((word) => nameWord.test(word))) {
    return undefined
  }
  const dates = readDateParts(rest)
  if (dates === undefined) return undefined
  return { byline: names.replace(/[\s,]+$/, ''), ...dates }
}

/** The dates and read time of a line's parts after its byline, or of a line of dates alone. */
export interface DateParts {
  /** The one labelled "Published", else the first that is not labelled "Updated". */
  date: string | undefined
  /** A date labelled as the date the article was updated. */
  updated: string | undefined
  readTime: number | undefined
}

/**
 * Read parts that are each a date (labelled or not) or a read time; undefined when one is
 * anything else.
 */
function readDateParts(parts: readonly string[]): DateParts | undefined {
  let published: string | undefined
  let first: string | undefined
  let updated: string | undefined
  let readTime: number | undefined
  for (const part of parts) {
    const minutes = parseReadTime(part)
    if (minutes !== undefined) {
      readTime = minutes
      continue
    }
    const parsed = parseDate(part)
    if (parsed === undefined) return undefined
    // An updated date is no publication date, whichever comes first on the line.
    const label = dateLabel(part)
    if (label === 'updated') updated ??= parsed.iso
    else if (label === 'published') published ??= parsed.iso
    else first ??= parsed.iso
  }
  return { date: published ?? first, updated, readTime }
}

/**
 * A line of two or more dates (and perhaps a read time) without a byline, as pages print them:
 * "Published March 14, 2026 · Updated March 15, 2026".
 */
function parseDatesLine(text: string): DateParts | undefined {
  const parts = text
    .trim()
    .split(partSeparator)
    .map((part) => part.trim())
  if (parts.length < 2) return undefined
  const dates = readDateParts(parts)
  return dates && (dates.date !== undefined || dates.updated !== undefined) ? dates : undefined
}

/**
 * A publisher line: a short name on its own ("Himalaya Times", "The Daily Ledger"), capitalized,
 * without sentence punctuation.
 */
export function isPublisherCandidate(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length < 2 || trimmed.length > 60) return false
  if (/[.!?:;,]$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (words.length > 6) return false
  return /^[\p{Lu}\p{N}]/u.test(trimmed) && /^[\p{L}\p{N}&.'’ -]+$/u.test(trimmed)
}

/** The kind of a header line, or undefined for ordinary text. */
export type MetadataLine =
  | { kind: 'read-time'; minutes: number }
  | ({ kind: 'byline' } & BylineLine)
  | ({ kind: 'dates' } & DateParts)
  | {
      kind: 'date'
      iso: string
      weekdayMismatch: { stated: string; actual: string } | null
      /** Labelled as the date the article was updated ("Updated: …"): no publication date. */
      updated: boolean
    }

export function classifyMetadataLine(text: string): MetadataLine | undefined {
  const minutes = parseReadTime(text)
  if (minutes !== undefined) return { kind: 'read-time', minutes }
  const byline = parseByline(text)
  if (byline !== undefined) return { kind: 'byline', ...byline }
  const date = parseDate(text)
  if (date !== undefined) return { kind: 'date', ...date, updated: dateLabel(text) === 'updated' }
  const dates = parseDatesLine(text)
  if (dates !== undefined) return { kind: 'dates', ...dates }
  return undefined
}
