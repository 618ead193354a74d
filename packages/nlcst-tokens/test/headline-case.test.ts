import { headlineSupportKey, isHeadlineCase, isHeadlineNameWord } from '@newsroom/names'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  headlineSupportKeyOf,
  isHeadlineCaseRun,
  isHeadlineNameToken,
  lexemeOf,
  paragraphTokens,
  spanToken,
  type Token,
} from '../src/index.js'

const parse = (text: string) => unified().use(retextEnglish).parse(text)

// Invented people and places: a caption, a title, a dek and running text around them.
const article = [
  'Video: Full Speech: Mayor Ansel Vorn Speech at Harbor Hall Watch on YouTube.',
  'Janet Vornholt’s Plan Sees Personal Insult if Voters Stay Home',
  'Full Speech by Ansel van Vorn on Cold River Floods. Mayor Vorn gave a speech at Harbor Hall on Friday.',
  'On Friday, Vorn met Deputy Harbour Minister Mira Kettle. Ines Tarrow met Grant Young, Will Folks, Rose Marsh and Bill Gates.',
  '"We will rebuild," said Kettle: Vorn’s office and Harbor Hall agreed. Vorn Beats Young in the Harbor Cup Final Race!',
  // Two ordinary capitalized words after the first, which counts for nothing: running text.
  'Personal Insult Stays for Ansel Vorn.',
].join('\n\n')

const wordsOf = (tokens: readonly Token[], first: number, end: number) =>
  tokens
    .slice(first, end)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text)

describe('the headline-case reader of tokens', () => {
  const paragraphs = paragraphTokens(parse(article))
  const sentences = paragraphs.flatMap(({ tokens, sentences }) =>
    sentences.map(([first, end]) => ({ tokens, first, end })),
  )

  it('reads each sentence as isHeadlineCase reads its words', () => {
    const readings = sentences.map(({ tokens, first, end }) => [
      isHeadlineCaseRun(tokens, first, end),
      isHeadlineCase(wordsOf(tokens, first, end)),
    ])
    for (const [fromTokens, fromWords] of readings) expect(fromTokens).toBe(fromWords)
    expect(readings.at(-1)).toEqual([false, false])
    // The sample has headlines and running text both.
    expect(readings.filter(([fromTokens]) => fromTokens).length).toBeGreaterThanOrEqual(3)
    expect(readings.filter(([fromTokens]) => !fromTokens).length).toBeGreaterThanOrEqual(3)
  })

  it('reads only the words of a range, skipping tokens of other kinds', () => {
    const [caption] = paragraphs
    const tokens = caption?.tokens ?? []
    // The caption from its second word on: the first word read is then `Full`.
    expect(isHeadlineCaseRun(tokens, 2, tokens.length)).toBe(
      isHeadlineCase(wordsOf(tokens, 2, tokens.length)),
    )
    expect(isHeadlineCaseRun(tokens, 0, tokens.length)).toBe(true)
    // A token of a plugin's own (a quotation masked from its opening word on, as a transcript's
    // turn is) is no word of the sentence, neither its first nor one in lowercase.
    const quote = spanToken('we will rebuild', '', 0, 15, 'quote', lexemeOf(''))
    const withQuote = [quote, ...tokens]
    expect(isHeadlineCaseRun(withQuote, 0, withQuote.length)).toBe(true)
  })

  it('takes a word into a name as isHeadlineNameWord does, after each previous word', () => {
    const runningText = new Set<string>()
    for (const { tokens, first, end } of sentences)
      if (!isHeadlineCaseRun(tokens, first, end))
        for (let index = first + 1; index < end; index++) {
          const token = tokens[index] as Token
          if (!token.capital) continue
          expect(headlineSupportKeyOf(token)).toBe(headlineSupportKey(token.text))
          runningText.add(headlineSupportKeyOf(token))
        }
    let compared = 0
    let taken = 0
    for (const { tokens } of paragraphs)
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index] as Token
        if (token.kind !== 'word') continue
        const previous = tokens[index - 1]
        const fromToken = isHeadlineNameToken(token, runningText, previous)
        expect(fromToken).toBe(isHeadlineNameWord(token.text, runningText, previous?.text))
        expect(isHeadlineNameToken(token, runningText)).toBe(
          isHeadlineNameWord(token.text, runningText),
        )
        compared++
        if (fromToken) taken++
      }
    expect(compared).toBeGreaterThan(60)
    expect(taken).toBeGreaterThan(10)
    expect(taken).toBeLessThan(compared)
  })

  it('reads a masked quotation before a word by its text, not by its lexeme', () => {
    const [janet] = paragraphTokens(parse('Janet Vornholt spoke.'))[0]?.tokens ?? []
    const [vornholt] = paragraphTokens(parse('Vornholt spoke.'))[0]?.tokens ?? []
    if (janet === undefined || vornholt === undefined) throw new Error('Expected two words')
    const none = new Set<string>()
    expect(isHeadlineNameToken(vornholt, none, janet)).toBe(true)
    // A span of a plugin's own standing as one token, its lexeme the empty word's: read as the
    // words it spans.
    const span = spanToken('Janet', '', 0, 5, 'quote', lexemeOf(''))
    expect(isHeadlineNameToken(vornholt, none, span)).toBe(true)
    const nickname = spanToken('"Janet"', '', 0, 7, 'quote', lexemeOf(''))
    expect(isHeadlineNameToken(vornholt, none, nickname)).toBe(
      isHeadlineNameWord('Vornholt', none, '"Janet"'),
    )
  })
})
