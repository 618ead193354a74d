import { describe, expect, it } from 'vitest'
import { quotationEnding } from '../src/lib/quotation-ending.js'

/** The patterns `quotationEnding` reads without, over the words trimmed (as `cueMatches` read them). */
function byPatterns(text: string, start: number, end: number) {
  const inner = text.slice(start, end).trimEnd()
  return {
    comma: /,["'”’]*$/.test(inner),
    stop: /[.!?…]["'”’)\]]*$/u.test(inner),
    asks: /[!?]["'”’)\]]*$/u.test(inner),
  }
}

describe('quotationEnding', () => {
  it('reads a comma, a full stop and a question past the closing marks', () => {
    const text = 'Vale: "We stay," she said. "We stay." "Do we?\u2019)"'
    expect(quotationEnding(text, 7, 15)).toEqual({ comma: true, stop: false, asks: false })
    expect(quotationEnding(text, 28, 36)).toEqual({ comma: false, stop: true, asks: false })
    expect(quotationEnding(text, 39, text.length)).toEqual({ comma: false, stop: true, asks: true })
  })

  it('reads only the words given, their white space at the end aside', () => {
    expect(quotationEnding('Stay, now . ', 0, 5)).toEqual({ comma: true, stop: false, asks: false })
    expect(quotationEnding('Stay, now . ', 5, 12)).toEqual({
      comma: false,
      stop: true,
      asks: false,
    })
    expect(quotationEnding(',”', 1, 2)).toEqual({ comma: false, stop: false, asks: false })
    expect(quotationEnding('', 0, 0)).toEqual({ comma: false, stop: false, asks: false })
  })

  it('answers as the patterns do on every short string of the characters they read', () => {
    const alphabet = [
      'a',
      ',',
      '.',
      '!',
      '?',
      '…',
      '"',
      "'",
      '”',
      '’',
      ')',
      ']',
      ' ',
      '\u00a0',
      '\n',
    ]
    let checked = 0
    // Every string of up to four of these characters, read whole and without its first one.
    const visit = (text: string): void => {
      for (const start of [0, Math.min(1, text.length)]) {
        expect(quotationEnding(text, start, text.length), JSON.stringify(text)).toEqual(
          byPatterns(text, start, text.length),
        )
        checked++
      }
      if (text.length < 4) for (const char of alphabet) visit(text + char)
    }
    visit('')
    expect(checked).toBeGreaterThan(50_000)
  })
})
