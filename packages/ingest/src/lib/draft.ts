import type { Author, Dateline, Overrides, SourceFormat } from '@newsroom/schema'
import type { Place } from './messages.js'

/** Where a run of a line's text starts: text offset `offset` is at column `column` of the file. */
export interface Run {
  offset: number
  column: number
}

/** One line of source text and where it starts in the original file. */
export interface Line extends Place {
  text: string
  /**
   * Only when the text is not one contiguous stretch of the file (Markdown markup, escapes and
   * entities between its characters): the runs of the text, the first at offset 0, each running
   * on character by character until the next.
   */
  runs?: Run[]
}

/** A paragraph or heading before normalization: its source lines, joined by a space later. */
export interface Segment {
  type: 'paragraph' | 'heading'
  lines: Line[]
  /** A paragraph cut out of a run-on one: its bounds are guessed (see `restoreParagraphs`). */
  restored?: true
}

/** A metadata value and where it was found. */
export interface Located<T> {
  value: T
  place: Place
}

/** What a format parser recovers from a file, before the shared steps build the article. */
export interface Draft {
  format: SourceFormat
  title: Located<string> | null
  /** Slug stated by the file (front matter); otherwise one is made from the title. */
  slug: string | null
  dek: string | null
  publisher: string | null
  byline: string | null
  /** Authors stated as data (JSON-LD, a JSON article); otherwise they come from the byline. */
  authors: Author[] | null
  dateline: Dateline | null
  publishedAt: string | null
  /**
   * The first date labelled as when the article was updated ("Updated: …"), where its byline
   * or date lines print one: the article's date only if it gives no other (see `updated-date.ts`).
   */
  updatedAt: Located<string> | null
  url: string | null
  /** The lead image's URL (`og:image`, JSON-LD `image`, front matter `image`). */
  image: string | null
  /** Language declared by the file (front matter, `<html lang>`), not detected. */
  language: string | null
  readTimeStated: number | null
  tags: string[]
  overrides: Overrides
  segments: Segment[]
  /**
   * Whether the text is a page or a paste to clean up: the shared clutter rules run, and a
   * paragraph without breaks may be split at its sentence ends. Not for JSON, whose blocks are
   * the exporter's own, already normalized.
   */
  cleanUp: boolean
  /** Whether single short lines between paragraphs may be headings (plain text only). */
  detectHeadings: boolean
  /** Where article fields other than the title were found, for messages about their values. */
  places: Partial<Record<PlacedField, Place>>
  /**
   * Where each entry of the overrides is written, by its name as written: a speaker name's key,
   * a topic of `addTopics` (or `topics`) or of `removeTopics`. For messages about one entry (see schema's `overrideEntryField`).
   */
  overridePlaces: {
    speakerNames: Map<string, Place>
    addTopics: Map<string, Place>
    removeTopics: Map<string, Place>
  }
}

/** Article fields whose values ingestion may bound or drop, reported at their place. */
export type PlacedField =
  | 'dek'
  | 'publisher'
  | 'byline'
  | 'authors'
  | 'publishedAt'
  | 'url'
  | 'image'
  | 'language'
  | 'tags'
  | 'overrides'

export function emptyDraft(format: SourceFormat): Draft {
  return {
    format,
    title: null,
    slug: null,
    dek: null,
    publisher: null,
    byline: null,
    authors: null,
    dateline: null,
    publishedAt: null,
    updatedAt: null,
    url: null,
    image: null,
    language: null,
    readTimeStated: null,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    segments: [],
    cleanUp: true,
    detectHeadings: false,
    places: {},
    overridePlaces: { speakerNames: new Map(), addTopics: new Map(), removeTopics: new Map() },
  }
}

export function segmentText(segment: Segment): string {
  return segment.lines.map((line) => line.text).join(' ')
}

/**
 * Every paragraph of `segments` replaced by the pieces `split` cuts it into, or kept whole where
 * `split` gives `undefined`; headings are kept as they are.
 */
export function splitParagraphs(
  segments: readonly Segment[],
  split: (segment: Segment) => Segment[] | undefined,
): Segment[] {
  const result: Segment[] = []
  for (const segment of segments) {
    const pieces = segment.type === 'paragraph' ? split(segment) : undefined
    if (pieces === undefined) result.push(segment)
    else result.push(...pieces)
  }
  return result
}

/** The column in the file of the character at `offset` in `line.text`. */
export function columnAt(line: Line, offset: number): number {
  let run: Run = { offset: 0, column: line.column }
  for (const candidate of line.runs ?? []) {
    if (candidate.offset > offset) break
    run = candidate
  }
  return run.column + offset - run.offset
}

/** The part of `line` from text offset `from` to `to`, still placed in the file. */
export function sliceLine(line: Line, from: number, to: number): Line {
  const text = line.text.slice(from, to)
  const column = columnAt(line, from)
  const runs = (line.runs ?? [])
    .filter((run) => run.offset > from && run.offset < to)
    .map((run) => ({ offset: run.offset - from, column: run.column }))
  return runs.length === 0
    ? { line: line.line, column, text }
    : { line: line.line, column, text, runs: [{ offset: 0, column }, ...runs] }
}

/**
 * `line` without its first `count` characters, still placed in the file. Sliced to the text's
 * length, not to infinity: every other caller passes a small integer, and one double there made
 * the optimized `sliceLine` throw itself away ("not a Smi") each time a dateline was cut.
 */
export function dropLineStart(line: Line, count: number): Line {
  return sliceLine(line, count, line.text.length)
}
