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
