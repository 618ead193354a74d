import { describe, expect, it } from 'vitest'
import {
  addQualifiersAroundName,
  addQualifiersOf,
  emptyQualifiers,
  qualifiersContradict,
} from '../src/lib/role-qualifiers.js'

function around(text: string, name: string) {
  const start = text.indexOf(name)
  const qualifiers = emptyQualifiers()
  addQualifiersAroundName(text, start, start + name.length, qualifiers)
  return qualifiers
}

describe('role qualifiers', () => {
  it('reads states and parties of a description', () => {
    const read = addQualifiersOf('the New Jersey Republican senator', emptyQualifiers())
    expect([...read.states]).toEqual(['new jersey'])
    expect([...read.parties]).toEqual(['republican'])
    expect([...addQualifiersOf('Vermont’s senator', emptyQualifiers()).states]).toEqual(['vermont'])
  })

  it('reads a title before a name, a party tag or an apposition after it', () => {
    expect([
      ...around('We met former Idaho Gov. Orla Fenwick today.', 'Orla Fenwick').states,
    ]).toEqual(['idaho'])
    const tagged = around('Sen. Orla Fenwick (D-Mont.) spoke.', 'Orla Fenwick')
    expect([...tagged.parties]).toEqual(['democratic'])
    expect([...tagged.abbreviatedStates]).toEqual(['mont'])
    expect([
      ...around('Orla Fenwick, the senator from Ohio, spoke.', 'Orla Fenwick').states,
    ]).toEqual(['ohio'])
    // A state before the name that is no part of a title, or after a comma, is not the person's.
    expect(around('In Idaho, Orla Fenwick spoke.', 'Orla Fenwick').states.size).toBe(0)
    expect(around('Idaho voters like Orla Fenwick.', 'Orla Fenwick').states.size).toBe(0)
  })

  it('finds a contradiction only when the holder is stated with other qualifiers only', () => {
    const of = (text: string) => addQualifiersOf(text, emptyQualifiers())
    expect(qualifiersContradict(of('the Ohio governor'), of('Idaho Gov.'))).toBe(true)
    expect(qualifiersContradict(of('the Ohio governor'), of('Gov.'))).toBe(false)
    expect(qualifiersContradict(of('the Ohio governor'), of('Idaho and Ohio'))).toBe(false)
    const tagged = emptyQualifiers()
    tagged.abbreviatedStates.add('mont')
    expect(qualifiersContradict(of('the Montana senator'), tagged)).toBe(false)
    expect(qualifiersContradict(of('the Ohio senator'), tagged)).toBe(true)
    expect(qualifiersContradict(of('the Democratic candidate'), of('Republican'))).toBe(true)
    expect(qualifiersContradict(of('the Democratic candidate'), of('Ohio Democrat'))).toBe(false)
  })

  it('reads a two-word state’s abbreviation by both initials', () => {
    const of = (text: string) => addQualifiersOf(text, emptyQualifiers())
    const abbreviated = (abbreviation: string) => {
      const qualifiers = emptyQualifiers()
      qualifiers.abbreviatedStates.add(abbreviation)
      return qualifiers
    }
    // `N.Y.` holds the letters of New Jersey in order, but not its second initial.
    expect(qualifiersContradict(of('the New Jersey senator'), abbreviated('ny'))).toBe(true)
    expect(qualifiersContradict(of('the New Hampshire senator'), abbreviated('nm'))).toBe(true)
    expect(qualifiersContradict(of('the New Jersey senator'), abbreviated('nj'))).toBe(false)
    expect(qualifiersContradict(of('the West Virginia senator'), abbreviated('wva'))).toBe(false)
    expect(qualifiersContradict(of('the Virginia senator'), abbreviated('va'))).toBe(false)
  })
})
