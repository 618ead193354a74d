import {
  headlineSmallWords as headlineSmallWordList,
  monthNames,
  weekdayNames,
} from '@newsroom/lexicon'
import { isDictionaryWord } from './dictionary.js'
import { foldName, stripPossessive } from './fold.js'
import { isGivenName } from './gender.js'
import { isHonorific, isNameParticle, isRoleHead, isRoleWord } from './parse-person-name.js'
import { isOrganizationHead } from './resolve-organizations.js'

// Patterns asked of every word of a sentence, made once.
const lowercaseStart = /^\p{Ll}/u
const capitalStart = /^\p{Lu}/u
const calendarWords: ReadonlySet<string> = new Set([...monthNames, ...weekdayNames])

const headlineSmallWords: ReadonlySet<string> = new Set(headlineSmallWordList)

/**
 * Whether the words of one sentence are set in headline case, as a title, a dek, a caption or a
 * section header is ("Video: Full Speech: President Vorn Speech at Harbor Foundation"): no word
 * in lowercase but a headline's small words (`headlineSmallWords`) and name particles, and at least three ordinary English words (no role, title,
 * organization's head or calendar word, which running text capitalizes too) capitalized after
 * the first, a third of its capitalized words at least. There capitalization is no evidence of
 * where a name ends. A sentence that only lists names ("Ansel Vorn, Mira Kettle, Grant Young and
 * Tomas Brill") capitalizes few ordinary words among many names, and is running text.
 */
export function isHeadlineCase(words: readonly string[]): boolean {
  // Almost every sentence has a lowercase word early: found first, before any dictionary look-up
  // of the capitalized words before it.
  for (const word of words) if (breaksHeadlineCase(word)) return false
  let ordinary = 0
  let capitalized = 0
  for (let index = 1; index < words.length; index++) {
    const word = words[index] as string
    if (capitalStart.test(word)) {
      capitalized++
      if (isOrdinaryWord(word)) ordinary++
    }
  }
  return isHeadlineTally(ordinary, capitalized)
}

/**
 * Whether a word of a sentence makes it running text wherever it stands (`isHeadlineCase`): it
 * starts in lowercase and is none of a headline's small words or a name particle.
 */
export function breaksHeadlineCase(word: string): boolean {
  return lowercaseStart.test(word) && !headlineSmallWords.has(word) && !isNameParticle(word)
}

/**
 * Whether a sentence with no word that `breaksHeadlineCase` is in headline case, from its
 * capitalized words after the first: `ordinary` of them ordinary English words
 * (`isOrdinaryWord`) among `capitalized`.
 */
export function isHeadlineTally(ordinary: number, capitalized: number): boolean {
  return ordinary >= 3 && ordinary * 3 >= capitalized
}

/**
 * An English word running text does not capitalize: not a given name ("Rose"), a role or title
 * ("Deputy Trade Minister"), an organization's head ("Foundation"), a day or a month.
 */
export function isOrdinaryWord(word: string): boolean {
  const bare = stripPossessive(word)
  return (
    isDictionaryWord(bare) &&
    !isGivenName(bare) &&
    !isRoleWord(bare) &&
    !isHonorific(bare) &&
    !isOrganizationHead(bare) &&
    !calendarWords.has(bare.toLowerCase())
  )
}

/** What running text's capitalized words are kept as, for `isHeadlineNameWord` to find. */
export function headlineSupportKey(word: string): string {
  return foldName(stripPossessive(word))
}

/**
 * What `isHeadlineNameWord` asks of one word, read once per word (a reader of tokens keeps it on
 * the word's lexeme): only the look-up in running text's capitals depends on the article.
 */
export interface HeadlineNameFacts {
  /** `headlineSupportKey` of the word. */
  readonly supportKey: string
  /** A role or a title, or a given name that is no English word: a word of a name by itself. */
  readonly nameByItself: boolean
  /** Whether the word, without a possessive ending, is an English word. */
  readonly englishWord: boolean
  /** A given name with no possessive ending: a family name that is no English word may follow. */
  readonly bareGivenName: boolean
}

/** The facts of a word that `isHeadlineNameWord` reads. */
export function headlineNameFacts(word: string): HeadlineNameFacts {
  const bare = stripPossessive(word)
  const englishWord = isDictionaryWord(bare)
  const givenName = isGivenName(bare)
  return {
    supportKey: foldName(bare),
    nameByItself: isRoleHead(bare) || isHonorific(bare) || (givenName && !englishWord),
    englishWord,
    bareGivenName: givenName && bare === word,
  }
}

/**
 * Whether a capitalized word of a headline-case sentence may be a word of a name: running text
 * (sentences not in headline case) capitalizes it too where no sentence opens (its
 * `headlineSupportKey` is in `runningTextCapitals`), or it is a role or a title ("President",
 * "Mr."), which the name parser reads as one, or a given name that is no English word ("Ansel"),
 * or a word that is no English word after a given name of the same name (`previous`, the word
 * before it in the run): a family name a headline alone gives ("Ansel Vornholt"), which running
 * text may then shorten to a title and the family name, or never repeat.
 */
export function isHeadlineNameWord(
  word: string,
  runningTextCapitals: ReadonlySet<string>,
  previous?: string,
): boolean {
  return isHeadlineNameByFacts(
    headlineNameFacts(word),
    runningTextCapitals,
    previous === undefined ? undefined : headlineNameFacts(previous),
  )
}

/** `isHeadlineNameWord` of a word's and the previous word's `headlineNameFacts`. */
export function isHeadlineNameByFacts(
  facts: HeadlineNameFacts,
  runningTextCapitals: ReadonlySet<string>,
  previous?: HeadlineNameFacts,
): boolean {
  return (
    runningTextCapitals.has(facts.supportKey) ||
    facts.nameByItself ||
    (previous !== undefined && !facts.englishWord && previous.bareGivenName)
  )
}
