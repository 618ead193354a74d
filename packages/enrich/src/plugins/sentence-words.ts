import type { Root, Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** A word of a sentence, read once for every plugin that needs it. */
export interface SentenceWord {
  node: Word
  /** The word as written. */
  value: string
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
        words.push({
          node: child,
          value:
            source !== undefined && start !== undefined && end !== undefined
              ? source.slice(start, end)
              : nlcstToString(child),
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
