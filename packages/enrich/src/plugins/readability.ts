import type { Readability } from '@newsroom/schema'
import { automatedReadability } from 'automated-readability'
import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { syllable } from 'syllable'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

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
    const counts = countText(tree)
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

function countText(tree: Root): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0, character: 0 }
  visit(tree, 'SentenceNode', (sentence) => {
    let words = 0
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue
      const value = nlcstToString(child)
      const characters = value.match(letterOrDigit)?.length ?? 0
      // Tokens without a letter or digit (a lone dash, an emoji) are not words to a reader.
      if (characters === 0) continue
      words++
      counts.character += characters
      counts.syllable += Math.max(1, syllable(value))
    }
    if (words > 0) {
      counts.sentence++
      counts.word += words
    }
  })
  return counts
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
