import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { brillLexicon, scanLexicon } from '../src/brill.js'

const require = createRequire(import.meta.url)

describe('brillLexicon', () => {
  it('holds every entry of pos’s lexicon module, in its order, with the same tags', () => {
    const expected = Object.entries(require('pos/lexicon.js') as Record<string, string[]>)
    const actual = [...brillLexicon()]
    expect(actual.length).toBe(expected.length)
    // The entries that differ, a few at most (a deep comparison of 92,000 takes seconds).
    const differing = expected.filter(([word, tags], index) => {
      const [actualWord, actualTags] = actual[index] ?? []
      return actualWord !== word || actualTags?.join(' ') !== tags.join(' ')
    })
    expect(differing.slice(0, 5)).toEqual([])
  })

  it('is read once per thread', () => {
    expect(brillLexicon()).toBe(brillLexicon())
  })

  it('shares one frozen list among the words with the same tags', () => {
    const lexicon = brillLexicon()
    expect(new Set(lexicon.values()).size).toBeLessThan(lexicon.size / 50)
    expect(Object.isFrozen(lexicon.get('the'))).toBe(true)
  })
})

describe('scanLexicon', () => {
  it('reads escapes in words and tags as JavaScript does', () => {
    const source = String.raw`module.exports = {
    "\'": ["\""],
    "Zorvat\\/Quell": ["NNP", "NN"],
    "tail\\": ["NN"],
    "caf\u00e9\tbar": ["NN"]
};`
    expect([...scanLexicon(source)]).toEqual([
      ["'", ['"']],
      ['Zorvat\\/Quell', ['NNP', 'NN']],
      ['tail\\', ['NN']],
      ['café\tbar', ['NN']],
    ])
  })

  it('reads hexadecimal escapes and refuses the escapes it does not read', () => {
    expect([...scanLexicon(String.raw`{ "\x41rvel": ["NNP"] }`)]).toEqual([['Arvel', ['NNP']]])
    expect(() => scanLexicon(String.raw`{ "\101rvel": ["NNP"] }`)).toThrow(SyntaxError)
    expect(() => scanLexicon(String.raw`{ "\u{41}rvel": ["NNP"] }`)).toThrow(SyntaxError)
  })

  it('refuses text it cannot read whole rather than give some of the words', () => {
    const unread = [
      "{ 'moss': ['NN'] }",
      '{ "moss": ["NN"], fen: ["NN"] }',
      '{ "moss": ["NN"], "fen": ["N',
      'module.exports = []',
    ]
    for (const source of unread) expect(() => scanLexicon(source), source).toThrow(SyntaxError)
  })

  it('keeps a word written twice in its first place with its last tags, as an object does', () => {
    const source = '{ "moss": ["NN"], "fen": ["NN"], "moss": ["VB"] }'
    expect([...scanLexicon(source)]).toEqual([
      ['moss', ['VB']],
      ['fen', ['NN']],
    ])
  })
})
