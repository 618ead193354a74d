import { BoundedCache } from '@newsroom/names'
import type { Root, Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * A word as written, one object for all its occurrences in every article (up to a bound): the
 * plugins keep what they compute of a word here, so a fact is computed once per word rather than
 * once per occurrence, and read without a look-up of the word in a table of their own (with a
 * dozen such tables, hashing each occurrence of each word again cost more than the facts).
 * Each fact has one owner, named beside it; a fact is absent until its owner first asks.
 */
export interface Lexeme {
  /** The word as written. */
  readonly value: string
  /** `value` in lowercase (sentiment). */
  lower: string | undefined
  /** Part-of-speech tags, by the context of the word before (part-of-speech). */
  tags: Array<string | undefined> | undefined
  /** Letters and digits, and syllables (readability). */
  counts: { characters: number; syllables: number } | undefined
  /** Porter stem, lowercase (keyphrases). */
  stem: string | undefined
}

/** Most distinct words kept (the vocabulary starts again when full): memory stays bounded. */
const maxLexemes = 50_000
/** Longer tokens are rare and would make the vocabulary's size in bytes unbounded. */
const maxSharedLength = 64
const vocabulary = new BoundedCache<string, Lexeme>(maxLexemes)

/** A lexeme with every fact absent: all lexemes have one shape, so reading a fact stays fast. */
function newLexeme(value: string): Lexeme {
  return { value, lower: undefined, tags: undefined, counts: undefined, stem: undefined }
}

/** The lexeme of a word as written. */
export function lexemeOf(value: string): Lexeme {
  if (value.length > maxSharedLength) return newLexeme(value)
  let lexeme = vocabulary.get(value)
  if (lexeme === undefined) {
    lexeme = newLexeme(value)
    vocabulary.set(value, lexeme)
  }
  return lexeme
}

/** A word of a sentence, read once for every plugin that needs it. */
export interface SentenceWord {
  node: Word
  /** The word as written (the same string as `lexeme.value`). */
  value: string
  /** What the plugins know of the word, shared by all its occurrences. */
  lexeme: Lexeme
  /** Start offset of the word in the file. */
  offset: number
  /** Whether only white space separates it from the previous word of its sentence. */
  adjoinsPrevious: boolean
}

export interface SentenceWords {
  node: Sentence
  /** Index of the paragraph holding the sentence among the root's paragraphs. */
  paragraph: number
  words: SentenceWord[]
}

/** The words of a tree, by sentence: the plugins of one run share one walk of the same tree. */
const cache = new WeakMap<Root, SentenceWords[]>()

/**
 * The sentences of an nlcst tree with their words, in reading order. Read once per tree and
 * shared: the keyphrases, readability and sentiment plugins each need every word as a string,
 * and reading the tree once for all of them is most of their cost saved. Plugins that change
 * the words of a tree must run before the first one that reads them.
 */
export function sentenceWords(tree: Root, file: VFile): readonly SentenceWords[] {
  let sentences = cache.get(tree)
  if (sentences) return sentences
  sentences = []
  // A word's text is its slice of the file when the parser placed it (retext-english does):
  // slicing is much cheaper than joining the word's text nodes.
  const source = typeof file.value === 'string' ? file.value : undefined
  const paragraphs = new Map<unknown, number>()
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') paragraphs.set(child, paragraphs.size)
  }
  const found = sentences
  // Sentences hold words directly: the walk stops at each sentence instead of entering it.
  visit(tree, 'SentenceNode', (sentence, _, parent) => {
    const words: SentenceWord[] = []
    let adjoins = false
    for (const child of sentence.children) {
      if (child.type === 'WordNode') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        const lexeme = lexemeOf(
          source !== undefined && start !== undefined && end !== undefined
            ? source.slice(start, end)
            : nlcstToString(child),
        )
        words.push({
          node: child,
          value: lexeme.value,
          lexeme,
          offset: start ?? -1,
          adjoinsPrevious: adjoins,
        })
        adjoins = true
      } else if (child.type !== 'WhiteSpaceNode') {
        adjoins = false
      }
    }
    found.push({ node: sentence, paragraph: paragraphs.get(parent) ?? -1, words })
    return SKIP
  })
  cache.set(tree, sentences)
  return sentences
}
