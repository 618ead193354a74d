import { describe, expect, it } from 'vitest'
import {
  clauseOpeners,
  cueVerbs,
  innerConnectors,
  isClauseVerbToken,
  mayBeFiniteVerbToken,
  nameConnectors,
  nounlikeCueVerbs,
  pastCueVerbs,
  perWord,
  phraseBreakers,
  possessives,
  runOpeners,
  subjectPronouns,
} from '../src/lib/words.js'
import { paragraphOf } from './helpers/article.js'

describe('word classes', () => {
  it('hold the inflected cue verbs, and past forms that are never nouns', () => {
    for (const verb of ['said', 'says', 'told', 'added', 'tweeted', 'warned'])
      expect(cueVerbs.has(verb), verb).toBe(true)
    expect(pastCueVerbs.has('said')).toBe(true)
    expect(pastCueVerbs.has('told')).toBe(true)
    // Base forms and -s/-ing forms are left out: "say" and "says" can be read as nouns or
    // present verbs.
    expect(pastCueVerbs.has('say')).toBe(false)
    expect(pastCueVerbs.has('says')).toBe(false)
    expect(pastCueVerbs.has('saying')).toBe(false)
  })

  it('mark cue verbs that are common nouns too', () => {
    expect(nounlikeCueVerbs.has('report')).toBe(true)
    expect(nounlikeCueVerbs.has('said')).toBe(false)
  })

  it('take subject pronouns that can name a speaker, not "you" nor object forms', () => {
    expect([...subjectPronouns].sort()).toEqual(['he', 'i', 'it', 'she', 'they', 'we'])
  })

  it('join names through particles and "of", titles through "for", "the" and "and" too', () => {
    expect(nameConnectors.has('of')).toBe(true)
    expect(nameConnectors.has('bin')).toBe(true)
    expect(nameConnectors.has('the')).toBe(false)
    for (const word of ['of', 'for', 'the', 'and', '&'])
      expect(innerConnectors.has(word), word).toBe(true)
  })

  it('end a speaker phrase at relative pronouns, object pronouns, days and forms of "say"', () => {
    for (const word of ['who', 'him', 'yesterday', 'said', 'also'])
      expect(phraseBreakers.has(word), word).toBe(true)
    // Connectors inside names never break a phrase.
    expect(phraseBreakers.has('of')).toBe(false)
  })

  it('treat calendar words as clause openers, except "May", which is a name too', () => {
    expect(clauseOpeners.has('thursday')).toBe(true)
    expect(clauseOpeners.has('however')).toBe(true)
    expect(clauseOpeners.has('may')).toBe(false)
    // A name run never starts with "May" the modal either.
    expect(runOpeners.has('may')).toBe(true)
    expect(runOpeners.has('the')).toBe(true)
  })

  it('list possessive determiners', () => {
    expect([...possessives]).toEqual(expect.arrayContaining(['his', 'her', 'their', 'its']))
    expect(possessives.has('the')).toBe(false)
  })
})

describe('isClauseVerbToken', () => {
  it('takes the verbs that can head a clause, not gerunds, nouns or function words', () => {
    const paragraph = paragraphOf(
      'Ann Vale read the report, alleging that the minister was wrong and will resign.',
    )
    const verbs = paragraph.tokens.filter(
      (token) => token.kind === 'word' && isClauseVerbToken(token),
    )
    expect(verbs.map((token) => token.text)).toEqual(['read', 'was', 'will', 'resign'])
  })
})

describe('mayBeFiniteVerbToken', () => {
  it('takes a verb, or a noun the lexicon also tags as a finite verb, not a plain noun or function word', () => {
    const paragraph = paragraphOf('Dina Sorrel heads the works and cast the votes at noon.')
    const verbs = paragraph.tokens.filter(
      (token) => token.kind === 'word' && mayBeFiniteVerbToken(token),
    )
    expect(verbs.map((token) => token.text)).toEqual(['heads', 'works', 'cast', 'votes'])
  })
})

describe('perWord', () => {
  it('answers as the question does, asking it once per distinct word', () => {
    const asked: string[] = []
    const isLong = perWord((word) => {
      asked.push(word)
      return word.length > 4
    })
    expect(['spokesman', 'said', 'spokesman', 'said', 'Vale'].map(isLong)).toEqual([
      true,
      false,
      true,
      false,
      false,
    ])
    expect(asked).toEqual(['spokesman', 'said', 'Vale'])
  })

  it('stays bounded: past its limit it starts again and still answers right', () => {
    let count = 0
    const isEven = perWord((word) => {
      count++
      return Number(word) % 2 === 0
    })
    for (let round = 0; round < 2; round++)
      for (let at = 0; at < 25_000; at++) expect(isEven(String(at))).toBe(at % 2 === 0)
    // A memo holding every word would have asked 25,000 questions; a bounded one asks again.
    expect(count).toBeGreaterThan(25_000)
  })
})
