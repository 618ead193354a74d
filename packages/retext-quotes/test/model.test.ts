import { describe, expect, it } from 'vitest'
import { buildModel, comparePositions, knownAt, sentenceNumber } from '../src/lib/model.js'
import { articleOf, parseText } from './helpers/article.js'

const text = [
  'Ann Vale spoke first. The council listened.',
  '“The river rose all night.',
  '“By morning the town was an island,” she said. Tomas Brio disagreed.',
].join('\n\n')

describe('buildModel', () => {
  it('holds the paragraphs, their quotations, the quotation problems and the title', async () => {
    const model = await articleOf(text, { title: 'Flood in Rellmark' })
    expect(model.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2])
    expect(model.quotes.map((quote) => quote.text)).toEqual([
      'The river rose all night. By morning the town was an island,',
    ])
    expect(model.problems).toEqual([])
    expect(model.title).toBe('Flood in Rellmark')
  })

  it('masks a quotation in every paragraph it covers', async () => {
    const model = await articleOf(text)
    expect(model.paragraphs[1]?.tokens.map((token) => token.kind)).toEqual(['quote'])
    expect(model.paragraphs[2]?.tokens[0]).toMatchObject({ kind: 'quote', start: 0 })
  })

  it('counts the sentences before each paragraph', async () => {
    const model = await articleOf(text)
    expect(model.paragraphs.map((paragraph) => paragraph.sentences.length)).toEqual([2, 1, 2])
    expect(model.sentenceBase).toEqual([0, 2, 3])
  })

  it('finds the name runs of each paragraph', async () => {
    const model = await articleOf(text)
    expect(model.chains.map((chain) => [chain.paragraph, chain.text])).toEqual([
      [0, 'Ann Vale'],
      [2, 'Tomas Brio'],
    ])
    expect(model.chainsByParagraph.get(2)?.map((chain) => chain.text)).toEqual(['Tomas Brio'])
    expect(model.chainsByParagraph.has(1)).toBe(false)
  })

  it('sorts the mentions another plugin found and groups them by paragraph', () => {
    const { texts, parsed } = parseText(text)
    const mention = (paragraph: number, start: number, name: string) => ({
      kind: 'person' as const,
      name,
      text: name,
      paragraph,
      start,
      end: start + name.length,
    })
    const model = buildModel(
      texts,
      parsed,
      [mention(2, 47, 'Tomas Brio'), mention(0, 0, 'Ann Vale')],
      null,
    )
    expect(model.known.map((known) => known.name)).toEqual(['Ann Vale', 'Tomas Brio'])
    expect(model.knownByParagraph.get(2)?.map((known) => known.start)).toEqual([47])
    expect(model.title).toBeNull()
  })
})

describe('positions', () => {
  it('order by paragraph, then by offset', () => {
    expect(
      comparePositions({ paragraph: 1, offset: 90 }, { paragraph: 2, offset: 0 }),
    ).toBeLessThan(0)
    expect(
      comparePositions({ paragraph: 2, offset: 5 }, { paragraph: 2, offset: 3 }),
    ).toBeGreaterThan(0)
    expect(comparePositions({ paragraph: 2, offset: 5 }, { paragraph: 2, offset: 5 })).toBe(0)
  })

  it('give the number of their sentence over the whole article', async () => {
    const model = await articleOf(text)
    const brio = model.paragraphs[2]?.text.indexOf('Tomas') ?? -1
    expect(sentenceNumber(model, { paragraph: 0, offset: 0 })).toBe(0)
    expect(sentenceNumber(model, { paragraph: 0, offset: 25 })).toBe(1)
    expect(sentenceNumber(model, { paragraph: 1, offset: 3 })).toBe(2)
    expect(sentenceNumber(model, { paragraph: 2, offset: brio })).toBe(4)
    // Past the last paragraph: no sentence.
    expect(sentenceNumber(model, { paragraph: 9, offset: 0 })).toBe(0)
  })
})

describe('knownAt', () => {
  it('finds the mention covering a span that ends where the span does', async () => {
    const model = await articleOf('Mayor Ann Vale of Rellmark spoke.', { entities: true })
    const vale = model.known.find((mention) => mention.text === 'Ann Vale')
    expect(vale).toBeDefined()
    // "Mayor Ann Vale" ends where the mention does.
    expect(knownAt(model, 0, 0, 14)?.text).toBe('Ann Vale')
    // A span ending beyond the mention is not it.
    expect(knownAt(model, 0, 0, 26)?.text).not.toBe('Ann Vale')
    expect(knownAt(model, 1, 0, 14)).toBeUndefined()
  })
})
