// Kept for ingest, which reads dates with them; the lists live in @newsroom/lexicon.
export { monthNames, weekdayNames } from '@newsroom/lexicon'
export { BoundedCache } from './bounded-cache.js'
export { casedNameInCapitals } from './capitals-name.js'
export { isDictionaryWord } from './dictionary.js'
export { foldName, stripPossessive } from './fold.js'
export {
  isGivenName,
  likelyGivenNameGender,
  likelyPersonGender,
  type NameGender,
  personGender,
  titleGender,
} from './gender.js'
export {
  breaksHeadlineCase,
  type HeadlineNameFacts,
  headlineNameFacts,
  headlineSupportKey,
  isHeadlineCase,
  isHeadlineNameByFacts,
  isHeadlineNameWord,
  isHeadlineTally,
  isOrdinaryWord,
} from './headline-case.js'
export { isSurnameFirstFamilyName, type NameTradition } from './name-order.js'
export {
  isHonorific,
  isNameParticle,
  isRoleHead,
  isRoleWord,
  mentionNameKeys,
  nameKeys,
  parsePersonName,
} from './parse-person-name.js'
export type { PersonName } from './person-name.js'
export {
  acronymOf,
  cleanOrganizationName,
  isOrganizationHead,
  numberedAcronym,
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
export { splitAfterOrganization } from './split-organization.js'
