import { describe, expect, it } from 'vitest'
import { type Candidate, gatherCandidates, type SpeechQuote } from '../src/lib/candidates.js'
import { cueMatches } from '../src/lib/cue-patterns.js'
import type { ArticleModel } from '../src/lib/model.js'
import { normalizePhrase } from '../src/lib/readings.js'
import { articleOf } from './helpers/article.js'

/** Every quotation of a model as speech, with its cue matches. */
function speechOf(model: ArticleModel): SpeechQuote[] {
  return model.quotes.map((quote) => {
    const first = quote.segments[0]
    const last = quote.segments.at(-1)
    if (!first || !last) throw new Error('A quotation without segments')
    return { quote, matches: cueMatches(first, last, model.paragraphs) }
  })
}

/** The candidates of each quotation of a text. */
async function candidatesOf(text: string, entities = false): Promise<Candidate[][]> {
  const model = await articleOf(text, { entities })
  const speech = speechOf(model)
  return speech.map((quote, index) =>
    gatherCandidates(
      model,
      quote,
      speech[index - 1],
      (phrase) => normalizePhrase(phrase),
      speech[index + 1],
    ),
  )
}

function named(candidates: readonly Candidate[] | undefined, text: string): Candidate {
  const found = candidates?.find((candidate) => candidate.phrase.text === text)
  if (!found) throw new Error(`No candidate ${text}`)
  return found
}

const article = [
  'Ann Vale met Tomas Brio on Friday. The talks lasted an hour.',
  '“We will rebuild the harbour,” she said. “It will take a year.”',
].join('\n\n')

describe('gatherCandidates', () => {
  it('takes the phrase a cue ties to the quotation, with its role, cue and place', async () => {
    const [first] = await candidatesOf(article)
    const she = named(first, 'she')
    expect(she).toMatchObject({
      paragraph: 1,
      phrase: { text: 'she', start: 31, end: 34, form: 'pronoun' },
      roles: ['after-subject'],
      rank: 0,
      cue: 'said',
      cued: true,
    })
    expect(Object.fromEntries(she.features)).toMatchObject({
      'role:after-subject': 1,
      'form:pronoun-person': 1,
      'kind:pronoun': 1,
      'place:same-after': 1,
      'opens-paragraph:same-after': 1,
    })
  })

  it('takes the names of the two sentences before as nearby candidates', async () => {
    const [first] = await candidatesOf(article)
    expect(first?.map((candidate) => candidate.phrase.text)).toEqual([
      'she',
      'Ann Vale',
      'Tomas Brio',
    ])
    const vale = named(first, 'Ann Vale')
    expect(vale).toMatchObject({ paragraph: 0, roles: [], cued: false, nearby: true })
    expect(vale.phrase.start).toBe(0)
    expect(Object.fromEntries(vale.features)).toMatchObject({
      'nearby-only': 1,
      'nearby-only:two-back': 1,
      'place:two-back': 1,
      'kind:person': 1,
      'opens-clause': 1,
    })
    // The name nearest the quotation of its form.
    expect(named(first, 'Tomas Brio').features.get('nearest:name')).toBe(1)
    expect(vale.features.has('nearest:name')).toBe(false)
  })

  it('measures distance in tokens: a nearer candidate has less of it', async () => {
    const [first] = await candidatesOf(article)
    const distance = (text: string) => named(first, text).features.get('distance') ?? 0
    expect(distance('she')).toBeLessThan(distance('Ann Vale'))
    // Another paragraph counts as far: 60 tokens.
    expect(distance('Ann Vale')).toBeCloseTo(Math.log1p(60) / 4, 10)
    expect(distance('she')).toBeCloseTo(Math.log1p(1) / 4, 10)
  })

  it('marks the names retext-entities found as known, of their kind', async () => {
    const [first] = await candidatesOf(article, true)
    expect(named(first, 'Ann Vale').known).toMatchObject({ kind: 'person', text: 'Ann Vale' })
    expect(named(first, 'Ann Vale').features.get('person-name')).toBe(1)
  })

  it('carries the roles a phrase had for the quotation before, when it is continued', async () => {
    const [, second] = await candidatesOf(article)
    const she = named(second, 'she')
    expect(she.roles).toEqual([])
    expect(she.previousRoles).toEqual(['after-subject'])
    expect(Object.fromEntries(she.features)).toMatchObject({
      'previous-role:after-subject': 1,
      previous: 1,
      'previous:quote-has-no-cue': 1,
    })
  })

  it('continues no quotation from more than four sentences back', async () => {
    const [, second] = await candidatesOf(
      [
        '“We will rebuild the harbour,” Ann Vale said.',
        'The talks lasted an hour. Nobody ate. Nobody slept. The rain came. The wind rose.',
        '“It will take a year.”',
      ].join('\n\n'),
    )
    for (const candidate of second ?? []) expect(candidate.previousRoles).toEqual([])
  })

  it('takes no name inside a quotation', async () => {
    const [first] = await candidatesOf(
      'The council met. “Tomas Brio will never rebuild the harbour,” Ann Vale said.',
      true,
    )
    const texts = first?.map((candidate) => candidate.phrase.text)
    expect(texts).toContain('Ann Vale')
    expect(texts?.some((text) => text.includes('Brio'))).toBe(false)
  })

  it('marks the one spoken to: the object of a cue', async () => {
    const [first] = await candidatesOf('Ann Vale told Tomas Brio “we will rebuild the harbour.”')
    expect(named(first, 'Ann Vale').roles).toEqual(['before-subject'])
    expect(named(first, 'Tomas Brio').features.get('object-of-cue')).toBe(1)
  })

  it('marks a candidate closing the sentence before with a colon as introducing the quote', async () => {
    const [first] = await candidatesOf('Ann Vale spoke next:\n\n“We will rebuild the harbour.”')
    expect(named(first, 'Ann Vale').features.get('introduces-quote')).toBe(1)
  })

  it('takes a description of a body and subject pronouns nearby', async () => {
    const [first] = await candidatesOf(
      'The ministry disagreed. It gave no reason. “Nothing will change in the harbour this year.”',
    )
    expect(first?.map((candidate) => [candidate.phrase.text, candidate.phrase.form])).toEqual([
      ['The ministry', 'description'],
      ['It', 'pronoun'],
    ])
  })

  // A plural description is asked whether a clause may start before its first word, not its
  // noun: "Local fishermen" opens the sentence.
  it('takes a plural description of people opening a sentence nearby', async () => {
    const [first] = await candidatesOf(
      'Local fishermen were not convinced. “Nobody asked us about the harbour at all.”',
    )
    expect(first?.map((candidate) => candidate.phrase.text)).toContain('Local fishermen')
  })
})

describe('gatherCandidates: the next quotation and the sentence subject', () => {
  it('carries the roles a phrase has for the quotation right after', async () => {
    const [first, second] = await candidatesOf(
      '“We will rebuild the harbour.”\n\n“It will take a year,” Ann Vale said.',
    )
    const vale = named(first, 'Ann Vale')
    expect(vale.roles).toEqual([])
    expect(vale.nextRoles).toEqual(['after-subject'])
    expect(Object.fromEntries(vale.features)).toMatchObject({
      'next-role:after-subject': 1,
      next: 1,
      'next:quote-has-no-cue': 1,
      'place:next-sentence': 1,
    })
    expect(named(second, 'Ann Vale').nextRoles).toEqual([])
  })

  it('carries no phrase that introduces the next quotation', async () => {
    const [first] = await candidatesOf(
      '“We will rebuild the harbour.”\n\nAnn Vale said: “It will take a year.”',
    )
    for (const candidate of first ?? []) expect(candidate.nextRoles).toEqual([])
  })

  it('carries nothing from a quotation more than two sentences on', async () => {
    const [first] = await candidatesOf(
      '“We will rebuild the harbour.” Nobody ate. Nobody slept.\n\n“It will take a year,” Ann Vale said.',
    )
    for (const candidate of first ?? []) expect(candidate.nextRoles).toEqual([])
  })

  it('takes the one quoted, not the quoter, as the sentence’s subject for the words', async () => {
    const [first] = await candidatesOf(
      'Ines Rooke quoted Pavel Dunmore as saying “the pier will close in May.”',
    )
    expect(named(first, 'Pavel Dunmore').sentenceSubject).toBe(true)
    expect(named(first, 'Pavel Dunmore').roles).toEqual(['before-subject'])
    // The quoter is never the speaker: its mention there is no candidate at all.
    expect(first?.length).toBeGreaterThan(0)
    expect(first?.map((candidate) => candidate.phrase.text)).not.toContain('Ines Rooke')
  })

  it('gives the quoter of a relative clause no role for the words it quotes', async () => {
    const [first] = await candidatesOf(
      'Ines Rooke met Pavel Dunmore on Monday.\n\nRooke, who quoted Dunmore as saying “the ferries will stop,” was wrong.',
    )
    expect(named(first, 'Dunmore').roles).toEqual(['before-subject'])
    // Named earlier, the quoter is a candidate only there, with no role.
    expect(named(first, 'Ines Rooke').roles).toEqual([])
    expect(first?.map((candidate) => candidate.phrase.text)).not.toContain('Rooke')
  })

  it('takes an object pronoun of a quoting frame as the one quoted', async () => {
    const [first] = await candidatesOf(
      'Ines Rooke met Pavel Dunmore on Monday.\n\nRooke quoted him as saying “the ferries will stop.”',
    )
    const quoted = named(first, 'him')
    expect(quoted.phrase.form).toBe('pronoun')
    expect(quoted.roles).toEqual(['before-subject'])
    expect(quoted.sentenceSubject).toBe(true)
    expect(named(first, 'Ines Rooke').roles).toEqual([])
    expect(named(first, 'Ines Rooke').sentenceSubject).toBe(false)
    expect(first?.map((candidate) => candidate.phrase.text)).not.toContain('Rooke')
  })

  it('gives a quotation no candidates when the one quoted reads as no single phrase', async () => {
    for (const object of ['Dunmore and the crews', 'sailors such as Dunmore', 'Dunmore’s report']) {
      const [before] = await candidatesOf(
        `Ines Rooke met Pavel Dunmore on Monday.\n\nRooke quoted ${object} as saying “the ferries will stop.”`,
      )
      expect(before, object).toEqual([])
      const [after] = await candidatesOf(
        `Ines Rooke met Pavel Dunmore on Monday.\n\n“The ferries will stop,” Rooke quoted ${object} as saying.`,
      )
      expect(after, object).toEqual([])
    }
  })

  it('takes the one quoted after a quotation: “…,” the quoter quoted X as saying', async () => {
    const [first] = await candidatesOf(
      'Ines Rooke met Pavel Dunmore on Monday.\n\n“The ferries will stop,” Rooke quoted Dunmore as saying.',
    )
    expect(named(first, 'Dunmore').roles).toContain('after-subject')
    expect(first?.map((candidate) => candidate.phrase.text)).not.toContain('Rooke')
  })

  it('reads no frame past the end of the verb of quoting’s clause', async () => {
    for (const text of [
      'Ines Rooke quoted the fare, and sailors recall Pavel Dunmore as saying “the ferries will stop.”',
      'Ines Rooke cited the fare; sailors describe Pavel Dunmore as saying “the ferries will stop.”',
    ]) {
      const [first] = await candidatesOf(text)
      expect(named(first, 'Ines Rooke').sentenceSubject, text).toBe(true)
    }
  })

  it('reads a participle after a comma, with no object before its `as`, as passive', async () => {
    for (const time of ['Monday', 'last week', 'earlier this week', 'widely', 'yesterday']) {
      const text =
        time === 'widely'
          ? 'Pavel Dunmore, widely quoted as saying “the ferries will stop,” now denies it.'
          : `Pavel Dunmore, quoted ${time} as saying “the ferries will stop,” now denies it.`
      const [first] = await candidatesOf(text)
      expect(named(first, 'Pavel Dunmore').sentenceSubject, text).toBe(true)
    }
    const [also] = await candidatesOf(
      'Pavel Dunmore was also quoted last week as saying “the ferries will stop.”',
    )
    expect(named(also, 'Pavel Dunmore').sentenceSubject).toBe(true)
  })

  it('reads no time phrase as the one quoted, and a progressive verb of quoting as active', async () => {
    const [relative] = await candidatesOf(
      'Pavel Dunmore, who the Orlen Gazette quoted last week as saying “the ferries will stop,” now denies it.',
    )
    expect(relative).toEqual([])
    const [progressive] = await candidatesOf(
      'Ines Rooke was quoting Pavel Dunmore as saying “the ferries will stop.”',
    )
    expect(named(progressive, 'Pavel Dunmore').sentenceSubject).toBe(true)
    expect(progressive?.map((candidate) => candidate.phrase.text)).not.toContain('Ines Rooke')
  })

  it('keeps the subject of a passive verb of quoting as the one quoted', async () => {
    const [first] = await candidatesOf(
      'Pavel Dunmore was quoted by the Orlen Gazette as saying “the ferries will stop.”',
    )
    expect(named(first, 'Pavel Dunmore').roles.length).toBeGreaterThan(0)
    // The one who quotes him, after `by`, is no cue's subject.
    const gazette = first?.filter((candidate) => candidate.phrase.text.includes('Gazette')) ?? []
    expect(gazette.flatMap((candidate) => candidate.roles)).toEqual([])
  })

  it('takes the subject of the quotation’s sentence, whatever its verb', async () => {
    const [first] = await candidatesOf(
      'The study contends that “the harbour was closed without warning.”',
    )
    const study = named(first, 'The study')
    expect(study).toMatchObject({ sentenceSubject: true, roles: [] })
    expect(Object.fromEntries(study.features)).toMatchObject({
      'sentence-subject': 1,
      'sentence-subject:quote-has-no-cue': 1,
      'sentence-subject-only': 1,
    })
  })

  it('takes no common word opening the sentence for its subject', async () => {
    const [first] = await candidatesOf(
      'Late on Sunday the council declared “the harbour is closed for the winter.”',
    )
    expect(first?.filter((candidate) => candidate.sentenceSubject)).toEqual([])
  })

  it('takes no common word opening the sentence that a cue pattern read as its subject', async () => {
    const [first] = await candidatesOf(
      'Ann Vale lost the vote. Hours later, she issued a statement calling it “a sad day.”',
    )
    const texts = first?.map((candidate) => candidate.phrase.text)
    expect(texts).toContain('she')
    expect(texts).not.toContain('Hours')
  })

  it('keeps a word opening the sentence that the article capitalizes elsewhere as a name', async () => {
    const [first] = await candidatesOf(
      'The board met Ann Hours on Friday. Hours issued a statement calling it “a sad day.”',
    )
    expect(named(first, 'Hours').cued).toBe(true)
  })

  it('takes the phrase a relative pronoun subject of a cue stands for', async () => {
    const [first, second] = await candidatesOf(
      [
        'The harbour board put up a notice that said “the pier is closed until spring.”',
        'Tomas Brio met a ferryman who told him “the water is too high to cross.”',
      ].join('\n\n'),
    )
    expect(named(first, 'a notice').roles).toEqual(['relative-subject'])
    expect(named(second, 'a ferryman').roles).toEqual(['relative-subject'])
    // A relative pronoun that is no subject of the cue ties nothing.
    const [third] = await candidatesOf(
      'The plan, which Tomas Brio drew up, says “the pier will be rebuilt.”',
    )
    expect(third?.some((candidate) => candidate.roles.includes('relative-subject'))).toBe(false)
  })

  it('takes the mention after a quotation ending in a question mark, whatever its verb', async () => {
    const [first] = await candidatesOf(
      'Ann Vale took questions on Friday. “Who will pay for the pier?” Tomas Brio pressed.',
    )
    expect(named(first, 'Tomas Brio').nearby).toBe(true)
    // After a full stop, the next sentence is not the quotation's.
    const [second] = await candidatesOf(
      'Ann Vale took questions on Friday. “The pier will be paid for.” Tomas Brio pressed on.',
    )
    expect(second?.some((candidate) => candidate.phrase.text === 'Tomas Brio')).toBe(false)
  })

  it('takes a description holding a name nearby, not the name that modifies it', async () => {
    const [first] = await candidatesOf(
      'When Vale supporters heckled him, Tomas Brio smiled. “We will see,” he said.',
    )
    const texts = first?.map((candidate) => candidate.phrase.text)
    expect(texts).toContain('Vale supporters')
    expect(texts).not.toContain('Vale')
  })

  it('takes a description whose head is any noun of a person nearby', async () => {
    const [first] = await candidatesOf(
      'The harbour neurosurgeon has given no details. “We will see,” Ann Vale said.',
    )
    expect(named(first, 'The harbour neurosurgeon').nearby).toBe(true)
  })
})
