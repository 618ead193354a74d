import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextEntities, * as api from '../src/index.js'

/** The example article, in the read-only `../shared` beside the repository (skipped if absent). */
const seed = new URL(
  '../../../../shared/seeds/china-us-cooperation-or-conflict.txt',
  import.meta.url,
)

const fixtures = join(import.meta.dirname, 'fixtures')
const schema = await import('@newsroom/schema').catch(() => null)

async function run(text: string, options?: api.Options) {
  const file = new VFile({ value: text })
  const processor = unified().use(retextEnglish).use(retextEntities, options)
  await processor.run(processor.parse(file), file)
  return file
}

function names(list: ReadonlyArray<{ name: string }> | undefined): string[] {
  return (list ?? []).map((entity) => entity.name).sort()
}

describe('@newsroom/retext-entities exports', () => {
  it('exposes the plugin as default and by name', () => {
    expect(Object.keys(api).sort()).toEqual(['default', 'retextEntities'])
    expect(api.default).toBe(api.retextEntities)
  })

  it('rejects bad options with a TypeError naming the option', () => {
    expect(() => retextEntities({ places: 'Vienna' as unknown as string[] })).toThrow(/`places`/)
    expect(() => retextEntities({ compromise: 'yes' as unknown as boolean })).toThrow(
      /`compromise`/,
    )
  })
})

describe('retextEntities on fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(`matches fixtures/${name}`, async () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const file = await run(input.trim())
      const actual = { entities: file.data.entities, entityMentions: file.data.entityMentions }
      const outputPath = join(fixtures, name, 'output.json')
      if (process.env.UPDATE) writeFileSync(outputPath, `${JSON.stringify(actual, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(readFileSync(outputPath, 'utf8')))
    })
  }
})

describe('retextEntities behaviour', () => {
  it('finds people behind roles, family-name-first names and short mentions', async () => {
    const input = readFileSync(join(fixtures, 'fictional-summit', 'input.txt'), 'utf8')
    const file = await run(input.trim())
    const entities = file.data.entities
    expect(names(entities?.people)).toEqual([
      'Ines Marrow',
      'Lu Haoran',
      'Oskar Vellmar',
      'Qiu',
      'Tilde Brannock',
    ])
    const marrow = entities?.people.find((person) => person.id === 'ines-marrow')
    expect(marrow?.roles).toEqual(['Ruritanian Secretary of State'])
    expect(marrow?.aliases).toEqual(['Marrow'])
    expect(marrow?.mentions).toBe(4)
    expect(names(entities?.organizations)).toEqual([
      'CCTV',
      'Harbour Safety Agency',
      'State Department',
    ])
    // Demonyms ("Ruritanian") are not places; "Covid-19" is nobody.
    expect(names(entities?.places)).toEqual(['Berlin', 'Paris', 'Vienna'])
  })

  it('reads a month after a given name as a family name, not a date', async () => {
    const file = await run(
      'Ruben May, 51, smiled after the match. Coach Jill June agreed. Ruben May 5 was the date.',
    )
    expect(names(file.data.entities?.people)).toEqual(['Jill June', 'Ruben May'])
    const dated = await run('The vote was set for May. Ruben arrived on Tuesday May 5.')
    expect(names(dated.data.entities?.people)).toEqual([])
  })

  it('writes mentions with offsets into the file, sorted, one per surface name', async () => {
    const text = 'Trade Minister Oskar Vellmar landed in Vienna.\n\nVellmar said little.'
    const file = await run(text)
    const mentions = file.data.entityMentions ?? []
    expect(mentions.map((mention) => [mention.text, mention.entityId, mention.paragraph])).toEqual([
      ['Oskar Vellmar', 'oskar-vellmar', 0],
      ['Vienna', 'vienna', 0],
      ['Vellmar', 'oskar-vellmar', 1],
    ])
    for (const mention of mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
  })

  it('decides the names only compromise reads, each at its own place in the article', async () => {
    // Sentence-initial names with no known given name, role or speech verb, that open with a
    // word that is a given name too: compromise decides them, all in one call, so each run's
    // answer must come from its own window of text.
    const text =
      'Mason Crull attended the opening of the harbour.\n\nStone Ashbury attended too.\n\nDuring the opening, Hunter Fennimore waved to the crowd.'
    const file = await run(text, { compromise: true })
    expect(names(file.data.entities?.people)).toEqual(['Hunter Fennimore', 'Mason Crull'])
    for (const mention of file.data.entityMentions ?? [])
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    const without = await run(text, { compromise: false })
    expect(names(without.data.entities?.people)).toEqual([])
  })

  it('takes a name opening with a word that is a given name for a person where the sentence says so', async () => {
    // `Hunter` and `Rusty` are given names and words, and nothing else is known of the family
    // names: a cue verb, a role in apposition or a middle initial decides, without compromise.
    const text =
      '"The pier stays shut," said Hunter Fennimore.\n\nOn the quay, Rusty Oakwend, a harbour pilot, agreed.\n\nThe ferry belongs to Hunter Q. Brimsley.\n\n"We sail at noon," Hunter Dallwyn said.\n\n"The tide is late," said Rusty Van Brisloe.\n\nAt the helm was Rusty Pembrook, 61, who runs the ferry.\n\nRusty Ashwend attended too.'
    const found = [
      'Hunter Dallwyn',
      'Hunter Fennimore',
      'Hunter Q. Brimsley',
      'Rusty Oakwend',
      'Rusty Pembrook',
      'Rusty Van Brisloe',
    ]
    const file = await run(text, { compromise: false })
    expect(names(file.data.entities?.people)).toEqual(found)
    const byDefault = await run(text)
    expect(names(byDefault.data.entities?.people)).toEqual(found)
  })

  it('takes no town, firm or paper whose name opens with a given name for a person', async () => {
    // `Holly`, `Iris` and `Sandy` are given names and words; a speech verb next to the run is
    // not enough when a later word is an ordinary noun (a firm or a paper speaks too), nor after
    // a place preposition (a town).
    const text =
      '"Crews are clearing the roads," Sandy Springs said in a statement.\n\nThe mayor told Holly Farms workers that the plant would stay open.\n\nIris Energy told investors that the plant would stay open.'
    for (const options of [{ compromise: false }, undefined]) {
      const file = await run(text, options)
      expect(names(file.data.entities?.people)).toEqual([])
    }
    // Unknown words after the given name: a place after `in`, whoever speaks. compromise, when
    // on, is asked about it and may still say a person.
    const town = await run('Families in Holly Brennick said the water was back.', {
      compromise: false,
    })
    expect(names(town.data.entities?.people)).toEqual([])
    // `La` and `El` are given names, and articles opening a paper's name.
    const paper = await run(
      '"The budget is too small," declared La Vespina in an editorial.\n\nThe mayor told El Corrivo that the port would close.',
      { compromise: false },
    )
    expect(names(paper.data.entities?.people)).toEqual([])
  })

  it('reads a name ending in a company’s head as a body, not a person', async () => {
    // `Lines` and `Mining` head a company's name only after another of its words.
    const file = await run(
      'Belmark Lines said it had suspended the route.\n\nOrvell Mining told investors that the pit would stay open.',
      { compromise: false },
    )
    expect(names(file.data.entities?.organizations)).toEqual(['Belmark Lines', 'Orvell Mining'])
    expect(names(file.data.entities?.people)).toEqual([])
  })

  it('takes a name for a person from the name lexicons alone, not after a place preposition', async () => {
    // No role, speech verb or known first name: a later word that is a given name, or a first
    // word that is a given name and no English word, makes the run a person.
    const text =
      'Quennel Thomas opened the harbour.\n\nJacklyn Verbeek attended too.\n\nThe fair in Port Gabriel was crowded.'
    const file = await run(text, { compromise: false })
    expect(names(file.data.entities?.people)).toEqual(['Jacklyn Verbeek', 'Quennel Thomas'])
    expect(names(file.data.entities?.places)).toEqual(['Port Gabriel'])
  })

  it('takes no run with the word Port for a person, as it takes none with Mount', async () => {
    // "Port" is listed as a given name, and "Jackson" as a family name, but a harbour town's
    // name is not a person's, even where no preposition comes before it.
    const text = 'Ships crowded Port Jackson all week.'
    for (const compromise of [true, false]) {
      const file = await run(text, { compromise })
      expect(names(file.data.entities?.people)).toEqual([])
    }
  })

  it('reads a lowercase particle joined to a capital as part of the name', async () => {
    // The hyphen after a two-letter particle (`al-`) and after a three-letter one (`bin-`).
    const text =
      'Trade Minister Karim al-Tameen met Harbour Director Yusuf bin-Haddar in Vienna.\n\nal-Tameen said little.'
    const file = await run(text, { compromise: false })
    expect(names(file.data.entities?.people)).toEqual(['Karim al-Tameen', 'Yusuf bin-Haddar'])
    const tameen = file.data.entities?.people.find((person) => person.name === 'Karim al-Tameen')
    expect(tameen?.mentions).toBe(2)
  })

  it('reads a name through a run of lowercase particles before a capital', async () => {
    // Two particles in a row (`von der`, `de la`), in apposition and after a preposition; a
    // later mention by the family name alone, particles and all, is the same person.
    const text = [
      'Fisheries chief Mirela von der Halden spoke at the Assembly.',
      'The reply came from Tomas de la Fuente at the hearing, and Mirela met Farid bin Qasem.',
      'Later von der Halden said little. Then bin Qasem left, as the de facto leader.',
    ].join('\n\n')
    const file = await run(text, { compromise: false })
    const people = file.data.entities?.people ?? []
    expect(names(people)).toEqual([
      'Farid bin Qasem',
      'Mirela von der Halden',
      'Tomas de la Fuente',
    ])
    expect(
      (file.data.entityMentions ?? []).map((mention) => [mention.text, mention.entityId]),
    ).toEqual([
      ['Mirela von der Halden', 'mirela-von-der-halden'],
      ['Tomas de la Fuente', 'tomas-de-la-fuente'],
      ['Farid bin Qasem', 'farid-bin-qasem'],
      ['von der Halden', 'mirela-von-der-halden'],
      ['bin Qasem', 'farid-bin-qasem'],
    ])
  })

  it('keeps two people with one family name apart', async () => {
    const input = readFileSync(join(fixtures, 'shared-surname', 'input.txt'), 'utf8')
    const file = await run(input.trim())
    const people = file.data.entities?.people ?? []
    expect(names(people)).toEqual(['Ada Penhallow', 'Greta Quill', 'Martin Quill'])
    const quills = (file.data.entityMentions ?? []).filter((mention) => mention.text === 'Quill')
    expect(quills.map((mention) => mention.entityId)).toEqual(['greta-quill', 'martin-quill'])
  })

  it('accepts extra gazetteer names', async () => {
    const file = await run('The Lantern Collective met in Port Elsin.', {
      places: ['Port Elsin'],
      organizations: ['Lantern Collective'],
    })
    expect(names(file.data.entities?.places)).toEqual(['Port Elsin'])
    expect(names(file.data.entities?.organizations)).toEqual(['Lantern Collective'])
  })

  it.skipIf(!existsSync(seed))('finds the seed article’s entities and nothing else', async () => {
    const raw = readFileSync(seed, 'utf8')
    const blocks = raw.split(/\n\s*\n/).map((block) => block.trim())
    const body = blocks.slice(3, blocks.indexOf('Notify of'))
    const entities = (await run(body.join('\n\n'))).data.entities
    expect(names(entities?.people)).toEqual([
      'Antony Blinken',
      'Joe Biden',
      'Matthew Miller',
      'Qin Gang',
      'Wang Yi',
      'Xi',
    ])
    expect(names(entities?.organizations)).toEqual(['CCTV', 'State Department'])
    expect(names(entities?.places)).toEqual([
      'Bali',
      'Beijing',
      'China',
      'Taiwan',
      'United States',
      'Washington',
    ])
  })

  it('keeps hyphenated premodifiers out of organization and place names', async () => {
    const first = await run(
      'The Kestrel-led Harbour Defence Forces crossed the river. A Germany-based Lantern Research Institute counted the boats, and the state-run Marsh Gazette Agency said nothing. Fighting spread across Muslim-majority Mindanao.',
    )
    const second = await run('The Harbour Defence Forces held the bridge.')
    expect(names(first.data.entities?.organizations)).toEqual([
      'Harbour Defence Forces',
      'Lantern Research Institute',
      'Marsh Gazette Agency',
    ])
    // The place before the hyphen is still mentioned; the premodifier is not a place.
    expect(names(first.data.entities?.places)).toEqual(['Germany', 'Mindanao'])
    expect(first.data.entities?.organizations.map((entity) => entity.id)).toContain(
      second.data.entities?.organizations[0]?.id,
    )
  })

  it('links a defined acronym to its full name, and keeps undefined acronyms apart', async () => {
    const file = await run(
      'The Marsh Valley Water Board (MVWB) raised prices. Residents wrote to the MVWB twice.\n\nThe Ostrava Rail Union met on Monday. ORU members then voted, and the WHO was told.',
    )
    const organizations = file.data.entities?.organizations ?? []
    const board = organizations.find((entity) => entity.id === 'marsh-valley-water-board')
    expect(board?.aliases).toEqual(['MVWB'])
    expect(board?.mentions).toBe(3)
    expect(names(organizations)).toEqual(
      ['ORU', 'Ostrava Rail Union', 'Marsh Valley Water Board', 'World Health Organization'].sort(),
    )
    const mentions = (file.data.entityMentions ?? []).filter((mention) => mention.text === 'MVWB')
    expect(mentions.map((mention) => mention.entityId)).toEqual([
      'marsh-valley-water-board',
      'marsh-valley-water-board',
    ])
  })

  it('knows outlets and pollsters by their full names, and a family name stays a person', async () => {
    const file = await run(
      'A survey by Pew Research found support falling. The vote was reported by the Plain Dealer. ' +
        'Mara Breitbart, a retired teacher, disagreed. "It is wrong," Breitbart said.',
    )
    expect(names(file.data.entities?.organizations)).toEqual([
      'Pew Research Center',
      'Plain Dealer',
    ])
    expect(names(file.data.entities?.people)).toEqual(['Mara Breitbart'])
  })

  it('starts an organization after the day and the lowercase word that led to it', async () => {
    const file = await run(
      'The spot airs Friday on TV and Saturday on Harbour Radio, Mara Velk said.',
    )
    expect(names(file.data.entities?.organizations)).toEqual(['Harbour Radio'])
  })

  it('reads a function word in capitals as emphasis, not as an organization, unless defined', async () => {
    const file = await run(
      'The new arrivals COULD be lost hikers, Mara Velk said, and ALL of them were NEVER told. The KRBA agreed.\n\nThe Harbour Organization for Walkers (HOW) met, and HOW will march on Friday.',
    )
    const organizations = file.data.entities?.organizations ?? []
    expect(names(organizations)).toEqual(['Harbour Organization for Walkers', 'KRBA'])
    const walkers = organizations.find(
      (entity) => entity.name === 'Harbour Organization for Walkers',
    )
    expect(walkers?.aliases).toEqual(['HOW'])
  })

  it('reads an English word in capitals in a heading, a label or a slogan as no organization', async () => {
    const file = await run(
      [
        'Harbour talks stall',
        'FULL TEXT.',
        'LETTERS.',
        'The KELP board met, and members of EDGE, a harbour group, joined; Tova Lind wore a SAVE THE HARBOUR cap.',
        'CORRECTION: An earlier version of this article misspelled the name of Tova Lind.',
      ].join('\n\n'),
    )
    expect(names(file.data.entities?.organizations)).toEqual(['EDGE', 'KELP'])
  })

  it('reads a title’s verb or question word as no word of a name, unless borne as a given name', async () => {
    const file = await run(
      [
        'Tess Varney wrote a book called Women Who Work, and Helga Marrow a memoir, My Neighbours Were Sailors.',
        'Varney had a part in The Spy Who Kissed Me.',
        'The editor Can Dündar and the writer Will Tamsin were there.',
      ].join('\n\n'),
    )
    expect(names(file.data.entities?.people)).toEqual([
      'Can Dündar',
      'Helga Marrow',
      'Tess Varney',
      'Will Tamsin',
    ])
  })

  it('takes the name an acronym spells, even where the scanners split it', async () => {
    const file = await run(
      'Scientists at the Harlow Institute for Tidal Research in Coastal Studies (HITRCS) and at Tarn College London (TCL) agreed. TCL will publish.',
    )
    expect(names(file.data.entities?.organizations)).toEqual([
      'Harlow Institute for Tidal Research in Coastal Studies',
      'Tarn College London',
    ])
    expect(names(file.data.entities?.places)).toEqual([])
  })

  it('makes or lengthens no name with the words of a headline-case line that running text never capitalizes', async () => {
    const file = await run(
      [
        'With council leaders worried about turnout, President Vorn is rolling out a new message.',
        'Mr. Vorn spoke on Saturday at the Harbor Foundation dinner in Tarno.',
        '[Video: Full Speech: President Vorn Speech at Harbor Foundation in Tarno Watch on YouTube.]',
        'Mira Kettle, who chairs the council, said the speech went beyond the room.',
      ].join('\n\n'),
    )
    expect(names(file.data.entities?.people)).toEqual(['Mira Kettle', 'Vorn'])
  })

  it('keeps the family name a headline-case line alone gives a given name', async () => {
    const file = await run(
      [
        'Janet Vornholt Warns of Slower Growth as Harbor Rates Rise',
        'The harbor board met in Tarno on Tuesday and left its rates unchanged.',
      ].join('\n\n'),
    )
    expect(names(file.data.entities?.people)).toEqual(['Janet Vornholt'])
  })

  it('gives one id to gazetteer names however they are written', async () => {
    const file = await run(
      'The U.N. Security Council met in Washington, D.C., and the United Nations Security Council will meet again in Washington. The United States Central Intelligence Agency declined to comment; the CIA rarely does. Officials flew on to Guinea-Bissau.',
    )
    const entities = file.data.entities
    expect(entities?.organizations.map((entity) => entity.id).sort()).toEqual([
      'central-intelligence-agency',
      'united-nations-security-council',
    ])
    expect(names(entities?.places)).toEqual(['Guinea-Bissau', 'Washington'])
  })

  it.skipIf(schema === null)('validates against the Entities schema', async () => {
    const input = readFileSync(join(fixtures, 'fictional-summit', 'input.txt'), 'utf8')
    const file = await run(input.trim())
    expect(schema?.Entities.safeParse(file.data.entities).success).toBe(true)
  })
})
