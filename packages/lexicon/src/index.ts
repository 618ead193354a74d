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
  askedObjectFollowers,
  askingCueVerbs,
  channelNouns,
  continuingCueVerbs,
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
  silenceVerbs,
  sourcePhrases,
  speechVerbs,
  voiceCueVerbs,
} from './cues.js'
export { demonyms } from './demonyms.js'
export {
  articles,
  demonstratives,
  determiners,
  numberWords,
  possessiveDeterminers,
  quantifiers,
  thirdPersonPossessives,
} from './determiners.js'
export { diseaseNames } from './diseases.js'
export {
  documentNouns,
  documentPassingParticiples,
  documentReadingParticiples,
} from './documents.js'
export { leadingElisions } from './elisions.js'
export { emphasisWords } from './emphasis.js'
export {
  additivePrepositions,
  affiliationPrepositions,
  auxiliaries,
  beForms,
  clauseAdverbs,
  constituencyLinks,
  coordinators,
  givenNameAuxiliaries,
  interrogatives,
  listCoordinators,
  locativePrepositions,
  ownedTitleOpeners,
  pairPrepositions,
  passiveAuxiliaries,
  prepositions,
  relativePronouns,
  stanceAdverbs,
  subjectRelativePronouns,
  subordinators,
  thingRelativePronouns,
} from './function-words.js'
export { headlineSmallWords, versusWords } from './headline-case.js'
export {
  femaleTitles,
  givenNameHonorifics,
  givenNameTitles,
  honorifics,
  maleTitles,
  serviceMemberTitles,
} from './honorifics.js'
export {
  collateralKin,
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
export { negativeAdverbs, negativeCorrelatives, negativeDeterminers } from './negation.js'
export { capitalizedTitleWords, nonEntityWords, nonPersonHeads } from './non-entities.js'
export { organizationKinds, organizationNouns } from './organization-kinds.js'
export {
  acronymStopWords,
  bodyNameLinks,
  companyNameHeads,
  organizationHeadLinks,
  organizationHeads,
} from './organizations.js'
export {
  agentShapedWords,
  collectiveNouns,
  peopleNouns,
  unmarkedPluralPeopleNouns,
} from './people.js'
export { isPersonNoun } from './person-nouns.js'
export {
  olderStateAbbreviations,
  placeNameHeads,
  placeNamePrefixes,
  placeNouns,
  stateAbbreviations,
  stateNames,
  stateOfAbbreviation,
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
  personRelationLinks,
  rankedRoleModifiers,
  roleBodyLinks,
  roleComplementWords,
  roleConnectors,
  roleHeads,
  roleHeadsOfManySenses,
  roleKinds,
  roleModifiers,
  successionNouns,
  titleDescriptions,
} from './roles.js'
export { signOffWords } from './sign-offs.js'
export { SortedLines } from './sorted-lines.js'
