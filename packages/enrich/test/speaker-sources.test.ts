import type { Entities, Quote, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import {
  isCreditedSource,
  leaveUnclear,
  withoutAuthors,
  withoutCreditedSources,
} from '../src/speaker-sources.js'
import { namedSpeaker, quoteBy } from './helpers/fixtures.js'

const speaker = (name: string, kind: Speaker['kind'], quoteCount = 1): Speaker =>
  namedSpeaker(name, kind, { quoteCount })

/** A quote in block p1 whose mention and quoted words stand where they do in `text`. */
function quoteIn(text: string, mention: string, words: string, who: Speaker): Quote {
  const at = text.indexOf(mention)
  const start = text.indexOf(words)
  return {
    ...quoteBy('q1', who),
    text: words,
    spans: [{ blockId: 'p1', start, end: start + words.length }],
    mention,
    mentionSpan: { blockId: 'p1', start: at, end: at + mention.length },
  }
}

const noEntities: Entities = { people: [], organizations: [], places: [] }

describe('leaveUnclear', () => {
  it('keeps the speaker as the candidate and drops a speaker left without quotes', () => {
    const vale = speaker('Ann Vale', 'person', 2)
    const result = leaveUnclear(
      [quoteBy('q1', vale), { ...quoteBy('q2', vale), text: 'Other words.' }],
      [vale],
      (quote) => quote.id === 'q1',
    )
    expect(result.quotes[0]?.speaker).toBeNull()
    expect(result.quotes[0]?.candidate).toEqual({
      id: 'ann-vale',
      name: 'Ann Vale',
      kind: 'person',
    })
    expect(result.speakers).toEqual([{ ...vale, quoteCount: 1 }])
    const none = leaveUnclear([quoteBy('q1', vale)], [{ ...vale, quoteCount: 1 }], () => true)
    expect(none.speakers).toEqual([])
  })
})

describe('withoutCreditedSources', () => {
  const journal = speaker('Daily Journal', 'organization')
  const textOf = (text: string) => new Map([['p1', text]])
  /** Whether `who`, named by `mention` in `text`, is credited only as the source of `words`. */
  const credited = (
    text: string,
    mention: string,
    words: string,
    who: Speaker,
    names: ReadonlySet<string> = new Set(),
  ) => isCreditedSource(quoteIn(text, mention, words, who), who, textOf(text), names)

  it('leaves unclear a body credited with a spokesman’s words', () => {
    const text =
      'According to the Daily Journal, a spokesman for the ministry expressed regret: "We will appeal."'
    const quote = quoteIn(text, 'Daily Journal', 'We will appeal.', journal)
    expect(isCreditedSource(quote, journal, textOf(text), new Set())).toBe(true)
    const result = withoutCreditedSources([quote], [journal], textOf(text), noEntities)
    expect(result.speakers).toEqual([])
    expect(result.quotes[0]?.candidate?.name).toBe('Daily Journal')
  })

  it('leaves unclear a body credited with the words of a body the article names', () => {
    const text = 'According to the Daily Journal, Velmora Council announced: "We will appeal."'
    expect(
      credited(text, 'Daily Journal', 'We will appeal.', journal, new Set(['velmora council'])),
    ).toBe(true)
  })

  it('keeps a body whose report is the only source given', () => {
    const text = 'According to the Daily Journal, "the harbour will close in May."'
    expect(credited(text, 'Daily Journal', 'the harbour will close in May.', journal)).toBe(false)
  })

  it('keeps a body that speaks, and a person after "according to"', () => {
    const said = 'The Daily Journal said a spokesman was wrong: "We stand by it."'
    expect(credited(said, 'Daily Journal', 'We stand by it.', journal)).toBe(false)
    const vale = speaker('Ann Vale', 'person')
    const person = 'According to Ann Vale, a spokesman for the mine, "it is safe."'
    expect(credited(person, 'Ann Vale', 'it is safe.', vale)).toBe(false)
  })
})

describe('withoutAuthors', () => {
  it('leaves unclear the quotes given to the article’s own author', () => {
    const author = speaker('Ivo Brennan', 'person')
    const source = speaker('Ann Vale', 'person')
    const result = withoutAuthors(
      [quoteBy('q1', author), quoteBy('q2', source)],
      [author, source],
      [{ name: 'Ivo Brennan' }],
    )
    expect(result.speakers.map((each) => each.name)).toEqual(['Ann Vale'])
    expect(result.quotes[0]?.speaker).toBeNull()
    expect(result.quotes[0]?.candidate?.name).toBe('Ivo Brennan')
  })

  it('keeps the author’s quote whose mention is "I" or "we": the writer speaking', () => {
    const author = speaker('Ivo Brennan', 'person', 2)
    const text = 'I laughed and said, “The river is low.” We wrote, “The mill is shut.”'
    const result = withoutAuthors(
      [
        quoteIn(text, 'I', 'The river is low.', author),
        quoteIn(text, 'We', 'The mill is shut.', author),
      ],
      [author],
      [{ name: 'Ivo Brennan' }],
    )
    expect(result.quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Ivo Brennan',
      'Ivo Brennan',
    ])
  })

  it('changes nothing without authors', () => {
    const source = speaker('Ann Vale', 'person')
    const result = withoutAuthors([quoteBy('q1', source)], [source], [])
    expect(result.quotes[0]?.speaker?.name).toBe('Ann Vale')
  })
})
