import type { Line, Segment } from './draft.js'
import { splitParagraphs } from './draft.js'
import { hasWords, wordsBetween } from './normalize.js'
import {
  minLongParagraphWords,
  type ParagraphReader,
  segmentSlicer,
  sentenceStarts,
} from './paragraph-reader.js'

/**
 * Some sites export a story as one long paragraph. Attribution counts in paragraphs (whether a
 * quotation opens one, how many paragraphs back a name was last seen), so in a body of one
 * 2,000-word paragraph every quotation looks as if it were in the lead. This stage splits a
 * paragraph far longer than news writes them at its sentence ends, the way such text was
 * written: a sentence that opens with a quotation mark starts a paragraph (a quotation and its
 * cue after it, or a quotation going on from the paragraph before), and a paragraph without one
 * ends at the first sentence end past `maxRestoredWords` words. It never splits inside a
 * quotation. The break rule was chosen on PolNeAR training articles with their paragraph breaks
 * removed, against breaking at every sentence, at every quotation, or by length alone.
 */

/**
 * A paragraph with fewer words than this is an ordinary (if long) paragraph, left as it is: the
 * bound of `paragraphReader`, through which this stage reads paragraphs.
 */
export const minRunOnWords = minLongParagraphWords
/** …or with fewer sentences than this. */
export const minRunOnSentences = 6
/** A restored paragraph without a quotation ends at the first sentence end past this many words. */
export const maxRestoredWords = 120

/** Whether the straight or curly double quotation mark at `index` opens a quotation. */
function opensQuotation(text: string, index: number): boolean {
  const character = text[index]
  if (character === '“') return true
  if (character === '”') return false
  const before = index === 0 ? ' ' : (text[index - 1] as string)
  return /[\s([{—–-]/u.test(before)
}

/** Offsets of `text` where a restored paragraph starts, in order (never 0). */
export function paragraphBreaks(text: string): number[] {
  return breaksAt(text, sentenceStarts(text))
}

function breaksAt(text: string, starts: readonly number[]): number[] {
  const breaks: number[] = []
  let open = false
  let position = 0
  // Words since the last break, counted sentence by sentence so the work stays linear.
  let words = 0
  let counted = 0
  for (const start of starts) {
    if (start >= text.length) continue
    for (; position < start; position++) {
      const character = text[position] as string
      if (character === '"' || character === '“' || character === '”')
        open = opensQuotation(text, position)
    }
    const opensQuote = text[start] === '"' || text[start] === '“'
    // Inside a quotation only a new opening mark may start a paragraph: news marks a quotation
    // that goes on into the next paragraph so, without closing it first.
    if (open && !opensQuote) continue
    words += wordsBetween(text, counted, start)
    counted = start
    if (opensQuote || words >= maxRestoredWords) {
      breaks.push(start)
      words = 0
    }
  }
  return breaks
}

/** Whether a long paragraph (see `paragraphReader`) with these sentence starts is a run-on one. */
function isRunOn(starts: readonly number[] | undefined): starts is readonly number[] {
  return starts !== undefined && starts.length + 1 >= minRunOnSentences
}

/** Whether a paragraph's text is long enough to be a body pasted without paragraph breaks. */
export function isRunOnParagraph(text: string): boolean {
  return hasWords(text, minRunOnWords) && isRunOn(sentenceStarts(text))
}

/**
 * Split every run-on paragraph of `segments` into paragraphs at its sentence ends, each still
 * placed in the file. `read` reads paragraphs (see `paragraphReader`); `onRestore` hears of each
 * paragraph split, with how many paragraphs it became and its first line. The pieces of a split
 * paragraph are marked `restored`: a reader of the article JSON can tell them from paragraphs the
 * writer made.
 */
export function restoreParagraphs(
  segments: readonly Segment[],
  read: ParagraphReader,
  onRestore?: (count: number, place: Line) => void,
): Segment[] {
  return splitParagraphs(segments, (segment) => {
    const { text, sentenceStarts: starts } = read(segment)
    if (!isRunOn(starts)) return undefined
    const pieces: Segment[] = []
    const sliceSegment = segmentSlicer(segment)
    let from = 0
    for (const end of [...breaksAt(text, starts), text.length]) {
      const lines = sliceSegment(from, end)
      if (lines.length > 0) pieces.push({ type: 'paragraph', lines })
      from = end
    }
    const first = segment.lines[0]
    if (pieces.length > 1) {
      // Every piece is marked, the first too: its end is as guessed as the others' starts.
      for (const piece of pieces) piece.restored = true
      if (first) onRestore?.(pieces.length, first)
    }
    return pieces
  })
}
