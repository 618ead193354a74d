import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { paragraphTokens } from '../src/index.js'

const parse = (text: string) => unified().use(retextEnglish).parse(text)

describe('@newsroom/nlcst-tokens', () => {
  it('exposes its public API', () => {
    expect(Object.keys(api).sort()).toEqual(['paragraphTokens'])
  })

  it('reads words and punctuation with their offsets, paragraph by paragraph', () => {
    const tree = parse('Mr. Vale said, (twice) 42 times!\n\nU.S. officials don’t agree.')
    const [first, second] = paragraphTokens(tree)
    expect(first?.tokens.map((token) => token.text)).toEqual([
      'Mr.',
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
    expect(first?.tokens[1]).toEqual({
      text: 'Vale',
      lower: 'vale',
      start: 4,
      end: 8,
      kind: 'word',
      capital: true,
    })
    expect(second?.start).toBe(34)
    expect(second?.tokens.map((token) => [token.text, token.start])).toEqual([
      ['U.S.', 34],
      ['officials', 39],
      ['don’t', 49],
      ['agree', 55],
      ['.', 60],
    ])
  })

  it('keeps a possessive apostrophe with its word and splits sentences as the parser does', () => {
    const [paragraph] = paragraphTokens(parse("The Joneses' boat sank. Ann Vale swam ashore."))
    expect(paragraph?.tokens.map((token) => token.text)).toContain("Joneses'")
    expect(paragraph?.sentences).toEqual([
      [0, 5],
      [5, 10],
    ])
  })

  it('computes the tokens of a tree once', () => {
    const tree = parse('One paragraph.')
    expect(paragraphTokens(tree)).toBe(paragraphTokens(tree))
  })
})
