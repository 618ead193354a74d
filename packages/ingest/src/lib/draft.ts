import type { Dateline, Overrides, SourceFormat } from '@newsroom/schema'
import type { Place } from './messages.js'

/** One line of source text and where it starts in the original file. */
export interface Line extends Place {
  text: string
}

/** A paragraph or heading before normalization: its source lines, joined by a space later. */
export interface Segment {
  type: 'paragraph' | 'heading'
  lines: Line[]
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
  dek: string | null
  publisher: string | null
  byline: string | null
  dateline: Dateline | null
  publishedAt: string | null
  url: string | null
  /** Language declared by the file (front matter, `<html lang>`), not detected. */
  language: string | null
  readTimeStated: number | null
  tags: string[]
  overrides: Overrides
  segments: Segment[]
  /** Whether the shared clutter rules should run (not for already-normalized JSON). */
  removeClutter: boolean
  /** Whether single short lines between paragraphs may be headings (plain text only). */
  detectHeadings: boolean
}

export function emptyDraft(format: SourceFormat): Draft {
  return {
    format,
    title: null,
    dek: null,
    publisher: null,
    byline: null,
    dateline: null,
    publishedAt: null,
    url: null,
    language: null,
    readTimeStated: null,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    segments: [],
    removeClutter: true,
    detectHeadings: false,
  }
}

export function segmentText(segment: Segment): string {
  return segment.lines.map((line) => line.text).join(' ')
}
