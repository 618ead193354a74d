import { describe, expect, it } from 'vitest'
import { buildCatalogue } from '../src/lib/article-names.js'
import type { Apposition, MentionForm, MentionPhrase } from '../src/lib/mention-phrase.js'
import {
  afterOrganization,
  descriptionHead,
  modifierOwner,
  normalizePhrase,
  possessiveOwner,
  pronounKinds,
  readPhrase,
  roleAppositions,
} from '../src/lib/readings.js'

/** A phrase starting at offset 10 of its paragraph. */
function phrase(text: string, form: MentionForm, appositions: Apposition[] = []): MentionPhrase {
  return { text, start: 10, end: 10 + text.length, form, appositions }
}

describe('normalizePhrase', () => {
  it('reads a name again the same way, whatever its offsets, and leaves a plain name as it is', () => {
    // Whether a name is left as it is is kept by its text: the answer, not a phrase, so a later
    // reading at other offsets, with appositions or as a description still reads afresh.
    const plain = phrase('Ann Vale', 'name')
    expect(normalizePhrase(plain)).toBe(plain)
    const again: MentionPhrase = {
      text: 'Ann Vale',
      start: 40,
      end: 48,
      form: 'name',
      appositions: [],
    }
    expect(normalizePhrase(again)).toBe(again)
    const affiliated = (start: number): MentionPhrase => ({
      text: 'Tomas Brio of the Rellmark Fisheries Board',
      start,
      end: start + 42,
      form: 'name',
      appositions: [],
    })
    for (const start of [0, 25, 0]) {
      expect(normalizePhrase(affiliated(start))).toEqual({
        text: 'Tomas Brio',
        start,
        end: start + 10,
        form: 'name',
        appositions: [
          { text: 'of the Rellmark Fisheries Board', start: start + 10, end: start + 42 },
        ],
      })
    }
    const set = phrase('Ann Vale', 'name', [{ text: 'the harbour master', start: 20, end: 38 }])
    expect(normalizePhrase(set)).toEqual(set)
  })

  it('puts a name set off after a description first, the description as an apposition', () => {
    const description = 'the director of the Rellmark Fisheries Board'
    const named = normalizePhrase(
      phrase(description, 'description', [{ text: 'Ann Vale', start: 56, end: 64 }]),
    )
    expect(named).toEqual({
      text: 'Ann Vale',
      start: 56,
      end: 64,
      form: 'name',
      appositions: [{ text: description, start: 10, end: 10 + description.length }],
    })
  })

  it('cuts a role word opening with a lowercase letter beyond ASCII off the name', () => {
    expect(normalizePhrase(phrase('élue Ana Ruiz', 'name'))).toMatchObject({
      text: 'Ana Ruiz',
      appositions: [{ text: 'élue' }],
    })
  })

  it('cuts role words set apart by a no-break space off the name', () => {
    expect(normalizePhrase(phrase('protester\u00a0Tomas\u00a0Brio', 'name'))).toMatchObject({
      text: 'Tomas\u00a0Brio',
      appositions: [{ text: 'protester' }],
    })
  })

  it('keeps the person before "of" and makes the body their affiliation', () => {
    expect(normalizePhrase(phrase('Ann Vale of the Rellmark Fisheries Board', 'name'))).toEqual({
      text: 'Ann Vale',
      start: 10,
      end: 18,
      form: 'name',
      appositions: [{ text: 'of the Rellmark Fisheries Board', start: 18, end: 50 }],
    })
  })

  it('cuts role words and an owner off the name, with the offsets of each part', () => {
    expect(normalizePhrase(phrase('State Department spokesman Tomas Brio', 'name'))).toEqual({
      text: 'Tomas Brio',
      start: 37,
      end: 47,
      form: 'name',
      appositions: [{ text: 'State Department spokesman', start: 10, end: 36 }],
    })
    expect(normalizePhrase(phrase('Rellmark Gazette’s Tomas Brio', 'name'))).toMatchObject({
      text: 'Tomas Brio',
      appositions: [{ text: 'Rellmark Gazette’s' }],
    })
  })

  it('keeps a title with "of" whole before the name it belongs to', () => {
    expect(normalizePhrase(phrase('U.S. Secretary of State Ana Ruiz', 'name')).text).toBe(
      'U.S. Secretary of State Ana Ruiz',
    )
  })

  // An error shape of issue 10: the plugin published the speaker "Rellmark-led Northern Council".
  it('cuts a modifier in "-led" off the name of the body it describes', () => {
    expect(normalizePhrase(phrase('Rellmark-led Northern Council', 'name'))).toMatchObject({
      text: 'Northern Council',
      start: 23,
      appositions: [{ text: 'Rellmark-led', start: 10, end: 22 }],
    })
    expect(normalizePhrase(phrase('Ostrava-born Ann Vale', 'name')).text).toBe('Ann Vale')
  })

  // Audit att56 W6: "the Dutchman" was published as a person named "Dutchman".
  it('reads a demonym after a determiner as a description, not a name', () => {
    for (const text of [
      'the Dutchman',
      'the 22-year-old Australian',
      'a New Zealander',
      'The Scot',
    ])
      expect(normalizePhrase(phrase(text, 'name'))).toMatchObject({ text, form: 'description' })
    // A demonym alone, or opening a body's name, is left to the name readers.
    expect(normalizePhrase(phrase('Dutchman', 'name')).form).toBe('name')
    expect(normalizePhrase(phrase('the Kenyan Athletics Federation', 'name')).form).toBe('name')
  })

  it('keeps a hyphenated name whole', () => {
    expect(normalizePhrase(phrase('Ann Vale-Brio', 'name')).text).toBe('Ann Vale-Brio')
  })

  it('leaves a pronoun and a plain description as they are', () => {
    const she = phrase('she', 'pronoun')
    const official = phrase('a senior official', 'description')
    expect(normalizePhrase(she)).toEqual(she)
    expect(normalizePhrase(official)).toEqual(official)
  })
})

describe('afterOrganization', () => {
  it('splits an organization off the name run it opens', () => {
    expect(afterOrganization(phrase('Rellmark Gazette Tomas Brio', 'name'))).toEqual({
      text: 'Tomas Brio',
      start: 27,
      end: 37,
      form: 'name',
      appositions: [{ text: 'Rellmark Gazette', start: 10, end: 26 }],
    })
  })

  it('splits where an entity recognizer found the organization to end', () => {
    const run = phrase('Rellmark Harbour Board Tomas Brio', 'name')
    expect(afterOrganization(run, 10 + 'Rellmark Harbour Board'.length)).toMatchObject({
      text: 'Tomas Brio',
      start: 33,
      appositions: [{ text: 'Rellmark Harbour Board' }],
    })
  })

  it('leaves a plain name alone', () => {
    const name = phrase('Tomas Brio', 'name')
    expect(afterOrganization(name)).toEqual(name)
  })

  it('reads words apart by any white space, not only one space', () => {
    expect(afterOrganization(phrase('Rellmark\u00a0Gazette  Tomas\tBrio', 'name'))).toMatchObject({
      text: 'Tomas\tBrio',
      appositions: [{ text: 'Rellmark\u00a0Gazette' }],
    })
  })
})

describe('descriptionHead', () => {
  it('finds the noun a description is about', () => {
    expect(descriptionHead('a senior official')).toBe('official')
    expect(descriptionHead('a group of protesters')).toBe('group')
    expect(descriptionHead('the city’s mayor')).toBe('mayor')
    expect(descriptionHead('local fishermen')).toBe('fishermen')
  })

  it('looks back past a word that is no noun of people', () => {
    expect(descriptionHead('a source close to the talks')).toBe('source')
  })
})

describe('modifierOwner', () => {
  it('finds the name before the noun of a statement or a document', () => {
    expect(modifierOwner('The RNSC joint statement')).toBe('RNSC')
    expect(modifierOwner('a Rellmark Port report')).toBe('Rellmark Port')
  })

  it('finds none before a noun of people or without a name, and takes a run of names whole', () => {
    expect(modifierOwner('the Rellmark Port spokeswoman')).toBeNull()
    expect(modifierOwner('the statement')).toBeNull()
    expect(modifierOwner('the RNSC Ostrava statement')).toBe('RNSC Ostrava')
  })
})

describe('possessiveOwner', () => {
  it('finds the capitalized owner of a possessive description', () => {
    expect(possessiveOwner('the Rellmark Gazette’s editorial')).toBe('Rellmark Gazette')
    expect(possessiveOwner("RHA's website")).toBe('RHA')
  })

  it('finds none when the owner is not capitalized or there is no possessive', () => {
    expect(possessiveOwner('the city’s mayor')).toBeNull()
    expect(possessiveOwner('a statement')).toBeNull()
  })
})

describe('pronounKinds', () => {
  it('points "he", "she" and "I" to people, "it" to organizations, "they" to groups and bodies', () => {
    expect([...pronounKinds('she')].sort()).toEqual(['anonymous', 'person'])
    expect([...pronounKinds('he')].sort()).toEqual(['anonymous', 'person'])
    expect([...pronounKinds('i')].sort()).toEqual(['anonymous', 'person'])
    expect([...pronounKinds('it')]).toEqual(['organization'])
    expect([...pronounKinds('they')].sort()).toEqual(['group', 'organization'])
    expect([...pronounKinds('we')].sort()).toEqual(['anonymous', 'group', 'organization', 'person'])
  })
})

describe('roleAppositions', () => {
  it('keeps the appositions that describe, not names, ages or relative clauses', () => {
    const appositions = ['the mayor of Rellmark', 'Tomas Brio', '45', 'who left early'].map(
      (text) => ({ text, start: 0, end: 0 }),
    )
    expect(roleAppositions(phrase('Ann Vale', 'name', appositions))).toEqual([
      'the mayor of Rellmark',
    ])
  })
})

describe('readPhrase', () => {
  const catalogue = buildCatalogue([
    { text: 'Ann Vale', kind: 'person', position: 0 },
    { text: 'Vale', kind: 'person', position: 40 },
    { text: 'Rellmark Harbour Authority', kind: 'organization', position: 80 },
    { text: 'Petra Salo', kind: 'person', position: 150 },
  ])
  const read = (text: string, form: MentionForm, index?: number) =>
    readPhrase(phrase(text, form), catalogue, index, null, null)

  it('reads a short name as the fullest name of that person in the article', () => {
    expect(read('Vale', 'name', 1)).toEqual({
      type: 'person',
      name: 'Ann Vale',
      roles: [],
      alias: 'Vale',
    })
  })

  it('reads an organization, and a definite description of its head word, as that body', () => {
    expect(
      readPhrase(
        phrase('the Rellmark Harbour Authority', 'name'),
        catalogue,
        2,
        'organization',
        null,
      ),
    ).toEqual({
      type: 'organization',
      name: 'Rellmark Harbour Authority',
      alias: 'the Rellmark Harbour Authority',
    })
    expect(read('the authority', 'description')).toEqual({
      type: 'organization',
      name: 'Rellmark Harbour Authority',
      alias: 'the authority',
    })
  })

  it('reads a place speaking as its government, by the name another plugin gave', () => {
    expect(
      readPhrase(phrase('Rellmark', 'name'), catalogue, undefined, 'place', 'Rellmark'),
    ).toEqual({
      type: 'organization',
      name: 'Rellmark',
      alias: 'Rellmark',
    })
  })

  it('reads a pronoun without its contraction', () => {
    expect(read('she’s', 'pronoun')).toEqual({ type: 'pronoun', pronoun: 'she' })
  })

  it('reads an unnamed person, a role held by someone, and groups', () => {
    expect(read('a senior official', 'description')).toEqual({
      type: 'anonymous',
      description: 'a senior official',
    })
    expect(read('the city’s mayor', 'description')).toEqual({
      type: 'definite',
      description: 'the city’s mayor',
      head: 'mayor',
    })
    expect(read('U.S. senator', 'description')).toMatchObject({ type: 'definite', head: 'senator' })
    expect(read('local fishermen', 'description')).toEqual({
      type: 'group',
      description: 'local fishermen',
    })
    expect(read('several officials', 'description').type).toBe('group')
    expect(read('Protesters', 'name')).toEqual({ type: 'group', description: 'protesters' })
    expect(read('Ann Vale and Tomas Brio', 'description').type).toBe('group')
  })

  // Audit att56a W1: the last word of "a lawyer for the family" was read as its head, so the
  // lawyer read as a group ("family") and no "he" after could mean them.
  it('reads an unnamed person tied to a body by a link as that person, not the body', () => {
    expect(read('a lawyer for the family', 'description')).toEqual({
      type: 'anonymous',
      description: 'a lawyer for the family',
    })
    expect(read('a senior adviser with the union', 'description').type).toBe('anonymous')
    expect(read('the families', 'description').type).toBe('group')
  })

  it('reads a noun whose commonest sense is a person, and an age as a noun, as someone', () => {
    expect(read('the retired neurosurgeon', 'description')).toEqual({
      type: 'anonymous',
      description: 'the retired neurosurgeon',
    })
    expect(read('the 46-year-old', 'description')).toEqual({
      type: 'anonymous',
      description: 'the 46-year-old',
    })
    expect(read('a bridge', 'description')).toEqual({ type: 'none', owner: null })
  })

  it('reads a body no article name carries as an unnamed group', () => {
    expect(read('the ministry', 'description')).toEqual({
      type: 'group',
      description: 'the ministry',
    })
  })

  it('reads things as no speaker, keeping the owner of a document', () => {
    expect(read('a statement', 'description')).toEqual({ type: 'none', owner: null })
    expect(read('the Rellmark Gazette’s editorial', 'description')).toEqual({
      type: 'none',
      owner: 'Rellmark Gazette',
    })
  })

  // An error shape of issue 10: the head of "his social media account" was looked for back to
  // "media", a body, so the account read as a group and was published as a speaker.
  it('reads an account, a post or a document as no speaker, whatever noun comes before', () => {
    expect(read('his social media account', 'description').type).toBe('none')
    expect(read('his social media post', 'description').type).toBe('none')
    expect(read('a source close', 'description').type).toBe('anonymous')
  })

  it('reads a statement of a described owner as that owner', () => {
    expect(read('the campaign’s statement', 'description')).toEqual({
      type: 'group',
      description: 'the campaign',
    })
    expect(read('the council’s website', 'description')).toEqual({
      type: 'group',
      description: 'the council',
    })
    expect(read('the city’s mayor’s remarks', 'description')).toMatchObject({
      type: 'definite',
      head: 'mayor',
    })
    expect(read('the retired neurosurgeon’s statement', 'description')).toEqual({
      type: 'anonymous',
      description: 'the retired neurosurgeon',
    })
    expect(read('the harbour’s history', 'description').type).toBe('none')
  })

  // Bug, left: "media" is the head of a body ("state media said"), and nothing tells "social
  // media" (platforms) from it, so "his social media" still reads as a group.
  it.fails('reads "his social media" as no speaker', () => {
    expect(read('his social media', 'description').type).toBe('none')
  })

  it('reads a name without evidence that it is a person’s or a body’s as no speaker', () => {
    expect(read('H5N1', 'name')).toEqual({ type: 'none', owner: null })
  })
})
