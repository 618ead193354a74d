/**
 * Lowercase particles a personal name runs through ("Ludwig van Beethoven", "Mohammad bin
 * Salman"): the common subset of `nameParticles` of @newsroom/names. The whole list is not used
 * here because some of its particles are everyday English words too ("do", "ten", "ben"), and a
 * capitalized run would then swallow "Why do Americans…".
 */
export const nameParticleWords: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'der',
])

/** Words a capitalized name of a person or a body runs through: the particles and "of". */
export const nameConnectors: ReadonlySet<string> = new Set([...nameParticleWords, 'of'])
