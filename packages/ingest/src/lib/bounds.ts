import { limits } from '@newsroom/schema'
import type { VFile } from 'vfile'
import { type Place, report, startOfFile } from './messages.js'

/**
 * `text` cut to at most `limit` characters: at the last space in the final fifth when there is
 * one, never inside a surrogate pair, and ended with `…`.
 */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text
  let cut = limit - 1
  if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--
  const space = text.lastIndexOf(' ', cut)
  if (space > limit * 0.8) cut = space
  return `${text.slice(0, cut).trimEnd()}…`
}

/** How fields are named in messages. */
const labels: Readonly<Record<string, string>> = {
  title: 'title',
  dek: 'dek',
  byline: 'byline',
  publisher: 'publisher',
}

/**
 * `value` bounded to the schema's limit for `field`, with a warning when it had to be cut:
 * output must stay proportional to content, and a title is repeated on many pages.
 */
export function boundField(
  value: string,
  field: 'title' | 'dek' | 'byline' | 'publisher',
  place: Place | undefined,
  file: VFile,
): string {
  const limit = limits[field]
  if (value.length <= limit) return value
  report(
    file,
    'warning',
    `Unexpected ${labels[field]} of ${value.length} characters, expected at most ${limit}`,
    {
      rule: 'field-too-long',
      field,
      place: place ?? startOfFile,
      actual: String(value.length),
      expected: [String(limit)],
      note: `The ${labels[field]} is cut to ${limit} characters; check that the file starts where the article does.`,
    },
  )
  return truncate(value, limit)
}

/**
 * A list bounded to the schema's limits: at most `limits.items` items of at most `limits.name`
 * characters each (longer names are cut), with one warning for all that was changed.
 */
export function boundList(
  items: readonly string[],
  field: string,
  place: Place | undefined,
  file: VFile,
): string[] {
  const kept = items.slice(0, limits.items)
  const long = kept.filter((item) => item.length > limits.name).length
  if (items.length > limits.items || long > 0) {
    const problems = [
      items.length > limits.items ? `${items.length} items, expected at most ${limits.items}` : '',
      long > 0 ? `${long} longer than ${limits.name} characters` : '',
    ].filter(Boolean)
    report(file, 'warning', `Unexpected \`${field}\` with ${problems.join(' and ')}`, {
      rule: 'field-too-long',
      field,
      place: place ?? startOfFile,
      note: `Only the first ${limits.items} are kept, each cut to ${limits.name} characters.`,
    })
  }
  return kept.map((item) => truncate(item, limits.name))
}
