import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { stemmer } from 'stemmer'
import { SKIP, visit } from 'unist-util-visit'

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
}

export interface TokenizedText {
  tokens: Token[]
  /** Words in the body (hyphenated words count once). */
  words: number
  sentences: number
}

// Possessive endings are dropped so `China's` counts as `China`; letters, digits and inner
// apostrophes make up a word part, anything else (hyphens, dots, slashes) splits it.
const possessive = /['’]s$/u
const wordPart = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Split one word (or a cue) into its parts: `live-fire` → `live`, `fire`; `U.S.` → `U`, `S`. */
export function splitWord(value: string): string[] {
  const parts = value.match(wordPart) ?? []
  return parts.map((part) => part.replace(possessive, ''))
}

/** A word part's keys, the same wherever the word occurs. */
interface Keys {
  text: string
  lower: string
  stem: string
}

/**
 * Keys are cached by word as written: news vocabulary repeats a lot, and splitting and stemming
 * are the costly steps.
 */
const keysCache = new Map<string, readonly Keys[]>()
/** `stemmer` takes time quadratic in the length of a word: longer parts are their own stem. */
const maxStemmedPart = 64

function keysOf(word: string): readonly Keys[] {
  let keys = keysCache.get(word)
  if (keys === undefined) {
    keys = splitWord(word).map((text) => {
      const lower = text.toLowerCase()
      return { text, lower, stem: lower.length > maxStemmedPart ? lower : stemmer(lower) }
    })
    if (keysCache.size >= 50_000) keysCache.clear()
    keysCache.set(word, keys)
  }
  return keys
}

/**
 * Tokens of an nlcst tree, in reading order. A word's text is its slice of `source` (the file's
 * value) when the parser placed it, which is much cheaper than joining its text nodes.
 */
export function tokenizeTree(tree: Root, source?: string): TokenizedText {
  const tokens: Token[] = []
  let words = 0
  let sentences = 0
  let paragraphIndex = -1
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    paragraphIndex++
    const index = paragraphIndex
    // Sentences hold words directly: the walk stops at each sentence instead of entering it.
    visit(paragraph, 'SentenceNode', (sentence) => {
      const sentenceIndex = sentences++
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        const value =
          source !== undefined && start !== undefined && end !== undefined
            ? source.slice(start, end)
            : nlcstToString(child)
        const keys = keysOf(value)
        if (keys.length > 0) words++
        for (const { text, lower, stem } of keys) {
          tokens.push({ text, lower, stem, paragraph: index, sentence: sentenceIndex })
        }
      }
      return SKIP
    })
  }
  return { tokens, words, sentences }
}

/** Tokens of a short plain text such as a title, all in one pseudo-sentence. */
export function tokenizeTitle(title: string, sentence: number): Token[] {
  return title
    .split(/\s+/u)
    .flatMap(keysOf)
    .map(({ text, lower, stem }) => ({ text, lower, stem, paragraph: -1, sentence }))
}
