import { describe, expect, it } from 'vitest'
import { type SpeakerRename, withRenamedSpeakers } from '../src/speaker-renames.js'
import { quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const brel = { id: 'brel', name: 'Brel', kind: 'person' } as const
const anaBrel = { id: 'ana-brel', name: 'Ana Brel', kind: 'person' } as const

describe('withRenamedSpeakers', () => {
  it('renames the speaker and a candidate that leaned to it alike', () => {
    const quotes = withRenamedSpeakers(
      [quoteBy('q1', brel), quoteLeaningTo('q2', brel)],
      new Map([['brel', anaBrel]]),
    )
    expect(quotes.map((quote) => [quote.speaker, quote.candidate])).toEqual([
      [anaBrel, undefined],
      [null, anaBrel],
    ])
  })

  it('keeps the name and kind a rename of the id alone leaves', () => {
    const [quote] = withRenamedSpeakers(
      [quoteLeaningTo('q1', brel)],
      new Map([['brel', { id: 'brel-entity' }]]),
    )
    expect(quote?.candidate).toEqual({ ...brel, id: 'brel-entity' })
  })

  it('leaves a candidate of no renamed speaker, and an unnamed one, as they were', () => {
    const place = { id: 'velmora', name: 'Velmora', kind: 'organization' } as const
    const official = { id: 'anonymous-2', name: 'a harbour official', kind: 'anonymous' } as const
    const quotes = [quoteLeaningTo('q1', place), quoteLeaningTo('q2', official)]
    const renamed = withRenamedSpeakers(
      quotes,
      new Map<string, SpeakerRename>([
        ['brel', anaBrel],
        ['anonymous-1', { id: 'anonymous-9' }],
      ]),
    )
    expect(renamed).toEqual(quotes)
    expect(renamed[0]).toBe(quotes[0])
  })
})
