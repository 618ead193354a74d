/**
 * The kin an article names by apposition ("my father, Hugo Vale, ran the mill", "her husband,
 * Tomas Brill,", "Ana Ruiz's son, Ed Ruiz,", "my parents, Hugo and Petra Vale,"): a later bare
 * description of the same kin by the same owner ("my father said") is that named person, which
 * `Coreference` decides from the owner. Read outside quotations only: a "my" inside one is the
 * speaker's, not the writer's.
 */
import { brillLexicon, elderKin, siblingKin, spouseKin, youngerKin } from '@newsroom/lexicon'
import { isGivenName, parsePersonName, personGender } from '@newsroom/names'
import type { ArticleModel, Position } from './model.js'

/** Who owns a kin description: a possessive determiner, or a name before `'s`. */
export type KinOwner = { pronoun: KinPronoun } | { name: string }

/** The possessive determiners a kin description may open with (`their` leaves the owner open). */
export type KinPronoun = 'my' | 'our' | 'his' | 'her'

/** A kin relation the article names: whose, which kin word, the name, where the owner stands. */
export interface KinApposition {
  position: Position
  owner: KinOwner
  kin: string
  name: string
}

/**
 * Kin words that name one person ("father", "wife"; not "parents", "sons"): Brill's lexicon
 * tells the plural nouns of the kin lists apart.
 */
export const singleKin: ReadonlySet<string> = new Set(
  [...elderKin, ...youngerKin, ...spouseKin, ...siblingKin].filter(
    (word) => brillLexicon().get(word)?.[0] !== 'NNS',
  ),
)

/** A name of two to four capitalized words whose first is a given name ("Hugo Vale"). */
const nameRun = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`
/** What may close an apposition: a comma, a full stop, a semicolon or a relative clause. */
const closing = String.raw`(?=\s*[,.;]|\s+(?:who|whose)\b)`
/** "my father, Hugo Vale," and "Ana Ruiz's husband, Tomas Brill,". */
const kinApposition = new RegExp(
  String.raw`(?<![\p{L}'’])(?:([Mm]y|[Oo]ur|[Hh]is|[Hh]er)|((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s)\s+(\p{Ll}+),\s+(${nameRun})${closing}`,
  'gu',
)
/** "my parents, Hugo and Petra Vale,": two given names and the family name they share. */
const parentsApposition = new RegExp(
  String.raw`(?<![\p{L}'’])([Mm]y|[Oo]ur|[Hh]is|[Hh]er)\s+parents,\s+(\p{Lu}[\p{L}'’-]+)\s+and\s+(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)${closing}`,
  'gu',
)

/** Whether an offset of a paragraph is inside one of its quotations. */
function quoted(model: ArticleModel, paragraph: number, offset: number): boolean {
  // Asked only of a kin apposition's place, which few paragraphs hold.
  return model.quotes.some((quote) =>
    quote.segments.some(
      (segment) =>
        segment.paragraph === paragraph && segment.open <= offset && offset < segment.close,
    ),
  )
}

/** Whether a name opens with a given name, so that it names a person. */
function personName(name: string): boolean {
  return isGivenName(name.split(/\s+/)[0] ?? '')
}

/** The kin appositions of an article outside its quotations, in text order. */
export function kinAppositions(model: ArticleModel): KinApposition[] {
  const found: KinApposition[] = []
  for (const [paragraph, { text }] of model.paragraphs.entries()) {
    for (const match of text.matchAll(kinApposition)) {
      const [, pronoun, ownerName, kin = '', name = ''] = match
      if (!singleKin.has(kin) || !personName(name) || quoted(model, paragraph, match.index))
        continue
      const owner: KinOwner = pronoun
        ? { pronoun: pronoun.toLowerCase() as KinPronoun }
        : { name: ownerName as string }
      found.push({ position: { paragraph, offset: match.index }, owner, kin, name })
    }
    for (const match of text.matchAll(parentsApposition)) {
      const [, pronoun = '', first = '', second = '', family = ''] = match
      if (quoted(model, paragraph, match.index)) continue
      const firstName = `${first} ${family}`
      const secondName = `${second} ${family}`
      // The pair is split by the given names' genders, only when both are known and differ.
      const firstGender = personGender(parsePersonName(firstName))
      const secondGender = personGender(parsePersonName(secondName))
      if (firstGender === null || secondGender === null || firstGender === secondGender) continue
      const owner: KinOwner = { pronoun: pronoun.toLowerCase() as KinPronoun }
      const position = { paragraph, offset: match.index }
      const father = firstGender === 'male' ? firstName : secondName
      const mother = firstGender === 'male' ? secondName : firstName
      found.push({ position, owner, kin: 'father', name: father })
      found.push({ position, owner, kin: 'mother', name: mother })
    }
  }
  return found
}
