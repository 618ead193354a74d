/**
 * People of one article who share a family name (a parent and a child, a couple, two
 * unrelated namesakes): which of them a bare family name, or "the younger Vale", means. Only the
 * text's own evidence decides: a generation word matched against what the article says of the
 * family ("Vale's son Ed", "the father of Tom Vale", "Ed Vale Jr."), or the latest mention in
 * the paragraph that names one of them unambiguously. Without it the mention is left unclear.
 */
import {
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
import escapeRegExp from 'escape-string-regexp'

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

/** "Mr. Vale", "Ms Vale's": a courtesy title, then one capitalized word. */
const titledName = /^(\p{Lu}[\p{L}]*)\.?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u

/**
 * Read a mention as a bare family name ("Vale", "Vale's"), a generation description ("the
 * elder Vale") or a family name after a courtesy title ("Mr. Vale"), with the generation word
 * written just before it (`textBefore`: the end of its paragraph before it; its last 16
 * characters are read); null for anything else.
 */
export function familyNameMention(mention: string, textBefore: string): FamilyNameMention | null {
  const described = generationPhrase.exec(mention)
  if (described)
    return {
      surname: withoutPossessive(described[2] as string),
      generation: generationWords.get((described[1] as string).toLowerCase()) ?? null,
    }
  const titled = titledName.exec(mention)
  if (titled) {
    const title = titled[1] as string
    // "Don Vale" is a given name, not the Spanish courtesy title.
    return isHonorific(title) && !isGivenName(title)
      ? {
          surname: withoutPossessive(titled[2] as string),
          generation: null,
          title: { gender: titleGender(title) },
        }
      : null
  }
  // One capitalized word, not an acronym ("NATO"): a capital, then a lowercase letter.
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(mention)) return null
  const before = generationEnding.exec(textBefore.slice(-16))
  return {
    surname: withoutPossessive(mention),
    generation: before ? (generationWords.get((before[1] as string).toLowerCase()) ?? null) : null,
  }
}

/** A "the younger Vale" of a text: where it starts, its generation, its family name folded. */
export interface GenerationMention {
  offset: number
  generation: Generation
  folded: string
}

/**
 * Every "the younger Vale" of a text, whatever the family name, in text order: read once per
 * paragraph, then asked of each family (`generationMentionsNamed`), instead of a scan of the
 * paragraph for each family.
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
        folded: foldName(withoutPossessive(match[2] as string)),
      })
  }
  return found
}

/** Of the generation mentions of a text, those of one family name, in text order. */
export function generationMentionsNamed(
  mentions: readonly GenerationMention[],
  surname: string,
): Array<{ offset: number; generation: Generation }> {
  if (mentions.length === 0) return []
  const folded = foldName(surname)
  return mentions
    .filter((mention) => mention.folded === folded)
    .map(({ offset, generation }) => ({ offset, generation }))
}

/**
 * A pattern finding a family name as a word of its own ("Vale", "Vale’s", not "Valentin"): made
 * once per family and tested on each paragraph.
 */
export function familyNamePattern(surname: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u')
}

/** A word without its possessive ending ("Vale’s", "Vales'" → "Vale", "Vales"). */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '')
}

const opposite: Readonly<Record<Generation, Generation>> = { younger: 'elder', elder: 'younger' }

/**
 * The generation the article gives each of several namesakes: a generational suffix ("Jr.",
 * "Sr."), or a kin word next to their name: "Vale's son Ed" and "his father, Tom Vale" say who
 * the named person is, "Tom Vale's son" and "the son of Tom Vale" what they are to someone
 * younger. A person given both generations, or none, gets none.
 */
export function namesakeGenerations(
  people: readonly PersonName[],
  texts: readonly string[],
): Array<Generation | null> {
  // Every kin-word pattern below needs a kin word: the texts without one are set aside once for
  // every person, not tested again per person.
  const withKinWord = texts.filter((text) => kinWord.test(text))
  return people.map((person) => {
    const said = new Set<Generation>()
    const suffix = person.suffix?.toLowerCase().replace(/\.$/u, '') ?? null
    if (suffix === 'jr' || suffix === 'ii' || suffix === 'iii' || suffix === 'iv')
      said.add('younger')
    if (suffix === 'sr') said.add('elder')
    const given = person.surnameFirst ? null : person.given[0]
    const plain = person.name.replace(/\s+(?:Jr|Sr)\.?$/u, '')
    const byGiven = given !== undefined && given !== null && given.length > 1
    // Every pattern below also needs the name in full or its given name written as it is: the
    // texts without it are passed over before any pattern is made or run.
    const naming = withKinWord.filter(
      (text) => text.includes(plain) || (byGiven && text.includes(given as string)),
    )
    if (naming.length === 0) return generationOf(said)
    const full = escapeRegExp(plain)
    // The name as written after a kin word: in full, or by the given name alone.
    const written = byGiven ? `(?:${full}|${escapeRegExp(given as string)})` : full
    // Case-sensitive: kin words are lowercase nouns, and `\p{Ll}` must not match a capital.
    const patterns: Array<[RegExp, boolean]> = [
      // "Vale's son Ed", "his father, Tom Vale": the kin word says who the name is.
      [new RegExp(`\\b(${kinAlternation}),?\\s+${written}(?![\\p{L}'’])`, 'gu'), false],
      // "Tom Vale, the son of…": likewise, after the name.
      [
        new RegExp(
          `${full},\\s+(?:(?:the|his|her|their)\\s+)?(?:\\p{Ll}+\\s+)?(${kinAlternation})\\s+of\\b`,
          'gu',
        ),
        false,
      ],
      // "Tom Vale's son", "the son of publisher Tom Vale": what the name is to someone else.
      [new RegExp(`${written}['’]s?\\s+(${kinAlternation})\\b`, 'gu'), true],
      [
        new RegExp(
          `\\b(${kinAlternation})\\s+of\\s+(?:[\\p{Ll}-]+\\s+){0,4}${full}(?![\\p{L}])`,
          'gu',
        ),
        true,
      ],
    ]
    for (const text of naming)
      for (const [pattern, reversed] of patterns)
        for (const match of text.matchAll(pattern)) {
          // Kin words are lowercase: "Son" opening a name is no kin word.
          if ((match[1] as string) !== (match[1] as string).toLowerCase()) continue
          const generation = kinGenerations.get(match[1] as string)
          if (generation) said.add(reversed ? opposite[generation] : generation)
        }
    return generationOf(said)
  })
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
  const other = generations.indexOf(opposite[generation])
  return other === -1 ? -1 : 1 - other
}
