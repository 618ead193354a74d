export { monthNames, weekdayNames } from './data/calendar.js'
export { honorifics } from './data/honorifics.js'
export { acronymStopWords, organizationHeads } from './data/organization-words.js'
export { nameParticles, nameSuffixes } from './data/particles.js'
export { nameKeepingTitles, roleHeads, roleModifiers } from './data/roles.js'
export {
  chineseSurnames,
  koreanSurnames,
  vietnameseSurnames,
} from './data/surname-first.js'
export { isDictionaryWord } from './dictionary.js'
export { foldName, stripPossessive } from './fold.js'
export {
  givenNameGender,
  isGivenName,
  likelyGivenNameGender,
  likelyPersonGender,
  type NameGender,
  personGender,
  titleGender,
} from './gender.js'
export { isSurnameFirstFamilyName, type NameTradition, nameTradition } from './name-order.js'
export {
  isHonorific,
  isNameParticle,
  isRoleHead,
  isRoleWord,
  nameKeys,
  type PersonName,
  parsePersonName,
  shortForms,
} from './parse-person-name.js'
export {
  acronymOf,
  cleanOrganizationName,
  isOrganizationHead,
  type OrganizationCluster,
  type OrganizationMentionInput,
  type OrganizationResolution,
  resolveOrganizations,
} from './resolve-organizations.js'
export {
  type PersonAmbiguity,
  type PersonCluster,
  type PersonMentionInput,
  type PersonResolution,
  resolvePeople,
} from './resolve-people.js'
export { slugify } from './slugify.js'
