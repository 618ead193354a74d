import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A word as written → its Penn Treebank tags, likeliest first. */
export type BrillLexicon = ReadonlyMap<string, readonly string[]>

const require = createRequire(import.meta.url)
let shared: BrillLexicon | undefined

/**
 * The lexicon of `pos`'s Brill tagger (92,000 words as written → their tags, likeliest first),
 * read once per thread, on first use, for every package that tags: ingest (subheadings glued into
 * a paragraph) and enrich (keyphrases) each loaded `pos`'s 4 MB module of it, and enrich then
 * copied it into a map. Compiling that object literal and copying it cost a worker about 0.5 s
 * of CPU before its first article; scanning the same file's text into a map costs a fraction of
 * it, and the tag lists, a thousand distinct ones, are shared instead of one array per word.
 */
export function brillLexicon(): BrillLexicon {
  shared ??= scanLexicon(readFileSync(require.resolve('pos/lexicon.js'), 'utf8'))
  return shared
}

const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

/** The string a JavaScript string literal's body stands for. */
function literalValue(body: string): string {
  if (!body.includes('\\')) return body
  return body.replace(/\\(u[\da-fA-F]{4}|[^u])/g, (_, escaped: string) =>
    escaped.length > 1
      ? String.fromCharCode(Number.parseInt(escaped.slice(1), 16))
      : (escapes[escaped] ?? escaped),
  )
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
 * (its lists hold string literals only, so a `]` ends one). Exported for the test that holds it
 * to the module itself.
 */
export function scanLexicon(source: string): BrillLexicon {
  const lexicon = new Map<string, readonly string[]>()
  const lists = new Map<string, readonly string[]>()
  let open = source.indexOf('"', source.indexOf('{'))
  while (open !== -1) {
    const close = closingQuote(source, open + 1)
    const listStart = close === -1 ? -1 : source.indexOf('[', close)
    const listEnd = listStart === -1 ? -1 : source.indexOf(']', listStart)
    if (listEnd === -1) break
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
  return lexicon
}
