import { describe, expect, it } from 'vitest'
import { oneByteText } from '../src/one-byte-text.js'

describe('oneByteText', () => {
  it('keeps every character of a Latin-1 text, accents and symbols included', () => {
    // Sliced from a two-byte string, as ingest's blocks are when the file held a dash.
    const wide = 'Renée Østby-Vale said the café’s fee was £5 — ½ of last year’s.'
    const plain = wide.slice(0, wide.indexOf('’'))
    expect(oneByteText(plain)).toBe(plain)
    expect(oneByteText('ÿ\u0000\u00a0x')).toBe('ÿ\u0000\u00a0x')
  })

  it('returns a text with a character beyond Latin-1 as it is', () => {
    for (const text of ['“The pier,” she said.', 'Vale — the mayor', 'Łódź', 'emoji 🙂 here']) {
      expect(oneByteText(text)).toBe(text)
    }
  })
})
