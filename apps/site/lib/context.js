/**
 * @typedef {{ text: string, quote: boolean }} ContextPiece
 *   A stretch of context text; `quote` marks the words of the quotation.
 */

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * The sentence or sentences of a block around a quoted stretch, split into pieces so the
 * quotation can be highlighted: what a reader needs to judge a quote out of its article.
 *
 * @param {string} text block text
 * @param {number} start offset where the quote starts
 * @param {number} end exclusive end offset of the quote
 * @returns {ContextPiece[]}
 */
export function quoteContext(text, start, end) {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  // `containing` finds the sentences around the quote without walking the block from its start.
  const segments = sentences.segment(text)
  const first = segments.containing(from)
  const last = segments.containing(Math.max(from, to - 1))
  const contextStart = first ? first.index : from
  const contextEnd = last ? last.index + last.segment.length : text.length
  /** @type {ContextPiece[]} */
  const pieces = [
    { text: text.slice(contextStart, from).trimStart(), quote: false },
    { text: text.slice(from, to), quote: true },
    { text: text.slice(to, contextEnd).trimEnd(), quote: false },
  ]
  return pieces.filter((piece) => piece.text.length > 0)
}
