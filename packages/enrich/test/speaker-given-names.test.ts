import type { Entities, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { placeGivenNames } from '../src/speaker-given-names.js'
import { namedEntity, namedSpeaker, quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const speaker = (name: string, quoteCount = 1): Speaker =>
  namedSpeaker(name, 'person', { quoteCount })

const entities = (...names: string[]): Entities => ({
  people: names.map((name) => namedEntity(name)),
  organizations: [],
  places: [],
})

describe('placeGivenNames', () => {
  it('joins a given name alone to the one full name the article gives', () => {
    const mary = speaker('Mary')
    const result = placeGivenNames([quoteBy('q1', mary)], [mary], entities('Mary Okafor'), 'story')
    expect(result.speakers).toEqual([
      { ...mary, id: 'mary-okafor', name: 'Mary Okafor', aliases: ['Mary'] },
    ])
    expect(result.quotes[0]?.speaker).toEqual({
      id: 'mary-okafor',
      name: 'Mary Okafor',
      kind: 'person',
    })
  })

  it('gives a candidate that leaned to the given name the full name and its id', () => {
    const mary = speaker('Mary')
    const result = placeGivenNames(
      [quoteBy('q1', mary), quoteLeaningTo('q2', mary)],
      [mary],
      entities('Mary Okafor'),
      'story',
    )
    expect(result.quotes[1]?.candidate).toEqual({
      id: 'mary-okafor',
      name: 'Mary Okafor',
      kind: 'person',
    })
  })

  it('merges into the speaker the full name already is', () => {
    const mary = speaker('Mary')
    const okafor = speaker('Mary Okafor', 2)
    const result = placeGivenNames(
      [quoteBy('q1', mary), quoteBy('q2', okafor)],
      [mary, okafor],
      entities('Mary Okafor'),
      'story',
    )
    expect(result.speakers).toEqual([{ ...okafor, aliases: ['Mary'], quoteCount: 3 }])
    expect(result.quotes.map((quote) => quote.speaker?.id)).toEqual(['mary-okafor', 'mary-okafor'])
  })

  it('keeps a given name the article never gives in full on its article alone', () => {
    const mary = speaker('Mary')
    const result = placeGivenNames([quoteBy('q1', mary)], [mary], entities('Ivo Brennan'), 'story')
    expect(result.speakers[0]).toMatchObject({ id: 'mary-story', name: 'Mary' })
    expect(result.quotes[0]?.speaker?.id).toBe('mary-story')
  })

  it('joins no full name when two people share the given name, and keeps it on its article', () => {
    const mary = speaker('Mary')
    const result = placeGivenNames(
      [quoteBy('q1', mary)],
      [mary],
      entities('Mary Okafor', 'Mary Brennan'),
      'story',
    )
    expect(result.speakers[0]).toMatchObject({ id: 'mary-story', name: 'Mary' })
  })

  it('leaves a family name alone', () => {
    const okafor = speaker('Okafor')
    const result = placeGivenNames([quoteBy('q1', okafor)], [okafor], entities(), 'story')
    expect(result.speakers).toEqual([okafor])
  })
})
