/**
 * Kin descriptions whose holder the article names ("my father, Hugo Vale,", "Hugo Vale, my
 * father,", "my father Hugo Vale", "Ana Ruiz's son, Ed", "my parents, Hugo and Petra Vale,").
 * A quotation whose speaker is such a description ("…," my father said) is not an anonymous
 * person's: it is the named one, or, when the text leaves the tie open (two brothers named, an
 * owner `his` that may mean another man), someone the article names but this reading cannot
 * tell. Either way publishing "anonymous: my father" would be wrong, so `retextQuotes` keeps it
 * as a lean only (resolution `kin-named`). No name is ever put in its place: a rule that did so
 * (session 44, q30b) never fired on train and published wrong people on invented text.
 *
 * Read outside quotations only: a "my" inside one is its speaker's, not the writer's.
 *
 * A description matches by its owner as written (`kinKey`): "her son" is not "Ana Ruiz's son,
 * Ed" (a pronoun owner is not followed to the person it means, so "her son" stays anonymous
 * there), and "My husband Tomas and I" is no apposition (`closing` takes no "and"): such a
 * description is left to the other readings, as if this one did not exist.
 */
import { collateralKin, elderKin, siblingKin, spouseKin, youngerKin } from '@newsroom/lexicon'
import { foldName, isGivenName } from '@newsroom/names'
import type { ArticleModel } from './model.js'

const kinWords: ReadonlySet<string> = new Set([
  ...elderKin,
  ...youngerKin,
  ...spouseKin,
  ...siblingKin,
])

/**
 * A description of someone's relative: an owner (`my`, `our`, `his`, `her`, `their`, `your`, or a
 * name before `'s`), at most one modifier, and a kin word of the lexicon, collateral kin included
 * ("my father", "her late husband", "Ana Ruiz's uncle").
 */
const possessedKinShape = new RegExp(
  String.raw`^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+(?:\p{Ll}+\s+)?(?:${[
    ...kinWords,
    ...collateralKin,
  ].join('|')})$`,
  'u',
)

/**
 * Whether a description is someone's relative by its words alone: the writer's (`my father`) or
 * another person's (`his sister`, `Ana Ruiz's son`), in either case not whoever spoke last.
 */
export function isPossessedKin(description: string): boolean {
  return possessedKinShape.test(description)
}

/**
 * The kin a pair of parents holds, either of the pair ("my parents, Hugo and Petra Vale"): elder
 * kin of the direct line one generation up (no grand-, step-, uncle or aunt), in the singular.
 */
const parentKin: readonly string[] = elderKin.filter(
  (kin) => !/^(?:grand|step)/.test(kin) && !collateralKin.includes(kin) && !kin.endsWith('s'),
)

// Every run below is bounded, and no run may start inside a word of its own characters (the
// lookbehinds hold each run's characters): from any start the scan is then short, so a paragraph
// costs time linear in its length, not square ("A.A.A.…" once started a scan at every letter).
/** A capitalized word of a name: a word longer than this is no name. */
const nameWord = String.raw`\p{Lu}[\p{L}'’-]{1,40}`
/** One to four capitalized words: a name, whose first word `personName` checks. */
const nameRun = String.raw`${nameWord}(?:\s{1,3}\p{Lu}[\p{L}'’.-]{0,40}){0,3}`
/** No word goes on before this point (a run starts at a word's start). */
const wordStart = String.raw`(?<![\p{L}\p{N}'’.-])`
/** A possessive determiner, or a name before `'s` ("Ana Ruiz's"). */
const owner = String.raw`${wordStart}([Mm]y|[Oo]ur|[Hh]is|[Hh]er|(?:\p{Lu}[\p{L}.-]{0,40}\s{1,3}){0,3}\p{Lu}[\p{L}.-]{0,40}['’]s)`
/** What may close an apposition: a comma, a full stop, a semicolon, a dash or a relative clause. */
const closing = String.raw`(?=\s{0,3}[,.;—–]|\s{1,3}(?:who|whose)\b)`
/** A lowercase word: the kin. */
const kinWord = String.raw`(\p{Ll}{1,40})`
/** "my father, Hugo Vale," and "my father Hugo Vale": the kin, then the name. */
const kinThenName = new RegExp(
  String.raw`${owner}\s{1,3}${kinWord},?\s{1,3}(${nameRun})${closing}`,
  'gu',
)
/** "Hugo Vale, my father,", "Ed Ruiz, Ana Ruiz's son,": the name, then the kin. */
const nameThenKin = new RegExp(
  String.raw`${wordStart}(${nameRun}),\s{1,3}${owner}\s{1,3}${kinWord}${closing}`,
  'gu',
)
/** "my parents, Hugo and Petra Vale,": two given names and the family name they share. */
const parentsNamed = new RegExp(
  String.raw`${owner}\s{1,3}parents,?\s{1,3}(${nameWord})\s{1,3}and\s{1,3}(${nameWord})\s{1,3}(${nameWord})${closing}`,
  'gu',
)

/** Whether a name opens with a given name, so that it names a person ("Hugo Vale", not "May"). */
function personName(name: string): boolean {
  return isGivenName(name.split(/\s+/)[0] ?? '')
}

/** The key of a description by its owner and kin word: "my father", "ana ruiz's son". */
function kinKey(ownerWords: string, kin: string): string {
  return foldName(`${ownerWords} ${kin}`)
}

/**
 * The kin descriptions (folded, as `kinKey` writes them) whose holder the article names by
 * apposition outside its quotations, wherever it stands ("My father often said" before "my
 * father, Hugo Vale," is that man as well), each with the names (folded) it is given.
 */
export function namedKinDescriptions(
  model: ArticleModel,
): ReadonlyMap<string, ReadonlySet<string>> {
  let named = namedKinOf.get(model)
  if (named === undefined) {
    named = readNamedKin(model)
    namedKinOf.set(model, named)
  }
  return named
}

/**
 * What `namedKinDescriptions` gives, read once per article: coreference and the publication step
 * both ask, and each read runs the apposition patterns over every paragraph with a kin word.
 */
const namedKinOf = new WeakMap<ArticleModel, Map<string, Set<string>>>()

function readNamedKin(model: ArticleModel): Map<string, Set<string>> {
  // Each paragraph's quoted ranges, built once: a match asks only its own paragraph's.
  const quoted: Array<Array<[number, number]>> = model.paragraphs.map(() => [])
  for (const quote of model.quotes)
    for (const segment of quote.segments)
      quoted[segment.paragraph]?.push([segment.open, segment.close])
  const named = new Map<string, Set<string>>()
  const add = (ownerWords: string, kin: string, name: string) => {
    const key = kinKey(ownerWords, kin)
    const names = named.get(key) ?? new Set<string>()
    names.add(foldName(name))
    named.set(key, names)
  }
  for (const [paragraph, { text, tokens }] of model.paragraphs.entries()) {
    const ranges = quoted[paragraph] ?? []
    const outside = (offset: number) =>
      !ranges.some(([open, close]) => open <= offset && offset < close)
    // The patterns' look-behind and Unicode classes are tried at every offset of the paragraph;
    // a kin word is a whole word, so a paragraph without one (most) is spared the first two,
    // and one without "parents" the third: no match they could give is kept.
    if (tokens.some((token) => kinWords.has(token.lower))) collectKin(text, outside, add)
    if (text.includes('parents')) collectParents(text, outside, add)
  }
  return named
}

type Outside = (offset: number) => boolean
type Add = (ownerWords: string, kin: string, name: string) => void

/** Kin named by apposition in a paragraph: "my father, Hugo Vale,", "Hugo Vale, my father,". */
function collectKin(text: string, outside: Outside, add: Add): void {
  for (const match of text.matchAll(kinThenName)) {
    const [, ownerWords = '', kin = '', name = ''] = match
    if (kinWords.has(kin) && personName(name) && outside(match.index)) add(ownerWords, kin, name)
  }
  for (const match of text.matchAll(nameThenKin)) {
    const [, name = '', ownerWords = '', kin = ''] = match
    if (kinWords.has(kin) && personName(name) && outside(match.index)) add(ownerWords, kin, name)
  }
}

/** Parents named by apposition in a paragraph: "my parents, Hugo and Petra Vale,". */
function collectParents(text: string, outside: Outside, add: Add): void {
  for (const match of text.matchAll(parentsNamed)) {
    const [, ownerWords = '', first = '', second = '', family = ''] = match
    if (!isGivenName(first) || !isGivenName(second) || !outside(match.index)) continue
    for (const kin of parentKin) {
      add(ownerWords, kin, `${first} ${family}`)
      add(ownerWords, kin, `${second} ${family}`)
    }
  }
}

/**
 * The kin words folded (`fiancé` as `fiance`): the last word of every key `kinKey` writes, as
 * folding a key folds its kin word alone (lowercase letters, no period or space in it).
 */
const foldedKinWords: ReadonlySet<string> = new Set([...kinWords].map(foldName))

/**
 * The key a description would have among `namedKinDescriptions`' (folded, as `kinKey` writes
 * them), or null when it can be none of them. Every key ends with a kin word of `kinWords`
 * folded, after a space: the patterns keep no other kin. A description ending otherwise ("a
 * spokesman", "the mayor", most of those asked) is then known to be no named kin without the
 * article's paragraphs read for appositions.
 */
export function namedKinKey(description: string): string | null {
  const key = foldName(description)
  return foldedKinWords.has(key.slice(key.lastIndexOf(' ') + 1)) ? key : null
}

/**
 * Whether a quotation's speaker, reached from its mention, leaves kin the article names
 * (`namedKinDescriptions`) unsettled: an unnamed speaker whose description is such kin ("my
 * father" after "my father, Hugo Vale,"), or a named one a role's reading gave the mention's
 * kin description (`readAsRole`: the latest woman for "my sister", or "Ana Brill, a sister of
 * the mayor," for "his sister") who is not the one holder the article names for it ("my
 * sister, Ines Harrow,"; two sisters named leave it open). Only the bare description matches:
 * "my other brother" is not the named one.
 *
 * The article's named kin are read (once, see `namedKinDescriptions`) only when the description
 * asked about could be one of them (`namedKinKey`): reading them for every article with an
 * unnamed speaker or a role's reading took some 3% of this plugin's time on the bench's
 * articles, where a kin description among the speakers is rare. The answer is the same, as a
 * key that cannot be in the map is found in no map.
 */
export function leavesNamedKinOpen(
  model: ArticleModel,
  speaker: { kind: string; name: string; description: string | null },
  mention: string | null,
  readAsRole: boolean,
): boolean {
  if (speaker.kind === 'anonymous') {
    const key = speaker.description === null ? null : namedKinKey(speaker.description)
    return key !== null && namedKinDescriptions(model).has(key)
  }
  if (!readAsRole || mention === null) return false
  const key = namedKinKey(mention)
  if (key === null) return false
  const holders = namedKinDescriptions(model).get(key)
  return holders !== undefined && !(holders.size === 1 && holders.has(foldName(speaker.name)))
}
