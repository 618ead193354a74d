import { paragraphTokens, type Token as WordToken, wordFact } from '@newsroom/nlcst-tokens'
import type { Root } from 'nlcst'

/** One word of a sentence, with what separates it from its neighbours. */
export interface Token {
  /** The word as written. */
  text: string
  /** Offsets into the file's text, `end` exclusive. */
  start: number
  end: number
  /** Index of the paragraph (block) the word is in. */
  paragraph: number
  /** Punctuation between the previous word and this one (`''` for plain whitespace). */
  before: string
  /** Punctuation between this word and the next (`''` for plain whitespace). */
  after: string
  /** First word of a sentence, or first after an opening quotation mark or colon. */
  initial: boolean
  /** The word as `@newsroom/nlcst-tokens` read it: its lexeme keeps facts of the word. */
  word: WordToken
}

const openers = /["“‘'(:\u2014\u2013-]/

/** The words of every sentence of the tree, in document order. */
export function sentencesOf(tree: Root): Token[][] {
  const sentences: Token[][] = []
  for (const [paragraph, { tokens, sentences: ranges }] of paragraphTokens(tree).entries()) {
    for (const [first, last] of ranges) {
      const words: Token[] = []
      let pending = ''
      // Whether whitespace came after the last punctuation: `"The` opens, `", State` does not.
      let spaced = false
      let previousEnd = -1
      for (let index = first; index < last; index++) {
        const token = tokens[index] as (typeof tokens)[number]
        const gap = previousEnd >= 0 && token.start > previousEnd
        previousEnd = token.end
        if (token.kind === 'punct') {
          pending += token.text
          spaced = false
          continue
        }
        if (gap && pending !== '') spaced = true
        const previous = words[words.length - 1]
        if (previous !== undefined) previous.after = pending
        words.push({
          text: token.text,
          start: token.start,
          end: token.end,
          paragraph,
          before: pending,
          after: '',
          initial:
            previous === undefined ||
            pending.includes(':') ||
            (!spaced && openers.test(pending.slice(-1))),
          word: token,
        })
        pending = ''
        spaced = false
      }
      const lastWord = words[words.length - 1]
      if (lastWord !== undefined) lastWord.after = pending
      sentences.push(words)
    }
  }
  return sentences
}

/**
 * A fact of a token's word as written, kept on its lexeme: the recognizer asks the same few
 * questions of a word many times (is it a role, an organization head), each a table look-up of
 * the word, where a lexeme's fact is read without hashing the word again.
 */
export function tokenFact<Value>(read: (word: string) => Value): (token: Token) => Value {
  const fact = wordFact(read)
  return (token) => fact(token.word.lexeme)
}
