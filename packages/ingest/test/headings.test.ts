import { describe, expect, it } from 'vitest'
import { looksLikeHeading } from '../src/lib/headings.js'
import { ingestText, plainText } from './helpers/harbour-story.js'

describe('looksLikeHeading', () => {
  it('takes a short capitalized line without sentence punctuation', () => {
    expect(looksLikeHeading('Storms are getting worse')).toBe(true)
    expect(looksLikeHeading('"A real conversation"')).toBe(true)
    expect(looksLikeHeading('Why the wall failed: a timeline')).toBe(true)
  })

  it('refuses a sentence that ends inside closing quotation marks or brackets', () => {
    expect(looksLikeHeading('The trust called the apology "welcome but overdue."')).toBe(false)
    expect(looksLikeHeading('The mayor called it “a fair result.”')).toBe(false)
    expect(looksLikeHeading('She asked: "Why now?"')).toBe(false)
    expect(looksLikeHeading("Vale said it was 'a start.' ")).toBe(false)
    expect(looksLikeHeading('The board agreed (by one vote.)')).toBe(false)
    expect(looksLikeHeading('The trust called it "overdue".')).toBe(false)
  })
})

describe('detectHeadings through ingest', () => {
  it('keeps a short quoted sentence between two paragraphs a paragraph', () => {
    const body = [
      plainText(2),
      'The trust said the apology was "welcome but overdue."',
      plainText(2),
      'Another reporter asked: "Will any officers be investigated?"',
      plainText(2),
      'Storms are getting worse',
      plainText(2),
    ].join('\n\n')
    const blocks = ingestText(body).data.article?.blocks ?? []
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'Storms are getting worse',
    ])
    expect(blocks.map((block) => block.text)).toContain(
      'The trust said the apology was "welcome but overdue."',
    )
  })
})
