import type { Entities, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { alignSpeakersWithEntities } from '../src/speaker-entities.js'
import { quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const speaker = (
  id: string,
  name: string,
  kind: Speaker['kind'],
  aliases: string[] = [],
): Speaker => ({
  id,
  name,
  kind,
  roles: [],
  aliases,
  description: null,
  quoteCount: 1,
})

const entities: Entities = {
  people: [
    {
      id: 'marta-okonkwo',
      name: 'Marta Okonkwo',
      aliases: ['Okonkwo'],
      roles: [],
      mentions: 3,
      salience: 0.5,
    },
  ],
  organizations: [
    {
      id: 'westmere-harbour-authority',
      name: 'Westmere Harbour Authority',
      aliases: ['Harbour Authority', 'WHA'],
      roles: [],
      mentions: 2,
      salience: 0.3,
    },
  ],
  places: [
    {
      id: 'okonkwo-bay',
      name: 'Okonkwo Bay',
      aliases: ['Harbour Authority'],
      roles: [],
      mentions: 1,
      salience: 0.1,
    },
  ],
}

describe('alignSpeakersWithEntities', () => {
  it('gives a speaker the id of the entity of the same kind with one of its names', () => {
    const authority = speaker('harbour-authority', 'Harbour Authority', 'organization')
    const marta = speaker('marta-okonkwo', 'Marta Okonkwo', 'person')
    const { speakers, quotes } = alignSpeakersWithEntities(
      [quoteBy('q1', authority, 1), quoteBy('q2', marta, 1)],
      [authority, marta],
      entities,
    )
    expect(speakers.map((entry) => [entry.id, entry.name])).toEqual([
      ['westmere-harbour-authority', 'Harbour Authority'],
      ['marta-okonkwo', 'Marta Okonkwo'],
    ])
    expect(quotes.map((entry) => entry.speaker?.id)).toEqual([
      'westmere-harbour-authority',
      'marta-okonkwo',
    ])
  })

  it('gives a candidate that leaned to a speaker the id its speaker takes', () => {
    const authority = speaker('harbour-authority', 'Harbour Authority', 'organization')
    const { quotes } = alignSpeakersWithEntities(
      [quoteBy('q1', authority, 1), quoteLeaningTo('q2', authority)],
      [authority],
      entities,
    )
    expect(quotes[1]?.candidate).toEqual({
      id: 'westmere-harbour-authority',
      name: 'Harbour Authority',
      kind: 'organization',
    })
  })

  it('leaves anonymous speakers, unknown names and other kinds alone', () => {
    const anonymous = speaker('anonymous-1', 'a harbour official', 'anonymous')
    const stranger = speaker('felix-aranda', 'Felix Aranda', 'person')
    const wrongKind = speaker('okonkwo-bay', 'Okonkwo Bay', 'person')
    const result = alignSpeakersWithEntities([], [anonymous, stranger, wrongKind], entities)
    expect(result.speakers.map((entry) => entry.id)).toEqual([
      'anonymous-1',
      'felix-aranda',
      'okonkwo-bay',
    ])
  })

  it('keeps a full name’s id when the entity found only a shorter form of it', () => {
    const surnameOnly: Entities = {
      people: [
        { id: 'brennan', name: 'Brennan', aliases: [], roles: [], mentions: 2, salience: 0.2 },
      ],
      organizations: [],
      places: [],
    }
    const ivo = speaker('ivo-brennan', 'Ivo Brennan', 'person', ['Brennan'])
    const result = alignSpeakersWithEntities([quoteBy('q1', ivo, 1)], [ivo], surnameOnly)
    expect(result.speakers[0]?.id).toBe('ivo-brennan')
    expect(result.quotes[0]?.speaker?.id).toBe('ivo-brennan')
  })
})
