import type { Article, Entity, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { buildSpeakerIndex } from '../src/speaker-index.js'
import {
  areSpellingVariants,
  numberedBodyKey,
  type PersonRecord,
  unifySpeakerSpellings,
} from '../src/speaker-variants.js'
import { quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const person = (
  name: string,
  roles: string[],
  articles: string[],
  quoteCount = 1,
): PersonRecord => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  roles,
  articles,
  quoteCount,
})

describe('areSpellingVariants', () => {
  const marczuk = person('Olek Marczuk', ['Ostravian President'], ['a'])
  it('joins one given name, a family name one letter apart and a shared role', () => {
    expect(areSpellingVariants(marczuk, person('Olek Marczukk', ['President'], ['b']))).toBe(true)
    expect(areSpellingVariants(marczuk, person('Olek Marcsuk', ['president'], ['b']))).toBe(true)
  })

  it.each([
    ['another given name', person('Anton Marczukk', ['President'], ['b'])],
    ['no shared role', person('Olek Marczukk', ['goalkeeper'], ['b'])],
    ['no role at all', person('Olek Marczukk', [], ['b'])],
    ['two letters apart', person('Olek Marczukkk', ['President'], ['b'])],
    ['a short family name', person('Olek Vale', ['President'], ['b'])],
    ['another first letter', person('Olek Darczuk', ['President'], ['b'])],
    ['the same article', person('Olek Marczukk', ['President'], ['a'])],
  ])('keeps apart %s', (_, other) => {
    expect(areSpellingVariants(marczuk, other)).toBe(false)
  })

  it('keeps apart two people of a bare family name', () => {
    expect(
      areSpellingVariants(
        person('Marczuk', ['President'], ['a']),
        person('Marczukk', ['President'], ['b']),
      ),
    ).toBe(false)
  })
})

const speaker = (name: string, roles: string[], quoteCount = 1): Speaker => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: 'person',
  roles,
  aliases: [],
  description: null,
  quoteCount,
})

const article = (slug: string, speakers: Speaker[]): Article =>
  ({
    slug,
    publishedAt: '2024-03-05',
    title: slug,
    topics: [],
    entities: {
      people: speakers.map((who) => ({
        id: who.id,
        name: who.name,
        aliases: [],
        roles: who.roles,
        mentions: 2,
        salience: 0.5,
      })),
      organizations: [],
      places: [],
    },
    speakers,
    quotes: speakers.map((who, index) => quoteBy(`q${index + 1}`, who)),
  }) as unknown as Article

describe('unifySpeakerSpellings', () => {
  it('gives both spellings the id of the most quoted one, each article keeping its spelling', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [
      speaker('Olek Marczukk', ['Ostravian President'], 3),
      speaker('Ann Vale', ['miner']),
    ])
    const other = article('other', [speaker('Ann Vale', ['miner'])])
    const [a, b, c] = unifySpeakerSpellings([first, second, other])
    expect(a?.speakers[0]).toMatchObject({ id: 'olek-marczukk', name: 'Olek Marczuk' })
    expect(a?.quotes[0]?.speaker).toEqual({
      id: 'olek-marczukk',
      name: 'Olek Marczuk',
      kind: 'person',
    })
    expect(a?.entities.people[0]).toMatchObject({ id: 'olek-marczukk', name: 'Olek Marczuk' })
    expect(b).toBe(second)
    expect(c).toBe(other)

    const index = buildSpeakerIndex([a, b, c] as Article[])
    const marczukk = index.speakers.find((entry) => entry.id === 'olek-marczukk')
    expect(marczukk?.articles.sort()).toEqual(['first', 'second'])
    expect(marczukk?.quoteCount).toBe(2)
    expect(index.speakers.map((entry) => entry.id).sort()).toEqual(['ann-vale', 'olek-marczukk'])
  })

  it('gives a candidate the merged id, in its speaker’s article and in any other', () => {
    const marczuk = speaker('Olek Marczuk', ['Ostravian President'], 1)
    const first = article('first', [marczuk])
    const leaning = { ...first, quotes: [...first.quotes, quoteLeaningTo('q2', marczuk)] }
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    // An article where Olek Marczuk is only a candidate: the merge is the site's identity of
    // him, so the candidate follows it there too, and names the entry he has in the index.
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const onlyLeaning = { ...vale, quotes: [...vale.quotes, quoteLeaningTo('q2', marczuk)] }
    const [a, b, c] = unifySpeakerSpellings([leaning, second, onlyLeaning])
    const merged = { id: 'olek-marczukk', name: 'Olek Marczuk', kind: 'person' }
    expect(a?.quotes.map((quote) => quote.speaker ?? quote.candidate)).toEqual([merged, merged])
    expect(c?.quotes.map((quote) => quote.speaker ?? quote.candidate)).toEqual([
      { id: 'ann-vale', name: 'Ann Vale', kind: 'person' },
      merged,
    ])
    expect(c?.speakers).toEqual(onlyLeaning.speakers)
    const index = buildSpeakerIndex([a, b, c] as Article[])
    expect(index.speakers.map((entry) => entry.id).sort()).toEqual(['ann-vale', 'olek-marczukk'])
  })

  it('gives a candidate the merged id beside the merged spelling its article quotes', () => {
    // The merge holds the two spellings to be one person; the candidate joins him.
    const marczuk = speaker('Olek Marczuk', ['Ostravian President'], 1)
    const marczukk = speaker('Olek Marczukk', ['Ostravian President'], 3)
    const second = article('second', [marczukk])
    const leaning = { ...second, quotes: [...second.quotes, quoteLeaningTo('q2', marczuk)] }
    const [, b] = unifySpeakerSpellings([article('first', [marczuk]), leaning])
    expect(b?.quotes[1]?.candidate).toEqual({
      id: 'olek-marczukk',
      name: 'Olek Marczuk',
      kind: 'person',
    })
  })

  it('gives the merged id to an entity of an article that only mentions the person', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const marczukEntity = { ...(first.entities.people[0] as Entity), salience: 0.1 }
    const mentioning = {
      ...vale,
      entities: { ...vale.entities, people: [...vale.entities.people, marczukEntity] },
    }
    const [, , c] = unifySpeakerSpellings([first, second, mentioning])
    expect(c?.entities.people.map((entity) => [entity.id, entity.name])).toEqual([
      ['ann-vale', 'Ann Vale'],
      ['olek-marczukk', 'Olek Marczuk'],
    ])
    expect(c?.speakers).toEqual(mentioning.speakers)
  })

  it('keeps apart the two spellings of an article that names both', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    const both = {
      ...second,
      slug: 'both',
      entities: {
        ...second.entities,
        people: [...second.entities.people, ...first.entities.people],
      },
    }
    const [, , c] = unifySpeakerSpellings([first, second, both])
    expect(c).toBe(both)
  })

  it('never gives two speakers of one article one id', () => {
    // "Marczuk" and "Marczukt" are each one letter from "Marczukk", and quoted in one article:
    // only the first joins the most quoted spelling, and the other keeps its own id.
    const president = ['Ostravian President']
    const twoSpellings = article('two-spellings', [
      speaker('Olek Marczuk', president, 2),
      speaker('Olek Marczukt', president, 1),
    ])
    const most = article('most', [speaker('Olek Marczukk', president, 5)])
    const [a] = unifySpeakerSpellings([twoSpellings, most])
    expect(a?.speakers.map((who) => who.id)).toEqual(['olek-marczukk', 'olek-marczukt'])
    expect(a?.entities.people.map((entity) => entity.id)).toEqual([
      'olek-marczukk',
      'olek-marczukt',
    ])
  })

  it('never gives two entities of one article one id', () => {
    // Each spelling is quoted in an article of its own and merged; an article that only
    // mentions two of them keeps them apart.
    const president = ['Ostravian President']
    const spellings = [
      article('one', [speaker('Olek Marczuk', president, 1)]),
      article('two', [speaker('Olek Marczukt', president, 1)]),
      article('most', [speaker('Olek Marczukk', president, 5)]),
    ]
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const mentioning = {
      ...vale,
      entities: {
        ...vale.entities,
        people: [
          ...vale.entities.people,
          ...(spellings[0] as Article).entities.people,
          ...(spellings[1] as Article).entities.people,
        ],
      },
    }
    const unified = unifySpeakerSpellings([...spellings, mentioning])
    expect(unified.slice(0, 2).map((one) => one.speakers[0]?.id)).toEqual([
      'olek-marczukk',
      'olek-marczukk',
    ])
    expect(unified[3]).toBe(mentioning)
  })

  it('returns the articles as they are when no two spellings meet', () => {
    const articles = [article('one', [speaker('Ann Vale', ['miner'])])]
    expect(unifySpeakerSpellings(articles)[0]).toBe(articles[0])
  })
})

describe('numberedBodyKey', () => {
  it.each([
    ['G9', 'G9'],
    ['the G9', 'G9'],
    ['Group of Nine', 'G9'],
    ['the Group of 9', 'G9'],
    ['Group of Twenty', 'G20'],
  ])('reads %s as %s', (name, key) => {
    expect(numberedBodyKey(name)).toBe(key)
  })

  it.each([['Apollo 11 Mission'], ['Ostravian Mining Union'], ['Group of Friends'], ['Route 9']])(
    'reads no number in %s',
    (name) => {
      expect(numberedBodyKey(name)).toBeNull()
    },
  )
})

describe('unifySpeakerSpellings of numbered bodies', () => {
  const body = (name: string, quoteCount = 1): Speaker => ({
    ...speaker(name, [], quoteCount),
    kind: 'organization',
  })
  const withBodies = (slug: string, bodies: Speaker[]): Article => {
    const base = article(slug, bodies)
    return {
      ...base,
      entities: { ...base.entities, people: [], organizations: base.entities.people },
    } as Article
  }

  it('makes "G9" in one article and "the Group of Nine" in another one speaker', () => {
    const short = withBodies('short', [body('G9')])
    const long = withBodies('long', [body('Group of Nine', 2)])
    const [a, b] = unifySpeakerSpellings([short, long])
    expect(a?.speakers[0]).toMatchObject({ id: 'group-of-nine', name: 'G9' })
    expect(a?.quotes[0]?.speaker).toEqual({
      id: 'group-of-nine',
      name: 'G9',
      kind: 'organization',
    })
    expect(a?.entities.organizations[0]?.id).toBe('group-of-nine')
    expect(b).toBe(long)
    const index = buildSpeakerIndex([a, b] as Article[])
    expect(index.speakers).toHaveLength(1)
    expect(index.speakers[0]).toMatchObject({ id: 'group-of-nine', quoteCount: 2 })
  })

  it('keeps apart the two forms of a body that one article quotes as two speakers', () => {
    const both = withBodies('both', [body('G9'), body('Group of Nine')])
    const elsewhere = withBodies('elsewhere', [body('the Group of 9', 3)])
    const [a] = unifySpeakerSpellings([both, elsewhere])
    expect(new Set(a?.speakers.map((who) => who.id)).size).toBe(2)
  })

  it('keeps apart two numbered bodies with other numbers', () => {
    const articles = [withBodies('one', [body('G9')]), withBodies('two', [body('Group of Seven')])]
    expect(unifySpeakerSpellings(articles)).toEqual(articles)
  })
})
