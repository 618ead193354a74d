import { type Lexeme, lexemeOf } from '@newsroom/nlcst-tokens'
// @ts-expect-error: `pos` ships no types.
import posjs from 'pos'
import { describe, expect, it } from 'vitest'
import { partOfSpeechTagger } from '../../src/plugins/part-of-speech.js'

interface PosTagger {
  lexicon: Record<string, string[] | undefined>
  tag(words: readonly string[]): Array<[word: string, tag: string]>
}

const tagger: PosTagger = new (posjs as { Tagger: new () => PosTagger }).Tagger()

/** Sentences that reach each of the tagger's eight rules, and the lexicon's odd keys. */
const sentences: string[][] = [
  ['The', 'harbour', 'board', 'said', 'the', 'ferry', 'would', 'close', 'in', 'May', '.'],
  ['A', 'used', 'car', 'and', 'the', 'set', 'were', 'sold', 'for', '5.2', 'million', 'dollars'],
  ['Visit', 'marrowby.example.org', 'or', 'call', '3.14', 'now'],
  ['The', 'edited', 'report', 'was', 'released', 'quickly', 'by', 'the', 'regional', 'council'],
  ['She', 'would', 'ferry', 'the', 'travelling', 'players', 'across', 'the', 'estuary'],
  ['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'x', 'Q'],
  ['It', "didn't", 'rain', ',', 'the', 'bedding', 'sled', 'rolled', 'along', 'the', 'canals'],
  ['Ines', 'W.', 'Marrow', 'of', 'Port', 'Ellery', 'said', 'the', 'seals', 'bled', 'daily'],
  ['1952', '12th', '3rd-place', 'U.S.', 'e.g.', 'Ltd.', 'federal', 'petals', 'singing', 'ing'],
  ['the', 'went', 'the', 'go', 'the', 'sleeps', 'a', 'made', 'would', 'ring', 'WOULD', 'signal'],
]

describe('partOfSpeechTagger', () => {
  /** The lexemes of the words of a sentence, as if the parser had split them so. */
  function sentenceOf(values: readonly string[]): Lexeme[] {
    return values.map(lexemeOf)
  }

  // `tag` keeps each word's tag by context on its lexeme: the second pass reads those.
  it('tags as `pos` does, and again from the tags it kept on each word', () => {
    const shared = partOfSpeechTagger()
    for (const pass of [1, 2]) {
      for (const values of sentences) {
        const expected = tagger.tag(values).map(([, tag]) => tag)
        expect(shared.tag(sentenceOf(values)), `pass ${pass}`).toEqual(expected)
      }
    }
  })

  it('tags every word of the lexicon, alone and after "the" and "would", as `pos` does', () => {
    const shared = partOfSpeechTagger()
    const values = Object.keys(tagger.lexicon).filter((_, index) => index % 7 === 0)
    for (const before of [[], ['the'], ['would']]) {
      const expected = values.map((value) => tagger.tag([...before, value]).at(-1)?.[1])
      const actual = values.map((value) => shared.tag(sentenceOf([...before, value])).at(-1))
      expect(actual, `after ${JSON.stringify(before)}`).toEqual(expected)
    }
  })
})
