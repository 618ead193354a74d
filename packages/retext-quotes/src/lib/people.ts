import {
  collectiveNouns,
  isPersonNoun,
  peopleNouns,
  unmarkedPluralPeopleNouns,
} from '@newsroom/lexicon'
import { isOrganizationHead, isRoleHead } from '@newsroom/names'
import { lowercaseFact, perWord } from './words.js'

const people = new Set([...peopleNouns, ...collectiveNouns])
const unmarkedPlurals = new Set(unmarkedPluralPeopleNouns)

/** Singular of a plural noun, for the common English patterns. */
function singular(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (/[^s]s$/.test(word)) return word.slice(0, -1)
  return word
}

/**
 * Whether a head of people may stand without a determiner: a plural, by its ending (`lawyers`,
 * `fishermen`) or by the lexicon (`children`, `police`, `staff`), or bare `counsel`.
 */
export function isBareHead(word: string): boolean {
  const lower = word.toLowerCase()
  return unmarkedPlurals.has(lower) || singular(lower) !== lower
}

/**
 * Whether a head noun names a person or a body of people, who can speak: a noun of people
 * (`witness`, `fishermen`), a role (`minister`) or an organization (`ministry`), in the singular
 * or the plural.
 */
export const isPeopleNoun: (word: string) => boolean = perWord((word) => {
  const lower = word.toLowerCase().replace(/['’]s?$/u, '')
  const one = singular(lower)
  return (
    people.has(lower) ||
    people.has(one) ||
    isRoleHead(lower) ||
    isRoleHead(one) ||
    isOrganizationHead(lower) ||
    isOrganizationHead(one)
  )
})

/** An age used as a noun, which English uses of people only: `the 46-year-old`. */
const ageNoun = /^\d+-years?-olds?$/

/**
 * Whether the head of a description names someone who can speak (`isPeopleNoun`), or is any
 * noun whose commonest sense is a person (`the *neurosurgeon*`, `a maintenance *guy*`, `the
 * *46-year-old*`). Asked only of a description's head, after its determiner: a word opening a
 * sentence alone ("Preys on…") is read by `isPeopleNoun`, since WordNet's first senses are
 * often rare ones.
 */
export const isSpeakerHead: (word: string) => boolean = perWord((word) => {
  const lower = word.toLowerCase().replace(/['’]s?$/u, '')
  return isPeopleNoun(word) || isPersonNoun(singular(lower)) || ageNoun.test(lower)
})

const collectives = new Set(collectiveNouns)

/**
 * Whether the head of a description is one person, whom "he" or "she" may mean: a noun of people
 * or a role in the singular (`woman`, `resident`, `manager`), not a plural (`refugees`), a
 * collective (`group`), a body (`ministry`) or a possessive (`an ambassador's` aide).
 */
export const isOnePersonHead: (word: string) => boolean = perWord((word) => {
  const lower = word.toLowerCase()
  return (
    isPeopleNoun(lower) &&
    !/['’]s?$/u.test(lower) &&
    !isBareHead(lower) &&
    !collectives.has(lower) &&
    !isOrganizationHead(lower)
  )
})

/** Whether a token's word is a noun of people or bodies (`isPeopleNoun`), kept on its lexeme. */
export const isPeopleNounToken = lowercaseFact(isPeopleNoun)
