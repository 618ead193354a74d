import { describe, expect, it } from 'vitest'
import { paragraphBreakOffsets, withoutParagraphBreaks } from '../src/index.js'

const article = [
  'Harbour board votes on new ferry',
  '',
  'The Tallow Bay harbour board voted on Tuesday to buy a second ferry.',
  '',
  '“We have waited long enough,” said Mara Quillfeather, the board’s chair.',
  'She expects it next spring.',
  '',
  'The vote was four to one.',
  '',
].join('\n')

describe('withoutParagraphBreaks', () => {
  const joined = withoutParagraphBreaks(article)

  it('keeps the title paragraph and makes the body one paragraph', () => {
    expect(joined.split('\n\n')).toHaveLength(2)
    expect(joined.startsWith('Harbour board votes on new ferry\n\nThe Tallow Bay')).toBe(true)
    expect(joined).toContain('a second ferry.  “We have waited')
    expect(joined.endsWith('four to one.\n')).toBe(true)
  })

  it('keeps every character at its offset, so brat spans still hold', () => {
    expect(joined).toHaveLength(article.length)
    const quote = article.indexOf('We have waited')
    expect(joined.slice(quote, quote + 14)).toBe('We have waited')
  })

  it('leaves a text with one line as it is', () => {
    expect(withoutParagraphBreaks('Just a title')).toBe('Just a title')
  })
})

describe('paragraphBreakOffsets', () => {
  it('finds where each body paragraph after the first starts', () => {
    expect(paragraphBreakOffsets(article)).toEqual([
      article.indexOf('“We have'),
      article.indexOf('The vote'),
    ])
  })
})
