import { type Lexeme, wordFact } from '@newsroom/nlcst-tokens'
import type { Readability } from '@newsroom/schema'
import { automatedReadability } from 'automated-readability'
import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import type { Root } from 'nlcst'
import { syllable } from 'syllable'
import type { VFile } from 'vfile'
import { type SentenceWords, sentenceWords } from './sentence-words.js'

declare module 'vfile' {
  interface DataMap {
    /** Counts and readability indexes of the text. Populated by the readability plugin. */
    readability?: Readability
  }
}

/** Configuration of `readability` (none yet: the indexes are fixed formulas). */
export type ReadabilityOptions = Record<string, never>

/** What `readability` writes on `file.data.readability`. */
export type ReadabilityResult = Readability

/**
 * Count sentences, words, syllables and letters, and compute the Flesch reading ease,
 * Flesch–Kincaid grade and Automated Readability Index (the words collective's `flesch`,
 * `flesch-kincaid` and `automated-readability` formulas). The indexes are null when the text
 * has no sentence with a word.
 */
export default function readability(_options?: Readonly<ReadabilityOptions> | null) {
  return function transformer(tree: Root, file: VFile): undefined {
    const counts = countText(sentenceWords(tree))
    const hasText = counts.sentence > 0 && counts.word > 0
    file.data.readability = {
      sentences: counts.sentence,
      words: counts.word,
      syllables: counts.syllable,
      fleschReadingEase: hasText ? round(flesch(counts)) : null,
      fleschKincaidGrade: hasText ? round(fleschKincaid(counts)) : null,
      automatedReadabilityIndex: hasText ? round(automatedReadability(counts)) : null,
    }
  }
}

// A type alias, not an interface: the formula packages take a string-indexed record.
type Counts = {
  sentence: number
  word: number
  syllable: number
  character: number
}

// Letters and digits only: ARI counts characters of words, not punctuation or hyphens.
const letterOrDigit = /[\p{L}\p{N}]/gu

function countText(sentences: readonly SentenceWords[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0, character: 0 }
  for (const { lexemes } of sentences) {
    let words = 0
    for (let index = 0; index < lexemes.length; index++) {
      const { characters, syllables } = wordCounts(lexemes[index] as Lexeme)
      // Tokens without a letter or digit (a lone dash, an emoji) are not words to a reader.
      if (characters === 0) continue
      words++
      counts.character += characters
      counts.syllable += syllables
    }
    if (words > 0) {
      counts.sentence++
      counts.word += words
    }
  }
  return counts
}

/**
 * `syllable` takes time quadratic in the length of a word (its suffix expressions backtrack), so
 * it only sees words up to this long; English words are shorter (the longest dictionary word has
 * 45 letters). Longer letter runs count their vowel groups, which takes linear time.
 */
const maxSyllableWord = 64
const letterRun = /\p{L}+/gu
const vowelGroup = /[aeiouy]+/giu

/** What a word adds to the counts. */
interface WordCounts {
  /** Letters and digits. */
  characters: number
  /** Syllables, at least one. */
  syllables: number
}

function countWord(word: string): WordCounts {
  const characters = word.match(letterOrDigit)?.length ?? 0
  return { characters, syllables: characters === 0 ? 0 : Math.max(1, syllables(word)) }
}

/** Kept on the word's lexeme: counting syllables is the costly step. */
const wordCounts = wordFact(countWord)

function syllables(word: string): number {
  if (word.length > maxSyllableWord) {
    let count = 0
    for (const [run] of word.matchAll(letterRun)) {
      count +=
        run.length <= maxSyllableWord
          ? syllables(run)
          : Math.max(1, run.match(vowelGroup)?.length ?? 0)
    }
    return count
  }
  return syllable(word)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
