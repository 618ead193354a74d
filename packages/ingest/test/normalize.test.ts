import { describe, expect, it } from 'vitest'
import { composed, countWords, hasWords, normalizeBlockText } from '../src/lib/normalize.js'
import { seededStrings } from './helpers/seeded-strings.js'

/** The definition countWords implements without making a string per word. */
function wordsBySplitting(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

describe('composed', () => {
  it('leaves alone only what NFC leaves alone: each character below U+0300, and each pair', () => {
    const below = Array.from({ length: 0x300 }, (_, code) => String.fromCharCode(code))
    let pairs = 0
    for (const first of below) {
      expect(first.normalize('NFC')).toBe(first)
      for (const second of below)
        if (`${first}${second}`.normalize('NFC') === first + second) pairs++
    }
    expect(pairs).toBe(below.length ** 2)
  })

  it('composes text with a character from U+0300 on as NFC does', () => {
    for (const text of ['Cafe\u0301', 'e\u0301\u0323', 'A\u030a ring', '\u1100\u1161', 'Ω \u2126'])
      expect(composed(text)).toBe(text.normalize('NFC'))
    expect(composed('Café “au lait”')).toBe('Café “au lait”')
  })
})

describe('countWords', () => {
  it('counts the white-space-separated tokens holding a letter or a digit', () => {
    expect(countWords('The harbour board met on Monday.')).toBe(6)
    expect(countWords('  -- 1999 — “Ça va” ,  ')).toBe(3)
    expect(countWords('')).toBe(0)
  })

  it('reads non-ASCII letters, digits, spaces and astral characters as the definition does', () => {
    const pieces = ['a', 'Z', '7', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é']
    pieces.push('ß', '٣', '—', '-', '.', '😀', '𝕏', '\ud800', '\udc00', '\u200b', 'Ж', '\u0301')
    for (const text of seededStrings(pieces, 7, 2000, 12))
      expect(countWords(text), JSON.stringify(text)).toBe(wordsBySplitting(text))
  })
})

describe('hasWords', () => {
  /** The definition: runs of non-space, as `split` finds them. */
  const runsOfNonSpace = (text: string): number =>
    text.split(/\s+/u).filter((run) => run !== '').length

  it('answers whether a text holds that many runs of non-space', () => {
    expect(hasWords('a b c', 3)).toBe(true)
    expect(hasWords('a b c', 4)).toBe(false)
    expect(hasWords('ab cd', 3)).toBe(false)
    expect(hasWords('', 1)).toBe(false)
  })

  it('agrees with the definition on texts shorter than, at and past the length bound', () => {
    const pieces = ['a', 'é', ' ', ' ', '\t', '\u00a0', '\u3000', '-', '😀']
    for (const text of seededStrings(pieces, 11, 2000, 14))
      for (let count = 1; count <= 7; count++)
        expect(hasWords(text, count), `${JSON.stringify(text)} ${count}`).toBe(
          runsOfNonSpace(text) >= count,
        )
  })
})

describe('normalizeBlockText', () => {
  /** The definition: both replacements made on every text, without the search that skips them. */
  const replaced = (text: string): string =>
    text
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
      .replace(/[\0-\x08\x0E-\x1F\x7F-\x9F\u00AD\u200B\u2060\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()

  it('removes invisible characters and collapses white space as the replacements do', () => {
    const pieces = ['a', ' ', ' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\u00ad', '\u200b']
    pieces.push('\u2060', '\ufeff', '\uffff', '\u0001', '\u007f', '\u009f', '\u200c', '😀')
    pieces.push('\ud800', '\udc00', 'e\u0301', '’', '—')
    const texts = ['The  board met', 'The \u00a0board', 'The\tboard', ' The board ', 'The board']
    for (const text of [...texts, ...seededStrings(pieces, 13, 3000, 10)])
      expect(normalizeBlockText(text), JSON.stringify(text)).toBe(replaced(text))
  })
})
