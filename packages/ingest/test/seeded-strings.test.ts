import { describe, expect, it } from 'vitest'
import { seededStrings } from './helpers/seeded-strings.js'

describe('seededStrings', () => {
  it('does not repeat its sequence within many thousands of draws', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz']
    // Some 100,000 draws. A string of ten letters or more met twice is the sequence come round
    // again: by chance, one in some 10^14 a pair.
    const long = seededStrings(letters, 7, 5000, 40).filter((text) => text.length >= 10)
    expect(long.length).toBeGreaterThan(3000)
    expect(new Set(long).size).toBe(long.length)
  })

  it('draws every piece next to every other', () => {
    const pieces = [...'abcdefghijklmnopqrstuvwx']
    const pairs = new Set(
      seededStrings(pieces, 5, 2000, 12).flatMap((text) =>
        [...text].slice(1).map((piece, index) => `${text[index]}${piece}`),
      ),
    )
    expect(pairs.size).toBe(pieces.length ** 2)
  })
})
