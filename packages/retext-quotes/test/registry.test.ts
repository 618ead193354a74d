import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes from '../src/index.js'
import { isNameShaped, roleOf, SpeakerRegistry } from '../src/lib/registry.js'

async function speakersOf(text: string) {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(retextQuotes)
  await processor.run(processor.parse(file), file)
  return file.data.speakers ?? []
}

describe('roleOf', () => {
  it('drops leading articles and an "of"', () => {
    expect(roleOf('the harbour master')).toBe('harbour master')
    expect(roleOf('of the University of Rellmark')).toBe('University of Rellmark')
  })

  it('refuses adjuncts the mention reader took along and phrases of function words', () => {
    expect(roleOf('in a statement delivered via the press secretary')).toBeNull()
    expect(roleOf('on radio following the launch')).toBeNull()
    expect(roleOf('the')).toBeNull()
    expect(roleOf('')).toBeNull()
  })
})

describe('isNameShaped', () => {
  it('accepts names with the connectors names run through', () => {
    expect(isNameShaped('Bank of Rellmark')).toBe(true)
    expect(isNameShaped('Ahmad bin Vale')).toBe(true)
    expect(isNameShaped('The Rellmark Gazette')).toBe(true)
  })

  it('refuses descriptions', () => {
    expect(isNameShaped("Rellmark's top diplomat")).toBe(false)
    expect(isNameShaped('the police')).toBe(false)
  })
})

describe('SpeakerRegistry', () => {
  it('names a person or a body once, by the slug of the canonical name', () => {
    const registry = new SpeakerRegistry()
    const vale = registry.named('Ann Vale', 'person', 'Vale', ['Mayor'])
    expect(registry.named('Ann Vale', 'person', 'Ann Vale', [])).toBe(vale)
    expect(vale).toEqual({
      id: 'ann-vale',
      name: 'Ann Vale',
      kind: 'person',
      roles: ['Mayor'],
      aliases: ['Vale'],
      description: null,
      quoteCount: 0,
    })
    expect(registry.get('ann-vale')).toBe(vale)
    expect(registry.get('tomas-brio')).toBeUndefined()
  })

  it('keeps other names as aliases, each once, but not the name itself', () => {
    const registry = new SpeakerRegistry()
    const body = registry.named('Rellmark Harbour Authority', 'organization', 'RHA', [])
    registry.named('Rellmark Harbour Authority', 'organization', 'rha', [])
    registry.named('Rellmark Harbour Authority', 'organization', 'Rellmark Harbour Authority', [])
    expect(body.aliases).toEqual(['RHA'])
  })

  it('makes no other name of a leading article or a possessive', () => {
    const registry = new SpeakerRegistry()
    const body = registry.named('Rellmark Harbour Authority', 'organization', 'RHA’s', [])
    registry.named('Rellmark Harbour Authority', 'organization', 'The RHA', [])
    registry.named(
      'Rellmark Harbour Authority',
      'organization',
      'The Rellmark Harbour Authority',
      [],
    )
    expect(body.aliases).toEqual(['RHA'])
    const guard = registry.named('Coast Watch', 'organization', 'The Coast Watch', [])
    expect(guard.aliases).toEqual([])
    const court = registry.named('The Rellmark Tribunal', 'organization', 'The Rellmark', [])
    expect(court.aliases).toEqual(['The Rellmark'])
  })

  it('makes a description a role of a person, and nothing for a body', () => {
    const registry = new SpeakerRegistry()
    const vale = registry.named('Ann Vale', 'person', 'the city’s mayor', [])
    expect(vale.aliases).toEqual([])
    expect(vale.roles).toEqual(['city’s mayor'])
    const body = registry.named('Rellmark Harbour Authority', 'organization', 'the authority', [])
    expect(body.aliases).toEqual([])
    expect(body.roles).toEqual([])
  })

  it('keeps the fullest form of a role', () => {
    const registry = new SpeakerRegistry()
    const brio = registry.named('Tomas Brio', 'person', '', ['spokesman'])
    registry.addRole(brio, 'State Department spokesman')
    registry.addRole(brio, 'spokesman')
    registry.addRole(brio, 'on radio')
    expect(brio.roles).toEqual(['State Department spokesman'])
  })

  it('numbers unnamed speakers per kind, one per description whatever its case', () => {
    const registry = new SpeakerRegistry()
    const official = registry.unnamed('a senior official', 'anonymous')
    expect(registry.unnamed('A senior official', 'anonymous')).toBe(official)
    const residents = registry.unnamed('several residents', 'group')
    expect([official.id, residents.id]).toEqual(['anonymous-1', 'group-1'])
    expect(official).toMatchObject({ kind: 'anonymous', description: 'a senior official' })
  })

  it('lists the speakers with quotes in order of appearance, renumbering unnamed ones', () => {
    const registry = new SpeakerRegistry()
    const silent = registry.unnamed('a senior official', 'anonymous')
    const aide = registry.unnamed('a top aide', 'anonymous')
    const vale = registry.named('Ann Vale', 'person', '', [])
    registry.named('Tomas Brio', 'person', '', [])
    silent.quoteCount = 0
    aide.quoteCount = 2
    vale.quoteCount = 1
    expect(registry.list().map((speaker) => [speaker.id, speaker.name])).toEqual([
      ['anonymous-1', 'a top aide'],
      ['ann-vale', 'Ann Vale'],
    ])
    // The one left out (a quotation's unpublished candidate) is numbered after the listed ones,
    // so that no candidate shares a listed speaker's id.
    expect(silent.id).toBe('anonymous-2')
  })
})

describe('speaker labels', () => {
  it('keeps a description of a named person as a role, not an alias', async () => {
    const speakers = await speakersOf(
      [
        '"The harbour stays open," Foreign Minister Ines Marrow said on Monday.',
        '"We will not close it," Rellmark\'s top diplomat said.',
      ].join('\n\n'),
    )
    const marrow = speakers.find((speaker) => speaker.name === 'Ines Marrow')
    expect(marrow?.quoteCount).toBe(2)
    expect(marrow?.aliases).not.toContain("Rellmark's top diplomat")
    for (const speaker of speakers)
      for (const alias of speaker.aliases) expect(isNameShaped(alias)).toBe(true)
  })

  it('takes no adjunct of the cue for a role', async () => {
    const speakers = await speakersOf(
      'Late on Sunday, the Rellmark President Tomas Brio, in a statement delivered via the press secretary, said: "The troops come home."',
    )
    const brio = speakers.find((speaker) => speaker.name === 'Tomas Brio')
    expect(brio).toBeDefined()
    for (const role of brio?.roles ?? []) expect(role).not.toMatch(/statement|secretary/)
  })

  it('reads an owner before a short name as an affiliation, not part of the name', async () => {
    const speakers = await speakersOf(
      [
        '"Ports will reopen soon," said Ines Marrow, director of Rellmark University\'s Trade Institute.',
        '"It will take some time," Rellmark’s Marrow said.',
      ].join('\n\n'),
    )
    expect(speakers.map((speaker) => [speaker.name, speaker.quoteCount])).toEqual([
      ['Ines Marrow', 2],
    ])
  })

  it('keeps a title with "of" whole before the name it belongs to', async () => {
    const speakers = await speakersOf(
      '"We stand ready," U.S. Secretary of State Ana Ruiz said on Monday.',
    )
    expect(speakers.map((speaker) => [speaker.name, speaker.roles])).toEqual([
      ['Ana Ruiz', ['U.S. Secretary of State']],
    ])
  })
})
