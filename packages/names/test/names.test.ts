import { describe, expect, it } from 'vitest'
import * as names from '../src/index.js'
import {
  acronymOf,
  foldName,
  nameKeys,
  nameTradition,
  parsePersonName,
  resolveOrganizations,
  resolvePeople,
} from '../src/index.js'

describe('@newsroom/names exports', () => {
  it('exposes a stable API', () => {
    expect(Object.keys(names).sort()).toEqual([
      'acronymOf',
      'acronymStopWords',
      'chineseSurnames',
      'cleanOrganizationName',
      'foldName',
      'honorifics',
      'isHonorific',
      'isNameParticle',
      'isOrganizationHead',
      'isRoleHead',
      'isSurnameFirstFamilyName',
      'koreanSurnames',
      'nameKeepingTitles',
      'nameKeys',
      'nameParticles',
      'nameSuffixes',
      'nameTradition',
      'organizationHeads',
      'parsePersonName',
      'resolveOrganizations',
      'resolvePeople',
      'roleHeads',
      'shortForms',
      'slugify',
      'stripPossessive',
      'vietnameseSurnames',
    ])
  })
})

describe('parsePersonName', () => {
  it('splits roles from the name', () => {
    const minister = parsePersonName('Deputy Trade Minister Oskar Vellmar')
    expect(minister.name).toBe('Oskar Vellmar')
    expect(minister.roles).toEqual(['Deputy Trade Minister'])
    const spokesman = parsePersonName('Harbour Authority spokesman Tilde Brannock')
    expect(spokesman).toMatchObject({
      name: 'Tilde Brannock',
      roles: ['Harbour Authority spokesman'],
    })
    const secretary = parsePersonName('Ruritanian Secretary of State Ines Marrow')
    expect(secretary).toMatchObject({
      name: 'Ines Marrow',
      roles: ['Ruritanian Secretary of State'],
    })
    expect(parsePersonName('Mayor of Port Elsin Dario Quell').roles).toEqual([
      'Mayor of Port Elsin',
    ])
  })

  it('keeps honorifics apart and drops possessives', () => {
    expect(parsePersonName('Mr Vellmar’s')).toMatchObject({
      name: 'Vellmar',
      honorifics: ['Mr'],
      full: false,
    })
    expect(parsePersonName('Dr. Ada Penhallow')).toMatchObject({
      name: 'Ada Penhallow',
      honorifics: ['Dr.'],
    })
  })

  it('finds no name in a bare role', () => {
    expect(parsePersonName('Secretary of State')).toMatchObject({
      name: '',
      roles: ['Secretary of State'],
    })
  })

  it('keeps the title of one-word regnal and papal names', () => {
    expect(parsePersonName('Pope Clement').name).toBe('Pope Clement')
    expect(parsePersonName('Queen Odile III').name).toBe('Odile III')
  })

  it('knows family-name-first order', () => {
    expect(parsePersonName('Foreign Minister Lu Haoran')).toMatchObject({
      name: 'Lu Haoran',
      surname: 'Lu',
      given: ['Haoran'],
      surnameFirst: true,
    })
    expect(nameTradition(['Pak', 'Min-jae'])).toBe('korean')
    expect(nameTradition(['Kim', 'Tessaly'])).toBe('western')
    expect(nameTradition(['Lee', 'Hartigan'])).toBe('western')
    expect(nameTradition(['Tran', 'Van', 'Thuc'])).toBe('vietnamese')
  })

  it('reads particles into the family name', () => {
    const name = parsePersonName('Aurelio dela Cruzada')
    expect(name.surname).toBe('dela Cruzada')
    expect(nameKeys(name)).toContain('cruzada')
    expect(nameKeys(parsePersonName('Samir al-Haddaf'))).toEqual(
      expect.arrayContaining(['al-haddaf', 'haddaf']),
    )
    expect(nameKeys(parsePersonName('Tran Van Thuc'))).toContain('thuc')
  })
})

describe('resolvePeople', () => {
  const mentions = (texts: string[]) => texts.map((text, position) => ({ text, position }))

  it('resolves short mentions to the fullest form, earlier or later', () => {
    const result = resolvePeople(
      mentions(['Lu', 'Vellmar', 'Foreign Minister Lu Haoran', 'Oskar Vellmar', 'Mr Vellmar']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Lu Haoran', 'Oskar Vellmar'])
    expect(result.clusterOf).toEqual([0, 1, 0, 1, 1])
    expect(result.clusters[0]?.roles).toEqual(['Foreign Minister'])
    expect(result.clusters[1]?.aliases).toEqual(['Vellmar'])
  })

  it('does not merge two people who share a family name', () => {
    const result = resolvePeople(
      mentions(['Greta Quill', 'Quill', 'Martin Quill', 'Quill', 'Greta Quill']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Greta Quill', 'Martin Quill'])
    // Each bare "Quill" goes to the nearest preceding full mention, and is reported.
    expect(result.clusterOf).toEqual([0, 0, 1, 1, 0])
    expect(result.ambiguities).toHaveLength(2)
  })

  it('merges compatible full names to the longest', () => {
    const result = resolvePeople(mentions(['Hal Brisket', 'Hal T. Brisket', 'Brisket']))
    expect(result.clusters).toHaveLength(1)
    expect(result.clusters[0]?.name).toBe('Hal T. Brisket')
  })

  it('keeps a short name nobody owns as its own person', () => {
    const result = resolvePeople(mentions(['Xu', 'President Xu', 'Ada Penhallow']))
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Ada Penhallow', 'Xu'])
    expect(result.clusters[1]?.roles).toEqual(['President'])
  })
})

describe('resolveOrganizations', () => {
  it('joins acronyms, head-of forms and "the"', () => {
    const result = resolveOrganizations(
      [
        'the Harbour Safety Agency',
        'HSA',
        'Department of Lighthouses',
        'Lighthouses Department',
      ].map((text, position) => ({ text, position })),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual([
      'Harbour Safety Agency',
      'Department of Lighthouses',
    ])
    expect(result.clusterOf).toEqual([0, 0, 1, 1])
    expect(acronymOf('Organisation of Coastal Towns')).toBe('OCT')
  })

  it('folds names for comparison', () => {
    expect(foldName('Jõrgen  Brûlé-Smith')).toBe('jorgen brule-smith')
  })
})
