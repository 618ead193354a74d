import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { brillLexiconText, scanLexicon } from '../scripts/brill-data.js'
import { brillLexicon } from '../src/brill.js'

const require = createRequire(import.meta.url)

describe('brillLexicon', () => {
  it('is what scripts/build-brill-data.ts makes of pos’s lexicon', () => {
    const data = readFileSync(new URL('../data/brill-lexicon.txt', import.meta.url), 'utf8')
    // Compared as a whole string: a deep comparison of its 92,000 lines takes seconds.
    expect(data === brillLexiconText()).toBe(true)
  })

  it('gives every word of pos’s lexicon module its tags, in order', () => {
    const expected = Object.entries(require('pos/lexicon.js') as Record<string, string[]>)
    const lexicon = brillLexicon()
    // The entries that differ, a few at most.
    const differing = expected.filter(
      ([word, tags]) => JSON.stringify(lexicon.get(word)) !== JSON.stringify(tags),
    )
    expect(differing.slice(0, 5)).toEqual([])
    expect(lexicon.get('Quellmarsh')).toBeUndefined()
    expect(lexicon.get('constructor')).toBeUndefined()
  })

  it('is read once per thread', () => {
    expect(brillLexicon()).toBe(brillLexicon())
  })

  it('shares one frozen list among the words with the same tags', () => {
    const lexicon = brillLexicon()
    expect(lexicon.get('the')).toBe(lexicon.get('the'))
    expect(lexicon.get('lake')).toBe(lexicon.get('river'))
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
