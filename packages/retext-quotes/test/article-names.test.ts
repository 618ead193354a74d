import { describe, expect, it } from 'vitest'
import {
  buildCatalogue,
  nameChains,
  organizationClusterOf,
  personClusterOf,
  withoutOpeners,
} from '../src/lib/article-names.js'
import { articleOf } from './helpers/article.js'

/** The name runs of a text as `[text, kind, subject]`. */
async function chainsOf(text: string) {
  const model = await articleOf(text)
  return nameChains(model.paragraphs).map((chain) => [chain.text, chain.kind, chain.subject])
}

describe('withoutOpeners', () => {
  it('drops the sentence openers a capitalized run swept up', () => {
    expect(withoutOpeners('But Ann Vale')).toBe('Ann Vale')
    expect(withoutOpeners('Even Rellmark')).toBe('Rellmark')
  })

  it('leaves a name that is only openers as it is', () => {
    expect(withoutOpeners('However')).toBe('However')
    expect(withoutOpeners('Ann Vale')).toBe('Ann Vale')
  })
})

describe('nameChains', () => {
  it('reads a name ending in a generation’s numeral as a person’s, not an acronym’s body', async () => {
    const chains = await chainsOf(
      'Tomas Brill III, founder of the Harbor Review, spoke on Friday.\n\n' +
        'Karl Vale’s PAC spent little, and the NATO envoy left.',
    )
    expect(chains.filter(([, kind]) => kind === 'person').map(([text]) => text)).toEqual([
      'Tomas Brill III',
    ])
    expect(chains.map(([text]) => text)).toContain('Karl Vale’s PAC')
  })

  it('ends a run of a headline-case line at a word running text never capitalizes', async () => {
    const chains = await chainsOf(
      'Mr. Vorn spoke in Tarno on Saturday.\n\n[Video: Full Speech: President Vorn Speech at Harbor Hall Watch on YouTube.]',
    )
    expect(chains.map(([text]) => text)).toContain('President Vorn')
    expect(chains.map(([text]) => text).some((text) => String(text).includes('Speech'))).toBe(false)
  })

  it('reads a line as headline case from three capitalized words after its first', async () => {
    // Three after "Harbor" make a headline (no name run in it); two leave running text, whose
    // capitalized words run as a name.
    const headline = await chainsOf(
      'Harbor Rates Rise Again\n\nThe harbor board met in Tarno on Tuesday.',
    )
    expect(headline.map(([text]) => text)).toEqual(['Tarno'])
    const running = await chainsOf('Harbor Rates Rise\n\nThe harbor board met in Tarno on Tuesday.')
    expect(running.map(([text]) => text)).toEqual(['Harbor Rates Rise', 'Tarno'])
  })

  it('keeps the family name a headline-case line alone gives a given name', async () => {
    const chains = await chainsOf(
      'Janet Vornholt Warns of Slower Growth as Harbor Rates Rise\n\nThe harbor board met in Tarno on Tuesday.',
    )
    expect(chains.map(([text]) => text)).toContain('Janet Vornholt')
  })

  it('reads capitalized runs as people or organizations, with their place', async () => {
    const model = await articleOf('Spokeswoman Ann Vale met the Rellmark Harbour Authority.')
    expect(nameChains(model.paragraphs)).toEqual([
      {
        text: 'Spokeswoman Ann Vale',
        paragraph: 0,
        start: 0,
        end: 20,
        kind: 'person',
        subject: true,
      },
      {
        text: 'Rellmark Harbour Authority',
        paragraph: 0,
        start: 29,
        end: 55,
        kind: 'organization',
        subject: false,
      },
    ])
  })

  it('reads a plural noun before a body’s link as a body’s name, never a person’s', async () => {
    expect(await chainsOf('Medics for Refugees said it had treated 46 patients.')).toEqual([
      ['Medics for Refugees', 'organization', true],
    ])
    expect(await chainsOf('Doctors Across Borders said the clinic was full.')).toEqual([
      ['Doctors Across Borders', 'organization', true],
    ])
    expect(await chainsOf('Mothers Against Reckless Driving held a vigil.')).toEqual([
      ['Mothers Against Reckless Driving', 'organization', true],
    ])
  })

  it('leaves a plural role before `for` and a name the people a person works for', async () => {
    // "Okonkwo" is no dictionary word: the lawyers work for someone, and are no body’s name.
    const chains = await chainsOf('Attorneys for Okonkwo said the appeal would go ahead.')
    expect(chains.map(([text]) => text)).not.toContain('Attorneys for Okonkwo')
  })

  it('ends a body’s name made of a plural noun at a title before a person’s name', async () => {
    expect(
      await chainsOf('He spoke to Students for Fair Admissions President Lena Kovac on Monday.'),
    ).toEqual([
      ['Students for Fair Admissions', 'organization', false],
      ['President Lena Kovac', 'person', false],
    ])
  })

  it('reads a company’s name ending in a head of a company as a body', async () => {
    for (const name of [
      'Tarrant Shipping Lines',
      'Belmark Lines',
      'Orvell Mining',
      'Dunmere International',
    ]) {
      expect(await chainsOf(`${name} said in a statement that it was sorry.`)).toEqual([
        [name, 'organization', true],
      ])
    }
  })

  it('leaves a day or a month glued after a name out of it', async () => {
    expect(
      await chainsOf('Tomas Brio told Parliament Thursday that the port would reopen.'),
    ).toEqual([
      ['Tomas Brio', 'person', true],
      ['Parliament', 'organization', false],
    ])
    expect(await chainsOf('The deal reached Rellmark Harbour Authority in January.')).toEqual([
      ['Rellmark Harbour Authority', 'organization', false],
    ])
  })

  it('reads one word opening its sentence before ", who" as the subject', async () => {
    expect(await chainsOf('Vellner, who will retire in May, praised the plan.')).toEqual([
      ['Vellner', 'person', true],
    ])
    expect(await chainsOf('Vellner, the harbour master, praised the plan.')).toEqual([
      ['Vellner', 'person', false],
    ])
  })

  it('leaves sentence openers and a capitalized speech verb out of a name', async () => {
    expect(await chainsOf('But Ann Vale stayed.')).toEqual([['Ann Vale', 'person', true]])
    const [chain] = (await articleOf('Said Ellis Morgan, “no.”')).chains
    expect(chain?.text).toBe('Ellis Morgan')
  })

  it('runs through "of" and "on" in a body’s name', async () => {
    expect(
      await chainsOf('She wrote to the Commission on Harbour Safety and the Bank of Rellmark.'),
    ).toEqual([
      ['Commission on Harbour Safety', 'organization', false],
      ['Bank of Rellmark', 'organization', false],
    ])
  })

  it('splits an organization off a name run that holds a person after it', async () => {
    expect(await chainsOf('The Rellmark Post Ann Vale said no.')).toEqual([
      ['Rellmark Post', 'organization', true],
      ['Ann Vale', 'person', true],
    ])
  })

  it('keeps a lowercase role before a person’s name in the text, not in the offsets', async () => {
    const model = await articleOf('Then archbishop Petra Salo came.')
    const [chain] = model.chains
    expect(chain?.text).toBe('archbishop Petra Salo')
    expect(model.paragraphs[0]?.text.slice(chain?.start, chain?.end)).toBe('Petra Salo')
  })

  it('marks names after a preposition or before a possessive as named in passing', async () => {
    expect(
      await chainsOf('He wrote to Ann Vale and met with Tomas Brio. The Vale campaign stalled.'),
    ).toEqual([
      ['Ann Vale', 'person', false],
      ['Tomas Brio', 'person', false],
      ['Vale', 'person', false],
    ])
  })

  it('reads no names in a headline written in capitals', async () => {
    expect(await chainsOf('HARBOUR FLOODS AGAIN, the banner read.')).toEqual([])
  })

  it('reads no names in a shout holding an auxiliary or a pronoun', async () => {
    expect(await chainsOf('HAS INVESTIGATED HIM, the banner read.')).toEqual([])
    expect(
      await chainsOf('COUNCIL HAS INVESTIGATED HIM — Vorn’s harbor deal drew notice.'),
    ).toEqual([['Vorn', 'person', false]])
  })

  it('reads a single closed-class word in capitals as emphasis, not a name', async () => {
    expect(
      await chainsOf('These arrivals COULD be lost hikers, and ALL of them were told by the KRBA.'),
    ).toEqual([['KRBA', 'organization', false]])
  })

  it('leaves a hyphenated modifier out of the name after it', async () => {
    expect(await chainsOf('The Rellmark-led Northern Council met.')).toEqual([
      ['Northern Council', 'organization', true],
    ])
  })

  it('keeps a run of short abbreviations in capitals as a name', async () => {
    expect(await chainsOf('The RHA MPO board met.')).toEqual([['RHA MPO', 'organization', true]])
  })
})

describe('buildCatalogue', () => {
  const catalogue = buildCatalogue([
    { text: 'Ann Vale', kind: 'person', position: 0 },
    { text: 'Vale', kind: 'person', position: 50 },
    { text: 'Rellmark Harbour Authority', kind: 'organization', position: 80 },
    { text: 'RHA', kind: 'organization', position: 120 },
    { text: 'Tomas Brio', kind: 'person', position: 150 },
  ])

  it('resolves a short name to the fullest form of that person in the article', () => {
    expect(personClusterOf(catalogue, 0)?.name).toBe('Ann Vale')
    expect(personClusterOf(catalogue, 1)?.name).toBe('Ann Vale')
    expect(personClusterOf(catalogue, 4)?.name).toBe('Tomas Brio')
  })

  it('resolves an acronym to the organization it abbreviates', () => {
    expect(organizationClusterOf(catalogue, 2)?.name).toBe('Rellmark Harbour Authority')
    expect(organizationClusterOf(catalogue, 3)?.name).toBe('Rellmark Harbour Authority')
  })

  it('keeps each mention’s index in its resolver’s input and the texts of people', () => {
    expect(catalogue.inputIndex).toEqual([0, 1, 0, 1, 2])
    expect(catalogue.personTexts).toEqual(['Ann Vale', 'Vale', 'Tomas Brio'])
  })

  // The cluster lookups check the mention's kind: a person lookup of an organization mention
  // would otherwise answer with the person sharing its input index ("Ann Vale" for the authority).
  it('finds no person cluster for an organization mention, and the reverse', () => {
    expect(personClusterOf(catalogue, 2)).toBeUndefined()
    expect(organizationClusterOf(catalogue, 4)).toBeUndefined()
  })

  it('finds no cluster for a mention it does not hold', () => {
    expect(personClusterOf(catalogue, 99)).toBeUndefined()
    expect(organizationClusterOf(catalogue, -1)).toBeUndefined()
  })
})
