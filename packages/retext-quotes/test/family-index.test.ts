import { describe, expect, it } from 'vitest'
import { FamilyIndex, indexByFamily } from '../src/lib/family-index.js'
import { generationMentionsIn, hasFamilyName, KinWordTexts } from '../src/lib/namesakes.js'

const paragraphs = [
  'Ana Karo met Omar Al-Amin at the harbour on Monday.',
  'Al-Rashid’s ferry was late. Mr. Le Roux said the pier was closed.',
  'The Al-Amin family and the Le Brun family spoke; Le Rouxel did not.',
  'Mr. Béranger, the son of Tomas Béranger, agreed. Berangers came too.',
  'Lina de la Cruz and Dario de la Cruzado wrote to van der Berg.',
  'Van der Berg said the younger Karo would sail. The elder Vale stayed.',
  'Karo said nothing. Al-Rashidi and Vale’s aide left; Valentin stayed.',
  'Nothing here names a family, though de and van and Le are words.',
  'Ms. Vale spoke last; her father, Tomas Vale, listened, as did Ms Al-Rashid.',
]

/** The paragraphs naming a family, searched one by one: what the index must give. */
const searched = (surname: string): number[] =>
  paragraphs.flatMap((text, at) => (hasFamilyName(text, surname) ? [at] : []))

const surnames = [
  'Al-Rashid',
  'Al-Amin',
  'Le Roux',
  'Le Brun',
  'Béranger',
  'de la Cruz',
  'van der Berg',
  'Vale',
  'Karo',
  'Orrin',
]

describe('FamilyIndex.paragraphsNaming', () => {
  it('gives the paragraphs a search of every paragraph gives, for each family after the first', () => {
    const index = new FamilyIndex(paragraphs)
    // The first family asked for is searched for in every paragraph; those after it come from
    // the index of words, the path tested here.
    expect(index.paragraphsNaming('Karo')).toEqual(searched('Karo'))
    for (const surname of surnames)
      expect(index.paragraphsNaming(surname), surname).toEqual(searched(surname))
  })

  it('finds families sharing a first word, and a name after a courtesy title or before "’s"', () => {
    const index = new FamilyIndex(paragraphs)
    index.paragraphsNaming('Karo')
    expect(index.paragraphsNaming('Al-Rashid')).toEqual([1, 8])
    expect(index.paragraphsNaming('Le Roux')).toEqual([1])
    expect(index.paragraphsNaming('de la Cruz')).toEqual([4])
    expect(index.paragraphsNaming('Vale')).toEqual([5, 6, 8])
    expect(index.paragraphsNaming('Béranger')).toEqual([3])
  })
})

describe('FamilyIndex.generationsOf', () => {
  it('gives the "the younger Vale" of one family only, with their paragraphs', () => {
    const index = new FamilyIndex(paragraphs)
    expect(index.generationsOf('karo')).toEqual([
      { paragraph: 5, offset: paragraphs[5]?.indexOf('younger'), generation: 'younger' },
    ])
    expect(index.generationsOf('vale')).toEqual([
      { paragraph: 5, offset: paragraphs[5]?.indexOf('elder'), generation: 'elder' },
    ])
    expect(index.generationsOf('orrin')).toEqual([])
  })

  it('gives what reading each paragraph gives, family by family', () => {
    const index = new FamilyIndex(paragraphs)
    const read = paragraphs.flatMap((text, paragraph) =>
      generationMentionsIn(text).map(({ folded, offset, generation }) => ({
        folded,
        mention: { paragraph, offset, generation },
      })),
    )
    for (const { folded } of read)
      expect(index.generationsOf(folded)).toEqual(
        read.filter((each) => each.folded === folded).map(({ mention }) => mention),
      )
  })
})

describe('KinWordTexts.mayName', () => {
  it('gives every text with a kin word that holds a name, read one by one', () => {
    const kinWords = new FamilyIndex(paragraphs).kinWords()
    const withKin = (name: string) =>
      new KinWordTexts(paragraphs).texts.filter((text) => hasFamilyName(text, name))
    expect(kinWords.texts).toEqual([paragraphs[3], paragraphs[8]])
    for (const name of ['Tomas Béranger', 'Béranger', 'Tomas Vale', 'Tomas', 'Vale', 'Karo'])
      expect(
        kinWords.mayName([name]).filter((text) => hasFamilyName(text, name)),
        name,
      ).toEqual(withKin(name))
    expect(kinWords.mayName(['Tomas Vale', 'Béranger'])).toEqual([paragraphs[3], paragraphs[8]])
    expect(kinWords.mayName(['Karo'])).toEqual([])
  })

  it('finds a name by its capitalized words only, and one without any in every text', () => {
    // Only capitalized words are indexed: a particle ("de", "van") is looked up by the name's
    // other words, and a name of lowercase words alone may be in any text with a kin word.
    const texts = [
      'Lina de la Cruz and her son spoke.',
      'The son of van der berg came.',
      'Lina Cruz and a friend came.',
      'de and la are no names; the aunt said so.',
    ]
    const kinWords = new KinWordTexts(texts)
    expect(kinWords.texts).toEqual([texts[0], texts[1], texts[3]])
    for (const name of ['Lina de la Cruz', 'de la Cruz', 'van der berg', 'Cruz'])
      expect(
        kinWords.mayName([name]).filter((text) => hasFamilyName(text, name)),
        name,
      ).toEqual(kinWords.texts.filter((text) => hasFamilyName(text, name)))
    expect(kinWords.mayName(['de la Cruz'])).toEqual([texts[0]])
    expect(kinWords.mayName(['van der berg'])).toEqual(kinWords.texts)
  })
})

describe('indexByFamily', () => {
  it('lists each number under its families in order, once per family', () => {
    const named: Array<[number, string]> = [
      [0, 'vale'],
      [1, 'al-rashid'],
      [1, 'vale'],
      [2, 'vale'],
      [2, 'vale'],
      [4, 'le roux'],
    ]
    const index = indexByFamily(named)
    for (const family of ['vale', 'al-rashid', 'le roux'])
      expect(index.get(family), family).toEqual([
        ...new Set(named.filter(([, each]) => each === family).map(([at]) => at)),
      ])
    expect(index.get('orrin')).toBeUndefined()
  })
})
