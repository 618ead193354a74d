import { lexemeOf, paragraphTokens, wordFact } from '@newsroom/nlcst-tokens'
import type { Root } from 'nlcst'
import { stemmer } from 'stemmer'
import type { Cue } from './cue.js'
import { splitWord } from './split-word.js'

/**
 * The word parts of a text (a hyphenated word has several), in reading order, as parallel lists:
 * part `i` has the keys `keys[i]` and is in the sentence `sentences[i]`, of the paragraph
 * `sentenceParagraphs[sentences[i]]`. No object is made per part: the keys are those of the
 * word's lexeme.
 */
export interface TokenizedText {
  /** The keys each part is compared on, shared by every occurrence of the part. */
  keys: Keys[]
  /** Index of each part's sentence in the whole text; a phrase never spans two sentences. */
  sentences: number[]
  /**
   * Index of each sentence's paragraph in the tree, or -1 for the title: a list per sentence
   * rather than per part, as most parts are asked nothing of it.
   */
  sentenceParagraphs: number[]
  /** Words in the body (hyphenated words count once). */
  words: number
  /** Sentences in the body. */
  sentenceCount: number
}

/** A word part's keys, the same wherever the word occurs. */
export interface Keys {
  text: string
  lower: string
  stem: string
  /**
   * The cue index `cues` were found in (match-cues), kept beside them on the part's keys rather
   * than in an object of their own: one object fewer read per part.
   */
  cueIndex: object | undefined
  /** The cues that may start at this part, in `cueIndex`. */
  cues: readonly Cue[]
}

const noCues: readonly Cue[] = []

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
      cueIndex: undefined,
      cues: noCues,
    }
  }),
)

function keysOf(word: string): readonly Keys[] {
  return partKeys(lexemeOf(word))
}

/**
 * The word parts of an nlcst tree, in reading order, from the words `@newsroom/nlcst-tokens`
 * reads once for every plugin of a pipeline (a possessive apostrophe it keeps on a word,
 * `Jones'`, is not part of a word part).
 */
export function tokenizeTree(tree: Root): TokenizedText {
  const text: TokenizedText = {
    keys: [],
    sentences: [],
    sentenceParagraphs: [],
    words: 0,
    sentenceCount: 0,
  }
  const paragraphs = paragraphTokens(tree)
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const { tokens, sentences } = paragraphs[paragraph] as (typeof paragraphs)[number]
    for (const [first, last] of sentences) {
      const sentence = text.sentenceCount++
      text.sentenceParagraphs.push(paragraph)
      for (let index = first; index < last; index++) {
        const token = tokens[index] as (typeof tokens)[number]
        if (token.kind !== 'word') continue
        const parts = partKeys(token.lexeme)
        if (parts.length > 0) text.words++
        for (const keys of parts) {
          text.keys.push(keys)
          text.sentences.push(sentence)
        }
      }
    }
  }
  return text
}

/** Add the word parts of a short plain text such as a title, all in one pseudo-sentence. */
export function addTitle(text: TokenizedText, title: string, sentence: number): void {
  text.sentenceParagraphs[sentence] = -1
  for (const word of title.split(/\s+/u)) {
    for (const keys of keysOf(word)) {
      text.keys.push(keys)
      text.sentences.push(sentence)
    }
  }
}
