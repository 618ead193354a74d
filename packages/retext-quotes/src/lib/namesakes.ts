/**
 * People of one article who share a family name (a parent and a child, a couple, two
 * unrelated namesakes): which of them a bare family name, or "the younger Vale", means. Only the
 * text's own evidence decides: a generation word matched against what the article says of the
 * family ("Vale's son Ed", "the father of Tom Vale", "Ed Vale Jr."), or the latest mention in
 * the paragraph that names one of them unambiguously. Without it the mention is left unclear.
 */
import {
  collateralKin as collateralKinList,
  elderGenerationWords,
  elderKin,
  youngerGenerationWords,
  youngerKin,
} from '@newsroom/lexicon'
import {
  foldName,
  isGivenName,
  isHonorific,
  type NameGender,
  type PersonName,
  titleGender,
} from '@newsroom/names'
import { withoutPossessiveEnding } from './possessive.js'

/** Which generation of a family a word places someone in. */
export type Generation = 'younger' | 'elder'

const generationWords = new Map<string, Generation>([
  ...youngerGenerationWords.map((word) => [word, 'younger'] as const),
  ...elderGenerationWords.map((word) => [word, 'elder'] as const),
])

/** The generation a kin word gives the relative it names ("son" → younger). */
const kinGenerations = new Map<string, Generation>([
  ...youngerKin.map((word) => [word, 'younger'] as const),
  ...elderKin.map((word) => [word, 'elder'] as const),
])

/**
 * The generation words as a sentence may write them: lowercase, or capitalized to open it. Only
 * the word's case may vary: a case-insensitive pattern would let `\p{Lu}` match the lowercase
 * "senior Kellin managers" and read it as "the elder Kellin".
 */
const generationAlternation = [...generationWords.keys()]
  .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)])
  .join('|')
const kinAlternation = [...kinGenerations.keys()].join('|')
/**
 * A kin word as a word of its own, lowercase: every kin-word pattern of `namesakeGenerations`
 * matches one, so a text without one is passed over by one scan instead of four per person.
 */
const kinWord = new RegExp(`\\b(?:${kinAlternation})\\b`, 'u')

/**
 * Kin of a sibling's line: a nephew, niece, uncle or aunt sharing the family name leaves open
 * which of the namesakes is the other's parent, so it orders no pair of them (`ordering`).
 */
const collateralKin = new Set(collateralKinList)

/**
 * A generational suffix set off by commas after a name ("Tom Vale, Jr., runs it"): the name
 * parser ends the name at the comma, so the suffix is read from the text (`namesakeGenerations`).
 */
const commaSuffix = /,\s(?:Jr|Sr)\.?,/u

/** "the younger Vale" as a mention on its own. */
const generationPhrase = new RegExp(
  `^[Tt]he\\s+(${generationAlternation})\\s+(\\p{Lu}[\\p{L}'’-]*)$`,
  'u',
)
/**
 * "the" and a generation word just before a name. Without "the" the word is more often an
 * adjective of something else ("two senior Kellin managers").
 */
const generationEnding = new RegExp(`(?:^|\\s)[Tt]he\\s+(${generationAlternation})\\s+$`, 'u')
/**
 * Every "the younger Vale" of a text: "the", the word, then the family name. "the" is matched,
 * not looked behind for: a look-behind ending in `\s+` is tried at every place of a run of
 * spaces and walks back over the run each time, quadratic in its length.
 */
const generationMentions = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(${generationAlternation})\\s+(\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
)

/** A family name mention that may stand for one of several namesakes, and its generation word. */
export interface FamilyNameMention {
  surname: string
  generation: Generation | null
  /**
   * Present when a courtesy title opens it ("Mr. Vale", "Dr. Vale"), with the gender that
   * title gives (null: none).
   */
  title?: { gender: NameGender | null }
}

/** "Vale Jr.", "Vale, Sr.": a family name and a generational suffix, its point optional. */
const suffixedName = /^(\p{Lu}\p{Ll}[\p{L}'’-]*),?\s+(Jr|Sr)\.?$/u

/** "Mr. Vale", "Ms Vale's": a courtesy title, then one capitalized word. */
const titledName = /^(\p{Lu}[\p{L}]*)\.?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u

/**
 * Read a mention as a bare family name ("Vale", "Vale's"), a generation description ("the
 * elder Vale", "Vale Jr.") or a family name after a courtesy title ("Mr. Vale"), with the generation word
 * written just before it (`textBefore`: the end of its paragraph before it; its last 16
 * characters are read); null for anything else. `titled` says whether a titled one is read
 * at all (else it is null): asked only of a mention of several words of no generation.
 */
export function familyNameMention(
  mention: string,
  textBefore: string,
  { titled = readsTitles }: { titled?: () => boolean } = {},
): FamilyNameMention | null {
  // The three shapes of several words each need a space (`\s+`): a one-word mention, most of
  // those asked ("Vale said"), is read as a bare family name at once.
  if (anySpace.test(mention)) {
    const several = severalWordFamilyNameMention(mention, titled)
    if (several !== undefined) return several
  }
  // One capitalized word, not an acronym ("NATO"): a capital, then a lowercase letter.
  if (!oneFamilyName.test(mention)) return null
  const before = generationEnding.exec(textBefore.slice(-16))
  return {
    surname: withoutPossessiveEnding(mention),
    generation: before ? (generationWords.get((before[1] as string).toLowerCase()) ?? null) : null,
  }
}

const readsTitles = (): boolean => true
const anySpace = /\s/u
const oneFamilyName = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u

/**
 * A mention of several words read as a generation description ("the elder Vale", "Vale Jr.")
 * or a titled family name ("Mr. Vale"); null when a title is no courtesy title, or when it is
 * no generation description and titles are not read (`titled`); undefined when it has none of
 * these shapes.
 */
function severalWordFamilyNameMention(
  mention: string,
  titled: () => boolean,
): FamilyNameMention | null | undefined {
  const described = generationPhrase.exec(mention)
  if (described)
    return {
      surname: withoutPossessiveEnding(described[2] as string),
      generation: generationWords.get((described[1] as string).toLowerCase()) ?? null,
    }
  const suffixed = suffixedName.exec(mention)
  if (suffixed)
    return {
      surname: suffixed[1] as string,
      generation: suffixed[2] === 'Jr' ? 'younger' : 'elder',
    }
  // No shape of one word has a space: nothing of several is read as one.
  if (!titled()) return null
  const title = titledName.exec(mention)
  if (title) {
    const word = title[1] as string
    // "Don Vale" is a given name, not the Spanish courtesy title.
    return isHonorific(word) && !isGivenName(word)
      ? {
          surname: withoutPossessiveEnding(title[2] as string),
          generation: null,
          title: { gender: titleGender(word) },
        }
      : null
  }
  return undefined
}

/** A "the younger Vale" of a text: where it starts, its generation, its family name folded. */
export interface GenerationMention {
  offset: number
  generation: Generation
  folded: string
}

/**
 * Every "the younger Vale" of a text, whatever the family name, in text order: read once per
 * paragraph, then indexed by family name (`Coreference.generationsOfFamily`), instead of a scan
 * of the paragraph for each family.
 */
export function generationMentionsIn(text: string): GenerationMention[] {
  const found: GenerationMention[] = []
  generationMentions.lastIndex = 0
  for (let match = generationMentions.exec(text); match; match = generationMentions.exec(text)) {
    const word = match[1] as string
    // The word comes after "the" and spaces, which cannot hold it.
    const start = match.index + match[0].indexOf(word, 3)
    // Go on from the generation word: the family name may be the "The" of the next one.
    generationMentions.lastIndex = start + word.length
    const generation = generationWords.get(word.toLowerCase())
    if (generation)
      found.push({
        offset: start,
        generation,
        folded: foldName(withoutPossessiveEnding(match[2] as string)),
      })
  }
  return found
}

/** A letter, read at a place (sticky). */
const letterAt = /\p{L}/uy
/** A letter ending a string. */
const letterEnding = /\p{L}$/u

/** Whether the character (code point) at `offset` of a text is a letter. */
function letterStartsAt(text: string, offset: number): boolean {
  letterAt.lastIndex = offset
  return letterAt.test(text)
}

/** Whether the character (code point) just before `offset` of a text is a letter. */
function letterEndsAt(text: string, offset: number): boolean {
  // Two code units hold a surrogate pair; a lone low surrogate is no letter, as in a pattern.
  return offset > 0 && letterEnding.test(text.slice(Math.max(0, offset - 2), offset))
}

/**
 * Whether a text holds a family name as a word of its own ("Vale", "Vale’s", not "Valentin"):
 * what `(?<!\p{L})Vale(?!\p{L})` finds, read with `indexOf` and two letter tests. A pattern
 * made for each family name would be compiled anew for each (a tenth of a millisecond or more:
 * more than reading every paragraph with it).
 */
export function hasFamilyName(text: string, surname: string): boolean {
  for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1))
    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + surname.length)) return true
  return false
}

/** The other generation of two. */
export const otherGeneration: Readonly<Record<Generation, Generation>> = {
  younger: 'elder',
  elder: 'younger',
}

// The kin-word patterns of `namesakeGenerations` less the name they hold, each made once: a
// pattern made for each person (the name written into it) is compiled anew for each, at a tenth
// of a millisecond or more per pattern, far more than running it. The name is read in the text
// with `startsWith` where the pattern would have matched it; see `kinMatches` for how each
// person's pattern is read from these.

/** "son, " before the name (the kin word, an optional comma, spaces), at any place. */
const kinBefore = new RegExp(`\\b(${kinAlternation}),?\\s+`, 'gu')
/** "son of " and up to four lowercase words before the name, at any place. */
const kinOfBefore = new RegExp(`\\b(${kinAlternation})\\s+of\\s+`, 'gu')
/** One lowercase word and its spaces, at a place (`(?:[\p{Ll}-]+\s+){0,4}` one at a time). */
const lowercaseWordAt = /[\p{Ll}-]+\s+/uy
/** ", the son of" after the name, at a place. */
const kinOfAfter = new RegExp(
  `,\\s+(?:(?:the|his|her|their)\\s+)?(?:\\p{Ll}+\\s+)?(${kinAlternation})\\s+of\\b`,
  'uy',
)
/** "'s son" after the name, at a place. */
const possessiveKinAfter = new RegExp(`['’]s?\\s+(${kinAlternation})\\b`, 'uy')
/** A letter or an apostrophe, at a place: what may not follow a name after a kin word. */
const letterOrApostropheAt = /[\p{L}'’]/uy

function startsWithAt(pattern: RegExp, text: string, offset: number): boolean {
  pattern.lastIndex = offset
  return pattern.test(text)
}

/**
 * The end of `name` written at `offset` of a text when no character in `refused` (a sticky
 * pattern) follows it; -1 otherwise.
 */
function nameEnd(text: string, name: string, offset: number, refused: RegExp): number {
  if (!text.startsWith(name, offset)) return -1
  const end = offset + name.length
  return startsWithAt(refused, text, end) ? -1 : end
}

/**
 * The kin words (as written) of one person's four kin-word patterns in a text, each
 * with whether it is `reversed` (what the name is to someone else), in the order the patterns
 * and their matches (as `matchAll` finds them, none overlapping) come:
 * 1. `\b(kin),?\s+(?:full|given)(?![\p{L}'’])` ("Vale's son Ed", "his father, Tom Vale");
 * 2. `(?<!\p{L})full,\s+(?:(?:the|his|her|their)\s+)?(?:\p{Ll}+\s+)?(kin)\s+of\b` ("Tom Vale, the son of");
 * 3. `(?<!\p{L})(?:full|given)['’]s?\s+(kin)\b` ("Tom Vale's son"), reversed;
 * 4. `\b(kin)\s+of\s+(?:[\p{Ll}-]+\s+){0,4}full(?![\p{L}])` ("the son of publisher Tom Vale"),
 *    reversed.
 * `given` is null when the name is not written by its given name alone. A name never starts
 * with a space, so the spaces before it are read whole, as the patterns' greedy runs read them;
 * the lowercase words before the name in pattern 4 are tried from the most to none, as that
 * pattern backtracks.
 */
function kinMatches(
  text: string,
  full: string,
  given: string | null,
  found: (kin: string, reversed: boolean) => void,
): void {
  // 1. The kin word, then the name in full or by its given name.
  kinBefore.lastIndex = 0
  for (let match = kinBefore.exec(text); match !== null; match = kinBefore.exec(text)) {
    const after = match.index + match[0].length
    let end = nameEnd(text, full, after, letterOrApostropheAt)
    if (end === -1 && given !== null) end = nameEnd(text, given, after, letterOrApostropheAt)
    if (end === -1) {
      kinBefore.lastIndex = match.index + 1
      continue
    }
    found(match[1] as string, false)
    kinBefore.lastIndex = end
  }
  // 2. The name in full, then ", the son of".
  for (let at = text.indexOf(full); at !== -1; ) {
    kinOfAfter.lastIndex = at + full.length
    const match = letterEndsAt(text, at) ? null : kinOfAfter.exec(text)
    if (match === null) {
      at = text.indexOf(full, at + 1)
      continue
    }
    found(match[1] as string, false)
    at = text.indexOf(full, kinOfAfter.lastIndex)
  }
  // 3. The name in full or by its given name, then "'s son".
  for (let at = nextName(text, full, given, 0); at !== -1; ) {
    let match: RegExpExecArray | null = null
    // A name read inside a longer word ("Tom" of "Atom's son") is no name.
    const wholeWord = !letterEndsAt(text, at)
    if (wholeWord && text.startsWith(full, at)) {
      possessiveKinAfter.lastIndex = at + full.length
      match = possessiveKinAfter.exec(text)
    }
    if (match === null && wholeWord && given !== null && text.startsWith(given, at)) {
      possessiveKinAfter.lastIndex = at + given.length
      match = possessiveKinAfter.exec(text)
    }
    if (match === null) {
      at = nextName(text, full, given, at + 1)
      continue
    }
    found(match[1] as string, true)
    at = nextName(text, full, given, possessiveKinAfter.lastIndex)
  }
  // 4. "son of", up to four lowercase words, then the name in full.
  kinOfBefore.lastIndex = 0
  for (let match = kinOfBefore.exec(text); match !== null; match = kinOfBefore.exec(text)) {
    const places = [match.index + match[0].length]
    lowercaseWordAt.lastIndex = places[0] as number
    while (places.length < 5 && lowercaseWordAt.test(text)) places.push(lowercaseWordAt.lastIndex)
    let end = -1
    for (let at = places.length - 1; at >= 0 && end === -1; at--)
      end = nameEnd(text, full, places[at] as number, letterAt)
    if (end === -1) {
      kinOfBefore.lastIndex = match.index + 1
      continue
    }
    found(match[1] as string, true)
    kinOfBefore.lastIndex = end
  }
}

/** The first place from `from` where a text holds `full` or `given` (when given); -1: none. */
function nextName(text: string, full: string, given: string | null, from: number): number {
  const byFull = text.indexOf(full, from)
  if (given === null) return byFull
  const byGiven = text.indexOf(given, from)
  if (byFull === -1) return byGiven
  return byGiven === -1 ? byFull : Math.min(byFull, byGiven)
}

/**
 * Runs of letters opening with a capital, whole (no letter before them): the words a text is
 * indexed by. A name is mostly such words, and one of them is enough to find the texts that may
 * hold it; the lowercase words, most of a text's, are left out of the index.
 */
const capitalizedRuns = /(?<!\p{L})\p{Lu}\p{L}*/gu

/**
 * The texts holding a kin word (every kin-word pattern of `namesakeGenerations` needs one) or a
 * generational suffix in commas (`commaSuffix`), each tested once for all people, and indexed by
 * the capitalized words (`capitalizedRuns`) they hold: each person reads only the texts holding
 * their name, instead of every text for every person.
 */
export class KinWordTexts {
  readonly texts: readonly string[]
  private readonly textsByWord = new Map<string, number[]>()

  constructor(texts: readonly string[]) {
    this.texts = texts.filter((text) => kinWord.test(text) || commaSuffix.test(text))
    for (const [at, text] of this.texts.entries())
      for (const [word] of text.matchAll(capitalizedRuns)) {
        const list = this.textsByWord.get(word)
        if (!list) this.textsByWord.set(word, [at])
        else if (list.at(-1) !== at) list.push(at)
      }
  }

  /**
   * The texts, in order, that may hold any of some names where a kin-word pattern reads it: the
   * patterns read a name only with no letter on either side, so a text holding it holds each of
   * its capitalized runs whole, and the texts of its rarest one are enough. (More texts than
   * those holding a name change nothing: a pattern finds nothing in a text without the name.)
   */
  mayName(names: ReadonlyArray<string | null>): string[] {
    const lists: Array<readonly number[]> = []
    for (const name of names) {
      if (name === null) continue
      let rarest: readonly number[] | null = null
      for (const [word] of name.matchAll(capitalizedRuns)) {
        const list = this.textsByWord.get(word) ?? []
        if (rarest === null || list.length < rarest.length) rarest = list
      }
      // A name without a capitalized word ("de la cruz") is in no index: every text may hold it.
      if (rarest === null) return [...this.texts]
      lists.push(rarest)
    }
    const indexes = lists.length === 1 ? (lists[0] as readonly number[]) : mergeSorted(lists)
    return indexes.map((at) => this.texts[at] as string)
  }
}

/** The distinct numbers of a few sorted lists, sorted. */
function mergeSorted(lists: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

/**
 * The generation the article gives each of several namesakes: a generational suffix ("Jr.",
 * "Sr."), or a kin word next to their name: "Vale's son Ed" and "his father, Tom Vale" say who
 * the named person is, "Tom Vale's son" and "the son of Tom Vale" what they are to someone
 * younger. A person given both generations, or none, gets none. `kinWords`: the article's
 * paragraphs holding a kin word, indexed once for all families. `ordering`: only the kin that
 * says which of two namesakes is the other's elder counts (no `collateralKin`).
 */
export function namesakeGenerations(
  people: readonly PersonName[],
  kinWords: KinWordTexts,
  { ordering = false }: { ordering?: boolean } = {},
): Array<Generation | null> {
  return people.map((person) => {
    const said = new Set<Generation>()
    const suffix = person.suffix?.toLowerCase().replace(/\.$/u, '') ?? null
    if (suffix === 'jr' || suffix === 'ii' || suffix === 'iii' || suffix === 'iv')
      said.add('younger')
    if (suffix === 'sr') said.add('elder')
    const given = person.surnameFirst ? null : person.given[0]
    const plain = person.name.replace(/\s+(?:Jr|Sr)\.?$/u, '')
    const byGiven = given !== undefined && given !== null && given.length > 1 ? given : null
    // Every pattern also needs the name in full or its given name written as it is: the texts
    // without it are passed over before any is run.
    for (const text of kinWords.mayName([plain, byGiven])) {
      if (!text.includes(plain) && (byGiven === null || !text.includes(byGiven))) continue
      const suffixed = suffixInCommas(text, plain)
      if (suffixed) said.add(suffixed)
      kinMatches(text, plain, byGiven, (kin, reversed) => {
        // Kin words are lowercase: "Son" opening a name is no kin word.
        if (kin !== kin.toLowerCase()) return
        if (ordering && collateralKin.has(kin)) return
        const generation = kinGenerations.get(kin)
        if (generation) said.add(reversed ? otherGeneration[generation] : generation)
      })
    }
    return generationOf(said)
  })
}

/**
 * The generation a suffix in commas right after a full name gives its person ("Tom Vale, Jr.,"),
 * at its first such place; null when there is none. The name must stand whole: "Ann Vale" is
 * not read inside "Joann Vale, Jr.,".
 */
function suffixInCommas(text: string, full: string): Generation | null {
  for (let at = text.indexOf(full); at !== -1; at = text.indexOf(full, at + 1)) {
    if (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) continue
    const suffix = /^,\s(Jr|Sr)\.?,/u.exec(text.slice(at + full.length, at + full.length + 6))
    if (suffix) return suffix[1] === 'Jr' ? 'younger' : 'elder'
  }
  return null
}

/** The one generation said of a person; none when several or none were. */
function generationOf(said: ReadonlySet<Generation>): Generation | null {
  return said.size === 1 ? ([...said][0] as Generation) : null
}

/**
 * Of several namesakes, the one a generation word means: the one the article gives that
 * generation, or, of two, the other one when the article gives one the other generation.
 */
export function namesakeOfGeneration(
  generations: ReadonlyArray<Generation | null>,
  generation: Generation,
): number {
  const matching = generations.flatMap((given, at) => (given === generation ? [at] : []))
  if (matching.length === 1) return matching[0] as number
  if (matching.length > 1 || generations.length !== 2) return -1
  const other = generations.indexOf(otherGeneration[generation])
  return other === -1 ? -1 : 1 - other
}
