import { describe, expect, it } from 'vitest'
import { countWords, hasWords } from '../src/lib/normalize.js'
import { seededStrings } from './helpers/seeded-strings.js'

/** The definition countWords implements without making a string per word. */
function wordsBySplitting(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

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
