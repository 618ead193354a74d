import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { stemmer } from 'stemmer'
import { visit } from 'unist-util-visit'

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

/** Stems are cached: news vocabulary repeats a lot, and stemming is the costly step. */
const stemCache = new Map<string, string>()

function stemOf(lower: string): string {
  let stem = stemCache.get(lower)
  if (stem === undefined) {
    stem = stemmer(lower)
    if (stemCache.size > 50_000) stemCache.clear()
    stemCache.set(lower, stem)
  }
  return stem
}

function toToken(text: string, paragraph: number, sentence: number): Token {
  const lower = text.toLowerCase()
  return { text, lower, stem: stemOf(lower), paragraph, sentence }
}

/** Tokens of an nlcst tree, in reading order. */
export function tokenizeTree(tree: Root): TokenizedText {
  const tokens: Token[] = []
  let words = 0
  let sentences = 0
  let paragraphIndex = -1
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    paragraphIndex++
    const index = paragraphIndex
    visit(paragraph, 'SentenceNode', (sentence) => {
      const sentenceIndex = sentences++
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const parts = splitWord(nlcstToString(child))
        if (parts.length > 0) words++
        for (const part of parts) tokens.push(toToken(part, index, sentenceIndex))
      }
    })
  }
  return { tokens, words, sentences }
}

/** Tokens of a short plain text such as a title, all in one pseudo-sentence. */
export function tokenizeTitle(title: string, sentence: number): Token[] {
  return title
    .split(/\s+/u)
    .flatMap(splitWord)
    .map((part) => toToken(part, -1, sentence))
}
