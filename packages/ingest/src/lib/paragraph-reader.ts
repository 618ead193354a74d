import { honorifics } from '@newsroom/lexicon'
import { type Line, type Segment, segmentText, sliceLine } from './draft.js'
import { bare, hasWords, isSpace } from './normalize.js'

/**
 * Reading the paragraphs that the glued-heading and paragraph-break stages may cut: a paragraph's
 * text, whether it is long enough to be text pasted without breaks, its sentence starts, and its
 * lines between two offsets of its text.
 */

/**
 * A paragraph with fewer words than this is an ordinary (if long) paragraph: neither stage cuts
 * it, so its sentence starts are not looked for.
 */
export const minLongParagraphWords = 150

const honorificSet = new Set(honorifics.map((title) => title.replace(/\.$/, '').toLowerCase()))

/** A word's capital first letter: a title before a name is written so. */
const capitalStart = /^\p{Lu}/u

/**
 * Offsets just after each sentence end of `text`: a `.`, `!` or `?` (with closing quotation
 * marks or brackets) after a lowercase letter, digit or closing mark, then white space. A period
 * after a capital ("U.S.", "J. Vale") is an abbreviation as often as a sentence end, so it is left
 * out.
 */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = []
  const pattern = /[\p{Ll}\d)\]%'’"”][.!?]+['’"”)\]]*\s+/gu
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An honorific written short ("Dr.", "Mr.") comes before a name, not at a sentence end. Only
    // the honorifics are kept out: a rank written short ("Gen.", "Sen.") ends a sentence here.
    // Before a name a title is capitalized; a lowercase one is a noun ending its sentence ("her
    // father.", "his doctor.").
    const word = bare(wordEndingAt(text, match.index + 1))
    if (capitalStart.test(word) && honorificSet.has(word.toLowerCase())) continue
    starts.push(match.index + match[0].length)
  }
  return starts
}

/** How far back `wordEndingAt` looks for the start of a word. */
export const maxWordLookBack = 20

/**
 * The run of non-space characters that ends at `end` and starts at most `maxWordLookBack`
 * characters before the last of them. Read backwards from `end`, so a long paragraph is not
 * sliced and searched again at each sentence end.
 */
export function wordEndingAt(text: string, end: number): string {
  const limit = Math.max(0, end - 1 - maxWordLookBack)
  let start = end - 1
  while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--
  return text.slice(start, end)
}

/**
 * A function giving the lines of `segment` covering offsets `from`…`to` of its text (lines joined
 * by a space). Each call looks up its first line by binary search and stops at `to`, so cutting a
 * long paragraph of many lines into many pieces stays linear in its length.
 */
export function segmentSlicer(segment: Segment): (from: number, to: number) => Line[] {
  const starts: number[] = []
  let offset = 0
  for (const line of segment.lines) {
    starts.push(offset)
    offset += line.text.length + 1
  }
  return (from, to) => {
    // The last line starting at or before `from`.
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= from) low = middle
      else high = middle - 1
    }
    const lines: Line[] = []
    for (let index = low; index < segment.lines.length; index++) {
      const lineStart = starts[index] as number
      if (lineStart >= to) break
      const line = segment.lines[index] as Line
      const lineEnd = lineStart + line.text.length
      const start = Math.max(from, lineStart)
      const end = Math.min(to, lineEnd)
      if (start < end) {
        const piece = sliceLine(line, start - lineStart, end - lineStart)
        const lead = piece.text.length - piece.text.trimStart().length
        const trimmed = lead > 0 ? sliceLine(piece, lead, piece.text.length) : piece
        const text = trimmed.text.trimEnd()
        if (text !== '') lines.push({ ...trimmed, text })
      }
    }
    return lines
  }
}

/**
 * A paragraph's text and, when it is long enough to be text pasted without breaks, its sentence
 * starts.
 */
export interface ParagraphReading {
  text: string
  /** None for a paragraph of fewer than `minLongParagraphWords` words. */
  sentenceStarts: number[] | undefined
}

export type ParagraphReader = (segment: Segment) => ParagraphReading

/**
 * A reader of paragraph segments for the stages that cut long paragraphs (glued subheadings,
 * then paragraph breaks), reading each segment once: a paragraph the first stage leaves whole
 * reaches the second as the same segment, whose text, length and sentence starts are then not
 * found again. A reading is remembered by the segment object, so a segment must not be changed
 * in place (its lines replaced or edited) while a reader is in use: make a new segment instead.
 */
export function paragraphReader(): ParagraphReader {
  const readings = new WeakMap<Segment, ParagraphReading>()
  return (segment) => {
    let reading = readings.get(segment)
    if (reading === undefined) {
      const text = segmentText(segment)
      const long = hasWords(text, minLongParagraphWords)
      reading = { text, sentenceStarts: long ? sentenceStarts(text) : undefined }
      readings.set(segment, reading)
    }
    return reading
  }
}
