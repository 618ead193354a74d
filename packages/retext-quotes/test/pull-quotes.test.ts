import { describe, expect, it } from 'vitest'
import { findQuotes } from '../src/lib/find-quotes.js'
import { repetitions } from '../src/lib/pull-quotes.js'
import { attributed, parseText } from './helpers/article.js'

/** Each quotation's text (cut), published speaker, mention and paragraph of the mention. */
async function attributionsOf(text: string) {
  const quotes = (await attributed(text)).data.quotes ?? []
  return quotes.map((quote) => [
    quote.text.slice(0, 24),
    quote.speaker?.name ?? null,
    quote.mention,
    quote.mentionSpan?.blockId ?? null,
  ])
}

const opening =
  'The harbour board of Kelmouth voted on Tuesday to lease the east docks to a shipping firm run by Tomas Brill. Brill has promised some two hundred jobs.'
const union =
  'Dockers were less sure. Their union leader, Hugo Varga, spoke at length at the meeting on Tuesday evening.'
const words = 'We cannot let the docks sit empty while the town pays for them'

describe('a pull quote', () => {
  it('takes the speaker of the quotation it repeats, not the name nearest to it', async () => {
    const text = `${opening}\n\n"${words}."\n\nMayor Ines Carvel called it a fair deal.\n\n${union}\n\n"${words}," Varga said. "But we will not let a firm write our wages either."`
    expect(await attributionsOf(text)).toEqual([
      ['We cannot let the docks ', 'Hugo Varga', 'Varga', 'p5'],
      ['We cannot let the docks ', 'Hugo Varga', 'Varga', 'p5'],
      ['But we will not let a fi', 'Hugo Varga', 'Varga', 'p5'],
    ])
  })

  it('keeps the speaker a cue of its own gives it', async () => {
    const text = `${opening}\n\nBrill put it plainly:\n\n"${words}."\n\n${union}\n\n"${words}," Varga said.`
    const found = await attributionsOf(text)
    expect(found[0]?.[1]).toBe('Tomas Brill')
    expect(found[1]?.[1]).toBe('Hugo Varga')
  })

  it('is a paragraph of its own: a quotation with narration beside it is not one', async () => {
    const text = `${opening}\n\n"${words}," Brill said.\n\n${union}\n\n"${words}," Varga said.`
    const found = await attributionsOf(text)
    expect(found.map((quote) => quote[1])).toEqual(['Tomas Brill', 'Hugo Varga'])
  })
})

describe('repetitions', () => {
  const read = (text: string) => {
    const { texts } = parseText(text)
    return { texts, quotes: findQuotes(texts).quotes }
  }

  it('pairs a lone quotation with the quotation of another paragraph holding its words', () => {
    const { texts, quotes } = read(`"${words}."\n\nVarga spoke.\n\n"Listen. ${words}," Varga said.`)
    expect([...repetitions(quotes, texts)]).toEqual([[0, 1]])
  })

  it('leaves a short phrase two speakers may share, and words out of order', () => {
    const { texts, quotes } = read(
      `"Not in our town."\n\n"Not in our town," Varga said.\n\n"We cannot let the docks sit idle while the town pays."\n\n"We cannot let the docks, while the town pays, sit idle," Brill said.`,
    )
    expect(repetitions(quotes, texts).size).toBe(0)
  })

  it('reads many lone quotations that repeat one another at a cost linear in the text', () => {
    const line = `"${words}."`
    const { texts, quotes } = read(
      `${Array.from({ length: 2000 }, () => line).join('\n\n')}\n\n"${words}," Varga said.`,
    )
    const found = repetitions(quotes, texts)
    expect(found.size).toBe(2000)
    expect(new Set(found.values())).toEqual(new Set([2000]))
  })
})
