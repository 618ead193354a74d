/**
 * Head nouns of written works and legal texts that are cited but cannot speak: "according to the
 * Constitution", "the World Factbook says". A name ending in one is a document, never a speaker.
 */
export const documentNouns: readonly string[] = Object.freeze([
  'act',
  'almanac',
  'amendment',
  'bible',
  'charter',
  'constitution',
  'declaration',
  'encyclopedia',
  'encyclopaedia',
  'factbook',
  'handbook',
  'manifesto',
  'quran',
  'koran',
  'torah',
  'treaty',
  'yearbook',
])

/**
 * Participles of coming to see or hold a document someone else wrote, with `by` before who did:
 * "an internal memo *seen* by the Echo", "documents *obtained* by Reuters". The paper that saw
 * a memo is not its author.
 */
export const documentReadingParticiples: readonly string[] = Object.freeze([
  'accessed',
  'acquired',
  'examined',
  'obtained',
  'reviewed',
  'seen',
  'viewed',
])

/**
 * Participles of a document passed on to someone, with `to` before who got it: "a letter
 * *leaked* to the Sentinel", "a statement *given* to the Echo". Who got it did not write it.
 */
export const documentPassingParticiples: readonly string[] = Object.freeze([
  'addressed',
  'forwarded',
  'given',
  'leaked',
  'passed',
  'provided',
  'sent',
  'shown',
])
