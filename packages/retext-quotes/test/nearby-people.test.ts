import type { Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { NearbyPeople } from '../src/lib/nearby-people.js'

function person(name: string): Speaker {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'),
    name,
    kind: 'person',
    roles: [],
    aliases: [],
    description: null,
    quoteCount: 0,
  }
}

const vale = person('Ann Vale')
const brio = person('Tomas Brio')
const salo = person('Kim Salo')
const obi = person('Rolf Obi')

describe('NearbyPeople', () => {
  it('takes the one person known to be of the gender, before people left open', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(vale, 'female', false, false)
    nearby.add(salo, null, false, false)
    nearby.add(brio, 'male', false, false)
    expect(nearby.choose('female')).toEqual({ speaker: vale, resolution: 'pronoun-only' })
    expect(nearby.choose('male')).toEqual({ speaker: brio, resolution: 'pronoun-only' })
  })

  it('takes the one person left open when no one is known to be of the gender', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(brio, 'male', false, false)
    nearby.add(salo, null, false, false)
    expect(nearby.choose('female')).toEqual({ speaker: salo, resolution: 'pronoun-only' })
  })

  it('takes the one newcomer, then the one subject, of several people', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(brio, 'male', false, true)
    nearby.add(obi, 'male', false, false)
    expect(nearby.choose('male')).toEqual({ speaker: brio, resolution: 'pronoun-newcomer' })
    // Two newcomers now; Obi is the one subject.
    nearby.add(obi, 'male', true, true)
    expect(nearby.choose('male')).toEqual({ speaker: obi, resolution: 'pronoun-clause-subject' })
    // Two subjects: no one is alone any more.
    nearby.add(salo, 'male', true, false)
    expect(nearby.choose('male')).toBeNull()
  })

  it('takes a newcomer first named outside a subject only when no main clause subject takes the pronoun', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(obi, 'male', true, false)
    nearby.add(brio, 'male', false, true)
    // Obi opens the sentence before; Brio, new, is its object.
    const asked: boolean[] = []
    const mainSubject = (mainClauseOnly: boolean) => {
      asked.push(mainClauseOnly)
      return obi
    }
    expect(nearby.choose('male', mainSubject)).toEqual({
      speaker: obi,
      resolution: 'pronoun-clause-subject',
    })
    expect(asked).toEqual([true])
    // No main clause subject just before: a sentence opener further back does not beat him.
    expect(nearby.choose('male', () => null)).toEqual({
      speaker: brio,
      resolution: 'pronoun-newcomer',
    })
    // Introduced as a subject, the newcomer wins outright.
    const opened = new NearbyPeople()
    opened.reset(0)
    opened.add(obi, 'male', true, false)
    opened.add(brio, 'male', true, true)
    expect(opened.choose('male', mainSubject)).toEqual({
      speaker: brio,
      resolution: 'pronoun-newcomer',
    })
  })

  it('moves a person whose gender the article settles later, with what it knew of them', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(salo, null, true, true)
    nearby.add(brio, 'male', false, false)
    nearby.add(obi, 'male', false, false)
    expect(nearby.choose('female')).toEqual({ speaker: salo, resolution: 'pronoun-only' })
    nearby.regender(salo, 'male')
    expect(nearby.choose('female')).toBeNull()
    expect(nearby.choose('male')).toEqual({ speaker: salo, resolution: 'pronoun-newcomer' })
  })

  it('starts again empty', () => {
    const nearby = new NearbyPeople()
    nearby.reset(0)
    nearby.add(vale, 'female', false, false)
    nearby.end = 4
    nearby.reset(7)
    expect([nearby.start, nearby.end]).toEqual([7, 7])
    expect(nearby.choose('female')).toBeNull()
  })
})
