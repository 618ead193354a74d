import type { Place } from './messages.js'

/**
 * Front matter as articles write it (`title: "…"`, `date: 2024-06-19`, `tags: [a, b]`), read
 * without the `yaml` package. Its lexer, parser and composer cost as much as remark's parse of
 * the whole article body for a few lines of front matter, for a result one line at a time gives.
 *
 * Only a subset of YAML is read, where its meaning is plain: one `key: value` a line, at column
 * 1, each key once; a value that is nothing or `null` (null), a decimal integer, a quoted string
 * with no escapes and no quote inside, a flow sequence of such strings, or a plain string that
 * YAML's core schema reads as a string and that holds nothing YAML gives a meaning to (`: `,
 * ` #`, a leading indicator). Anything else, comments, indented lines and block values included,
 * is left to the `yaml` package: `readSimpleFrontMatter` then returns undefined.
 */

/** One `key: value` line of simple front matter. */
export interface SimpleEntry {
  key: string
  /** A string, an integer, null, or a list of strings. */
  value: string | number | null | string[]
  /** Where the value starts in the file: where `yaml` places it (its node's range). */
  place: Place
}

/**
 * Tabs, carriage returns, other control and format characters and line separators: YAML gives
 * some of them a meaning or refuses them. Tested on lines, which hold no `\n`.
 */
const unusual = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
const keyPattern = /^[A-Za-z][A-Za-z\d_-]*$/
/** Plain scalars the core schema reads as null, booleans or numbers, not strings. */
const nullPattern = /^(?:~|null|Null|NULL)$/
const integerPattern = /^[-+]?\d+$/
const nonStringPattern =
  /^(?:true|True|TRUE|false|False|FALSE|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[\da-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
/** Characters that give a plain scalar's first character a meaning (indicators), and quotes. */
const indicatorStart = /^[-?:,[\]{}#&*!|>'"%@`]/
/** Inside a flow sequence, these end or nest an item. */
const flowIndicator = /[,[\]{}'"]/

/**
 * The entries of `source` (the text between the `---` lines, whose first line is line
 * `firstLine` of the file) when it is simple front matter, else undefined.
 */
export function readSimpleFrontMatter(
  source: string,
  firstLine: number,
): SimpleEntry[] | undefined {
  const entries: SimpleEntry[] = []
  const keys = new Set<string>()
  const lines = source.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (unusual.test(line)) return undefined
    if (trimSpaces(line) === '') continue
    const colon = line.indexOf(':')
    if (colon < 1) return undefined
    const key = line.slice(0, colon)
    if (!keyPattern.test(key) || keys.has(key)) return undefined
    keys.add(key)
    const rest = line.slice(colon + 1)
    if (rest !== '' && !rest.startsWith(' ')) return undefined
    const text = trimSpaces(rest)
    const column = colon + 1 + rest.indexOf(text) + 1
    const value = readValue(text)
    if (value === undefined) return undefined
    entries.push({ key, value: value.value, place: { line: firstLine + index, column } })
  }
  return entries
}

/** A value wrapped, so that null can be told from "not simple" (undefined). */
function readValue(text: string): { value: SimpleEntry['value'] } | undefined {
  if (text === '' || nullPattern.test(text)) return { value: null }
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text.charAt(0)
    const body = text.slice(1, -1)
    if (text.length < 2 || !text.endsWith(quote) || body.includes(quote) || body.includes('\\'))
      return undefined
    return { value: body }
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return undefined
    const inner = text.slice(1, -1)
    if (trimSpaces(inner) === '') return { value: [] }
    const items: string[] = []
    for (const part of inner.split(',')) {
      const item = trimSpaces(part)
      if (flowIndicator.test(item) || !isPlainString(item)) return undefined
      items.push(item)
    }
    return { value: items }
  }
  if (integerPattern.test(text)) {
    const number = Number(text)
    return Number.isSafeInteger(number) ? { value: number } : undefined
  }
  return isPlainString(text) ? { value: text } : undefined
}

/** Whether `text` (trimmed) is a plain scalar the core schema reads as this same string. */
function isPlainString(text: string): boolean {
  return (
    text !== '' &&
    !indicatorStart.test(text) &&
    !text.includes(': ') &&
    !text.endsWith(':') &&
    !text.includes(' #') &&
    !nullPattern.test(text) &&
    !nonStringPattern.test(text)
  )
}

/**
 * `text` without spaces at either end: only the space is white space here, as in YAML (`trim`
 * would also take a no-break space, which YAML keeps).
 */
function trimSpaces(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return text.slice(start, end)
}
