import { describe, expect, it } from 'vitest'
import { creditLine } from '../src/lib/credit-line.js'
import { attributed, paragraphOf } from './helpers/article.js'

/** Each quotation's opening words, published speaker and mention. */
async function attributionsOf(text: string) {
  const quotes = (await attributed(text)).data.quotes ?? []
  return quotes.map((quote) => [
    quote.text.slice(0, 20),
    quote.speaker?.name ?? null,
    quote.mention,
  ])
}

const opening =
  'The harbour board of Kelmouth voted on Tuesday to lease the east docks to a shipping firm run by Tomas Brill. Mayor Ines Carvel called it a fair deal.'
const words =
  '"We cannot let the docks sit empty while the town pays for them, and we will not let a firm from outside write our wages either.'

describe('a block quote with a credit line', () => {
  // Ingestion makes the credit's own line a paragraph: the quotation closes its paragraph unclosed.
  it('is attributed to the name its last line credits, not to the name nearest to it', async () => {
    const text = `${opening}\n\n${words}\n\nHugo Varga, Kelmouth Dockers Union."\n\nThe lease starts in May.`
    expect(await attributionsOf(text)).toEqual([
      ['We cannot let the do', 'Hugo Varga', 'Hugo Varga'],
    ])
  })

  // Review r50c2: a quotation's own last words are no credit line.
  it('is no credit when the quotation goes on into the name or ends in a vocative or a title', async () => {
    for (const [quoted, line] of [
      // The quoted sentence goes on: the name is its end, not a credit.
      ['"Nobody on this board can doubt who will be the next mayor of Kelmouth,', 'Hugo Varga."'],
      // A vocative after a comma: the person addressed, not the speaker.
      [words, 'Hugo Varga, you are fired."'],
      // A title or a word the quotation ends with: no person's name.
      [words, 'Casablanca."'],
      [words, 'Sweet Caroline."'],
      [words, 'Mr. President."'],
      // A letter's sign-off: the word before the comma is no name.
      [words, 'Sincerely, Hugo Varga."'],
    ] as const) {
      const text = `${opening}\n\n${quoted}\n\n${line}\n\nThe lease starts in May.`
      const speakers = (await attributionsOf(text)).map((row) => row[1])
      expect(speakers, line).not.toContain('Hugo Varga')
      expect(speakers, line).not.toContain('Casablanca')
      expect(speakers, line).not.toContain('Sweet Caroline')
      expect(speakers, line).not.toContain('Sincerely')
    }
  })

  it('takes a role before the name', async () => {
    const text = `${opening}\n\n${words}\n\nFormer union secretary Hugo Varga."\n\nThe lease starts in May.`
    expect((await attributionsOf(text))[0]?.[1]).toBe('Hugo Varga')
  })
})

describe('creditLine', () => {
  const credit = (line: string) => {
    const paragraph = paragraphOf(line)
    return creditLine(paragraph)?.text
  }

  it('reads a name, a role before it and an affiliation after a comma, closed by the mark', () => {
    expect(credit('Hugo Varga."')).toBe('Hugo Varga')
    expect(credit('Hugo Varga, Kelmouth Dockers Union.”')).toBe('Hugo Varga')
    expect(credit('Hugo Varga"')).toBe('Hugo Varga')
  })

  it('is nothing else: a sentence, a description, a line the mark does not close', () => {
    expect(credit('Hugo Varga disagreed."')).toBeFalsy()
    expect(credit('A union official."')).toBeFalsy()
    expect(credit('Hugo Varga.')).toBeFalsy()
    expect(credit('Hugo Varga, who leads the union, said so."')).toBeFalsy()
  })

  it('takes a person by evidence only: a known given name, a role, a proper affiliation', () => {
    expect(credit('S.C. Rep. Hugo Varga."')).toBe('S.C. Rep. Hugo Varga')
    expect(credit('Hugo Varga, Center for Economic and Dock Research."')).toBe('Hugo Varga')
    expect(credit('Hugo Varga, deputy harbour security advisor."')).toBe('Hugo Varga')
    for (const line of [
      'Casablanca."',
      'Amen."',
      'Go Rovers."',
      'Mr. President."',
      'Sweet Caroline."',
      'Sincerely, Hugo Varga."',
      'Love, Hugo Varga."',
      'Hugo Varga, you are fired."',
      'Hugo Varga, we will miss you."',
    ])
      expect(credit(line), line).toBeFalsy()
  })
})
