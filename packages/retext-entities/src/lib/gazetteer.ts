import { demonyms as demonymList } from '@newsroom/lexicon'
import { BoundedCache, foldName } from '@newsroom/names'
import { countryTable } from '../data/countries.js'
import { organizationTable } from '../data/organizations.js'
import { placeTable } from '../data/places.js'

export type EntityKind = 'person' | 'organization' | 'place'

/** What a known phrase names. */
export interface GazetteerEntry {
  kind: 'organization' | 'place'
  canonical: string
}

/** A step in the gazetteer's phrases: the entry of the words so far, and the words that go on. */
export interface PhraseNode {
  entry: GazetteerEntry | undefined
  next: Map<string, PhraseNode>
}

/** Phrase lookups built from the shipped tables and any names the caller adds. */
export interface Gazetteer {
  /** Folded phrase (words joined by one space) → entry. */
  phrases: Map<string, GazetteerEntry>
  /** Folded demonyms ("chinese", "south korean"): never a place mention on their own. */
  demonyms: Set<string>
  /**
   * The folded phrases word by word (`un` → `security` → `council`): the fold of a phrase is the
   * folds of its words joined by spaces, so a scanner follows the words of the text from here and
   * stops at the first with no branch, looking up no string it has to build.
   */
  phraseWords: PhraseNode
  /** Longest phrase, in words. */
  maxWords: number
}

/**
 * Fold a phrase the way tokens are folded when looked up. Dotted acronyms lose their dots
 * first, so "U.N. Security Council" finds "UN Security Council".
 */
export function foldPhrase(text: string): string {
  const cached = phraseCache.get(text)
  if (cached !== undefined) return cached
  const folded = foldName(
    text.replace(/,/g, ' ').replace(/\b(?:\p{Lu}\.){2,}/gu, (match) => match.replace(/\./g, '')),
  )
  // Scanners fold the same phrases over and over; a bounded memo keeps that off the hot path.
  phraseCache.set(text, folded)
  return folded
}

const phraseCache = new BoundedCache<string, string>(50_000)

function rows(table: string): string[][] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split('|'))
}

/** Build the gazetteer: countries (with aliases and capitals), demonyms, places, organizations. */
export function createGazetteer(
  extra: { places?: readonly string[]; organizations?: readonly string[] } = {},
): Gazetteer {
  const phrases = new Map<string, GazetteerEntry>()
  const demonyms = new Set<string>()
  let maxWords = 1
  function add(text: string, entry: GazetteerEntry): void {
    const key = foldPhrase(text)
    if (key === '' || phrases.has(key)) return
    phrases.set(key, entry)
    maxWords = Math.max(maxWords, key.split(' ').length)
  }
  for (const demonym of demonymList) demonyms.add(foldPhrase(demonym))
  for (const [name = '', aliases = '', capital = ''] of rows(countryTable)) {
    const entry: GazetteerEntry = { kind: 'place', canonical: name }
    add(name, entry)
    for (const alias of aliases.split(';')) if (alias) add(alias, entry)
    if (capital) add(capital, { kind: 'place', canonical: capital })
  }
  for (const [name = '', aliases = ''] of rows(placeTable)) {
    const entry: GazetteerEntry = { kind: 'place', canonical: name }
    add(name, entry)
    for (const alias of aliases.split(';')) if (alias) add(alias, entry)
  }
  for (const [name = '', aliases = ''] of rows(organizationTable)) {
    const entry: GazetteerEntry = { kind: 'organization', canonical: name }
    add(name, entry)
    for (const alias of aliases.split(';')) if (alias) add(alias, entry)
  }
  for (const name of extra.places ?? []) add(name, { kind: 'place', canonical: name })
  for (const name of extra.organizations ?? []) add(name, { kind: 'organization', canonical: name })
  const phraseWords: PhraseNode = { entry: undefined, next: new Map() }
  for (const [key, entry] of phrases) {
    let node = phraseWords
    for (const word of key.split(' ')) {
      let next = node.next.get(word)
      if (next === undefined) {
        next = { entry: undefined, next: new Map() }
        node.next.set(word, next)
      }
      node = next
    }
    node.entry = entry
  }
  return { phrases, demonyms, phraseWords, maxWords }
}
