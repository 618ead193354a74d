import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
// @ts-expect-error: `pos` ships no types.
import posjs from 'pos'
import { describe, expect, it } from 'vitest'
import { brillTags } from '../../src/plugins/part-of-speech.js'
import { posLexiconFile, posLexiconText, readPosLexicon } from '../../src/plugins/pos-lexicon.js'

const posLexicon: Record<string, string[]> = new (
  posjs as { Tagger: new () => { lexicon: Record<string, string[]> } }
).Tagger().lexicon
const lexicon = readPosLexicon()

describe('readPosLexicon', () => {
  it('reads data/pos-lexicon.txt as pos ships it (pnpm build-pos-lexicon writes it anew)', () => {
    expect(readFileSync(posLexiconFile, 'utf8')).toBe(posLexiconText(posLexicon))
    expect(lexicon.size).toBe(Object.keys(posLexicon).length)
    for (const [word, tags] of Object.entries(posLexicon)) expect(lexicon.get(word)).toEqual(tags)
  })

  it('keeps a word with no tags, and the empty word', () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsroom-pos-'))
    try {
      const file = join(folder, 'lexicon.txt')
      writeFileSync(file, posLexiconText({ '': [], ferry: ['NN', 'VB'], 'e.g.': ['FW'] }))
      expect(readFileSync(file, 'utf8')).toBe('\t\nferry\tNN VB\ne.g.\tFW\n')
      expect([...readPosLexicon(pathToFileURL(file))]).toEqual([
        ['', []],
        ['ferry', ['NN', 'VB']],
        ['e.g.', ['FW']],
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('brillTags with the lexicon read from text', () => {
  it('tags as with pos’s own lexicon object, inherited names included', () => {
    const sentences = [
      ['The', 'harbour', 'board', 'said', 'the', 'ferry', 'would', 'close', 'in', 'May', '.'],
      ['constructor', 'Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'x'],
      ['Ines', 'W.', 'Marrow', 'of', 'Port', 'Ellery', 'said', 'the', 'seals', 'bled', 'daily'],
    ]
    for (const words of sentences)
      expect(brillTags(lexicon, words)).toEqual(brillTags(posLexicon, words))
    const words = Object.keys(posLexicon).filter((_, index) => index % 5 === 0)
    for (const before of [[], ['the'], ['would']]) {
      const expected = words.map((word) => brillTags(posLexicon, [...before, word]).at(-1))
      const actual = words.map((word) => brillTags(lexicon, [...before, word]).at(-1))
      expect(actual).toEqual(expected)
    }
  })

  it('needs no inherited names: none of their lowercase forms is a word of the lexicon', () => {
    const inherited = Object.getOwnPropertyNames(Object.prototype)
    expect(inherited).toContain('constructor')
    for (const name of inherited) {
      expect(lexicon.has(name)).toBe(false)
      expect(lexicon.has(name.toLowerCase())).toBe(false)
    }
  })
})
