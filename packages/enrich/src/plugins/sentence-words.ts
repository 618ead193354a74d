import { BoundedCache } from '@newsroom/names'
import type { Root, Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'

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
  /**
   * AFINN polarity of `lower`, and the ratings it was read from (sentiment: the ratings depend
   * on the plugin's options, so the polarity counts only for the same ratings).
   */
  polarity: number
  ratings: object | undefined
}

/** Most distinct words kept (the vocabulary starts again when full): memory stays bounded. */
const maxLexemes = 50_000
/** Longer tokens are rare and would make the vocabulary's size in bytes unbounded. */
const maxSharedLength = 64
const vocabulary = new BoundedCache<string, Lexeme>(maxLexemes)

/** A lexeme with every fact absent: all lexemes have one shape, so reading a fact stays fast. */
function newLexeme(value: string): Lexeme {
  return {
    value,
    lower: undefined,
    tags: undefined,
    counts: undefined,
    stem: undefined,
    polarity: 0,
    ratings: undefined,
  }
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
export function sentenceWords(tree: Root): readonly SentenceWords[] {
  let sentences = cache.get(tree)
  if (sentences) return sentences
  sentences = []
  // Sentences are children of paragraphs (or of the root): two loops read them in order, with
  // none of the per-node work of a generic walk.
  let paragraph = 0
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      for (const sentence of child.children)
        if (sentence.type === 'SentenceNode') sentences.push(readSentence(sentence, paragraph))
      paragraph++
    } else if (child.type === 'SentenceNode') {
      sentences.push(readSentence(child, -1))
    }
  }
  cache.set(tree, sentences)
  return sentences
}

function readSentence(sentence: Sentence, paragraph: number): SentenceWords {
  const words: SentenceWord[] = []
  let adjoins = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const lexeme = lexemeOf(wordText(child))
      words.push({
        node: child,
        value: lexeme.value,
        lexeme,
        offset: child.position?.start.offset ?? -1,
        adjoinsPrevious: adjoins,
      })
      adjoins = true
    } else if (child.type !== 'WhiteSpaceNode') {
      adjoins = false
    }
  }
  return { node: sentence, paragraph, words }
}

/**
 * The text of a word: most words are one text node, whose value is taken as it is (the same
 * string every plugin reading the word gets, so a table keyed by it hashes it once), with no
 * string built or sliced.
 */
function wordText(word: Word): string {
  const { children } = word
  if (children.length === 1) {
    const only = children[0]
    if (only !== undefined && 'value' in only) return only.value
  }
  return nlcstToString(word)
}
