import { Buffer } from 'node:buffer'

/**
 * A UTF-16 code unit that does not fit in one byte (beyond Latin-1): a curly quote, a dash, most
 * scripts. Without the `u` flag, which would make the scan read code points, five times slower.
 */
const wideCharacter = /[^\0-\xFF]/

/**
 * The same text, held by V8 one byte per character when every character fits in one (Latin-1).
 *
 * V8 keeps a string two bytes per character when it was sliced from a two-byte string: a file
 * with one dash or curly quote anywhere (a dateline's "—" that ingest removes) makes every block
 * of it two-byte, however plain its words, and so every word the parser slices from the joined
 * blocks. On such strings `toLowerCase` goes through ICU (some 700 instructions a word, where a
 * one-byte word takes a fast path) and the lexicons' sets and maps compare keys of two
 * representations. The copy costs two passes over the text, once per article.
 */
export function oneByteText(text: string): string {
  if (wideCharacter.test(text)) return text
  return Buffer.from(text, 'latin1').toString('latin1')
}
