import { lexemeOf } from '@newsroom/nlcst-tokens'
import { describe, expect, it } from 'vitest'
import { findQuotes } from '../src/lib/find-quotes.js'
import {
  firstTokenFrom,
  opensSentenceAt,
  prepareParagraph,
  sentenceAt,
  sentenceIndexAt,
  sentenceRanges,
  terminal,
  tokenIndexAt,
  tokenStartingAt,
} from '../src/lib/paragraphs.js'
import { paragraphOf, parseText } from './helpers/article.js'

/** Tokens written `kind:text`, to compare a whole paragraph at a glance. */
function tokensOf(text: string): string[] {
  return paragraphOf(text).tokens.map((token) => `${token.kind}:${token.text}`)
}

function sentencesOf(text: string): string[] {
  return paragraphOf(text).sentences.map(([start, end]) => text.slice(start, end))
}

describe('prepareParagraph', () => {
  it('masks each quotation, marks included, into one quote token', () => {
    expect(tokensOf('“We will rebuild,” Ann Vale said.')).toEqual([
      'quote:“We will rebuild,”',
      'word:Ann',
      'word:Vale',
      'word:said',
      'punct:.',
    ])
  })

  it('maps each quotation’s opening offset to its token', () => {
    const text = 'Ann Vale said “we stay” and Tomas Brio said “we go.”'
    const paragraph = paragraphOf(text)
    expect([...paragraph.quoteTokenAt]).toEqual([
      [14, 3],
      [44, 8],
    ])
    expect(paragraph.tokens[8]).toMatchObject({ kind: 'quote', start: 44, end: text.length })
  })

  it('gives offsets in the paragraph, not in the file', () => {
    const text = 'Ann Vale spoke first.\n\n“We stay,” Tomas Brio said.'
    const { texts, parsed } = parseText(text)
    const { quotes } = findQuotes(texts)
    const second = prepareParagraph(1, texts[1] as string, parsed[1], quotes[0]?.segments ?? [])
    expect(second.index).toBe(1)
    expect(second.tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['“We stay,”', 0, 10],
      ['Tomas', 11, 16],
      ['Brio', 17, 21],
      ['said', 22, 26],
      ['.', 26, 27],
    ])
  })

  it('drops a quoted nickname inside a name, so the name reads as one run', () => {
    const paragraph = paragraphOf('Marcia “Cia” Vale said “we stay, no matter what.”')
    expect(paragraph.tokens.map((token) => token.text)).toEqual([
      'Marcia',
      'Vale',
      'said',
      '“we stay, no matter what.”',
    ])
    expect(paragraph.quoteTokenAt.size).toBe(1)
  })

  it('keeps words and case as the parser gives them', () => {
    const [word] = paragraphOf('Rellmark grew.').tokens
    expect(word && { ...word }).toEqual({
      text: 'Rellmark',
      lower: 'rellmark',
      start: 0,
      end: 8,
      kind: 'word',
      capital: true,
    })
    expect(word?.lexeme).toBe(lexemeOf('Rellmark'))
  })
})

describe('sentences', () => {
  it('end at a stop before a capital, never at a title or an abbreviation', () => {
    expect(
      sentencesOf('Ann Vale said it twice. Mr. Brio of the U.S. Navy agreed! He left.'),
    ).toEqual(['Ann Vale said it twice.', 'Mr. Brio of the U.S. Navy agreed!', 'He left.'])
  })

  it('keep a quotation whole, whatever stops it holds', () => {
    expect(sentencesOf('Ann Vale said “the bridge is safe. It will hold.” and left.')).toEqual([
      'Ann Vale said “the bridge is safe. It will hold.” and left.',
    ])
  })

  it('end after a quotation ending in a stop when a capital follows', () => {
    expect(sentencesOf('“We will rebuild.” Ann Vale said it twice.')).toEqual([
      '“We will rebuild.”',
      'Ann Vale said it twice.',
    ])
    expect(sentencesOf('She asked “Why?” Nobody answered.')).toEqual([
      'She asked “Why?”',
      'Nobody answered.',
    ])
  })

  it('go on after a quotation ending in a comma', () => {
    expect(sentencesOf('“We will rebuild,” Ann Vale said.')).toEqual([
      '“We will rebuild,” Ann Vale said.',
    ])
  })

  it('are one range over the whole text when there are no tokens', () => {
    expect(sentenceRanges([], 12, () => true)).toEqual([[0, 12]])
  })
})

describe('terminal', () => {
  it('matches a quotation’s words that end a sentence, closing marks after the stop included', () => {
    expect(terminal.test('We will rebuild.')).toBe(true)
    expect(terminal.test('Why?”')).toBe(true)
    expect(terminal.test('We wait…')).toBe(true)
    expect(terminal.test('We will rebuild,')).toBe(false)
    expect(terminal.test('We will rebuild')).toBe(false)
  })
})

describe('finding tokens and sentences by offset', () => {
  const text = 'Ann Vale said it twice. Tomas Brio agreed.'
  const paragraph = paragraphOf(text)
  const brio = text.indexOf('Brio')

  it('finds the sentence holding an offset, and the last one past the end', () => {
    expect(sentenceAt(paragraph, brio)).toEqual([24, text.length])
    expect(sentenceIndexAt(paragraph, 0)).toBe(0)
    expect(sentenceIndexAt(paragraph, brio)).toBe(1)
    expect(sentenceIndexAt(paragraph, 10_000)).toBe(1)
  })

  it('finds the first token at or after an offset, or the count when none is', () => {
    expect(paragraph.tokens[tokenIndexAt(paragraph, brio)]?.text).toBe('Brio')
    // From the middle of "Brio", the next token.
    expect(paragraph.tokens[tokenIndexAt(paragraph, brio + 1)]?.text).toBe('agreed')
    expect(firstTokenFrom(paragraph.tokens, 10_000)).toBe(paragraph.tokens.length)
    expect(firstTokenFrom([], 0)).toBe(0)
  })

  it('finds the token starting exactly at an offset, else -1', () => {
    expect(paragraph.tokens[tokenStartingAt(paragraph.tokens, brio)]?.text).toBe('Brio')
    expect(tokenStartingAt(paragraph.tokens, brio + 1)).toBe(-1)
  })

  it('tells whether an offset opens its sentence', () => {
    expect(opensSentenceAt(paragraph, 0)).toBe(true)
    expect(opensSentenceAt(paragraph, text.indexOf('Tomas'))).toBe(true)
    expect(opensSentenceAt(paragraph, brio)).toBe(false)
    expect(opensSentenceAt(paragraph, text.indexOf('Vale'))).toBe(false)
  })
})
