import { describe, expect, it } from 'vitest'
import { kinAppositions, singleKin } from '../src/lib/kin-names.js'
import { articleOf } from './helpers/article.js'

describe('kinAppositions', () => {
  it('reads the owner, the kin word and the name of each apposition outside quotations', async () => {
    const model = await articleOf(
      [
        'My aunt, Hedda Lorne, taught at the village school.',
        "Ida Vesk's brother, Karl Vesk, who farms the valley, came too.",
        '"My son, Emil Tarr, will drive," the farmer said.',
      ].join('\n\n'),
    )
    expect(kinAppositions(model)).toEqual([
      {
        position: { paragraph: 0, offset: 0 },
        owner: { pronoun: 'my' },
        kin: 'aunt',
        name: 'Hedda Lorne',
      },
      {
        position: { paragraph: 1, offset: 0 },
        owner: { name: 'Ida Vesk' },
        kin: 'brother',
        name: 'Karl Vesk',
      },
    ])
  })

  it('splits parents by their given names, and leaves a role or a plural kin word out', async () => {
    const model = await articleOf(
      [
        'Our parents, Greta and Anselm Falk, met in Orlen.',
        'Her colleague, Mira Dunn, and his sons, Tam Oller and Bo Oller, stayed home.',
      ].join('\n\n'),
    )
    expect(kinAppositions(model).map(({ kin, name }) => [kin, name])).toEqual([
      ['father', 'Anselm Falk'],
      ['mother', 'Greta Falk'],
    ])
    expect(singleKin.has('sons')).toBe(false)
    expect(singleKin.has('wife')).toBe(true)
  })
})
