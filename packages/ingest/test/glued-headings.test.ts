import { describe, expect, it } from 'vitest'
import { findGluedHeadings, minGluedParagraphWords } from '../src/lib/glued-headings.js'
import { ingestText, plainText } from './helpers/harbour-story.js'

/** A paragraph as long as a pasted story: plain sentences, then `parts`. */
function longParagraph(...parts: string[]): string {
  const text = parts.join(' ')
  const words = text.split(/\s+/).length
  const copies = Math.ceil(Math.max(0, minGluedParagraphWords - words) / 60) + 1
  return `${plainText(5 * copies)} ${text}`
}

describe('findGluedHeadings', () => {
  it('finds a quoted subheading standing alone between two sentences', () => {
    const text = `The board voted late on Monday. 'Storms are getting worse' Vale believes the wall will not last.`
    expect(findGluedHeadings(text)).toEqual([
      { start: 32, end: 58, text: 'Storms are getting worse' },
    ])
  })

  it('finds an unquoted subheading before a capitalized sentence start', () => {
    const text =
      'The board voted late on Monday. Harbour finances The treasurer said costs had doubled.'
    expect(findGluedHeadings(text)).toEqual([{ start: 32, end: 48, text: 'Harbour finances' }])
    expect(
      findGluedHeadings('It ended, he said. Rival shipyards In May the yards cut their prices.'),
    ).toEqual([{ start: 19, end: 34, text: 'Rival shipyards' }])
  })

  it('finds a subheading ending in a name a preposition links to it, before a closed-class word', () => {
    expect(
      findGluedHeadings('The board voted. Trade with Alderia Beyond the harbour, the yards grew.'),
    ).toEqual([{ start: 17, end: 35, text: 'Trade with Alderia' }])
    expect(
      findGluedHeadings('The board voted. Ties to South Vale The port has long traded there.'),
    ).toEqual([{ start: 17, end: 35, text: 'Ties to South Vale' }])
  })

  it('finds a name that the sentence after it repeats', () => {
    expect(findGluedHeadings('The board voted. Tomas Brel Tomas Brel moved to the port.')).toEqual([
      { start: 17, end: 27, text: 'Tomas Brel' },
    ])
    expect(
      findGluedHeadings('The board voted. Ana María Ruiz Ana María Ruiz, 41, runs the yard.'),
    ).toEqual([{ start: 17, end: 31, text: 'Ana María Ruiz' }])
  })

  it('leaves a name going on after a role, an initial or its repeat alone', () => {
    for (const text of [
      // A name after a role: the capitalized run is one name.
      'The board voted. Harbour spokeswoman Ana Ruiz In May she said so.',
      // An initial is the middle of a name, not an article.
      'The board voted. Ties to Ana A. Ruiz were questioned.',
      // A name linked by a preposition may go on into another name.
      'The board voted. Trade with Alderia Ruiz said had doubled.',
      // A name going on after the repeat is a name of its own.
      'The board voted. Port Alder Port Alder Marina opened in May.',
      // One word said twice is a name ("Sirhan Sirhan").
      'The board voted. Brel Brel said little.',
    ]) {
      expect(findGluedHeadings(text), text).toEqual([])
    }
  })

  it('leaves sentences that start with a role, a time or an appositive alone', () => {
    for (const text of [
      // A role before a name.
      'The board voted. Council chief Ana Ruiz said the wall would hold.',
      // A time before the subject.
      'The board voted. Last year Mayor Ruiz promised a new wall.',
      // A noun describing the name after it.
      'The board voted. The rights group Open Harbour said the vote was rushed.',
      // A verb: a sentence, not a subheading.
      'The board voted. Harbour residents praised Ruiz for the plan.',
      // A contraction opens a clause.
      'The board voted. That’s the real question Ruiz must answer.',
      // A name or nationality going on into the next capitalized word.
      'The board voted. Alderian fishermen Tomas Brel and Ana Ruiz spoke.',
      'The board voted. Tomas Brel spoke first.',
      // One word is as often a first name as a subheading.
      'The board voted. Competition In May the yards cut their prices.',
      // A name after a noun may be the rest of its phrase.
      'The board voted. Harbour residents Tomas Brel and Ana Ruiz spoke.',
      // An infinitive clause.
      'The board voted. The efforts to fund In May the board met.',
      // A title written short is not a sentence end.
      'The board heard from Dr. Tomas Brel of the port authority.',
    ]) {
      expect(findGluedHeadings(text), text).toEqual([])
    }
  })

  it('leaves a quotation that a speech verb follows alone', () => {
    expect(findGluedHeadings(`The board voted. 'Stop the works' Ruiz said on Friday.`)).toEqual([])
    expect(findGluedHeadings(`The board voted. "Stop the works now," Ruiz said.`)).toEqual([])
  })
})

describe('ingest: subheadings glued into a paragraph', () => {
  it('splits a long paragraph around its subheadings and makes them heading blocks', () => {
    const body = longParagraph(
      `"We have waited long enough," said Ana Ruiz, the harbour master.`,
      `'Storms are getting worse' Vale believes the wall will not last another winter.`,
      'She has fished from Port Alder for thirty years.',
      'Harbour finances The treasurer, Tomas Brel, said the cost had doubled since the spring.',
    )
    const file = ingestText(body)
    const blocks = file.data.article?.blocks ?? []
    // The long text before the first subheading is itself split into paragraphs (see
    // paragraph-breaks), so blocks are found by their text here.
    const headings = blocks.filter((block) => block.type === 'heading')
    expect(headings.map((block) => [block.id, block.text])).toEqual([
      ['h1', 'Storms are getting worse'],
      ['h2', 'Harbour finances'],
    ])
    const around = (id: string, step: number) =>
      blocks[blocks.findIndex((block) => block.id === id) + step]
    expect(around('h1', -1)?.text.endsWith('the harbour master.')).toBe(true)
    expect(around('h1', 1)?.text).toBe(
      'Vale believes the wall will not last another winter. She has fished from Port Alder for thirty years.',
    )
    expect(around('h2', 1)?.text).toBe(
      'The treasurer, Tomas Brel, said the cost had doubled since the spring.',
    )
    expect(blocks.at(-1)?.type).toBe('paragraph')
  })

  it('reports each split at the subheading, and block sources point at the file', () => {
    const body = longParagraph('It closed, she said. Harbour finances The treasurer left early.')
    const file = ingestText(body)
    const messages = file.messages.filter((message) => message.ruleId === 'glued-heading')
    expect(messages).toHaveLength(1)
    const [message] = messages
    const line = String(file.value).split('\n')[(message?.line ?? 0) - 1] ?? ''
    expect(line.slice((message?.column ?? 0) - 1).startsWith('Harbour finances The')).toBe(true)
    expect(message?.fatal).toBeUndefined()
    const source = file.data.blockSources?.h1?.[0]
    expect(source && line.slice(source.column - 1, source.column - 1 + source.length)).toBe(
      'Harbour finances',
    )
    const blocks = file.data.article?.blocks ?? []
    const restId = blocks[blocks.findIndex((block) => block.id === 'h1') + 1]?.id ?? ''
    const rest = file.data.blockSources?.[restId]?.[0]
    expect(rest && line.slice(rest.column - 1, rest.column - 1 + rest.length)).toBe(
      'The treasurer left early.',
    )
  })

  it('leaves short paragraphs whole: they are not paragraph-less text', () => {
    const file = ingestText(
      'It closed, she said. Harbour finances The treasurer left early.\n\nThe board met again.',
    )
    expect(file.data.article?.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
  })

  // Long inputs of the shapes that once made this slow (every sentence end scanning the rest of
  // the paragraph; a regex stripping a long run of dashes retrying at each dash): results only,
  // speed is measured in benchmarks.
  it('finds no subheading in a thousand sentences of two hundred words', () => {
    const words = Array.from({ length: 200 }, (_, index) => (index % 7 === 0 ? 'alder' : 'wall'))
    const sentence = `Harbour ${words.join(' ')}.`
    const text = Array.from({ length: 1_000 }, () => sentence).join(' ')
    expect(findGluedHeadings(text)).toEqual([])
  })

  it('takes a run of 40,000 dashes after a sentence end for no subheading', () => {
    const dashes = '-'.repeat(40_000)
    const text = `It closed, she said. Harbour finances The treasurer left early. ${dashes} The board met again.`
    expect(findGluedHeadings(text)).toEqual([{ start: 21, end: 37, text: 'Harbour finances' }])
  })
})
