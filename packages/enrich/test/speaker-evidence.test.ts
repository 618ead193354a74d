import type { Entities, Quote, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import {
  cleanRole,
  isNoPersonName,
  isOrganizationFragment,
  requireSpeakerEvidence,
  withoutAddressees,
  withoutNameModifiers,
} from '../src/speaker-evidence.js'
import { namedEntity, namedSpeaker, quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const speaker = (
  name: string,
  kind: Speaker['kind'],
  fields: { roles?: string[]; aliases?: string[] } = {},
): Speaker => namedSpeaker(name, kind, fields)

const entities: Entities = {
  people: [namedEntity('Marta Okonkwo', ['Okonkwo'])],
  organizations: [namedEntity('Ostravian Mining Union', ['OMU'])],
  places: [namedEntity('Velmora'), namedEntity('Ostravia')],
}

describe('requireSpeakerEvidence', () => {
  it('leaves a bare place unclear: its quotes keep it only as their candidate', () => {
    const velmora = speaker('Velmora', 'organization')
    const okonkwo = speaker('Marta Okonkwo', 'person')
    const result = requireSpeakerEvidence(
      [quoteBy('q1', velmora), quoteBy('q2', okonkwo)],
      [velmora, okonkwo],
      entities,
    )
    expect(result.speakers.map((each) => each.name)).toEqual(['Marta Okonkwo'])
    expect(result.quotes[0]?.speaker).toBeNull()
    expect(result.quotes[0]?.candidate).toEqual({
      id: 'velmora',
      name: 'Velmora',
      kind: 'organization',
    })
    expect(result.quotes[1]?.speaker?.name).toBe('Marta Okonkwo')
  })

  it('keeps a place the article also names as a body', () => {
    const withBody: Entities = {
      ...entities,
      organizations: [...entities.organizations, namedEntity('Velmora')],
    }
    const velmora = speaker('Velmora', 'organization')
    const result = requireSpeakerEvidence([quoteBy('q1', velmora)], [velmora], withBody)
    expect(result.quotes[0]?.speaker?.name).toBe('Velmora')
  })

  it('leaves unclear a one-word name the article describes only as a province', () => {
    const province = speaker('Drenhal', 'person', { roles: ['eastern province', 'shop owner'] })
    const result = requireSpeakerEvidence([quoteBy('q1', province)], [province], entities)
    expect(result.speakers).toEqual([])
    expect(result.quotes[0]?.candidate?.name).toBe('Drenhal')
  })

  it('keeps a full name with a role about a place, and a mayor of a capital', () => {
    const mayor = speaker('Ivo Brennan', 'person', {
      roles: ['mayor of the capital', 'eastern province'],
    })
    const result = requireSpeakerEvidence([quoteBy('q1', mayor)], [mayor], entities)
    expect(result.speakers[0]?.roles).toEqual(['mayor of the capital'])
  })

  it('drops fragment aliases and a modifier before a body, and the quotes follow the name', () => {
    const union = speaker('Ostravia-backed Ostravian Mining Union', 'organization', {
      aliases: ['Union', 'Mining', 'OMU', 'The Ostravian Mining Union'],
    })
    const result = requireSpeakerEvidence([quoteBy('q1', union)], [union], entities)
    expect(result.speakers[0]).toMatchObject({
      id: 'ostravian-mining-union',
      name: 'Ostravian Mining Union',
      aliases: ['OMU', 'The Ostravian Mining Union'],
    })
    expect(result.quotes[0]?.speaker).toEqual({
      id: 'ostravian-mining-union',
      name: 'Ostravian Mining Union',
      kind: 'organization',
    })
  })

  it('drops the modifier from a body an unpublished quote leans to', () => {
    const unsure: Quote = {
      ...quoteBy('q1', speaker('Ann Vale', 'person')),
      speaker: null,
      candidate: { id: 'x', name: 'Ostravia-based Kelvex Labs', kind: 'organization' },
    }
    const result = requireSpeakerEvidence([unsure], [], entities)
    expect(result.quotes[0]?.candidate).toEqual({
      id: 'kelvex-labs',
      name: 'Kelvex Labs',
      kind: 'organization',
    })
  })

  it('gives a candidate that leaned to a body the id the body keeps without its modifier', () => {
    // The speaker's id is an entity's, which is no slug of its name: the candidate follows the
    // speaker, not a slug of the name left.
    const labs = speaker('Ostravia-based Kelvex Labs', 'organization')
    const kelvex = { ...labs, id: 'kelvex-laboratories' }
    const withLabs: Entities = {
      ...entities,
      organizations: [namedEntity('Kelvex Laboratories', ['Kelvex Labs'])],
    }
    const result = requireSpeakerEvidence(
      [quoteBy('q1', kelvex), quoteLeaningTo('q2', kelvex)],
      [kelvex],
      withLabs,
    )
    const renamed = { id: 'kelvex-laboratories', name: 'Kelvex Labs', kind: 'organization' }
    expect(result.quotes.map((quote) => quote.speaker ?? quote.candidate)).toEqual([
      renamed,
      renamed,
    ])
  })

  it('keeps a person’s aliases that are names, without a closing period', () => {
    const vale = speaker('Ann Vale', 'person', { aliases: ['Vale.', 'the', 'Dr. Vale'] })
    const result = requireSpeakerEvidence([quoteBy('q1', vale)], [vale], entities)
    expect(result.speakers[0]?.aliases).toEqual(['Dr. Vale', 'Vale'])
  })

  it('reads places from the entities, folded for case', () => {
    const velmora = speaker('VELMORA', 'organization')
    const result = requireSpeakerEvidence([quoteBy('q1', velmora)], [velmora], entities)
    expect(result.speakers).toEqual([])
  })

  it('leaves unclear a one-word person name that names no one', () => {
    const weekday = speaker('Wednesday', 'person')
    const tag = speaker('R-Ost.', 'person')
    const okonkwo = speaker('Okonkwo', 'person')
    const result = requireSpeakerEvidence(
      [quoteBy('q1', weekday), quoteBy('q2', tag), quoteBy('q3', okonkwo)],
      [weekday, tag, okonkwo],
      entities,
    )
    expect(result.speakers.map((each) => each.name)).toEqual(['Okonkwo'])
    expect(result.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([
      null,
      null,
      'Okonkwo',
    ])
    expect(result.quotes[0]?.candidate?.name).toBe('Wednesday')
  })

  it('leaves anonymous speakers alone', () => {
    const source: Speaker = { ...speaker('a miner', 'anonymous'), description: 'a miner' }
    const result = requireSpeakerEvidence([quoteBy('q1', source)], [source], entities)
    expect(result.speakers).toEqual([source])
  })
})

describe('cleanRole', () => {
  const places = new Set(['ostravia'])
  it.each([
    ['Another eyewitness', 'eyewitness'],
    ['also OMU', 'OMU'],
    ['his sister', 'his sister'],
    ['Lt. Gen.', 'Lt. Gen.'],
    ['lawyer for the family', 'lawyer for the family'],
    ['Rolling Pines', 'Rolling Pines'],
    ['Westmere', 'Westmere'],
    ['spokesperson', 'spokesperson'],
  ])('keeps %j as %j', (role, expected) => {
    expect(cleanRole(role, places)).toBe(expected)
  })

  it.each([['process'], ['younger'], ['Helping newcomers'], ['Ostravia'], ['University']])(
    'drops %j',
    (role) => {
      expect(cleanRole(role, places)).toBeNull()
    },
  )
})

describe('isOrganizationFragment', () => {
  it.each([
    ['Office', "Brannock Sheriff's Office", true],
    ['Regional Water Rights', 'Commission on Regional Water Rights', true],
    ['Sheriff’s Office', "Brannock Sheriff's Office", false],
    ['BSO', "Brannock Sheriff's Office", false],
    ['Water Commission', 'Velmora Water Commission', false],
    ['Kelvex', 'Kelvex', false],
  ])('%j of %j: %s', (alias, name, expected) => {
    expect(isOrganizationFragment(alias, name)).toBe(expected)
  })
})

describe('withoutNameModifiers', () => {
  it.each([
    ['Ostravia-led Northern Council', 'Northern Council'],
    ['Velmora-based Kelvex Labs', 'Kelvex Labs'],
    ['Anglo-Ostravian Mining Union', 'Anglo-Ostravian Mining Union'],
    ['Northern Council', 'Northern Council'],
  ])('%j → %j', (name, expected) => {
    expect(withoutNameModifiers(name)).toBe(expected)
  })
})

describe('withoutAddressees', () => {
  const text = '"We must act," Ann Vale, told Westmere Radio. "Now," said Ivo Brennan.'
  const textOf = new Map([['p1', text]])
  const at = (id: string, who: Speaker, mention: string): Quote => {
    const start = text.indexOf(mention)
    return {
      ...quoteBy(id, who),
      mentionSpan: { blockId: 'p1', start, end: start + mention.length },
    }
  }

  it('takes off a speaker named right after "told", and the speaker goes with its last quote', () => {
    const radio = speaker('Westmere Radio', 'organization')
    const brennan = speaker('Ivo Brennan', 'person')
    const result = withoutAddressees(
      [
        { ...at('q1', radio, 'Westmere Radio'), candidate: { id: 'x', name: 'X', kind: 'person' } },
        at('q2', brennan, 'Ivo Brennan'),
      ],
      [radio, brennan],
      textOf,
    )
    expect(result.quotes[0]?.speaker).toBeNull()
    expect(result.quotes[0]?.candidate).toBeUndefined()
    expect(result.quotes[1]?.speaker?.name).toBe('Ivo Brennan')
    expect(result.speakers.map((each) => each.name)).toEqual(['Ivo Brennan'])
  })

  it('keeps the speaker of "told" before the hearer', () => {
    const vale = speaker('Ann Vale', 'person')
    const result = withoutAddressees([at('q1', vale, 'Ann Vale')], [vale], textOf)
    expect(result.quotes[0]?.speaker?.name).toBe('Ann Vale')
  })
})

describe('isNoPersonName', () => {
  const people = new Set(['okonkwo', 'marta okonkwo'])
  it.each([
    ['Wednesday'],
    ['March'],
    ['He'],
    ['Colo.'],
    ['R-Calif.'],
    ['Okonkwo-style'],
    ['T-shirts'],
    ['Okonkwos'],
  ])('knows %s is no person’s name', (name) => {
    expect(isNoPersonName(name, people)).toBe(true)
  })

  it.each([
    ['Okonkwo'],
    ['Katya'],
    ['al-Rashidi'],
    ['Al-Rashidi'],
    ['Marta Okonkwo'],
    ['J.'],
    ['Reynolds'],
  ])('keeps %s', (name) => {
    expect(isNoPersonName(name, people)).toBe(false)
  })
})
