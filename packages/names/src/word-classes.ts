import {
  auxiliaries,
  clauseAdverbs,
  collectiveNouns,
  coordinators,
  determiners,
  givenNameAuxiliaries,
  honorifics,
  hyphenatedParticles,
  interrogatives,
  monthAbbreviations,
  nameParticles,
  nameSuffixes,
  organizationHeads,
  partyMemberNouns,
  peopleNouns,
  prepositions,
  pronouns,
  relativeDays,
  roleComplementWords,
  roleConnectors,
  roleHeads,
  roleModifiers,
  stanceAdverbs,
  subordinators,
  weekdayNames,
} from '@newsroom/lexicon'
import { BoundedCache } from './bounded-cache.js'
import { foldWord } from './fold.js'

/**
 * What a word is in the name lists of @newsroom/lexicon, one bit each, as the word is written
 * (`Dr.`, `Secretary-General`, `al-Assad`): the questions `isRoleHead`, `isHonorific`,
 * `isOrganizationHead` and the others ask of a word. Every question of one word is answered
 * by one look-up, of a bit set made once per distinct word.
 */
export const wordClass = {
  honorific: 1 << 0,
  /** A role head (`minister`), or a hyphenated word with one (`Secretary-General`). */
  roleHead: 1 << 1,
  roleModifier: 1 << 2,
  roleComplement: 1 << 3,
  roleConnector: 1 << 4,
  /** A name particle (`van`), or a word opening with a hyphenated one (`al-Assad`). */
  nameParticle: 1 << 5,
  /** In the list of suffixes (`Jr`, `III`), folded; see `isSuffix` for the case rule. */
  suffixWord: 1 << 6,
  organizationHead: 1 << 7,
  /**
   * A word of a closed class that is no part of a name: a pronoun, preposition, conjunction,
   * question word, clause or stance adverb or auxiliary (`Does`, `While`, `Maybe`, `He`),
   * a weekday (`Wednesday`) or a dotted month (`Nov.`). Not the auxiliaries that are given names (`Will`, `May`).
   */
  functionWord: 1 << 8,
  /** A determiner (`The`, `A`, `Many`, `One`): what it opens is a noun phrase, not a name. */
  determiner: 1 << 12,
  /** A noun of a group counted as one (`Team`, `Crowd`). */
  collective: 1 << 9,
  /**
   * A noun of a person that is no title (`Moderator`, `Supporters`), or the plural of a people
   * noun or role head (`Democrats`, `Attorneys`): a description, never a name word.
   */
  peopleNoun: 1 << 10,
  /** A member of a party (`Republican`, `Democrat`): a role head that is never a family name. */
  partyMember: 1 << 11,
} as const

/** Bits of the lists the lexicon gives (no data file read). */
const listed = (1 << 13) - 1
/** Set once the given-name bit is known (it needs the given-name table). */
const givenKnown = 1 << 13
const given = 1 << 14
/** Set once the dictionary bit is known (it needs the word list). */
const dictionaryKnown = 1 << 15
const dictionary = 1 << 16

const honorificSet = new Set(honorifics.map((word) => foldWord(word)))
const roleHeadSet = new Set(roleHeads)
const roleModifierSet = new Set(roleModifiers)
const complementSet = new Set(roleComplementWords)
const connectorSet = new Set(roleConnectors)
const particleSet = new Set(nameParticles)
const hyphenParticleSet = new Set(hyphenatedParticles)
const suffixSet = new Set(nameSuffixes)
const organizationHeadSet = new Set(organizationHeads)
const givenAuxiliarySet = new Set(givenNameAuxiliaries)
const determinerSet = new Set(determiners)
const functionWordSet = new Set(
  [
    ...pronouns.map((pronoun) => pronoun.form),
    ...prepositions,
    ...coordinators,
    ...subordinators,
    ...interrogatives,
    ...clauseAdverbs,
    ...stanceAdverbs,
    ...auxiliaries,
    ...weekdayNames,
    ...relativeDays,
  ].filter((word) => !givenAuxiliarySet.has(word) && !determinerSet.has(word)),
)
const monthAbbreviationSet = new Set(monthAbbreviations)
const collectiveSet = new Set(collectiveNouns)
const peopleNounSet = new Set(peopleNouns)
const partyMemberSet = new Set(partyMemberNouns)

/** Whether a folded word is the plural of a people noun or a role head (`supporters`, `attorneys`). */
function isPluralOfPersonNoun(folded: string): boolean {
  if (!folded.endsWith('s')) return false
  const singulars = [folded.slice(0, -1)]
  if (folded.endsWith('es')) singulars.push(folded.slice(0, -2))
  if (folded.endsWith('ies')) singulars.push(`${folded.slice(0, -3)}y`)
  return singulars.some((singular) => peopleNounSet.has(singular) || roleHeadSet.has(singular))
}

/**
 * Abbreviated titles that are also name words without their full stop ("Del." is a
 * delegate; "del" is a particle, as in Juan del Castillo).
 */
const dottedRoleHeads = new Set(['Del.'])

/** The lexicon's bits of a word. */
function listedClasses(word: string): number {
  const folded = foldWord(word)
  let classes = 0
  if (honorificSet.has(folded)) classes |= wordClass.honorific
  if (
    dottedRoleHeads.has(word) ||
    roleHeadSet.has(folded) ||
    (folded.includes('-') && folded.split('-').some((part) => roleHeadSet.has(part)))
  )
    classes |= wordClass.roleHead
  if (roleModifierSet.has(folded)) classes |= wordClass.roleModifier
  if (complementSet.has(folded)) classes |= wordClass.roleComplement
  if (connectorSet.has(folded)) classes |= wordClass.roleConnector
  const hyphen = folded.indexOf('-')
  if (particleSet.has(folded) || (hyphen > 0 && hyphenParticleSet.has(folded.slice(0, hyphen))))
    classes |= wordClass.nameParticle
  if (suffixSet.has(folded)) classes |= wordClass.suffixWord
  if (organizationHeadSet.has(folded)) classes |= wordClass.organizationHead
  // "Nov." is an abbreviation, but a dotted "A." is an initial and "U.S." or "US" a country.
  const written = !/^\p{L}\.$|^\p{Lu}[\p{Lu}.]+$/u.test(word)
  if (
    (written && functionWordSet.has(folded)) ||
    (monthAbbreviationSet.has(folded) && word.endsWith('.'))
  )
    classes |= wordClass.functionWord
  if (written && determinerSet.has(folded)) classes |= wordClass.determiner
  if (collectiveSet.has(folded)) classes |= wordClass.collective
  if ((peopleNounSet.has(folded) && !roleHeadSet.has(folded)) || isPluralOfPersonNoun(folded))
    classes |= wordClass.peopleNoun
  if (partyMemberSet.has(folded)) classes |= wordClass.partyMember
  return classes
}

/**
 * The bits of each word seen, by the word as written. Words repeat within and across articles.
 */
const known = new BoundedCache<string, number>(50_000)

function entry(word: string): number {
  const classes = known.get(word)
  if (classes !== undefined) return classes
  const made = listedClasses(word)
  known.set(word, made)
  return made
}

/** The lexicon's classes of a word (bits of `wordClass`). */
export function wordClasses(word: string): number {
  return entry(word) & listed
}

/**
 * Whether a word holds a bit the lexicon does not give, reading it (with `read`) only the first
 * time the word is asked this question.
 */
export function cachedBit(
  word: string,
  knownBit: number,
  bit: number,
  read: (word: string) => boolean,
): boolean {
  const classes = entry(word)
  if ((classes & knownBit) !== 0) return (classes & bit) !== 0
  const answer = read(word)
  known.set(word, classes | knownBit | (answer ? bit : 0))
  return answer
}

export const givenNameBits = { known: givenKnown, bit: given } as const
export const dictionaryBits = { known: dictionaryKnown, bit: dictionary } as const
