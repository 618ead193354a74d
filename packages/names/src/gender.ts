import { readFileSync } from 'node:fs'
import { femaleTitles, maleTitles, SortedLines, serviceMemberTitles } from '@newsroom/lexicon'
import { BoundedCache } from './bounded-cache.js'
import { foldName, foldWord } from './fold.js'
import type { PersonName } from './person-name.js'
import { cachedBit, givenNameBits } from './word-classes.js'

/** Grammatical gender a name or title implies, as pronouns in English news refer to it. */
export type NameGender = 'female' | 'male'

const maleTitleSet = new Set(maleTitles)
const femaleTitleSet = new Set(femaleTitles)
/** A rank, "-man" or not, says nothing of its holder's gender ("Airman Ann Vale"). */
const serviceTitleSet = new Set(serviceMemberTitles)
/** Role words that say which gender holds them ("congresswoman", "spokesman"). */
const femaleRole =
  /(?:woman|wife|mother|daughter|sister|actress|hostess|waitress|heiress|stewardess|priestess|queen|princess|duchess|countess|baroness|empress|widow|girlfriend|niece|aunt)$/
const maleRole =
  /(?:(?:^|[^o])man|husband|father|brother|^son|grandson|king|prince|duke|nephew|uncle|widower|boyfriend)$/

interface GivenNameData {
  /** Folded given name → `f`, `m`, or `b` (given to both). */
  given: SortedLines
  /** Lowercase given name → its majority gender, `f`, `m` or `u`. */
  majority: SortedLines
}

let givenNameData: GivenNameData | undefined

/**
 * Given names from the stdlib English first-name datasets (the Kantrowitz/CMU name lists), and
 * the majority gender of a name (the tables of gender-detection-from-name), as
 * `scripts/build-name-data.ts` writes them to `data/given-names.txt`: one file read on first use
 * rather than the lists' modules, which took a second of every worker's start-up.
 */
function givenNameTable(): GivenNameData {
  if (givenNameData) return givenNameData
  const text = readFileSync(new URL('../data/given-names.txt', import.meta.url), 'utf8')
  const marker = text.indexOf('#majority\n')
  givenNameData = {
    given: new SortedLines(text.slice(0, marker)),
    majority: new SortedLines(text.slice(marker + '#majority\n'.length)),
  }
  return givenNameData
}

const genderCodes: Record<string, NameGender> = { f: 'female', m: 'male' }

/** The majority gender of a lowercase name, as gender-detection-from-name's `getGender` reads it. */
function majorityGender(name: string): NameGender | null {
  const code = givenNameTable().majority.get(name.toLowerCase())
  return code === undefined ? null : (genderCodes[code] ?? null)
}

/**
 * Gender of an English given name (`'Mary'` → `'female'`), or null when unknown or given to
 * both (`Hillary`, `Terry`); see `likelyGivenNameGender` for the majority reading of those.
 */
export function givenNameGender(word: string): NameGender | null {
  const folded = foldWord(word)
  if (folded.length < 2) return null
  const code = givenNameTable().given.get(folded)
  return code === undefined ? null : (genderCodes[code] ?? null)
}

/**
 * The gender most people with a given name have (`Hillary` → `'female'`, `Terry` → `'male'`):
 * a weaker reading than `givenNameGender`, for when the article itself does not tell.
 */
export function likelyGivenNameGender(word: string): NameGender | null {
  let gender = likelyGenders.get(word)
  if (gender === undefined) {
    const folded = foldName(word).replace(/ /g, '')
    gender = folded.length < 2 ? null : (givenNameGender(folded) ?? majorityGender(folded))
    likelyGenders.set(word, gender)
  }
  return gender
}

/**
 * `likelyGivenNameGender` by word: asked of every capitalized pair in headlines and quotations,
 * article after article.
 */
const likelyGenders = new BoundedCache<string, NameGender | null>(20_000)

/** Gender of a courtesy title or a gendered role word (`Mrs`, `congresswoman`), else null. */
export function titleGender(word: string): NameGender | null {
  const folded = foldWord(word)
  if (maleTitleSet.has(folded)) return 'male'
  if (femaleTitleSet.has(folded)) return 'female'
  if (serviceTitleSet.has(folded)) return null
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
  return cachedBit(word, givenNameBits.known, givenNameBits.bit, readGivenName)
}

function readGivenName(word: string): boolean {
  const folded = foldWord(word)
  if (folded.length < 2) return false
  return givenNameTable().given.has(folded)
}
