import type { QuoteCandidates } from '@newsroom/retext-quotes'
import { describe, expect, it } from 'vitest'
import {
  type ArticleRun,
  calibratedConfidence,
  judgedChoices,
  matchedChoices,
  namedWeights,
  scoredQuotes,
} from '../scripts/train-runs.js'

describe('calibratedConfidence', () => {
  it('is the Platt-scaled score rounded to hundredths', () => {
    expect(calibratedConfidence(0, { a: 1, b: 0 })).toBe(0.5)
    expect(calibratedConfidence(2, { a: 1.5, b: -0.5 })).toBe(0.92)
    expect(calibratedConfidence(-40, { a: 1, b: 0 })).toBe(0)
  })
})

describe('namedWeights', () => {
  const index = new Map([
    ['role:after', 0],
    ['logit', 1],
    ['form:name', 2],
  ])
  const weights = Float64Array.from([0.123456, -2, 0.00001])

  it('names the weights in name order, rounded to 4 places, without zeros', () => {
    const named = namedWeights(index, weights)
    expect(Object.entries(named)).toEqual([
      ['logit', -2],
      ['role:after', 0.1235],
    ])
  })

  it('keeps zero weights when asked', () => {
    expect(namedWeights(index, weights, false)).toEqual({
      'form:name': 0,
      logit: -2,
      'role:after': 0.1235,
    })
  })
})

describe('matchedChoices', () => {
  const candidates = (choice: Record<string, number>, publishable = true): QuoteCandidates =>
    ({ candidates: [], choice, publishable }) as unknown as QuoteCandidates
  const run: ArticleRun = {
    name: 'a.txt',
    gold: {
      file: 'a.txt',
      quotes: [
        { text: 'We will rebuild the harbour by spring.', source: { text: 'Vale', span: null } },
        { text: 'Nobody asked the fishermen first.', source: null },
      ],
      ignore: [],
    },
    quotes: [],
    system: {
      file: 'a.txt',
      quotes: [
        { text: 'Nobody asked the fishermen first.', speaker: null },
        { text: 'We will rebuild the harbour by spring.', speaker: 'Ann Vale' },
      ],
    },
    candidates: [candidates({ logit: 1 }), candidates({ logit: 2 })],
  }

  it('gives each gold quote matched to a system quote the features of that quote’s choice', () => {
    const matched = matchedChoices([run])
    expect(matched.map(({ quote, features }) => [quote.gold.text, features])).toEqual([
      ['We will rebuild the harbour by spring.', { logit: 2 }],
      ['Nobody asked the fishermen first.', { logit: 1 }],
    ])
  })

  it('gives no features to a quote with no candidates recorded', () => {
    const matched = matchedChoices([{ ...run, candidates: [] }])
    expect(matched.map(({ features }) => features)).toEqual([{}, {}])
  })

  // "Vale said" of two Vales the text does not tell apart: the plugin never publishes it.
  const unclear: ArticleRun = {
    ...run,
    system: {
      file: 'a.txt',
      quotes: [
        { text: 'Nobody asked the fishermen first.', speaker: null },
        {
          text: 'We will rebuild the harbour by spring.',
          mention: { text: 'Vale', span: null },
          speaker: null,
          candidate: 'Ann Vale',
        },
      ],
    },
    candidates: [candidates({ logit: 1 }), candidates({ logit: 2 }, false)],
  }
  // The same quote where the text tells which Vale speaks.
  const clear: ArticleRun = {
    ...unclear,
    candidates: [candidates({ logit: 1 }), candidates({ logit: 2 })],
  }

  it('marks a quote the plugin says it never publishes (an unclear namesake)', () => {
    expect(matchedChoices([clear]).map(({ publishable }) => publishable)).toEqual([true, true])
    expect(matchedChoices([unclear]).map(({ publishable }) => publishable)).toEqual([false, true])
  })

  it('leaves an unclear namesake out of the confidence fit and gives it confidence 0', () => {
    const matched = matchedChoices([unclear])
    expect(judgedChoices(matched)).toEqual([])
    expect(judgedChoices(matchedChoices([clear]))).toEqual([
      { features: { logit: 2 }, right: true },
    ])
    // However sure the confidence model is of the choice, it is not counted as published.
    const scored = scoredQuotes(matched, { logit: 5 }, { a: 1, b: 0 })
    expect(scored.map(({ confidence }) => confidence)).toEqual([0, 0])
    expect(
      scoredQuotes(matchedChoices([clear]), { logit: 5 }, { a: 1, b: 0 }).map(
        ({ confidence }) => confidence,
      ),
    ).toEqual([1, 0])
  })
})
