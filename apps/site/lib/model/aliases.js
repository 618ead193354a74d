/**
 * Which of a speaker's other names are names. The data gathers every form an article uses for a
 * speaker; a name form (`Wang`, `Mr. Wang`, `de Wit`) is something the speaker is called, a
 * description (`Beijing's top diplomat`, `the commissioner`) is what they are: a role.
 */

// Lower-case words that are part of names in many languages (`de Wit`, `bin Salman`).
const nameParticles = new Set([
  'al',
  'bin',
  'bint',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
]) // prettier-ignore

/**
 * Whether `text` reads as a name: every word capitalized (name particles aside), no possessive.
 *
 * @param {string} text
 */
export function isNameForm(text) {
  const words = text.trim().split(/\s+/)
  if (words.length === 0 || words[0] === '') return false
  if (/['’]s\b/u.test(text)) return false
  const bare = words.map((word) => word.replace(/^[("'“‘]+|[)"'”’.,]+$/gu, ''))
  const capitalized = (/** @type {string} */ word) =>
    /^\p{Lu}|^\p{N}/u.test(word) ||
    // `al-Sharaa`, `d'Estaing`: a particle joined to a capitalized name.
    /^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(word)
  return (
    bare.some(capitalized) &&
    bare.every((word) => word === '' || capitalized(word) || nameParticles.has(word))
  )
}

/**
 * Split the other names of a speaker into the names they go by and the descriptions of them,
 * dropping the canonical name itself and repeats (case ignored).
 *
 * @param {string} name canonical name
 * @param {string[]} aliases
 * @returns {{ names: string[], descriptions: string[] }}
 */
export function splitAliases(name, aliases) {
  const seen = new Set([name.toLowerCase()])
  /** @type {string[]} */
  const names = []
  /** @type {string[]} */
  const descriptions = []
  for (const alias of aliases) {
    const key = alias.trim().toLowerCase()
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    ;(isNameForm(alias) ? names : descriptions).push(alias)
  }
  return { names, descriptions }
}
