import { lexemeOf, paragraphTokens, tokenLexeme, wordFact } from '@newsroom/nlcst-tokens'
import type { Root } from 'nlcst'
import { stemmer } from 'stemmer'
import type { Cue } from './cue.js'
import { splitWord } from './split-word.js'

/** A word of the text (or a part of a hyphenated word) with the keys cues are compared on. */
export interface Token {
  /** As written. */
  text: string
  lower: string
  stem: string
  /** Index of the paragraph in the tree, or -1 for the title. */
  paragraph: number
  /** Index of the sentence in the whole text; a phrase never spans two sentences. */
  sentence: number
  /** The keys of the word part, shared by every occurrence of the word (see `Keys`). */
  keys: Keys
}

export interface TokenizedText {
  tokens: Token[]
  /** Words in the body (hyphenated words count once). */
  words: number
  sentences: number
}

/** A word part's keys, the same wherever the word occurs. */
export interface Keys {
  text: string
  lower: string
  stem: string
  /** The cues that may start at this part, for the cue index named beside them (match-cues). */
  cues: { index: object; cues: readonly Cue[] } | undefined
}

/** `stemmer` takes time quadratic in the length of a word: longer parts are their own stem. */
const maxStemmedPart = 64

/**
 * Keys are kept on the word's lexeme: news vocabulary repeats a lot, and splitting and stemming
 * are the costly steps.
 */
const partKeys = wordFact((word: string): readonly Keys[] =>
  splitWord(word).map((text) => {
    const lower = text.toLowerCase()
    return {
      text,
      lower,
      stem: lower.length > maxStemmedPart ? lower : stemmer(lower),
      cues: undefined,
    }
  }),
)

function keysOf(word: string): readonly Keys[] {
  return partKeys(lexemeOf(word))
}

/**
 * Tokens of an nlcst tree, in reading order, from the words `@newsroom/nlcst-tokens` reads once
 * for every plugin of a pipeline (a possessive apostrophe it keeps on a word, `Jones'`, is not
 * part of a word part).
 */
export function tokenizeTree(tree: Root): TokenizedText {
  const tokens: Token[] = []
  let words = 0
  let sentences = 0
  for (const [paragraph, { tokens: paragraphTokensOf, sentences: ranges }] of paragraphTokens(
    tree,
  ).entries()) {
    for (const [first, last] of ranges) {
      const sentence = sentences++
      for (let index = first; index < last; index++) {
        const token = paragraphTokensOf[index]
        if (token?.kind !== 'word') continue
        const parts = partKeys(tokenLexeme(token))
        if (parts.length > 0) words++
        for (const keys of parts) {
          tokens.push({
            text: keys.text,
            lower: keys.lower,
            stem: keys.stem,
            paragraph,
            sentence,
            keys,
          })
        }
      }
    }
  }
  return { tokens, words, sentences }
}

/** Tokens of a short plain text such as a title, all in one pseudo-sentence. */
export function tokenizeTitle(title: string, sentence: number): Token[] {
  return title
    .split(/\s+/u)
    .flatMap(keysOf)
    .map((keys) => ({
      text: keys.text,
      lower: keys.lower,
      stem: keys.stem,
      paragraph: -1,
      sentence,
      keys,
    }))
}
