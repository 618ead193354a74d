import { elderKin, youngerKin } from '@newsroom/lexicon'
import { type PersonName, parsePersonName } from '@newsroom/names'
import retextEntities from '@newsroom/retext-entities'
import escapeRegExp from 'escape-string-regexp'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes, { type Options } from '../src/index.js'
import {
  familyNameMention,
  generationMentionsIn,
  hasFamilyName,
  KinWordTexts,
  namesakeGenerations,
  namesakeOfGeneration,
} from '../src/lib/namesakes.js'

describe('familyNameMention', () => {
  it('reads a bare family name, with the generation word written before it', () => {
    expect(familyNameMention('Vale', 'It helps," the younger ')).toEqual({
      surname: 'Vale',
      generation: 'younger',
    })
    expect(familyNameMention('Vale’s', 'and asked ')).toEqual({ surname: 'Vale', generation: null })
    expect(familyNameMention('Vale Jr.', '')).toEqual({
      surname: 'Vale',
      generation: 'younger',
    })
    expect(familyNameMention('Vale, Sr', '')).toEqual({
      surname: 'Vale',
      generation: 'elder',
    })
    expect(familyNameMention('the elder Vale', '')).toEqual({
      surname: 'Vale',
      generation: 'elder',
    })
  })

  it('reads a family name after a courtesy title, with the gender the title gives', () => {
    expect(familyNameMention('Mr. Vale', '')).toEqual({
      surname: 'Vale',
      generation: null,
      title: { gender: 'male' },
    })
    expect(familyNameMention('Ms Vale’s', '')?.title).toEqual({ gender: 'female' })
    expect(familyNameMention('Dr. Vale', '')?.title).toEqual({ gender: null })
    // A given name, not the Spanish title.
    expect(familyNameMention('Don Vale', '')).toBeNull()
  })

  it('leaves full names, pronouns and acronyms alone', () => {
    expect(familyNameMention('Tom Vale', '')).toBeNull()
    expect(familyNameMention('he', '')).toBeNull()
    expect(familyNameMention('NATO', '')).toBeNull()
  })

  it('reads a mention of several words by any white space between them, a one-word one alone', () => {
    // The shapes of several words are asked only of a mention holding white space.
    expect(familyNameMention('Mr.\u00a0Vale', '')?.title).toEqual({ gender: 'male' })
    expect(familyNameMention('Vale\tJr.', '')?.generation).toBe('younger')
    expect(familyNameMention('Jr.', 'the younger ')).toBeNull()
    expect(familyNameMention('Mr.Vale', '')).toBeNull()
  })
})

describe('generationMentionsIn, asked of one family name', () => {
  it('reads a generation word only after "the", in lowercase or opening a sentence', () => {
    expect(familyNameMention('Kellin', 'Two senior ')).toEqual({
      surname: 'Kellin',
      generation: null,
    })
    expect(familyNameMention('The Elder Kellin', '')).toEqual({
      surname: 'Kellin',
      generation: 'elder',
    })
    const mentions = generationMentionsIn('Two senior Kellin managers met the younger Kellin.')
    expect(mentions).toEqual([{ offset: 35, generation: 'younger', folded: 'kellin' }])
  })
})

describe('generationMentionsIn', () => {
  it('finds the generation descriptions of every family, each with its family name folded', () => {
    const mentions = generationMentionsIn('The younger Vale met the elder Salo’s aide.')
    expect(mentions).toEqual([
      { offset: 4, generation: 'younger', folded: 'vale' },
      { offset: 25, generation: 'elder', folded: 'salo' },
    ])
  })

  it('finds a description after a long run of spaces', () => {
    const text = `The${' '.repeat(200_000)}younger Vale met the elder Salo.`
    expect(generationMentionsIn(text)).toEqual([
      { offset: 200_003, generation: 'younger', folded: 'vale' },
      { offset: 200_024, generation: 'elder', folded: 'salo' },
    ])
  })

  it('reads a description whose "the" ends the one before', () => {
    expect(generationMentionsIn('the elder The younger Vale')).toEqual([
      { offset: 4, generation: 'elder', folded: 'the' },
      { offset: 14, generation: 'younger', folded: 'vale' },
    ])
  })
})

describe('namesakeGenerations', () => {
  const tom = parsePersonName('Tom Vale')
  const ed = parsePersonName('Ed Vale')

  it('reads who is the child and who the parent from kin words', () => {
    expect(namesakeGenerations([tom, ed], new KinWordTexts(['Vale’s son Ed was there.']))).toEqual([
      null,
      'younger',
    ])
    expect(
      namesakeGenerations([tom, ed], new KinWordTexts(['The son of grocer Tom Vale spoke.'])),
    ).toEqual(['elder', null])
    expect(
      namesakeGenerations([tom, ed], new KinWordTexts(['Ed Vale, the son of a grocer, spoke.'])),
    ).toEqual([null, 'younger'])
    expect(
      namesakeGenerations([tom, ed], new KinWordTexts(['Tom Vale’s daughter came too.'])),
    ).toEqual(['elder', null])
  })

  it('takes generational suffixes', () => {
    expect(
      namesakeGenerations(
        [parsePersonName('Tom Vale Jr.'), parsePersonName('Tom Vale Sr.')],
        new KinWordTexts([]),
      ),
    ).toEqual(['younger', 'elder'])
  })

  it('gives no generation on contradicting or missing evidence', () => {
    expect(
      namesakeGenerations(
        [tom, ed],
        new KinWordTexts(['Tom Vale’s son and Tom Vale’s father met.']),
      ),
    ).toEqual([null, null])
    expect(namesakeGenerations([tom, ed], new KinWordTexts(['Tom Vale and Ed Vale met.']))).toEqual(
      [null, null],
    )
  })
})

const kinAlternation = [...youngerKin, ...elderKin].join('|')
const kinGeneration = new Map<string, string>([
  ...youngerKin.map((word) => [word, 'younger'] as const),
  ...elderKin.map((word) => [word, 'elder'] as const),
])

/**
 * What `namesakeGenerations` reads, as four patterns with the name written into them (its
 * definition, made for each person): the function reads the same without making any.
 */
function generationsByPatterns(
  people: readonly PersonName[],
  texts: readonly string[],
): Array<string | null> {
  return people.map((person) => {
    const said = new Set<string>()
    const suffix = person.suffix?.toLowerCase().replace(/\.$/u, '') ?? null
    if (suffix === 'jr' || suffix === 'ii' || suffix === 'iii' || suffix === 'iv')
      said.add('younger')
    if (suffix === 'sr') said.add('elder')
    const given = person.surnameFirst ? null : person.given[0]
    const plain = person.name.replace(/\s+(?:Jr|Sr)\.?$/u, '')
    const byGiven = given !== undefined && given !== null && given.length > 1
    const full = escapeRegExp(plain)
    const written = byGiven ? `(?:${full}|${escapeRegExp(given as string)})` : full
    const patterns: Array<[RegExp, boolean]> = [
      [new RegExp(`\\b(${kinAlternation}),?\\s+${written}(?![\\p{L}'’])`, 'gu'), false],
      [
        new RegExp(
          `(?<!\\p{L})${full},\\s+(?:(?:the|his|her|their)\\s+)?(?:\\p{Ll}+\\s+)?(${kinAlternation})\\s+of\\b`,
          'gu',
        ),
        false,
      ],
      [new RegExp(`(?<!\\p{L})${written}['’]s?\\s+(${kinAlternation})\\b`, 'gu'), true],
      [
        new RegExp(
          `\\b(${kinAlternation})\\s+of\\s+(?:[\\p{Ll}-]+\\s+){0,4}${full}(?![\\p{L}])`,
          'gu',
        ),
        true,
      ],
    ]
    for (const text of texts)
      for (const [pattern, reversed] of patterns)
        for (const match of text.matchAll(pattern)) {
          const kin = match[1] as string
          const generation = kinGeneration.get(kin)
          if (generation === undefined || kin !== kin.toLowerCase()) continue
          said.add(reversed ? (generation === 'younger' ? 'elder' : 'younger') : generation)
        }
    return said.size === 1 ? ([...said][0] as string) : null
  })
}

/** Texts of random pieces around kin words and the names (a fixed seed: the same each run). */
function randomTexts(count: number, pieces: readonly string[]): string[] {
  let seed = 7
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % below
  }
  const texts: string[] = []
  for (let made = 0; made < count; made++) {
    let text = ''
    const length = 2 + next(14)
    for (let at = 0; at < length; at++) text += pieces[next(pieces.length)]
    texts.push(text)
  }
  return texts
}

describe('namesakeGenerations, read without a pattern per person', () => {
  it('finds what the patterns with the name written in find', () => {
    const people = [
      parsePersonName('Tom Vale'),
      parsePersonName('Ed Vale'),
      parsePersonName('Ann de Vale'),
      parsePersonName('Tom Vale Jr.'),
      parsePersonName('van der Berg'),
    ]
    const pieces = [
      ...[...youngerKin, ...elderKin].slice(0, 8),
      'father',
      'Son',
      'sons',
      ' ',
      '  ',
      '\u00a0',
      ', ',
      ',',
      ' of ',
      'of',
      ' the ',
      'his ',
      'local ',
      'well-known ',
      'Tom Vale',
      'Ed Vale',
      'Vale',
      'Tom',
      'Ed',
      'Ann de Vale',
      'de Vale',
      'Ann',
      'van der Berg',
      'van ',
      'der ',
      '’s ',
      "'s",
      "'",
      'x',
      'é',
      '.',
      '-',
    ]
    const texts = [
      // A name opening with lowercase words is found after fewer of the words before it.
      'the son of van der Berg spoke',
      'son of local van der Berg',
      "his father,  Tom Vale's",
      'sons of Ed Vale and the daughter of Tom',
      'Tom Vale, his late father of',
      'Ed’s son Ed Vale’s father',
      ...randomTexts(4000, pieces),
    ]
    for (const text of texts)
      expect(namesakeGenerations(people, new KinWordTexts([text])), text).toEqual(
        generationsByPatterns(people, [text]),
      )
    // Many texts at once: each person reads only those the index of their words gives.
    for (let at = 0; at < texts.length; at += 40) {
      const some = texts.slice(at, at + 40)
      expect(namesakeGenerations(people, new KinWordTexts(some))).toEqual(
        generationsByPatterns(people, some),
      )
    }
  })
})

describe('hasFamilyName', () => {
  it('finds a family name as a word of its own, as its pattern does', () => {
    const pieces = ['Vale', 'Vales', 'Valé', 'éVale', ' ', "'", '’s', 'x', '-', '\u{1d400}', '.']
    for (const text of randomTexts(2000, pieces))
      expect(hasFamilyName(text, 'Vale'), text).toBe(/(?<![\p{L}])Vale(?![\p{L}])/u.test(text))
  })
})

describe('namesakeOfGeneration', () => {
  it('picks the one namesake of that generation, or the other of two', () => {
    expect(namesakeOfGeneration([null, 'younger'], 'younger')).toBe(1)
    expect(namesakeOfGeneration([null, 'younger'], 'elder')).toBe(0)
    expect(namesakeOfGeneration([null, 'younger', null], 'elder')).toBe(-1)
    expect(namesakeOfGeneration([null, null], 'younger')).toBe(-1)
  })
})

async function quotesOf(paragraphs: readonly string[], options?: Options) {
  const file = new VFile(paragraphs.join('\n\n'))
  const processor = unified().use(retextEnglish).use(retextEntities).use(retextQuotes, options)
  await processor.run(processor.parse(file), file)
  return file.data.quotes ?? []
}

async function speakersOf(paragraphs: readonly string[], options?: Options) {
  return (await quotesOf(paragraphs, options)).map((quote) => ({
    speaker: quote.speaker?.name ?? null,
    candidate: (quote as { candidate?: { name: string } }).candidate?.name ?? null,
  }))
}

describe('namesakes in an article', () => {
  it('gives "the younger Vale" to the son and "the elder Vale" to the father', async () => {
    const quotes = await speakersOf([
      'The son of jailed grocer Tomas Vale came to the capital this week. Vale’s son Edmund met lawmakers there.',
      'Edmund Vale, who runs a bakery, has campaigned for two years.',
      '"We are grateful for the help," the younger Vale said on Wednesday.',
      'A judge asked the elder Vale if he agreed with the charges. "Of course I disagree," Vale said.',
    ])
    expect(quotes).toEqual([
      { speaker: 'Edmund Vale', candidate: null },
      { speaker: 'Tomas Vale', candidate: null },
    ])
  })

  it('leaves a pronoun unclear when it points back to an unclear namesake subject', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
      'The younger Vale told reporters he would stay. "We will come back," he said.',
    ])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.speaker).toBeNull()
  })

  it('leaves "the younger Vale" unclear when the article does not say who is younger', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
      '"We are grateful for the help," the younger Vale said on Wednesday.',
    ])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.speaker).toBeNull()
    expect(['Tomas Vale', 'Edmund Vale']).toContain(quotes[0]?.candidate)
  })

  it('leaves a bare family name unclear when the namesake named last is not the one introduced first', async () => {
    const quotes = await speakersOf([
      'Senator Marta Kellin opened her campaign on Monday. Her husband Jorge Kellin stood beside her.',
      'Supporters filled the hall for an hour before the speeches.',
      '"This is our year," Kellin said.',
    ])
    expect(quotes).toEqual([{ speaker: null, candidate: 'Jorge Kellin' }])
  })

  it('leaves a pronoun unclear when it takes a namesake the text left open', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
      '"We are grateful for the help," the younger Vale said on Wednesday.',
      '"We will come back in spring," he added.',
    ])
    expect(quotes.map((quote) => quote.speaker)).toEqual([null, null])
  })

  it('carries a bare family name on from the namesake named last while every paragraph since names the family', async () => {
    const opening = ['Tomas Vale came to the capital on Monday.', 'Ed Vale says the trip was long.']
    const quote = '"We will come back in spring," Vale said.'
    expect(await speakersOf([...opening, 'Vale tells reporters he is tired.', quote])).toEqual([
      { speaker: 'Ed Vale', candidate: null },
    ])
    // A paragraph that does not name the family breaks the thread: only a lean is left.
    expect(await speakersOf([...opening, 'Reporters asked him about the roads.', quote])).toEqual([
      { speaker: null, candidate: 'Ed Vale' },
    ])
  })

  it('carries a bare family name on for a family asked about after another one', async () => {
    // The Karo family is read first; the Vale family's paragraphs then come from the index of
    // the article's words (`FamilyIndex.paragraphsNaming`), not a search of every paragraph.
    const opening = [
      'Ana Karo and Ben Karo ran the mill for years.',
      '"The mill stays open," Karo said on Friday.',
      'Tomas Vale came to the capital on Monday.',
      'Ed Vale says the trip was long.',
    ]
    const quote = '"We will come back in spring," Vale said.'
    const quotes = await speakersOf([...opening, 'Vale tells reporters he is tired.', quote])
    expect(quotes.at(-1)).toEqual({ speaker: 'Ed Vale', candidate: null })
    const broken = await speakersOf([...opening, 'Reporters asked him about the roads.', quote])
    expect(broken.at(-1)).toEqual({ speaker: null, candidate: 'Ed Vale' })
  })

  it('gives a bare family name to the person introduced first and named last, past a namesake named in passing', async () => {
    const quotes = await speakersOf([
      'Mayor Marta Kellin opened the new library on Monday.',
      'The building was designed by her brother, the architect Pavel Kellin.',
      '"This is a great day for the town," Kellin said.',
    ])
    expect(quotes).toEqual([{ speaker: 'Marta Kellin', candidate: null }])
  })

  it('never publishes an unclear namesake, at any threshold, and gives it confidence 0', async () => {
    const paragraphs = [
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
      '"We are grateful for the help," the younger Vale said on Wednesday.',
    ]
    const quotes = await quotesOf(paragraphs, { threshold: 0 })
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.speaker).toBeNull()
    expect(quotes[0]?.candidate?.name).toBe('Tomas Vale')
    expect(quotes[0]?.confidence).toBe(0)
  })

  it('gives "Mr. Vale" and "Ms. Vale" to the one namesake of that gender', async () => {
    const opening = [
      'Tomas Vale and Marta Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
    ]
    expect(
      await speakersOf([...opening, '"We are grateful for the help," Ms. Vale said on Wednesday.']),
    ).toEqual([{ speaker: 'Marta Vale', candidate: null }])
    expect(
      await speakersOf([...opening, '"We are grateful for the help," Mr. Vale said on Wednesday.']),
    ).toEqual([{ speaker: 'Tomas Vale', candidate: null }])
  })

  it('leaves "Mr. Vale" unclear when two men share the family name and the text does not say which', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday.',
      '"We are grateful for the help," Mr. Vale said on Wednesday.',
    ])
    expect(quotes).toEqual([{ speaker: null, candidate: 'Tomas Vale' }])
  })

  it('gives "Mr. Vale" to the man of the family named just before, as a bare name', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Reporters met them at the station on Tuesday. Edmund Vale spoke first.',
      '"We are grateful for the help," Mr. Vale said on Wednesday.',
    ])
    expect(quotes).toEqual([{ speaker: 'Edmund Vale', candidate: null }])
  })

  it('gives "Mr. Vale" to the man of the family named last, past a woman of it named since', async () => {
    const quotes = await speakersOf([
      'Tomas Vale, Edmund Vale and Marta Vale came to the capital this week.',
      'Edmund Vale spoke first. Marta Vale spoke next.',
      '"We are grateful for the help," Mr. Vale said on Wednesday.',
    ])
    expect(quotes).toEqual([{ speaker: 'Edmund Vale', candidate: null }])
  })

  it('carries the man named just before on through "Mr. Vale" to the next mentions', async () => {
    const opening = [
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Edmund Vale spoke first. "We are grateful for the help," Mr. Vale said.',
    ]
    for (const next of ['Vale', 'Mr. Vale'])
      expect(await speakersOf([...opening, `"We will be back in spring," ${next} added.`])).toEqual(
        [
          { speaker: 'Edmund Vale', candidate: null },
          { speaker: 'Edmund Vale', candidate: null },
        ],
      )
  })

  it('lets a courtesy title before another family name name no namesake', async () => {
    // "Mr. Orrin" is no Vale: the bare "Vale" after him carries on from Marta Vale.
    const quotes = await speakersOf([
      'Tomas Vale and Marta Vale came to the capital this week.',
      'Marta Vale spoke first. Mr. Orrin, the mayor, met them at the station.',
      '"We are grateful for the help," Vale said on Wednesday.',
    ])
    expect(quotes).toEqual([{ speaker: 'Marta Vale', candidate: null }])
  })

  it('lets no "Mr. Vale" of two men name one of them for a bare "Vale" after it', async () => {
    const quotes = await speakersOf([
      'Tomas Vale and Edmund Vale came to the capital this week.',
      'Mr. Vale met reporters at the station on Tuesday.',
      '"We are grateful for the help," Vale said on Wednesday.',
    ])
    expect(quotes).toEqual([{ speaker: null, candidate: 'Tomas Vale' }])
  })

  it('carries a bare family name on from a namesake named in apposition to the subject', async () => {
    // "His son, Dario Marrow, runs it": the son is the sentence's subject, named last.
    const opening = 'Tomas Marrow, 71, founded the mill. His son, Dario Marrow, runs it now.'
    expect(await speakersOf([opening, '"We will not sell," Marrow said.'])).toEqual([
      { speaker: 'Dario Marrow', candidate: null },
    ])
    expect(
      await speakersOf([
        'Pilar Osk chairs the council.',
        'The council’s treasurer, Ines Osk, opened the fair on Sunday.',
        '"The books are in order," Osk said.',
      ]),
    ).toEqual([{ speaker: 'Ines Osk', candidate: null }])
  })

  it('leaves a bare family name unclear when the namesake named last is out of reach', async () => {
    const quotes = await speakersOf([
      'Tomas Marrow, 71, founded the mill.',
      'His son, Dario Marrow, runs it now.',
      'The mill employs forty people and ships timber north.',
      '"We will not sell," Marrow said.',
    ])
    expect(quotes).toEqual([{ speaker: null, candidate: 'Dario Marrow' }])
  })

  it('leaves "the younger Vale" unclear when the one Vale named in full is not said to be the younger', async () => {
    // The daughter is named by her given name only: "the younger Marrow" is not her father.
    const daughter = await speakersOf([
      'Tomas Marrow founded the mill. Marrow’s daughter, Ines, runs it now.',
      '"We will not sell," the younger Marrow said.',
    ])
    expect(daughter).toEqual([{ speaker: null, candidate: 'Tomas Marrow' }])
    const elder = await speakersOf([
      'Dario Marrow Jr. runs the mill his father founded.',
      '"We will not sell," the elder Marrow said.',
    ])
    expect(elder).toEqual([{ speaker: null, candidate: 'Dario Marrow Jr.' }])
    // Said to be the younger, he is.
    const younger = await speakersOf([
      'Dario Marrow Jr. runs the mill his father founded.',
      '"We will not sell," the younger Marrow said.',
    ])
    expect(younger).toEqual([{ speaker: 'Dario Marrow Jr.', candidate: null }])
  })

  it('gives "Vale Jr." and "Vale Sr." to the namesake of that generation', async () => {
    const family = 'Tomas Marrow Sr. founded the mill. His son, Dario Marrow, runs it now.'
    expect(await speakersOf([family, '"We will not sell," Marrow Jr. said.'])).toEqual([
      { speaker: 'Dario Marrow', candidate: null },
    ])
    expect(await speakersOf([family, '"We will not sell," Marrow Sr. said.'])).toEqual([
      { speaker: 'Tomas Marrow Sr.', candidate: null },
    ])
    // One Marrow named in full: "Marrow Jr." is a form of his name.
    expect(
      await speakersOf(['Dario Marrow Jr. runs the mill.', '"We will not sell," Marrow Jr. said.']),
    ).toEqual([{ speaker: 'Dario Marrow Jr.', candidate: null }])
  })

  it('leaves "Vale Jr." unclear when the one Vale named in full is not said to be the younger', async () => {
    // The son is never named in full: "Brenn Jr." is him, not his father.
    const son = await speakersOf([
      'Oskar Brenn opened the bakery in 1974. Today his son bakes the bread.',
      '"The oven stays," Brenn Jr. said.',
    ])
    expect(son).toEqual([{ speaker: null, candidate: 'Oskar Brenn' }])
    // A woman with no suffix and no generation given: "Brenn Jr." is some other Brenn.
    const woman = await speakersOf([
      'Lida Brenn keeps the bakery her uncle opened.',
      '"The oven stays," Brenn Jr. said.',
    ])
    expect(woman).toEqual([{ speaker: null, candidate: 'Lida Brenn' }])
    // Said to be the son, he is.
    const named = await speakersOf([
      'The baker’s son, Oskar Brenn, keeps the books.',
      '"The oven stays," Brenn Jr. said.',
    ])
    expect(named).toEqual([{ speaker: 'Oskar Brenn', candidate: null }])
  })

  it('leaves a bare family name unclear between namesakes of equal standing named as subjects', async () => {
    // Two Brenns, each their sentence's subject, nothing telling them apart: either may speak.
    const owner = await speakersOf([
      'Oskar Brenn, the baker, opened the stall on Friday. The landlord, Pavel Brenn, stayed away.',
      '"The oven stays," Brenn said.',
    ])
    expect(owner).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
    const nextParagraph = await speakersOf([
      'Oskar Brenn, 64, opened the bakery in 1974.',
      'The town’s treasurer, Pavel Brenn, is his cousin.',
      '"The oven stays," Brenn said.',
    ])
    expect(nextParagraph).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
    // The daughter in apposition is the family's younger: the latest subject carries on.
    const daughter = await speakersOf([
      'Oskar Brenn, 64, opened the bakery. His daughter, Lida Brenn, runs it now.',
      '"The oven stays," Brenn said.',
    ])
    expect(daughter).toEqual([{ speaker: 'Lida Brenn', candidate: null }])
  })

  it('leaves a bare family name unclear after a sentence naming two namesakes side by side', async () => {
    const said = '"The oven stays," Brenn said.'
    // One coordinated subject: the one named first is no likelier than the one named last.
    expect(await speakersOf(['Oskar Brenn and Pavel Brenn spoke on Monday.', said])).toEqual([
      { speaker: null, candidate: 'Oskar Brenn' },
    ])
    expect(
      await speakersOf([
        'Oskar Brenn, the baker, and Pavel Brenn, the landlord, spoke on Monday.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
    // A nephew is of a sibling's line: it says nothing of which Brenn the name carries on.
    expect(
      await speakersOf([
        'Oskar Brenn, the baker, and his nephew, Pavel Brenn, spoke on Monday.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
    // Both subjects of one sentence.
    expect(
      await speakersOf(['Oskar Brenn spoke on Monday while Pavel Brenn listened.', said]),
    ).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
    // In separate sentences the one named last carries on.
    expect(
      await speakersOf(['Oskar Brenn opened the bakery. Pavel Brenn runs it now.', said]),
    ).toEqual([{ speaker: 'Pavel Brenn', candidate: null }])
  })

  it('leaves a bare family name unclear after namesakes side by side that a generation tells apart', async () => {
    const said = '"The dam will hold," Quarry said.'
    // "his son" says which Quarry is the younger, not which one a bare "Quarry" is.
    expect(
      await speakersOf([
        'Anselm Quarry, the engineer, and his son, Teodor Quarry, inspected the dam on Friday.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Anselm Quarry' }])
    // A suffix known for one of them no more.
    expect(
      await speakersOf([
        'Anselm Quarry, Jr., and Teodor Quarry inspected the dam on Friday.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Anselm Quarry' }])
    // "the younger Quarry" since names one of them alone: he carries on.
    expect(
      await speakersOf([
        'Anselm Quarry and his son, Teodor Quarry, inspected the dam on Friday.',
        'The younger Quarry climbed down to the spillway.',
        said,
      ]),
    ).toEqual([{ speaker: 'Teodor Quarry', candidate: null }])
  })

  it('leaves a bare family name unclear after namesakes side by side further back, with nothing naming the family since', async () => {
    const said = '"The dam will hold," Quarry said.'
    expect(
      await speakersOf([
        'Anselm Quarry and Teodor Quarry inspected the dam on Friday. The river rose a foot overnight.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Anselm Quarry' }])
    expect(
      await speakersOf([
        'Anselm Quarry and Teodor Quarry inspected the dam on Friday.',
        'The river rose a foot overnight.',
        said,
      ]),
    ).toEqual([{ speaker: null, candidate: 'Anselm Quarry' }])
    // Named alone since, the one named carries on.
    expect(
      await speakersOf([
        'Anselm Quarry and Teodor Quarry inspected the dam on Friday.',
        'The river rose a foot overnight. Teodor Quarry stayed at the gauge.',
        said,
      ]),
    ).toEqual([{ speaker: 'Teodor Quarry', candidate: null }])
  })

  it('leaves a bare family name unclear after namesakes as subjects of clauses joined by ", and"', async () => {
    expect(
      await speakersOf([
        'Anselm Quarry walked the crest of the dam, and Teodor Quarry handed out the reports.',
        '"The dam will hold," Quarry said.',
      ]),
    ).toEqual([{ speaker: null, candidate: 'Anselm Quarry' }])
  })

  it('keeps a bare family name unclear past bare or in-passing mentions after namesakes side by side', async () => {
    const pair = 'Oskar Brenn and Pavel Brenn opened the bakery on Friday.'
    const unclear = { speaker: null, candidate: 'Oskar Brenn' }
    // The first bare "Brenn" is unclear: it orders them no more for the next one.
    expect(
      await speakersOf([
        pair,
        'The oven warmed up overnight.',
        '"The bread is ready," Brenn said.',
        '"The flour is in," Brenn added.',
      ]),
    ).toEqual([unclear, unclear])
    expect(
      await speakersOf([
        pair,
        'Brenn walked to the market.',
        'The oven warmed up overnight.',
        '"The bread is ready," Brenn said.',
      ]),
    ).toEqual([unclear])
    // A name in passing is no topic a bare name carries on.
    expect(
      await speakersOf([
        pair,
        'The bakers, including Pavel Brenn, stayed behind.',
        '"The bread is ready," Brenn said.',
      ]),
    ).toEqual([unclear])
    expect(
      await speakersOf([
        pair,
        'Crews, led by Pavel Brenn, stayed behind.',
        '"The bread is ready," Brenn said.',
      ]),
    ).toEqual([unclear])
  })

  it('carries on a bare family name the text settled on one namesake before naming the other', async () => {
    expect(
      await speakersOf([
        'Pavel Brenn has run the bakery for a decade.',
        '"The bread is ready," Brenn said on Monday.',
        'Pavel Brenn and his father, Oskar Brenn, opened it in 1990.',
        'The bakery closes on Sundays.',
        '"We never missed a morning," Brenn said.',
      ]),
    ).toEqual([
      { speaker: 'Pavel Brenn', candidate: null },
      { speaker: 'Pavel Brenn', candidate: null },
    ])
    // Right after the pair, the bare name may be either of them, however it was settled before.
    expect(
      await speakersOf([
        'Pavel Brenn has run the bakery for a decade.',
        'Brenn opened it in 1990.',
        'On Friday, Oskar Brenn and Pavel Brenn met at the council.',
        '"We settled it," Brenn said.',
      ]),
    ).toEqual([{ speaker: null, candidate: 'Pavel Brenn' }])
  })

  it('pairs namesakes across ", and" only as clause subjects of equal standing', async () => {
    const said = '"The dam will hold," Quarry said.'
    // A possessive is no subject.
    expect(
      await speakersOf([
        "Anselm Quarry's lawyer spoke first, and Teodor Quarry spoke after him.",
        said,
      ]),
    ).toEqual([{ speaker: 'Teodor Quarry', candidate: null }])
    expect(
      await speakersOf([
        "Anselm Quarry walked the crest of the dam, and Teodor Quarry's report was read aloud.",
        said,
      ]),
    ).toEqual([{ speaker: 'Anselm Quarry', candidate: null }])
    // The speaker of a quotation's cue stays the topic; the other only nods.
    expect(
      await speakersOf([
        'Anselm Quarry and Teodor Quarry inspected the dam on Friday.',
        '"The dam will hold," Teodor Quarry said, and Anselm Quarry nodded. "The spillway is clear," Quarry added.',
      ]),
    ).toEqual([
      { speaker: 'Teodor Quarry', candidate: null },
      { speaker: 'Teodor Quarry', candidate: null },
    ])
    // Named again alone in the later clause, as after a semicolon.
    for (const joined of [
      'Anselm Quarry and Teodor Quarry inspected the dam on Friday, and Teodor Quarry stayed behind.',
      'Anselm Quarry and Teodor Quarry inspected the dam on Friday; Teodor Quarry stayed behind.',
    ])
      expect(await speakersOf([joined, said])).toEqual([
        { speaker: 'Teodor Quarry', candidate: null },
      ])
    // Named again only as a possessive, he is no subject: the pair before it stands.
    for (const joined of [
      "Anselm Quarry and Teodor Quarry inspected the dam on Friday, and Teodor Quarry's daughter stayed behind.",
      "Anselm Quarry and Teodor Quarry inspected the dam on Friday, but Teodor Quarry's boat was late.",
    ])
      expect(await speakersOf([joined, said])).toEqual([
        { speaker: null, candidate: 'Anselm Quarry' },
      ])
  })

  it('reads "Jr." or "Sr." in commas right after a full name as that person\'s generation', async () => {
    expect(
      await speakersOf([
        'Oskar Brenn, Jr., runs the bakery his father opened.',
        '"The oven stays," Brenn Jr. said.',
      ]),
    ).toEqual([{ speaker: 'Oskar Brenn', candidate: null }])
    expect(
      await speakersOf([
        'Oskar Brenn, Sr., opened the bakery.',
        '"The oven stays," Brenn Sr. said.',
      ]),
    ).toEqual([{ speaker: 'Oskar Brenn', candidate: null }])
    // Given to someone else, it is not his.
    expect(
      await speakersOf([
        'Oskar Brenn runs the bakery. Pavel Orrin, Jr., sells the flour.',
        '"The oven stays," Brenn Jr. said.',
      ]),
    ).toEqual([{ speaker: null, candidate: 'Oskar Brenn' }])
  })
})
