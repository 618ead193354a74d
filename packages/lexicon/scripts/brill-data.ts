import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * `data/brill-lexicon.txt`: the lexicon of `pos`'s Brill tagger as `brillLexicon` reads it, a
 * line a word, `word<TAB>TAG TAG…` (likeliest first), in order of the words (UTF-16 code units,
 * as `SortedLines` searches). Made from `pos`'s `lexicon.js` by `scanLexicon`; the test holds the
 * file to it.
 */
export function brillLexiconText(): string {
  const lexicon = scanLexicon(readFileSync(require.resolve('pos/lexicon.js'), 'utf8'))
  const words = [...lexicon.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lines = words.map((word) => {
    const tags = lexicon.get(word) as readonly string[]
    // A line holds one word and its tags: a tab or line break in a word, or a space in a tag,
    // would make another word of it.
    if (/[\t\n\r]/.test(word) || tags.some((tag) => tag === '' || /\s/.test(tag)))
      throw new SyntaxError(`Unexpected word \`${JSON.stringify(word)}\` that a line cannot hold`)
    return `${word}\t${tags.join(' ')}\n`
  })
  return lines.join('')
}

const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

/** Escapes whose meaning this scanner does not read: octal, `\u{…}`, a line continuation. */
const unreadEscape = /[\dux\n\r\u2028\u2029]/

/**
 * Text the scanner cannot read is an error, never a lexicon with some of the words: that would
 * tag the others as nouns without a word said (a `pos` that writes its file otherwise).
 */
function unreadable(what: string, offset?: number): SyntaxError {
  const place = offset === undefined ? '' : ` at offset ${offset}`
  return new SyntaxError(`Unexpected ${what}${place} in pos's lexicon`)
}

/** The string a JavaScript string literal's body stands for. */
function literalValue(body: string): string {
  if (!body.includes('\\')) return body
  return body.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S])/g, (_, escaped: string) => {
    if (escaped.length > 1) return String.fromCharCode(Number.parseInt(escaped.slice(1), 16))
    if (unreadEscape.test(escaped)) throw unreadable(`escape \\${escaped}`)
    return escapes[escaped] ?? escaped
  })
}

/** The offset of the double quote that closes the string literal whose body starts at `from`. */
function closingQuote(source: string, from: number): number {
  let quote = source.indexOf('"', from)
  for (;;) {
    if (quote === -1) return -1
    // A quote is escaped when an odd number of backslashes comes before it.
    let backslashes = 0
    while (source.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return quote
    quote = source.indexOf('"', quote + 1)
  }
}

/** The string literals' bodies, read, in `list` (the text between an entry's brackets). */
function tagsIn(list: string): readonly string[] {
  const tags: string[] = []
  let open = list.indexOf('"')
  while (open !== -1) {
    const close = closingQuote(list, open + 1)
    if (close === -1) break
    tags.push(literalValue(list.slice(open + 1, close)))
    open = list.indexOf('"', close + 1)
  }
  return Object.freeze(tags)
}

/**
 * The entries of `pos`'s `lexicon.js` (`module.exports = { "word": ["TAG", …], … }`), in its
 * order, as `Object.entries` of the module gives them: one pass over the text, with `indexOf`
 * (its lists hold string literals only, so a `]` ends one). Throws a `SyntaxError` where the
 * text ends inside an entry, holds no entry or an escape it does not read. Exported for the test
 * that holds it to the module itself.
 */
export function scanLexicon(source: string): Map<string, readonly string[]> {
  const lexicon = new Map<string, readonly string[]>()
  const lists = new Map<string, readonly string[]>()
  let open = source.indexOf('"', source.indexOf('{'))
  while (open !== -1) {
    const close = closingQuote(source, open + 1)
    const listStart = close === -1 ? -1 : source.indexOf('[', close)
    const listEnd = listStart === -1 ? -1 : source.indexOf(']', listStart)
    if (listEnd === -1) throw unreadable('end: a word without its list of tags', open)
    const list = source.slice(listStart + 1, listEnd)
    let tags = lists.get(list)
    if (tags === undefined) {
      tags = tagsIn(list)
      lists.set(list, tags)
    }
    // As an object literal does, a word written twice keeps its last tags in its first place.
    lexicon.set(literalValue(source.slice(open + 1, close)), tags)
    open = source.indexOf('"', listEnd)
  }
  if (lexicon.size === 0) throw unreadable('text: no word in double quotes')
  return lexicon
}
