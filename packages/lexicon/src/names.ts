/**
 * Lowercase particles that join the capitalized words of a personal name in running text
 * ("Ludwig *van* Beethoven", "Mohammad *bin* Salman"), and that are seldom anything else in an
 * English sentence: a run of capitalized words may continue through them.
 */
export const connectingNameParticles: readonly string[] = Object.freeze([
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

/**
 * Name particles: lowercase (or capitalized) words that start a family name
 * ("Ludwig *van* Beethoven", "Arnel *dela* Vega", "Mohammad *bin* Salman"), and prefixes joined
 * by a hyphen ("*al-*Assad"). A short mention may keep or drop them ("bin Salman", "Assad").
 * Some are everyday English words too ("do", "ten"): see `connectingNameParticles`.
 * Source: hand-compiled from Wikipedia "Nobiliary particle", "Arabic name" and "Dutch name".
 */
export const nameParticles: readonly string[] = Object.freeze([
  ...connectingNameParticles,
  'den',
  'della',
  'dela',
  'de la',
  'dos',
  'das',
  'do',
  'des',
  'ter',
  'ten',
  'zu',
  'binti',
  'bint',
  'ibn',
  'ben',
  'bat',
  'el',
  'abu',
  'ould',
  'ap',
  'mac',
  'st',
  'san',
  'y',
  // After another particle only, in Spanish names ("de los Santos", "de las Heras").
  'los',
  'las',
])

/** Hyphen-joined prefixes of family names ("al-Assad", "el-Sisi", "Al-Othaimeen"). */
export const hyphenatedParticles: readonly string[] = Object.freeze([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'abu',
  'ad',
  'as',
  'ash',
  'at',
  'az',
])

/** Roman numerals of regnal names ("Elizabeth II"). */
export const regnalNumerals: readonly string[] = Object.freeze([
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
])

/** Generational suffixes, kept in the full name but not part of the family name. */
export const nameSuffixes: readonly string[] = Object.freeze([
  'jr',
  'sr',
  ...regnalNumerals.filter((numeral) => numeral !== 'i'),
  'phd',
  'md',
  'qc',
  'kc',
  'mp',
])
