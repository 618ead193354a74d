import retextEntities from '@newsroom/retext-entities'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes from '../src/index.js'
import { numberedAcronym, personShaped } from '../src/lib/coreference.js'

describe('personShaped', () => {
  it('takes a known given name and a family name that is no word for a person', () => {
    expect(personShaped('Petra Salo')).toBe(true)
    expect(personShaped('Karl Vellner')).toBe(true)
  })

  it('leaves bodies named with words, single words and long runs to the name finders', () => {
    expect(personShaped('Grace Church')).toBe(false)
    expect(personShaped('Victoria Falls')).toBe(false)
    expect(personShaped('Rellmark Harbour Authority')).toBe(false)
    expect(personShaped('Petra')).toBe(false)
    expect(personShaped('Petra Salo Vellner Brio')).toBe(false)
  })
})

describe('numberedAcronym', () => {
  it('abbreviates a body with its number in digits', () => {
    expect(numberedAcronym('Group of Nine')).toBe('G9')
    expect(numberedAcronym('Group of 20')).toBe('G20')
    expect(numberedAcronym('Rellmark Fisheries Authority')).toBeNull()
  })
})

describe('abbreviations with a number', () => {
  it('makes "G9" and "the Group of Nine" one speaker', async () => {
    const file = new VFile(
      [
        'Ministers met in Rellmark on Monday. "We stand together," the Group of Nine said in a statement.',
        '"Talks must resume," the G9 said on Tuesday.',
      ].join('\n\n'),
    )
    const processor = unified().use(retextEnglish).use(retextQuotes)
    await processor.run(processor.parse(file), file)
    expect(file.data.speakers?.map((speaker) => [speaker.name, speaker.kind])).toEqual([
      ['Group of Nine', 'organization'],
    ])
    expect(file.data.speakers?.[0]?.aliases).toEqual(['G9'])
  })
})

describe('documents', () => {
  it('gives a quotation from a document no speaker', async () => {
    const file = new VFile(
      [
        'According to the Rellmark Almanac, "the harbour froze twice in the last century."',
        'Ann Vale read from the charter. "All members shall be heard," the Rellmark Constitution says.',
      ].join('\n\n'),
    )
    const processor = unified().use(retextEnglish).use(retextQuotes)
    await processor.run(processor.parse(file), file)
    expect(file.data.quotes?.map((quote) => quote.speaker)).toEqual([null, null])
    expect(file.data.speakers).toEqual([])
  })
})

describe('descriptions', () => {
  it('never give a description to a phrase read as a name that is none', async () => {
    const file = new VFile(
      [
        'Top diplomats from the Group of Nine leading democracies urged Rellmark on Friday to accept a ceasefire. "We stand together," U.S. Secretary of State Ana Ruiz said.',
        '"We could be spending more time on this," the top U.S. diplomat noted.',
      ].join('\n\n'),
    )
    const processor = unified().use(retextEnglish).use(retextEntities).use(retextQuotes)
    await processor.run(processor.parse(file), file)
    for (const speaker of file.data.speakers ?? [])
      expect(speaker.name).not.toMatch(/leading democracies/)
  })
})
