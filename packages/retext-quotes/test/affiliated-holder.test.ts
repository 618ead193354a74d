import { describe, expect, it } from 'vitest'
import {
  affiliatedOfficeOf,
  holdsAffiliatedOffice,
  roleAroundName,
  roleWordsOf,
} from '../src/lib/affiliated-holder.js'

function around(text: string, name: string): string {
  const start = text.indexOf(name)
  return roleAroundName(text, start, start + name.length)
}

describe('affiliated offices', () => {
  it('reads an office and where it is held from a description', () => {
    expect([...(affiliatedOfficeOf('the top U.S. diplomat')?.anchors ?? [])]).toEqual(['us'])
    expect([...(affiliatedOfficeOf('the head of Aid Without Borders')?.anchors ?? [])]).toEqual([
      'aid',
      'borders',
    ])
    // No body or place named, a deputy's or a past office: none to match.
    expect(affiliatedOfficeOf('the country’s top diplomat')).toBeNull()
    expect(affiliatedOfficeOf('the Harlow physician')).toBeNull()
    expect(affiliatedOfficeOf('the deputy head of Aid Without Borders')).toBeNull()
    expect(affiliatedOfficeOf('the former Harlow professor')).toBeNull()
  })

  it('reads the title before a name and the apposition after it', () => {
    expect(around('On Friday, U.S. Secretary of State Lena Tarr said so.', 'Lena Tarr')).toBe(
      'U.S. Secretary of State',
    )
    expect(around('Mara Quell, a geophysicist at Harlow College. She left.', 'Mara Quell')).toBe(
      'a geophysicist at Harlow College',
    )
    // What else the sentence says of her is no office of hers.
    expect(around('He met Harlow officials, Mara Quell said.', 'Mara Quell')).toBe('')
  })

  it('matches a role holding an office of the kind, and every word of where', () => {
    const professor = affiliatedOfficeOf('the Harlow professor')
    if (professor === null) throw new Error('expected an office')
    expect(holdsAffiliatedOffice(roleWordsOf('a geophysicist at Harlow College'), professor)).toBe(
      true,
    )
    expect(holdsAffiliatedOffice(roleWordsOf('a geophysicist at Orlen College'), professor)).toBe(
      false,
    )
    expect(holdsAffiliatedOffice(roleWordsOf('a physician at Harlow College'), professor)).toBe(
      false,
    )
    expect(
      holdsAffiliatedOffice(roleWordsOf('a former researcher at Harlow College'), professor),
    ).toBe(false)
  })
})
