import {
  type Lexeme,
  lexemeOf,
  paragraphTokens,
  parsedWord,
  type Token,
} from '@newsroom/nlcst-tokens'
import type { Root } from 'nlcst'

/**
 * The lexeme of a word token as the parser split it, on which the plugins of this package keep
 * their facts of the word (tags, syllables, stem, polarity) with `wordFact`. Those facts are of
 * the word without a possessive apostrophe that `@newsroom/nlcst-tokens` joins onto it (`Jones`
 * of `Jones'`): the apostrophe adds no letter, syllable or sense, and taggers and stemmers read
 * words as the parser wrote them.
 */
export function wordLexeme(token: Token): Lexeme {
  const word = parsedWord(token)
  return word === token.text ? token.lexeme : lexemeOf(word)
}

/** The words of one sentence, read from the tokens every plugin of the pipeline shares. */
export interface SentenceWords {
  /** Index of the paragraph holding the sentence among the root's paragraphs. */
  paragraph: number
  /** The word tokens of the sentence, in order: shared, read-only. */
  words: Token[]
  /**
   * The `wordLexeme` of each word, read once here for every plugin stage that asks facts of the
   * words (tags, traits, stems): each read goes from the token to its lexeme again.
   */
  lexemes: Lexeme[]
  /**
   * Whether only white space separates each word from the previous word of its sentence: a
   * possessive apostrophe joined onto the previous word separates them, as it does in the tree.
   */
  adjoins: boolean[]
}

/**
 * Where a tree keeps its sentences' words: a hidden property of the tree, as
 * `@newsroom/nlcst-tokens` keeps its tokens (an entry of a module-wide WeakMap would keep every
 * tree alive through the young-generation collections).
 */
const sentencesKey = Symbol('sentence-words')
type WordedRoot = Root & { [sentencesKey]?: readonly SentenceWords[] }

/**
 * The sentences of an nlcst tree with their words, in reading order, from the tokens of
 * `@newsroom/nlcst-tokens`: the tree is read once for every plugin of a pipeline, and every
 * plugin that asks for the same tree gets the same sentences (keyphrases, readability and
 * sentiment all read each word's lexeme): treat them as read-only.
 */
export function sentenceWords(tree: Root): readonly SentenceWords[] {
  const known = (tree as WordedRoot)[sentencesKey]
  if (known) return known
  const sentences: SentenceWords[] = []
  const paragraphs = paragraphTokens(tree)
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const { tokens, sentences: ranges } = paragraphs[paragraph] as (typeof paragraphs)[number]
    for (const [first, last] of ranges) {
      const words: Token[] = []
      const lexemes: Lexeme[] = []
      const adjoins: boolean[] = []
      let afterWord = false
      for (let index = first; index < last; index++) {
        const token = tokens[index] as Token
        if (token.kind !== 'word') {
          afterWord = false
          continue
        }
        // `wordLexeme`, with the parsed word read once for both uses.
        const word = parsedWord(token)
        const whole = word === token.text
        words.push(token)
        lexemes.push(whole ? token.lexeme : lexemeOf(word))
        adjoins.push(afterWord)
        afterWord = whole
      }
      sentences.push({ paragraph, words, lexemes, adjoins })
    }
  }
  // Not enumerable: equality checks, inspectors and serializers of the tree do not see it.
  Object.defineProperty(tree, sentencesKey, { value: sentences, configurable: true })
  return sentences
}
