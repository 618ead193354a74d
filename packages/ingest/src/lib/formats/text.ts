import type { VFile } from 'vfile'
import type { Draft, Line, Segment } from '../draft.js'
import { emptyDraft } from '../draft.js'
import { applyMetadataLine, classifyHeaderLine } from '../header.js'
import { report } from '../messages.js'
import { isPublisherCandidate } from '../metadata-lines.js'
import { hasWords } from '../normalize.js'

/** Split normalized text into lines that remember where they start in the original file. */
export function toLines(text: string): Line[] {
  return text.split('\n').map((raw, index) => {
    const lead = raw.length - raw.trimStart().length
    return { text: raw.trim(), line: index + 1, column: lead + 1 }
  })
}

/** Runs of non-blank lines: the paragraphs of a plain-text file. */
export function toChunks(lines: Line[]): Line[][] {
  const chunks: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) chunks.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Widest line hard-wrapping editors and mail clients produce; a longer line is a paragraph. */
const maxWrapWidth = 100

function firstWordLength(text: string): number {
  return text.split(/\s/, 1)[0]?.length ?? 0
}

/** Fewest lines a run needs to be read as a list by its shape alone (see `isLineList`). */
const minListLines = 3

/** A line that opens as an item does: with a capital or a digit. */
const opensItem = /^[\p{Lu}\p{N}]/u
/** A line that ends as prose may wrap: on a stop, a comma, a colon, a dash or a hyphen. */
const endsWrappable = /[.!?,;:\u2013\u2014-]["'\u201d\u2019)\]]*$/u

/**
 * Whether a run of lines is a list of short items (`Key points` and its lines, pasted from a live
 * page) rather than a hard-wrapped paragraph: three or more lines, each opening with a capital or
 * a digit and none ending with punctuation. Wrapped prose breaks lines mid-sentence, so its
 * lines go on in lowercase or end on a comma or a stop; a run where none does reads as items,
 * one a line, whatever their widths.
 */
function isLineList(chunk: readonly Line[]): boolean {
  if (chunk.length < minListLines) return false
  return chunk.every((line) => opensItem.test(line.text) && !endsWrappable.test(line.text))
}

/**
 * The paragraphs of one run of non-blank lines. Text copied from a web page often puts each
 * paragraph on a line of its own with no blank line between; hard-wrapped text breaks a line only
 * where the next word would not fit. So a run holding a line wider than any wrap width is one
 * paragraph a line, and elsewhere a line break where the next word would still have fit within
 * the run's widest line is a paragraph break.
 */
export function splitParagraphLines(chunk: readonly Line[]): Line[][] {
  if (chunk.length < 2) return [[...chunk]]
  if (isLineList(chunk)) return chunk.map((line) => [line])
  let width = 0
  for (const line of chunk) width = Math.max(width, line.text.length)
  const paragraphs: Line[][] = []
  let current: Line[] = []
  for (const [index, line] of chunk.entries()) {
    current.push(line)
    const next = chunk[index + 1]
    if (next === undefined) break
    const fits = line.text.length + 1 + firstWordLength(next.text) <= width
    if (width > maxWrapWidth || fits) {
      paragraphs.push(current)
      current = []
    }
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** Longest dek taken from a single line before the metadata lines. */
const maxDekWords = 60
/** How many chunks after the title may hold the header (dek, publisher, read time, byline, date). */
const maxHeaderChunks = 4

/**
 * Parse a plain-text article as people paste it:
 *
 *     Title line
 *     (optional dek / standfirst on its own line)
 *     (optional publisher line, "Read Time = 3 mins", "By …" and date lines)
 *     Body paragraphs separated by blank lines, or one a line; short lines between them are
 *     subheadings.
 *
 * Lines of one hard-wrapped paragraph are joined with a space.
 */
export function parseText(text: string, file: VFile): Draft {
  const draft = emptyDraft('text')
  draft.detectHeadings = true
  const chunks = toChunks(toLines(text))
  const first = chunks.shift()
  if (first === undefined) return draft
  const [titleLine, ...afterTitle] = first
  if (titleLine) draft.title = { value: titleLine.text, place: titleLine }
  if (afterTitle.length > 0) chunks.unshift(afterTitle)

  let dek: Line[] | undefined
  let consumed = 0
  for (let index = 0; index < Math.min(chunks.length, maxHeaderChunks); index++) {
    const chunk = chunks[index] ?? []
    const kinds = chunk.map((line) => classifyHeaderLine(line.text))
    const others = chunk.filter((_, position) => kinds[position] === undefined)
    const isHeader =
      kinds.some((kind) => kind !== undefined) &&
      others.length <= 1 &&
      others.every((line) => isPublisherCandidate(line.text))
    if (isHeader) {
      chunk.forEach((line, position) => {
        const kind = kinds[position]
        if (kind === undefined) {
          draft.publisher ??= line.text
          draft.places.publisher ??= line
        } else applyMetadataLine(draft, kind, line, file)
      })
      if (dek !== undefined) {
        draft.dek = dek.map((line) => line.text).join(' ')
        if (dek[0]) draft.places.dek = dek[0]
        dek = undefined
      }
      consumed = index + 1
      continue
    }
    const single = chunk.length === 1 && !hasWords(chunk[0]?.text ?? '', maxDekWords + 1)
    if (index === 0 && single) {
      dek = chunk
      continue
    }
    break
  }

  const body = chunks.slice(consumed)
  draft.segments = body
    .flatMap(splitParagraphLines)
    .map((lines): Segment => ({ type: 'paragraph', lines }))
  if (draft.title && hasWords(draft.title.value, 41)) {
    report(file, 'warning', 'Unexpected title of more than 40 words', {
      rule: 'long-title',
      place: draft.title.place,
      note: 'A plain-text article starts with its title on the first line; put the title on its own line, followed by a blank line.',
    })
  }
  return draft
}
