import { describe, expect, it } from 'vitest'
import { quoteFill, tokenize } from '../src/lib/tokens.js'

const texts = (text: string): string[] => tokenize(text).map((token) => token.text)

describe('tokenize', () => {
  it('reads plain words and punctuation, with offsets', () => {
    const tokens = tokenize('Ann Vale said, (twice) 42 times!')
    expect(tokens.map((token) => token.text)).toEqual([
      'Ann',
      'Vale',
      'said',
      ',',
      '(',
      'twice',
      ')',
      '42',
      'times',
      '!',
    ])
    expect(tokens[1]).toEqual({
      text: 'Vale',
      lower: 'vale',
      start: 4,
      end: 8,
      kind: 'word',
      capital: true,
    })
    expect(tokens[3]?.kind).toBe('punct')
  })

  it('keeps words joined by apostrophes, hyphens, periods and ampersands', () => {
    expect(texts("don't rock'n'roll AT&T co-chair U.S. e.g. Ann's Jones' x")).toEqual([
      "don't",
      "rock'n'roll",
      'AT&T',
      'co-chair',
      'U.S.',
      'e.g.',
      "Ann's",
      "Jones'",
      'x',
    ])
  })

  it('reads abbreviations and initials before a capital', () => {
    expect(texts('Mr. Vale and J. Doe, no. 5 A. b.')).toEqual([
      'Mr.',
      'Vale',
      'and',
      'J.',
      'Doe',
      ',',
      'no',
      '.',
      '5',
      'A',
      '.',
      'b',
      '.',
    ])
  })

  it('reads non-ASCII words and masked quotations', () => {
    const tokens = tokenize(`Erdoğan said ${quoteFill.repeat(3)} İzmir\u00a0café`)
    expect(tokens.map((token) => [token.text, token.kind, token.capital])).toEqual([
      ['Erdoğan', 'word', true],
      ['said', 'word', false],
      [quoteFill.repeat(3), 'quote', false],
      ['İzmir', 'word', true],
      ['café', 'word', false],
    ])
  })
})
