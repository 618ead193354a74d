import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type Nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { compromiseLexiconText } from '../scripts/compromise-lexicon.js'
import { compromisePeople, isListedPerson, knowledgeOf } from '../src/lib/lexicon.js'

const require = createRequire(import.meta.url)
const loaded = require('compromise') as typeof Nlp | { default: typeof Nlp }
const nlp = 'default' in loaded ? loaded.default : loaded

/** The characters of `text` inside any of `spans`, as a string of 0s and 1s. */
function covered(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const marks = new Array<string>(text.length).fill('0')
  for (const [start, end] of spans) for (let at = start; at < end; at++) marks[at] = '1'
  return marks.join('')
}

/** What compromise's own `people()` covers, the reading `compromisePeople` stands in for. */
function peopleCovered(text: string): string {
  const found = nlp(text).people().json({ offset: true }) as Array<{
    offset: { start: number; length: number }
  }>
  return covered(
    text,
    found.map(({ offset }) => [offset.start, offset.start + offset.length] as const),
  )
}

describe('compromisePeople', () => {
  // Invented people; honorifics, commas and possessives are where `people()` splits its matches.
  const texts = [
    'Mason Crull attended the opening of the harbour.',
    'During the opening, Hunter Fennimore waved to the crowd.',
    'Dr. Hunter Fennimore said the plan was sound.',
    'The mayor thanked Dr., Hunter Fennimore and Sen. Rusty Calloway.',
    "Hunter Fennimore's sister, Grace Fennimore, spoke after him.",
    "Hunter Fennimore didn't say; the co-chair, Grace Ashbury’s aide, did — Mr Ashbury wasn't there.",
    'said on Monday that Will Ashbury, the chair of the\n\nthe river rose and Hunter Fennimore left',
    // A contraction's apostrophe in a name: split twice, its span lost the comma after it.
    'Ann Vale, Tomas D’Arcy, Rusty Calloway and Mara Quell signed the letter.',
  ]

  it('covers the same characters as compromise’s people()', () => {
    for (const text of texts)
      expect(covered(text, compromisePeople(text)), text).toBe(peopleCovered(text))
  })

  it('returns its spans in the order of the text', () => {
    const spans = compromisePeople(texts.join('\n\n'))
    expect(spans.length).toBeGreaterThan(0)
    for (let index = 1; index < spans.length; index++)
      expect(spans[index]?.[0]).toBeGreaterThanOrEqual(spans[index - 1]?.[1] ?? 0)
  })
})

describe('knowledgeOf and isListedPerson', () => {
  const lexicon = (
    nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }
  ).model.one.lexicon

  it('read data/compromise-lexicon.txt, what scripts/build-compromise-lexicon.ts makes', () => {
    const data = readFileSync(new URL('../data/compromise-lexicon.txt', import.meta.url), 'utf8')
    // Compared as a whole string: a deep comparison of its 24,000 lines takes seconds.
    expect(data === compromiseLexiconText()).toBe(true)
  })

  it('know every entry of compromise’s lexicon as it has it', () => {
    const differing = Object.entries(lexicon).filter(([word, entry]) => {
      if (word !== word.toLowerCase()) return false
      const tags = Array.isArray(entry) ? entry : [entry]
      const knowledge = knowledgeOf(word)
      const givenName = tags.some(
        (tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName',
      )
      return (
        knowledge.givenName !== givenName ||
        knowledge.familyName !== tags.includes('LastName') ||
        knowledge.person !== tags.includes('Person') ||
        isListedPerson(word.split(' ')) !== tags.includes('Person')
      )
    })
    expect(differing.slice(0, 5)).toEqual([])
  })

  it('read a word compromise does not list, or the name of an object property, as it did', () => {
    expect(knowledgeOf('Quellbrook')).toEqual({
      givenName: false,
      familyName: false,
      person: false,
      common: false,
    })
    // compromise's lexicon is an object, which has a `constructor`.
    expect(knowledgeOf('constructor').common).toBe(true)
    expect(knowledgeOf('Constructor').givenName).toBe(false)
    expect(isListedPerson(['Constructor'])).toBe(false)
  })
})
