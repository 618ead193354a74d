import {
  ambiguousSurnameFirst,
  chineseSurnames,
  koreanSurnames,
  vietnameseSurnames,
} from './data/surname-first.js'
import { foldName } from './fold.js'

/** The naming tradition a name is read in, as far as its order goes. */
export type NameTradition = 'chinese' | 'korean' | 'vietnamese' | 'western'

const chinese = new Set(chineseSurnames)
const korean = new Set(koreanSurnames)
const vietnamese = new Set(vietnameseSurnames)
const ambiguous = new Set(ambiguousSurnameFirst)

// One Hanyu Pinyin syllable (tones dropped); a given name is one or more of them ("Jinping").
const pinyinSyllable =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)'
const pinyinWord = new RegExp(`^(?:${pinyinSyllable})+$`)
const polysyllabicPinyinWord = new RegExp(`^(?:${pinyinSyllable}){2,}$`)
// One syllable of a romanized Korean, Wade–Giles or Cantonese given name ("Jae", "Hsien", "Kei").
const eastAsianSyllable = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|n|m|k|l|p|t|c)?$/

function isPinyinWord(word: string): boolean {
  return pinyinWord.test(word)
}

function isSyllable(word: string): boolean {
  return eastAsianSyllable.test(word)
}

/** A given name as written in an East Asian tradition: `Yi`, `Jinping`, `Jae-in`, `Jong Un`. */
function looksEastAsianGiven(words: readonly string[], strict: boolean): boolean {
  if (words.length === 0 || words.length > 3) return false
  const folded = words.map((word) => foldName(word).replace(/'/g, ''))
  const hyphenated = folded.every((word) => word.includes('-') && word.split('-').every(isSyllable))
  if (hyphenated) return true
  if (folded.length >= 2 && folded.every(isSyllable)) return true
  // Even after an ambiguous family name, a two-syllable pinyin given name decides ("Lu Haoran").
  if (strict) return folded.length === 1 && polysyllabicPinyinWord.test(folded[0] ?? '')
  return folded.every((word) => isPinyinWord(word) || word.split('-').every(isSyllable))
}

/**
 * Which tradition a name (its words, titles already removed) is written in. Family-name-first
 * traditions need the first word to be a known family name and the rest to look like a given
 * name of that tradition; family names that are also Western names ("Lee", "Kim", "Park") need
 * stronger evidence (a hyphenated given name or several one-syllable words).
 */
export function nameTradition(words: readonly string[]): NameTradition {
  if (words.length < 2) return 'western'
  const first = foldName(words[0] ?? '')
  const rest = words.slice(1)
  const strict = ambiguous.has(first)
  if (chinese.has(first) && looksEastAsianGiven(rest, strict)) return 'chinese'
  if (korean.has(first) && looksEastAsianGiven(rest, strict)) return 'korean'
  if (
    vietnamese.has(first) &&
    rest.length >= (strict ? 2 : 1) &&
    rest.every((word) => isSyllable(foldName(word)))
  ) {
    return 'vietnamese'
  }
  return 'western'
}

/** Whether a single word is a known family name of a family-name-first tradition (`Xi`, `Kim`). */
export function isSurnameFirstFamilyName(word: string): boolean {
  const folded = foldName(word)
  return chinese.has(folded) || korean.has(folded) || vietnamese.has(folded)
}
