export { type BrillLexicon, brillLexicon } from './brill.js'
export {
  calendarWords,
  monthAbbreviations,
  monthNames,
  relativeDays,
  timeNouns,
  weekdayNames,
} from './calendar.js'
export {
  channelNouns,
  cueModifiers,
  cueNouns,
  cueVerbs,
  hearingVerbs,
  inflect,
  irregularCueVerbs,
  judgementVerbs,
  nounlikeCueVerbs,
  recordedCueNouns,
  regularSpeechVerbs,
  sourcePhrases,
  speechVerbs,
} from './cues.js'
export {
  articles,
  demonstratives,
  determiners,
  numberWords,
  possessiveDeterminers,
  quantifiers,
} from './determiners.js'
export { diseaseNames } from './diseases.js'
export { documentNouns } from './documents.js'
export {
  auxiliaries,
  beForms,
  clauseAdverbs,
  coordinators,
  givenNameAuxiliaries,
  interrogatives,
  locativePrepositions,
  passiveAuxiliaries,
  prepositions,
  relativePronouns,
  stanceAdverbs,
  subordinators,
} from './function-words.js'
export { femaleTitles, honorifics, maleTitles } from './honorifics.js'
export {
  elderGenerationWords,
  elderKin,
  siblingKin,
  spouseKin,
  youngerGenerationWords,
  youngerKin,
} from './kinship.js'
export {
  connectingNameParticles,
  hyphenatedParticles,
  nameParticles,
  nameSuffixes,
  regnalNumerals,
} from './names.js'
export { acronymStopWords, organizationHeads } from './organizations.js'
export { collectiveNouns, peopleNouns } from './people.js'
export { isPersonNoun } from './person-nouns.js'
export {
  olderStateAbbreviations,
  placeNameHeads,
  placeNamePrefixes,
  placeNouns,
  stateAbbreviations,
  stateNames,
} from './places.js'
export { type Pronoun, type PronounGender, pronouns } from './pronouns.js'
export { publishingVerbs } from './publishing.js'
export {
  bodyNouns,
  deputyRoleModifiers,
  generalRoleHeads,
  nameKeepingTitles,
  partyMemberNouns,
  pastRoleModifiers,
  roleComplementWords,
  roleConnectors,
  roleHeads,
  roleHeadsOfManySenses,
  roleKinds,
  roleModifiers,
} from './roles.js'
export { SortedLines } from './sorted-lines.js'
