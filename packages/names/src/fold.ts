import { BoundedCache } from './bounded-cache.js'

/**
 * Fold a name for comparison: accents removed, lowercase, curly apostrophes straightened,
 * periods dropped and whitespace collapsed. `"John R. Bolton"` and `"john r bolton"` fold alike,
 * as do `"Erdoğan"` and `"Erdogan"`.
 */
export function foldName(text: string): string {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const folded = fold(text)
  cache.set(text, folded)
  return folded
}

/** Names repeat within and across articles; a bounded memo keeps folding off the hot path. */
const cache = new BoundedCache<string, string>(50_000)

/**
 * A word folded with its inner spaces removed (`"Dr."` → `dr`, `"U.S."` → `us`): the key of
 * the word lists. Asked for every word of every name, so it keeps its own bounded memo.
 */
export function foldWord(word: string): string {
  const cached = wordCache.get(word)
  if (cached !== undefined) return cached
  const folded = foldName(word).replace(/ /g, '')
  wordCache.set(word, folded)
  return folded
}

const wordCache = new BoundedCache<string, string>(50_000)

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * What follows the last space of a text: the last word of a folded name. Of two texts one of
 * which ends the other after a space (`"us state department"`, `"state department"`), both.
 */
export function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1)
}

/** Strip a possessive ending (`Beijing's`, `Blinken’s`, `Jones'`). */
export function stripPossessive(word: string): string {
  // Both endings end in `s`, `S` or an apostrophe: most words keep theirs, with no search.
  const last = word.charCodeAt(word.length - 1)
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return word
  return word.replace(/['’]s$/i, '').replace(/(s)['’]$/i, '$1')
}
