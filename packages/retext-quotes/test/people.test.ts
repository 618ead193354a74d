import { describe, expect, it } from 'vitest'
import { isPeopleNoun } from '../src/lib/people.js'

describe('isPeopleNoun', () => {
  it('takes nouns of people, roles and bodies', () => {
    for (const word of ['witness', 'residents', 'spokeswoman', 'police', 'ministry'])
      expect(isPeopleNoun(word), word).toBe(true)
  })

  it('takes plurals, irregular ones included, and a possessive', () => {
    for (const word of ['fishermen', 'ministers', 'agencies', "officials'", 'Officials'])
      expect(isPeopleNoun(word), word).toBe(true)
  })

  it('refuses things that cannot speak: statements, documents, diseases, places', () => {
    for (const word of ['statement', 'almanac', 'charter', 'website', 'virus', 'Rellmark'])
      expect(isPeopleNoun(word), word).toBe(false)
  })
})
