import { describe, expect, it } from 'vitest'
import * as evaluate from '../src/index.js'
import {
  type GoldArticle,
  GoldFormatError,
  headNoun,
  matchQuotes,
  readGold,
  sameSpeaker,
  scoreQuotes,
  systemQuotesFromQuotes,
} from '../src/index.js'

const gold: GoldArticle[] = [
  {
    file: 'harbour.txt',
    quotes: [
      {
        text: 'The harbour will reopen on Monday, once the divers have finished.',
        speaker: 'Mara Vellin',
        speakerType: 'person',
      },
      {
        text: 'We lost two boats in the night',
        speaker: 'anonymous: a senior port official',
        speakerType: 'anonymous',
      },
      {
        text: 'deeply worrying',
        speaker: 'Tobiah Quarn',
        speakerType: 'person',
        alsoAccept: ['Harbour Board'],
      },
    ],
    ignore: ['Sea Shanty Nights'],
  },
]

describe('@newsroom/evaluate', () => {
  it('exposes its public API', () => {
    expect(Object.keys(evaluate).sort()).toEqual([
      'GoldArticle',
      'GoldFormatError',
      'GoldPerson',
      'GoldQuote',
      'GoldSpeakerType',
      'comparableName',
      'headNoun',
      'matchQuotes',
      'matchThreshold',
      'parseSpeakerLabel',
      'quoteOverlap',
      'quoteTokens',
      'readGold',
      'sameSpeaker',
      'scoreQuotes',
      'systemQuotesFromQuotes',
      'tokensInCommon',
    ])
  })
})

describe('readGold', () => {
  it('reads JSON Lines and skips blank lines', () => {
    const text = `${JSON.stringify(gold[0])}\n\n${JSON.stringify({ file: 'b.txt', quotes: [] })}\n`
    expect(readGold(text).map((article) => article.file)).toEqual(['harbour.txt', 'b.txt'])
  })

  it('names the line and the field of a bad line', () => {
    const text = `${JSON.stringify({ file: 'a.txt', quotes: [] })}\n${JSON.stringify({ file: 'b.txt', quotes: [{ text: 'x', speaker: 'A', speakerType: 'robot' }] })}`
    expect(() => readGold(text)).toThrow(GoldFormatError)
    try {
      readGold(text)
    } catch (error) {
      expect(error).toMatchObject({ line: 2, field: 'quotes.0.speakerType' })
    }
    expect(() => readGold('{nope')).toThrow(/line 1/)
  })
})

describe('matchQuotes', () => {
  it('needs half of the longer side’s tokens in common, in order', () => {
    const goldTexts = ['one two three four five six']
    expect(matchQuotes(goldTexts, ['one two three']).get(0)).toBe(0)
    expect(matchQuotes(goldTexts, ['one two']).get(0)).toBeUndefined()
    // Same words in the wrong order do not count.
    expect(matchQuotes(goldTexts, ['six five four three two one']).get(0)).toBeUndefined()
  })

  it('matches each side at most once, best overlap first', () => {
    const matches = matchQuotes(
      ['alpha beta gamma', 'alpha beta gamma delta'],
      ['alpha beta gamma delta'],
    )
    expect([...matches.entries()]).toEqual([[1, 0]])
  })
})

describe('sameSpeaker', () => {
  it('folds case, accents and titles', () => {
    expect(sameSpeaker('Joachim Brudziński', 'joachim brudzinski')).toBe(true)
    expect(sameSpeaker('Mara Vellin', 'Dr. Mara Vellin')).toBe(true)
    expect(sameSpeaker('Mara Vellin', 'Tobiah Quarn')).toBe(false)
  })

  it('matches anonymous and group speakers on the head noun', () => {
    expect(headNoun('a senior US official, speaking on condition of anonymity')).toBe('official')
    expect(sameSpeaker('anonymous: a senior port official', 'anonymous: an official')).toBe(true)
    expect(sameSpeaker('group: local fishermen', 'group: the fishermen of the bay')).toBe(true)
    expect(sameSpeaker('anonymous: a senior port official', 'anonymous: a diver')).toBe(false)
    expect(sameSpeaker('anonymous: a senior port official', 'Official')).toBe(false)
  })

  it('treats unknown and null alike', () => {
    expect(sameSpeaker('unknown', null)).toBe(true)
    expect(sameSpeaker('unknown', 'Mara Vellin')).toBe(false)
  })
})

describe('scoreQuotes', () => {
  it('scores a perfect system as 1 everywhere', () => {
    const score = scoreQuotes(gold, [
      {
        file: 'harbour.txt',
        quotes:
          gold[0]?.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker })) ?? [],
      },
    ])
    expect(score.quotes).toEqual({ precision: 1, recall: 1, f1: 1 })
    expect(score.speakerAccuracy).toBe(1)
    expect(score.attribution.f1).toBe(1)
    expect(score.errors).toEqual([])
  })

  it('counts missed, spurious, wrong speakers, alsoAccept and ignore entries', () => {
    const score = scoreQuotes(gold, [
      {
        file: 'harbour.txt',
        quotes: [
          { text: 'The harbour will reopen on Monday', speaker: 'Vellin' },
          { text: 'deeply worrying', speaker: 'Harbour Board' },
          { text: 'Sea Shanty Nights', speaker: null },
          { text: 'a quote nobody expected to see here', speaker: 'Mara Vellin' },
        ],
      },
    ])
    expect(score.goldQuotes).toBe(3)
    expect(score.systemQuotes).toBe(3)
    expect(score.ignoredQuotes).toBe(1)
    expect(score.matchedQuotes).toBe(2)
    expect(score.quotes.precision).toBeCloseTo(2 / 3)
    expect(score.quotes.recall).toBeCloseTo(2 / 3)
    // "Vellin" is not the canonical name; "Harbour Board" is accepted.
    expect(score.speakerCorrect).toBe(1)
    expect(score.speakerAccuracy).toBe(0.5)
    expect(score.attribution.precision).toBeCloseTo(1 / 3)
    expect(score.errors.map((error) => error.kind).sort()).toEqual([
      'missed',
      'spurious',
      'wrong-speaker',
    ])
    const wrong = score.errors.find((error) => error.kind === 'wrong-speaker')
    expect(wrong).toMatchObject({ expectedSpeaker: 'Mara Vellin', actualSpeaker: 'Vellin' })
  })

  it('counts a gold article without system output as all missed', () => {
    const score = scoreQuotes(gold, [])
    expect(score.quotes.recall).toBe(0)
    expect(score.errors).toHaveLength(3)
  })
})

describe('systemQuotesFromQuotes', () => {
  it('writes speakers the gold’s way', () => {
    const base = {
      blockId: 'p1',
      spans: [{ blockId: 'p1', start: 0, end: 5 }],
      cue: 'said',
      mention: null,
      confidence: 0.9,
      sentiment: null,
    }
    expect(
      systemQuotesFromQuotes([
        {
          ...base,
          id: 'q1',
          text: 'Hello',
          speaker: { id: 'anonymous-1', name: 'a diver', kind: 'anonymous' },
        },
        {
          ...base,
          id: 'q2',
          text: 'Bye',
          speaker: { id: 'mara-vellin', name: 'Mara Vellin', kind: 'person' },
        },
        { ...base, id: 'q3', text: 'Hm', speaker: null },
      ]),
    ).toEqual([
      { text: 'Hello', speaker: 'anonymous: a diver' },
      { text: 'Bye', speaker: 'Mara Vellin' },
      { text: 'Hm', speaker: null },
    ])
  })
})
