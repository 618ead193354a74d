import { slugify as transliterationSlug } from 'transliteration'
import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slugify.js'

/** The slug as made by transliterating every text, the way slugify did before its plain path. */
function transliterated(text: string): string {
  return transliterationSlug(text.normalize('NFKC'), {
    lowercase: true,
    separator: '-',
    allowedChars: 'a-zA-Z0-9',
  })
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
}

describe('slugify', () => {
  it('transliterates and lowercases', () => {
    expect(slugify('Joachim Brudziński')).toBe('joachim-brudzinski')
    expect(slugify('Need To Choose Between “Cooperation Or Conflict” To Get Along')).toBe(
      'need-to-choose-between-cooperation-or-conflict-to-get-along',
    )
  })

  it('never yields path separators or dot segments', () => {
    for (const hostile of ['../../etc/passwd', 'a/b\\c', '..', '<script>alert(1)</script>']) {
      const slug = slugify(hostile)
      expect(slug).toMatch(/^[a-z0-9-]*$/)
      expect(slug).not.toMatch(/^-|-$|--/)
    }
    expect(slugify('...')).toBe('')
  })

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 22)
    expect(slug).toBe('word-word-word-word')
  })

  it('slugs plain text as transliterating it does', () => {
    const typographic =
      '\u00ab\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f'
    const alphabet = [
      ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
      ...typographic,
    ]
    for (const character of alphabet)
      for (const text of [character, `Ilse${character}Marsk`, ` ${character}9 `])
        expect(slugify(text), JSON.stringify(text)).toBe(transliterated(text))
    // Texts drawn from the same characters, mostly letters, by a fixed linear congruential series.
    let seed = 7
    const next = (bound: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % bound
    }
    for (let count = 0; count < 2000; count++) {
      let text = ''
      for (let length = next(16); length > 0; length--)
        text += next(3) === 0 ? alphabet[next(alphabet.length)] : 'aZ9 -._'[next(7)]
      expect(slugify(text), JSON.stringify(text)).toBe(transliterated(text))
    }
    expect(slugify('Marta Quillon’s “Harbour” plan — 2031 …')).toBe(
      'marta-quillon-s-harbour-plan-2031',
    )
  })

  it('transliterates any other text', () => {
    for (const text of [
      'Zélie Ørnskov-Brønd',
      'Dagny\u200bFoxley',
      'Straße Œuvre ﬁnal',
      '北京 Jovan',
    ])
      expect(slugify(text)).toBe(transliterated(text))
  })
})
