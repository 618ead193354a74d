import { describe, expect, it } from 'vitest'
import type { Segment } from '../src/lib/draft.js'
import { splitGluedHeadings } from '../src/lib/glued-headings.js'
import { restoreParagraphs } from '../src/lib/paragraph-breaks.js'
import {
  maxWordLookBack,
  minLongParagraphWords,
  paragraphReader,
  sentenceStarts,
  wordEndingAt,
} from '../src/lib/paragraph-reader.js'
import { plainText } from './helpers/harbour-story.js'

/** A paragraph segment of one line per text, placed on consecutive lines of a file. */
function paragraph(...texts: string[]): Segment {
  return {
    type: 'paragraph',
    lines: texts.map((text, index) => ({ text, line: index + 1, column: 1 })),
  }
}

/** Plain sentences of about fifteen words each, `minLongParagraphWords` words or more in all. */
const longText = plainText(Math.ceil(minLongParagraphWords / 10))

describe('paragraphReader', () => {
  it('gives sentence starts only of a paragraph long enough to be cut', () => {
    const read = paragraphReader()
    expect(read(paragraph('Tomas Brel left. He came back.'))).toEqual({
      text: 'Tomas Brel left. He came back.',
      sentenceStarts: undefined,
    })
    const long = read(paragraph(longText))
    expect(long.text).toBe(longText)
    expect(long.sentenceStarts).toEqual(sentenceStarts(longText))
    expect(long.sentenceStarts?.length).toBeGreaterThan(5)
  })

  it('reads a segment once, however often it is asked', () => {
    const read = paragraphReader()
    const cut = longText.indexOf(' ', 200)
    const segment = paragraph(longText.slice(0, cut), longText.slice(cut + 1))
    const first = read(segment)
    expect(first.text).toBe(longText)
    expect(read(segment)).toBe(first)
    // The reading is kept by the segment object: a segment changed in place is not read again,
    // which is why the stages never change one in place.
    segment.lines.pop()
    expect(read(segment).text).toBe(longText)
    // An equal but new segment is read on its own.
    expect(read(paragraph(longText))).not.toBe(first)
  })

  it('hands a paragraph without a glued heading to the next stage as the same segment', () => {
    const read = paragraphReader()
    const segments = [paragraph(longText), paragraph('Ida Marsh spoke last.')]
    const afterHeadings = splitGluedHeadings(segments, read)
    expect(afterHeadings).toHaveLength(2)
    expect(afterHeadings[0]).toBe(segments[0])
    expect(afterHeadings[1]).toBe(segments[1])
    // The next stage reads it through the same reader, and so cuts what it was read as.
    const reading = read(segments[0] as Segment)
    const restored = restoreParagraphs(afterHeadings, read)
    expect(restored.length).toBeGreaterThan(2)
    expect(read(segments[0] as Segment)).toBe(reading)
  })
})

describe('wordEndingAt', () => {
  it('reads back to the space before the word, or to the start of the text', () => {
    expect(wordEndingAt('He met Mr. Vale', 9)).toBe('Mr')
    expect(wordEndingAt('(Dr. Vale', 3)).toBe('(Dr')
    expect(wordEndingAt('Mr', 2)).toBe('Mr')
    expect(wordEndingAt('He met\tMr. Vale', 9)).toBe('Mr')
  })

  it(`reads back no more than ${maxWordLookBack} characters before the last one`, () => {
    const word = 'a'.repeat(maxWordLookBack + 10)
    expect(wordEndingAt(`x ${word}`, word.length + 2)).toBe('a'.repeat(maxWordLookBack + 1))
    const fits = 'b'.repeat(maxWordLookBack + 1)
    expect(wordEndingAt(`x ${fits}`, fits.length + 2)).toBe(fits)
  })

  it('keeps an honorific written short from ending a sentence, a rank not', () => {
    const text = 'He met Mr. Vale. He met Gen. Vale. He left.'
    expect(sentenceStarts(text).map((start) => text.slice(start, start + 7))).toEqual([
      'He met ',
      'Vale. H',
      'He left',
    ])
  })

  it('ends a sentence at a lowercase honorific: a noun, not a title before a name', () => {
    const text = 'She sat with her father. Vale left. She called the doctor. Mrs. Vale came.'
    expect(sentenceStarts(text).map((start) => text.slice(start, start + 7))).toEqual([
      'Vale le',
      'She cal',
      'Mrs. Va',
    ])
  })
})
