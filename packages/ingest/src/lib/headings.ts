import type { Segment } from './draft.js'

const maxHeadingWords = 12
const maxHeadingLength = 90
/** Sentence punctuation at the end, before any closing quotation marks and brackets. */
const sentenceEnd = /[.!?:;,…][\s"'”’»)\]]*$/
const wrappingQuotes: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
]

/** Remove quotation marks that wrap the whole of `text` ("'A real conversation'"). */
export function stripWrappingQuotes(text: string): string {
  for (const [open, close] of wrappingQuotes) {
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close)) {
      const inner = text.slice(open.length, -close.length)
      if (!inner.includes(open) && !inner.includes(close)) return inner.trim()
    }
  }
  return text
}

/** Whether one line reads as a subheading: short, capitalized, no sentence punctuation. */
export function looksLikeHeading(text: string): boolean {
  const inner = stripWrappingQuotes(text)
  // The length first: most lines are paragraphs, far too long to split into words for nothing.
  if (inner.length > maxHeadingLength) return false
  const words = inner.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > maxHeadingWords) return false
  // Sentence punctuation may stand inside closing marks: `The trust called it "overdue."` and
  // `She asked: "Why now?"` end sentences, as `It was "overdue".` does.
  if (sentenceEnd.test(inner) || /[.!?]\s/.test(inner)) return false
  return /^[\p{Lu}\p{N}]/u.test(inner)
}

/**
 * Plain text has no markup for subheadings: a paragraph of one short line that looks like a
 * heading, between two ordinary paragraphs, becomes a heading block (wrapping quotes removed).
 * Requiring paragraphs on both sides keeps trailing link lists and lone lines at the edges out.
 */
export function detectHeadings(segments: Segment[]): Segment[] {
  return segments.map((segment, index) => {
    const before = segments[index - 1]
    const after = segments[index + 1]
    const [line] = segment.lines
    if (
      line === undefined ||
      segment.lines.length !== 1 ||
      before?.type !== 'paragraph' ||
      after?.type !== 'paragraph' ||
      (after.lines.length === 1 && looksLikeHeading(after.lines[0]?.text ?? '')) ||
      !looksLikeHeading(line.text)
    ) {
      return segment
    }
    return { type: 'heading', lines: [{ ...line, text: stripWrappingQuotes(line.text) }] }
  })
}
