import {
  affiliatedRoleKinds,
  articles,
  deputyRoleModifiers,
  honorifics,
  pastRoleModifiers,
  possessiveDeterminers,
  prepositions,
} from '@newsroom/lexicon'
import { foldName, isRoleHead } from '@newsroom/names'

/**
 * An office a description names with the body or place it is held at (`the Harlow professor`,
 * `the head of Aid Without Borders`): the groups of `affiliatedRoleKinds` its words hold, and
 * the capitalized words naming where, folded (`harlow`; `aid`, `without`, `borders`; `us` of
 * `U.S.`).
 */
export interface AffiliatedOffice {
  kinds: ReadonlyArray<readonly string[][]>
  anchors: ReadonlySet<string>
}

/** Each group of offices, each phrase split into its words. */
const kinds: ReadonlyArray<readonly string[][]> = affiliatedRoleKinds.map((kind) =>
  kind.map((phrase) => phrase.split(' ')),
)
/** The words of the offices' phrases: part of an office, never where it is held (`Foreign`). */
const officeWords: ReadonlySet<string> = new Set(kinds.flat(2))
const notAnchors: ReadonlySet<string> = new Set([
  ...articles,
  ...possessiveDeterminers,
  ...prepositions,
  ...honorifics,
  'and',
])
const honorificSet: ReadonlySet<string> = new Set(honorifics)
/** Words that make an office a deputy's or a past one (`the deputy director`, `former head`). */
const otherHolder: ReadonlySet<string> = new Set([...deputyRoleModifiers, ...pastRoleModifiers])

// A word: letters or digits, then letters, digits, apostrophes, points or hyphens.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu
const possessiveEnd = /['’]s?$/u
const closingPoint = /\.$/
const startsUppercase = /^\p{Lu}/u

/** A word folded as names are, its points dropped (`U.S.` → `us`, `Médecins` → `medecins`). */
function foldWord(word: string): string {
  return foldName(word).replaceAll(' ', '')
}

/** The words of a text, without a possessive ending or a closing point (`Harlow's` → `Harlow`). */
function wordsOf(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((word) =>
    word.replace(possessiveEnd, '').replace(closingPoint, ''),
  )
}

/**
 * Whether an office's phrase stands in lowercased words, not after a word making it a deputy's
 * or a past holder's (`deputy director`, `former foreign minister`).
 */
function holdsPhrase(lower: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= lower.length; at++) {
    if (!phrase.every((word, offset) => lower[at + offset] === word)) continue
    if (!otherHolder.has(lower[at - 1] ?? '')) return true
  }
  return false
}

/**
 * The office a description names with where it is held, else null: a description without a
 * capitalized word naming a body or a place (`the country's top diplomat`, `the director`) may be
 * anyone's, and one of a deputy or a past holder is not the office's holder.
 */
export function affiliatedOfficeOf(description: string): AffiliatedOffice | null {
  const words = wordsOf(description)
  const lower = words.map((word) => word.toLowerCase())
  if (lower.some((word) => otherHolder.has(word))) return null
  // The office is read without the words naming where (`the top U.S. diplomat`).
  const anchors = new Set<string>()
  const office: string[] = []
  for (const [at, word] of words.entries()) {
    const folded = lower[at] as string
    const anchor =
      startsUppercase.test(word) &&
      !notAnchors.has(folded) &&
      !officeWords.has(folded) &&
      !isRoleHead(folded)
    if (anchor) anchors.add(foldWord(word))
    else office.push(folded)
  }
  const held = kinds.filter((kind) => kind.some((phrase) => holdsPhrase(office, phrase)))
  return held.length === 0 || anchors.size === 0 ? null : { kinds: held, anchors }
}

/** The words of a role the text states, folded as the anchors of an office are (`foldWord`). */
export function roleWordsOf(role: string): string[] {
  return wordsOf(role).map(foldWord)
}

/**
 * Whether a role the text states with a person's name, as its folded words (`roleWordsOf`, and
 * the other names of the bodies it names), holds the office: a phrase of its kind (not a
 * deputy's or a past one) and every word naming where it is held (`a geophysicist at Harlow
 * College` for `the Harlow professor`; not `a Harlow physician`, nor `a professor at Orlen`).
 */
export function holdsAffiliatedOffice(
  roleWords: readonly string[],
  office: AffiliatedOffice,
): boolean {
  for (const anchor of office.anchors) if (!roleWords.includes(anchor)) return false
  return office.kinds.some((kind) => kind.some((phrase) => holdsPhrase(roleWords, phrase)))
}

/** The most words of a title read before a name (`Harlow College geophysicist Mara Quell`). */
const titleWords = 8
/** The most characters read on either side of a name for its title or apposition. */
const reach = 160
/** Words that join a title's words (`Secretary of State`, `professor at Harlow College`). */
const titleJoiners: ReadonlySet<string> = new Set(['of', 'at', 'for', 'the'])
/** A mark that ends a word before a name and so closes the title (`In Harlow, Mara Quell`). */
const closingMark = /[,;:.!?()"“”—]$/u
/** A point inside a word: an abbreviation's (`U.S.`), whose closing point ends no sentence. */
const innerPoint = /\.\p{L}/u

/**
 * Whether a word before a name closes its title: it ends in a mark, but for the point of an
 * abbreviation (`U.S.`, `Sen.`, `Dr.`).
 */
function closesTitle(word: string): boolean {
  if (!closingMark.test(word)) return false
  if (!word.endsWith('.')) return true
  const bare = word.slice(0, -1).toLowerCase()
  return !innerPoint.test(word) && !isRoleHead(bare) && !honorificSet.has(bare)
}
// An apposition after a name, to the mark that closes it: `, a geophysicist at Harlow College,`.
const appositionAfterName = /^,\s+([^,;:()"“”—]{1,140})/u
const pointBeforeSpace = /\.\s/u

/**
 * The words stating a person's role around a mention of their name in a paragraph: the title
 * before it, read back over capitalized words, office words and role heads (`Harlow College
 * geophysicist`, `Foreign Minister`), and an apposition after it (`, secretary-general of Aid
 * Without Borders,`). What else the sentence says of them is not read: `met with Harlow
 * officials, Mara Quell said` ties her to no office.
 */
export function roleAroundName(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - reach), start).split(/\s+/)
  if (before.at(-1) === '') before.pop()
  const title: string[] = []
  for (let at = before.length - 1; at >= 0 && title.length < titleWords; at--) {
    const word = before[at] as string
    if (word === '' || closesTitle(word)) break
    const bare = word.replace(possessiveEnd, '').replace(closingPoint, '').toLowerCase()
    const titleWord =
      startsUppercase.test(word) ||
      officeWords.has(bare) ||
      isRoleHead(bare) ||
      titleJoiners.has(bare)
    if (!titleWord) break
    title.unshift(word)
  }
  const apposition = appositionAfterName.exec(text.slice(end, end + reach))?.[1] ?? ''
  // A point closes the apposition where a space follows it (`U.S.` goes on, `Quell, 52. The`).
  const sentenceEnd = apposition.search(pointBeforeSpace)
  return [...title, sentenceEnd < 0 ? apposition : apposition.slice(0, sentenceEnd)]
    .join(' ')
    .trim()
}
