import { paragraphTokens, type Token } from '@newsroom/nlcst-tokens'
import type { Root } from 'nlcst'

const openers = /["“‘'(:\u2014\u2013-]/

/**
 * One sentence of the tree as the recognizer reads it: its words are nlcst-tokens' own tokens,
 * and what the recognizer adds of each word (the punctuation around it, whether it opens a
 * sentence) is kept in arrays by word index rather than in a copy of every token: a new object
 * per word was the largest part of what the plugin allocated.
 */
export class Sentence {
  /** The words, in order. */
  readonly words: Token[]
  /**
   * Punctuation before each word (`''` for plain whitespace), and after the last one at the
   * end: what comes after word `index` is what comes before word `index + 1`.
   */
  private readonly punctuation: string[]
  private readonly initials: boolean[]

  /**
   * `paragraph`: index of the paragraph (block) the sentence is in; `size`: its number of words.
   * The arrays are made at their size: grown word by word, they allocated more than the words.
   */
  constructor(
    readonly paragraph: number,
    size: number,
  ) {
    this.words = new Array(size)
    this.punctuation = new Array(size + 1)
    this.initials = new Array(size)
  }

  /** Punctuation between the previous word and word `index` (`''` for plain whitespace). */
  before(index: number): string | undefined {
    return index >= 0 && index < this.words.length ? this.punctuation[index] : undefined
  }

  /** Punctuation between word `index` and the next (`''` for plain whitespace). */
  after(index: number): string | undefined {
    return index >= 0 && index < this.words.length ? this.punctuation[index + 1] : undefined
  }

  /**
   * Whether word `index` is the first of the sentence, or the first after an opening quotation
   * mark or colon.
   */
  initial(index: number): boolean | undefined {
    return this.initials[index]
  }

  /** Set word `index`: `before` is the punctuation since the previous one. */
  set(index: number, word: Token, before: string, initial: boolean): void {
    this.words[index] = word
    this.punctuation[index] = before
    this.initials[index] = initial
  }

  /** Set the punctuation after the last word. */
  close(after: string): void {
    this.punctuation[this.words.length] = after
  }
}

/** The sentences of the tree, in document order. */
export function sentencesOf(tree: Root): Sentence[] {
  const sentences: Sentence[] = []
  for (const [paragraph, { tokens, sentences: ranges }] of paragraphTokens(tree).entries()) {
    for (const [first, last] of ranges) {
      let size = 0
      for (let index = first; index < last; index++) if (tokens[index]?.kind === 'word') size++
      const sentence = new Sentence(paragraph, size)
      let count = 0
      let pending = ''
      // Whether whitespace came after the last punctuation: `"The` opens, `", State` does not.
      let spaced = false
      let previousEnd = -1
      for (let index = first; index < last; index++) {
        const token = tokens[index] as Token
        const gap = previousEnd >= 0 && token.start > previousEnd
        previousEnd = token.end
        if (token.kind === 'punct') {
          pending += token.text
          spaced = false
          continue
        }
        if (gap && pending !== '') spaced = true
        sentence.set(
          count,
          token,
          pending,
          count === 0 ||
            // Most words follow plain whitespace: no punctuation to test.
            (pending !== '' &&
              (pending.includes(':') || (!spaced && openers.test(pending.slice(-1))))),
        )
        count++
        pending = ''
        spaced = false
      }
      sentence.close(pending)
      sentences.push(sentence)
    }
  }
  return sentences
}
