import { describe, expect, it } from 'vitest'
import { isPeopleNoun, isSpeakerHead } from '../src/lib/people.js'

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

describe('isSpeakerHead', () => {
  it('takes a noun whose commonest sense is a person, an age, and the nouns of people', () => {
    for (const word of ['neurosurgeon', 'guy', 'babies', '46-year-old', 'witness'])
      expect(isSpeakerHead(word), word).toBe(true)
  })

  it('keeps a person noun whose other senses are things, languages or creatures', () => {
    // WordNet counted none of these senses: the person comes first by the lexicographers' order.
    for (const word of ['translator', 'trainers', 'Canadian', 'watchdog', 'monitors', 'divers'])
      expect(isSpeakerHead(word), word).toBe(true)
  })
})
