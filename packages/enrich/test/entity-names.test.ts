import { describe, expect, it } from 'vitest'
import { foldedNames } from '../src/entity-names.js'

describe('foldedNames', () => {
  it('holds every name and alias, folded, of the entities given', () => {
    const names = foldedNames([
      { name: 'Jõrgen Brûlé', aliases: ['Brûlé', 'J. Brûlé'] },
      { name: 'Ostravian Mining Union', aliases: [] },
    ])
    expect([...names].sort()).toEqual([
      'brule',
      'j brule',
      'jorgen brule',
      'ostravian mining union',
    ])
  })

  it('is empty for no entities', () => {
    expect(foldedNames([]).size).toBe(0)
  })
})
