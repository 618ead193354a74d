import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slugify.js'

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
})
