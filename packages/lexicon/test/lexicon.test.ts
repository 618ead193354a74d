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
      'additivePrepositions',
      'affiliationPrepositions',
      'agentShapedWords',
      'articles',
      'askedObjectFollowers',
      'askingCueVerbs',
      'auxiliaries',
      'beForms',
      'bodyNameLinks',
      'bodyNouns',
      'brillLexicon',
      'calendarWords',
      'capitalizedTitleWords',
      'channelNouns',
      'clauseAdverbs',
      'collateralKin',
      'collectiveNouns',
      'companyNameHeads',
      'connectingNameParticles',
      'constituencyLinks',
      'continuingCueVerbs',
      'coordinators',
      'cueModifiers',
      'cueNouns',
      'cueVerbs',
      'demonstratives',
      'demonyms',
      'deputyRoleModifiers',
      'determiners',
      'diseaseNames',
      'documentNouns',
      'documentPassingParticiples',
      'documentReadingParticiples',
      'elderGenerationWords',
      'elderKin',
      'emphasisWords',
      'femaleTitles',
      'generalRoleHeads',
      'givenNameAuxiliaries',
      'givenNameHonorifics',
      'givenNameTitles',
      'headlineSmallWords',
      'hearingVerbs',
      'honorifics',
      'hyphenatedParticles',
      'inflect',
      'interrogatives',
      'irregularCueVerbs',
      'isPersonNoun',
      'judgementVerbs',
      'leadingElisions',
      'listCoordinators',
      'locativePrepositions',
      'maleTitles',
      'monthAbbreviations',
      'monthNames',
      'nameKeepingTitles',
      'nameParticles',
      'nameSuffixes',
      'negativeAdverbs',
      'negativeCorrelatives',
      'negativeDeterminers',
      'nonEntityWords',
      'nonPersonHeads',
      'nounlikeCueVerbs',
      'numberWords',
      'olderStateAbbreviations',
      'organizationHeadLinks',
      'organizationHeads',
      'organizationKinds',
      'organizationNouns',
      'ownedTitleOpeners',
      'pairPrepositions',
      'partyMemberNouns',
      'passiveAuxiliaries',
      'pastRoleModifiers',
      'peopleNouns',
      'personRelationLinks',
      'placeNameHeads',
      'placeNamePrefixes',
      'placeNouns',
      'possessiveDeterminers',
      'prepositions',
      'pronouns',
      'publishingVerbs',
      'quantifiers',
      'rankedRoleModifiers',
      'recordedCueNouns',
      'regnalNumerals',
      'regularSpeechVerbs',
      'relativeDays',
      'relativePronouns',
      'roleBodyLinks',
      'roleComplementWords',
      'roleConnectors',
      'roleHeads',
      'roleHeadsOfManySenses',
      'roleKinds',
      'roleModifiers',
      'serviceMemberTitles',
      'siblingKin',
      'signOffWords',
      'silenceVerbs',
      'sourcePhrases',
      'speechVerbs',
      'spouseKin',
      'stanceAdverbs',
      'stateAbbreviations',
      'stateNames',
      'stateOfAbbreviation',
      'subjectRelativePronouns',
      'subordinators',
      'successionNouns',
      'thingRelativePronouns',
      'thirdPersonPossessives',
      'timeNouns',
      'titleDescriptions',
      'unmarkedPluralPeopleNouns',
      'versusWords',
      'voiceCueVerbs',
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

  it('tells the state of each abbreviation by its table, not by its letters', () => {
    const states = new Set([...lexicon.stateNames, 'district of columbia'])
    for (const abbreviation of [...lexicon.stateAbbreviations, ...lexicon.olderStateAbbreviations])
      expect(
        states.has(lexicon.stateOfAbbreviation.get(abbreviation.replaceAll('.', '')) ?? ''),
        abbreviation,
      ).toBe(true)
    expect(lexicon.stateOfAbbreviation.get('ala')).toBe('alabama')
    expect(lexicon.stateOfAbbreviation.get('miss')).toBe('mississippi')
    expect(lexicon.stateOfAbbreviation.get('wva')).toBe('west virginia')
  })

  it('keeps each word class inside the class it narrows', () => {
    for (const word of lexicon.givenNameAuxiliaries) expect(lexicon.auxiliaries).toContain(word)
    for (const word of lexicon.partyMemberNouns) expect(lexicon.roleHeads).toContain(word)
    for (const word of lexicon.givenNameHonorifics) expect(lexicon.honorifics).toContain(word)
    for (const word of lexicon.givenNameTitles) expect(lexicon.maleTitles).toContain(word)
    // Service ranks are role heads only before a given name: never role heads outright.
    for (const word of lexicon.serviceMemberTitles) expect(lexicon.roleHeads).not.toContain(word)
  })

  it('groups the nouns of bodies by kind, and lists as bodies only nouns the person or role lists would take', () => {
    const grouped = new Set(lexicon.organizationKinds.flat())
    for (const noun of lexicon.organizationNouns) {
      expect(grouped.has(noun), noun).toBe(true)
      expect(lexicon.isPersonNoun(noun) || lexicon.roleHeads.includes(noun), noun).toBe(true)
      expect(lexicon.organizationHeads).not.toContain(noun)
    }
    for (const kind of lexicon.organizationKinds) {
      expect(Object.isFrozen(kind)).toBe(true)
      for (const word of kind) expect(word).toBe(word.toLowerCase())
    }
  })

  it('derives the narrower classes from the lists they narrow', () => {
    expect(lexicon.askingCueVerbs).toEqual(['asks', 'asked'])
    expect(lexicon.continuingCueVerbs).toEqual(['adds', 'added', 'continues', 'continued'])
    expect(lexicon.silenceVerbs).toEqual([
      'declines',
      'declined',
      'refuses',
      'refused',
      'dies',
      'died',
    ])
    expect(lexicon.thirdPersonPossessives).toEqual(['his', 'her', 'its', 'their'])
    expect(lexicon.subjectRelativePronouns).toEqual(['who', 'which', 'that'])
    for (const word of ['of', 'via', 'per', 'up'])
      expect(lexicon.headlineSmallWords).toContain(word)
    for (const word of ['into', 'from', 'with'])
      expect(lexicon.headlineSmallWords).not.toContain(word)
    expect(lexicon.thingRelativePronouns).toEqual(['which', 'that'])
    const kin = [...lexicon.youngerKin, ...lexicon.elderKin]
    for (const word of lexicon.collateralKin) expect(kin).toContain(word)
    for (const word of lexicon.roleBodyLinks) expect(lexicon.roleConnectors).toContain(word)
    for (const word of lexicon.personRelationLinks) expect(lexicon.roleConnectors).toContain(word)
    const speakers = [...lexicon.peopleNouns, ...lexicon.roleHeads]
    for (const word of lexicon.unmarkedPluralPeopleNouns) expect(speakers).toContain(word)
    for (const word of lexicon.askingCueVerbs) expect(lexicon.cueVerbs).toContain(word)
    for (const word of lexicon.continuingCueVerbs) expect(lexicon.cueVerbs).toContain(word)
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
    // Verbs of the voice are verbs of saying; writing and singing take titles, not cries.
    for (const word of lexicon.voiceCueVerbs) expect(lexicon.speechVerbs).toContain(word)
    expect(lexicon.voiceCueVerbs).toContain('yelled')
    expect(lexicon.voiceCueVerbs).not.toContain('wrote')
    expect(lexicon.voiceCueVerbs).not.toContain('sang')
  })
})
