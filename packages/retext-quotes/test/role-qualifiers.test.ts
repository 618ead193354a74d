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
    expect([...tagged.states]).toEqual(['montana'])
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
    expect(qualifiersContradict(of('the Ohio governor'), of('Idaho Sen., Ohio Gov.'))).toBe(false)
    const tagged = around('Sen. Orla Fenwick (D-Mont.) spoke.', 'Orla Fenwick')
    expect(qualifiersContradict(of('the Montana senator'), tagged)).toBe(false)
    expect(qualifiersContradict(of('the Ohio senator'), tagged)).toBe(true)
    expect(qualifiersContradict(of('the Democratic candidate'), of('Republican'))).toBe(true)
    expect(qualifiersContradict(of('the Democratic candidate'), of('Ohio Democrat'))).toBe(false)
  })

  it('reads only a state that qualifies the role', () => {
    const states = (text: string) => [...addQualifiersOf(text, emptyQualifiers()).states]
    expect(states('the senator from Ohio')).toEqual(['ohio'])
    expect(states('the governor of New Jersey')).toEqual(['new jersey'])
    expect(states('Ohio Republican state Sen.')).toEqual(['ohio'])
    // A state of several words is read from its first word, wherever it stands.
    expect(states('the senator from West Virginia')).toEqual(['west virginia'])
    expect(states('the Jersey senator')).toEqual([])
    expect(states('a senator who was raised in Ohio')).toEqual([])
    expect(states('a senator who often travels to Vermont')).toEqual([])
    expect([
      ...around('Orla Fenwick, a senator who lives in Ohio, spoke.', 'Orla Fenwick').states,
    ]).toEqual([])
  })

  it('reads a party tag’s state by the table of abbreviations', () => {
    const of = (text: string) => addQualifiersOf(text, emptyQualifiers())
    const tagged = (tag: string) => around(`Sen. Orla Fenwick (${tag}) spoke.`, 'Orla Fenwick')
    // `Ala.` and `Miss.` hold the letters of Alaska and Missouri in order, but are not theirs.
    expect(qualifiersContradict(of('the Alaska senator'), tagged('R-Ala.'))).toBe(true)
    expect(qualifiersContradict(of('the Alabama senator'), tagged('R-Ala.'))).toBe(false)
    expect(qualifiersContradict(of('the Missouri senator'), tagged('D-Miss.'))).toBe(true)
    expect(qualifiersContradict(of('the New Jersey senator'), tagged('D-N.Y.'))).toBe(true)
    expect(qualifiersContradict(of('the New Jersey senator'), tagged('D-N.J.'))).toBe(false)
    expect(qualifiersContradict(of('the West Virginia senator'), tagged('R-W.Va.'))).toBe(false)
    expect(qualifiersContradict(of('the Virginia senator'), tagged('R-W.Va.'))).toBe(true)
    expect(qualifiersContradict(of('the Kansas senator'), tagged('R-Kans.'))).toBe(false)
  })
})
