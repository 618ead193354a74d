/**
 * Name particles: lowercase (or capitalized) words that start a family name
 * ("Ludwig *van* Beethoven", "Arnel *dela* Vega", "Mohammad *bin* Salman"), and prefixes joined
 * by a hyphen ("*al-*Assad"). A short mention may keep or drop them ("bin Salman", "Assad").
 * Source: hand-compiled from Wikipedia "Nobiliary particle", "Arabic name" and "Dutch name".
 */
export const nameParticles: readonly string[] = [
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'dela',
  'de la',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'des',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'bin',
  'binti',
  'bint',
  'ibn',
  'ben',
  'bat',
  'al',
  'el',
  'abu',
  'ould',
  'ap',
  'mac',
  'st',
  'san',
  'y',
]

/** Hyphen-joined prefixes of family names ("al-Assad", "el-Sisi", "Al-Othaimeen"). */
export const hyphenatedParticles: readonly string[] = [
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
]

/** Roman numerals of regnal names ("Elizabeth II"). */
export const regnalNumerals: readonly string[] = [
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
]

/** Generational suffixes, kept in the full name but not part of the family name. */
export const nameSuffixes: readonly string[] = [
  'jr',
  'sr',
  ...regnalNumerals.filter((numeral) => numeral !== 'i'),
  'phd',
  'md',
  'qc',
  'kc',
  'mp',
]
