import type { Article, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { buildSpeakerIndex } from '../src/speaker-index.js'
import {
  areSpellingVariants,
  type PersonRecord,
  unifySpeakerSpellings,
} from '../src/speaker-variants.js'
import { quoteBy } from './helpers/fixtures.js'

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

  it('returns the articles as they are when no two spellings meet', () => {
    const articles = [article('one', [speaker('Ann Vale', ['miner'])])]
    expect(unifySpeakerSpellings(articles)[0]).toBe(articles[0])
  })
})
