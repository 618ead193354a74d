import type { Root, Sentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { SKIP, visit } from 'unist-util-visit'

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
}

const openers = /["“‘'(:\u2014\u2013-]/

/** The words of every sentence of the tree, in document order. */
export function sentencesOf(tree: Root): Token[][] {
  const sentences: Token[][] = []
  let paragraph = -1
  visit(tree, (node) => {
    if (node.type === 'ParagraphNode') paragraph++
    if (node.type !== 'SentenceNode') return
    const tokens: Token[] = []
    let pending = ''
    // Whether whitespace came after the last punctuation: `"The` opens, `", State` does not.
    let spaced = false
    for (const child of (node as Sentence).children) {
      if (child.type === 'WordNode') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        const previous = tokens[tokens.length - 1]
        if (previous !== undefined) previous.after = pending
        tokens.push({
          text: nlcstToString(child),
          start,
          end,
          paragraph: Math.max(paragraph, 0),
          before: pending,
          after: '',
          initial:
            previous === undefined ||
            pending.includes(':') ||
            (!spaced && openers.test(pending.slice(-1))),
        })
        pending = ''
        spaced = false
      } else if (child.type === 'WhiteSpaceNode') {
        spaced = true
      } else {
        pending += nlcstToString(child)
        spaced = false
      }
    }
    const last = tokens[tokens.length - 1]
    if (last !== undefined) last.after = pending
    sentences.push(tokens)
    return SKIP
  })
  return sentences
}
