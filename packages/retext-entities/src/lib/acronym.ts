import { acronymOf } from '@newsroom/names'

/** Letters of an acronym as written, dots dropped: `"U.N."` → `"UN"`, `"S&P"` → `"S&P"`. */
export function acronymLetters(word: string): string {
  return word.replace(/\./g, '')
}

/**
 * Whether a single word is written as an acronym: at least two capitals, no lowercase letter
 * other than a joining one (`"SDF"`, `"U.N."`, `"DoD"`), no more than six letters.
 */
export function isAcronym(word: string): boolean {
  const letters = acronymLetters(word)
  if (!/^\p{Lu}[\p{Lu}\p{Ll}\d&]{1,7}$/u.test(letters)) return false
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length
  return capitals >= 2 && capitals >= letters.length - 1 && !/^[IVXLC]+$/.test(letters)
}

/**
 * Whether `name` spells `acronym`: its initials, function words left out (`"Organisation of
 * Islamic Cooperation"` → OIC), or the initials of its capitalized words only, which keeps
 * particles such as `al-` out (`"Hayat Tahrir al-Sham"` → HTS).
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const target = acronymLetters(acronym).toUpperCase()
  if (target.length < 2) return false
  if (acronymOf(name) === target) return true
  const capitalInitials = name
    .split(/[\s\-–]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
  return capitalInitials.toUpperCase() === target
}
