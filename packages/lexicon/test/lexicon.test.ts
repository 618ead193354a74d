import { describe, expect, it } from 'vitest'
import * as lexicon from '../src/index.js'

const lists = Object.entries(lexicon).filter(
  (entry): entry is [string, readonly string[]] =>
    Array.isArray(entry[1]) && entry[1].every((item) => typeof item === 'string'),
)

describe('@newsroom/lexicon', () => {
  it('lists as recorded cue nouns only cue and channel nouns', () => {
    const documentNouns = [...lexicon.cueNouns, ...lexicon.channelNouns]
    for (const noun of lexicon.recordedCueNouns) expect(documentNouns).toContain(noun)
  })

  it('exposes its public API', () => {
    expect(Object.keys(lexicon).sort()).toEqual([
      'SortedLines',
      'acronymStopWords',
      'articles',
      'auxiliaries',
      'beForms',
      'bodyNouns',
      'brillLexicon',
      'calendarWords',
      'channelNouns',
      'clauseAdverbs',
      'collectiveNouns',
      'connectingNameParticles',
      'coordinators',
      'cueModifiers',
      'cueNouns',
      'cueVerbs',
      'demonstratives',
      'deputyRoleModifiers',
      'determiners',
      'diseaseNames',
      'documentNouns',
      'elderGenerationWords',
      'elderKin',
      'femaleTitles',
      'generalRoleHeads',
      'givenNameAuxiliaries',
      'hearingVerbs',
      'honorifics',
      'hyphenatedParticles',
      'inflect',
      'interrogatives',
      'irregularCueVerbs',
      'isPersonNoun',
      'judgementVerbs',
      'locativePrepositions',
      'maleTitles',
      'monthAbbreviations',
      'monthNames',
      'nameKeepingTitles',
      'nameParticles',
      'nameSuffixes',
      'nounlikeCueVerbs',
      'numberWords',
      'olderStateAbbreviations',
      'organizationHeads',
      'partyMemberNouns',
      'passiveAuxiliaries',
      'pastRoleModifiers',
      'peopleNouns',
      'placeNameHeads',
      'placeNamePrefixes',
      'placeNouns',
      'possessiveDeterminers',
      'prepositions',
      'pronouns',
      'publishingVerbs',
      'quantifiers',
      'recordedCueNouns',
      'regnalNumerals',
      'regularSpeechVerbs',
      'relativeDays',
      'relativePronouns',
      'roleComplementWords',
      'roleConnectors',
      'roleHeads',
      'roleHeadsOfManySenses',
      'roleKinds',
      'roleModifiers',
      'siblingKin',
      'sourcePhrases',
      'speechVerbs',
      'spouseKin',
      'stanceAdverbs',
      'stateAbbreviations',
      'stateNames',
      'subordinators',
      'timeNouns',
      'weekdayNames',
      'youngerGenerationWords',
      'youngerKin',
    ])
  })

  it('holds lowercase, frozen word lists', () => {
    expect(lists.length).toBeGreaterThan(30)
    for (const [name, list] of lists) {
      expect(Object.isFrozen(list), name).toBe(true)
      for (const word of list) expect(word, name).toBe(word.toLowerCase())
    }
  })

  it('lists each word once per list', () => {
    for (const [name, list] of lists) {
      const repeated = list.filter((word, index) => list.indexOf(word) !== index)
      expect(repeated, name).toEqual([])
    }
  })

  it('keeps each word class inside the class it narrows', () => {
    for (const word of lexicon.givenNameAuxiliaries) expect(lexicon.auxiliaries).toContain(word)
    for (const word of lexicon.partyMemberNouns) expect(lexicon.roleHeads).toContain(word)
  })

  it('gives pronouns their gender, number and case', () => {
    const him = lexicon.pronouns.find((pronoun) => pronoun.form === 'him')
    expect(him).toEqual({
      form: 'him',
      lemma: 'he',
      person: 3,
      number: 'singular',
      gender: 'male',
      case: 'object',
    })
    const hers = lexicon.pronouns.filter((pronoun) => pronoun.form === 'her')
    expect(hers.map((pronoun) => pronoun.case).sort()).toEqual(['object', 'possessive'])
    expect(lexicon.pronouns.find((pronoun) => pronoun.form === 'they')?.number).toBe('plural')
  })

  it('inflects cue verbs', () => {
    expect(lexicon.inflect('note')).toEqual(['note', 'notes', 'noted', 'noting'])
    expect(lexicon.inflect('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing'])
    expect(lexicon.inflect('deny')).toEqual(['deny', 'denies', 'denied', 'denying'])
    expect(lexicon.inflect('slam')).toEqual(['slam', 'slams', 'slammed', 'slamming'])
    expect(lexicon.inflect('stir')).toEqual(['stir', 'stirs', 'stirred', 'stirring'])
    expect(lexicon.inflect('trek')).toEqual(['trek', 'treks', 'trekked', 'trekking'])
    expect(lexicon.inflect('mix')).toEqual(['mix', 'mixes', 'mixed', 'mixing'])
    expect(lexicon.inflect('add')).toEqual(['add', 'adds', 'added', 'adding'])
    expect(lexicon.inflect('vow')).toEqual(['vow', 'vows', 'vowed', 'vowing'])
    expect(lexicon.inflect('boast')).toEqual(['boast', 'boasts', 'boasted', 'boasting'])
    expect(lexicon.cueVerbs).toContain('denied')
    expect(lexicon.cueVerbs).toContain('dubbed')
    expect(lexicon.cueVerbs).toContain('said')
    expect(lexicon.cueVerbs).toContain('tweeted')
    for (const word of lexicon.nounlikeCueVerbs) expect(lexicon.cueVerbs).toContain(word)
  })
})
