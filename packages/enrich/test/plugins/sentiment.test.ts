import { Sentiment } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as plugin from '../../src/plugins/sentiment.js'

const sentiment = plugin.default

async function run(
  text: string,
  data: Record<string, unknown> = {},
  options?: plugin.SentimentOptions,
) {
  const file = new VFile({ value: text, data })
  const processor = unified().use(retextEnglish).use(sentiment, options)
  await processor.run(processor.parse(file), file)
  return file.data.sentiment
}

describe('sentiment plugin', () => {
  it('exposes the plugin as its default export', () => {
    expect(Object.keys(plugin)).toEqual(['default'])
  })

  it('rates the article: polarity, polarity per word, valence', async () => {
    const result = await run('The harvest festival was a wonderful success. Everyone was happy.')
    expect(result?.article.polarity).toBeGreaterThan(0)
    expect(result?.article.valence).toBe('positive')
    expect(result?.article.comparative).toBeCloseTo((result?.article.polarity ?? 0) / 10, 3)
    const sad = await run('The flood destroyed the village. Families grieved for the dead.')
    expect(sad?.article.valence).toBe('negative')
  })

  it('rates capitalized words like lowercase ones', async () => {
    const lower = await run('it was good.')
    const upper = await run('Good, it was.')
    expect(upper?.article.polarity).toBe(lower?.article.polarity)
    expect(upper?.article.polarity).toBeGreaterThan(0)
  })

  it('flips a word after a negation', async () => {
    expect((await run('The plan is not good.'))?.article.valence).toBe('negative')
  })

  it('is neutral inside the threshold', async () => {
    const text = 'The council met on Tuesday to discuss the budget for the new library, and agreed.'
    expect((await run(text, {}, { threshold: 0.5 }))?.article.valence).toBe('neutral')
  })

  it('rates each quote on its own words, found through its spans', async () => {
    const text = [
      'The mayor opened the bridge on Monday.',
      '"This is a wonderful day for our town," said Mayor Ottilie Brandt. Critics disagreed.',
      '"It is a terrible waste of money," said Rufus Kell.',
    ].join('\n\n')
    const second = text.split('\n\n')[1] as string
    const third = text.split('\n\n')[2] as string
    const quotes = [
      { id: 'q1', spans: [{ blockId: 'p2', start: 1, end: second.indexOf('"', 1) }] },
      { id: 'q2', spans: [{ blockId: 'p3', start: 1, end: third.indexOf('"', 1) }] },
    ]
    const result = await run(text, { quotes, blockIds: ['p1', 'p2', 'p3'] })
    expect(result?.quotes.q1?.valence).toBe('positive')
    expect(result?.quotes.q2?.valence).toBe('negative')
    expect(Object.keys(result?.quotes ?? {})).toEqual(['q1', 'q2'])
  })

  it('joins the spans of a quote running over paragraphs', async () => {
    const text = '"We lost everything.\n\n"But we are grateful and hopeful," she said.'
    const [first = '', second = ''] = text.split('\n\n')
    const quotes = [
      {
        id: 'q1',
        spans: [
          { blockId: 'p1', start: 1, end: first.length },
          { blockId: 'p2', start: 1, end: second.indexOf('"', 1) },
        ],
      },
    ]
    const result = await run(text, { quotes })
    // lost (-3) + grateful (3) + hopeful (2)
    expect(result?.quotes.q1?.polarity).toBe(2)
  })

  /** The one quote of a text: from its first quotation mark to its end, in block p1. */
  const quoteFromMark = (text: string) => [
    { id: 'q1', spans: [{ blockId: 'p1', start: text.indexOf('"') + 1, end: text.length }] },
  ]

  it('rates a short text alike before and after a longer one', async () => {
    // The plugin keeps its word columns from one text to the next: a long text's words, rated
    // and counted by a quote, must not count in a shorter text after it.
    // Long words: the short text ends past where the long one's words after its count start.
    const short =
      'Ottoline Vandermeer, Maximilian Oberholzer and Bartholomew Quistgaard travelled northwards. "Tomorrow afternoon," answered Ilse Marrow.'
    const quotes = quoteFromMark(short)
    const before = await run(short, { quotes, blockIds: ['p1'] })
    const long = Array.from({ length: 2000 }, () => 'Good.').join(' ')
    const longResult = await run(long, {
      quotes: [{ id: 'q1', spans: [{ blockId: 'p1', start: 0, end: long.length }] }],
      blockIds: ['p1'],
    })
    expect(longResult?.quotes.q1?.valence).toBe('positive')
    const after = await run(short, { quotes, blockIds: ['p1'] })
    expect(after).toEqual(before)
    expect(after?.quotes.q1?.polarity).toBe(0)
  })

  it('rates a short text alike after a text too long for the kept columns', async () => {
    // Past 65,536 words the columns are let go after the text: the next text grows new ones.
    const short = 'Ilse Marrow was hopeful. "We are grateful," said Ilse Marrow.'
    const quotes = quoteFromMark(short)
    const before = await run(short, { quotes, blockIds: ['p1'] })
    const long = Array.from({ length: 70_000 }, () => 'Bad.').join(' ')
    const longResult = await run(long, {
      quotes: [{ id: 'q1', spans: [{ blockId: 'p1', start: 0, end: long.length }] }],
      blockIds: ['p1'],
    })
    expect(longResult?.quotes.q1?.valence).toBe('negative')
    const after = await run(short, { quotes, blockIds: ['p1'] })
    expect(after).toEqual(before)
    expect(after?.quotes.q1?.valence).toBe('positive')
  })

  it('uses a custom lexicon', async () => {
    expect((await run('The plan was bold.', {}, { lexicon: { bold: -3 } }))?.article.polarity).toBe(
      -3,
    )
  })

  it('rates a word by the lexicon of each processor, when processors with different lexicons alternate', async () => {
    // A word's polarity is kept with the word for the ratings it was read from: another
    // processor's ratings must not leak into it.
    const afinn = (await run('Bold.'))?.article.polarity
    expect(afinn).toBeGreaterThan(0)
    for (const text of ['The plan was bold.', 'A bold plan.']) {
      expect((await run(text, {}, { lexicon: { bold: -3 } }))?.article.polarity).toBe(-3)
      expect((await run(text, {}, { lexicon: { bold: -1 } }))?.article.polarity).toBe(-1)
      expect((await run(text))?.article.polarity).toBe(afinn)
    }
  })

  it('looks custom words up in lowercase, whatever their case in the text or the lexicon', async () => {
    const result = await run('BOLD plans. Bold plans.', {}, { lexicon: { Bold: -2 } })
    expect(result?.article.polarity).toBe(-4)
  })

  it('throws on an invalid `threshold` or lexicon rating', () => {
    expect(() => sentiment({ threshold: -1 })).toThrow(/`threshold`/)
    expect(() => sentiment({ lexicon: { bold: 9 } })).toThrow(/`lexicon` rating of `bold`/)
  })

  it('writes data that validates against the schema', async () => {
    const result = await run('A fine day.', {
      quotes: [{ id: 'q1', spans: [{ blockId: 'p1', start: 0, end: 6 }] }],
    })
    expect(Sentiment.safeParse(result?.article).success).toBe(true)
    expect(Sentiment.safeParse(result?.quotes.q1).success).toBe(true)
  })
})
