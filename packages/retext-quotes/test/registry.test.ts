import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes from '../src/index.js'
import { isNameShaped, roleOf } from '../src/lib/registry.js'

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
