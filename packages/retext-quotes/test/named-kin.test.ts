import { elderKin, siblingKin, spouseKin, youngerKin } from '@newsroom/lexicon'
import { foldName } from '@newsroom/names'
import { describe, expect, it } from 'vitest'
import { namedKinDescriptions, namedKinKey } from '../src/lib/named-kin.js'
import { articleOf } from './helpers/article.js'

describe('namedKinKey', () => {
  it('is the key of every kin description the article names, so none is missed', async () => {
    const model = await articleOf(
      [
        'My father, Hugo Vale, spoke first. Ed Ruiz, Ana Ruiz’s son, came too.',
        'Petra Vale, our sister, wrote. His fiancée, Ines Harrow, left.',
        'My parents, Hugo and Petra Vale, stayed.',
      ].join('\n\n'),
    )
    const keys = [...namedKinDescriptions(model).keys()]
    expect(keys).toEqual([
      'my father',
      "ana ruiz's son",
      'his fiancee',
      'our sister',
      'my mother',
      'my dad',
      'my mom',
      'my mum',
      'my parent',
    ])
    for (const key of keys) expect(namedKinKey(key)).toBe(key)
  })

  it('is the key of a description with any kin word, as folding writes it', () => {
    for (const kin of [...elderKin, ...youngerKin, ...spouseKin, ...siblingKin]) {
      expect(namedKinKey(`Ana Ruiz’s ${kin}`)).toBe(foldName(`Ana Ruiz's ${kin}`))
      expect(namedKinKey(`my ${kin}`)).toBe(`my ${foldName(kin)}`)
    }
    expect(namedKinKey('My Fiancé')).toBe('my fiance')
  })

  it('says no to a description that ends in no kin word', () => {
    expect(namedKinKey('a spokesman')).toBeNull()
    expect(namedKinKey('the mayor')).toBeNull()
    expect(namedKinKey('his father’s lawyer')).toBeNull()
  })
})
