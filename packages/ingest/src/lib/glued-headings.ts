import {
  articles,
  brillLexicon,
  calendarWords,
  collectiveNouns,
  coordinators,
  demonstratives,
  determiners,
  interrogatives,
  numberWords,
  organizationHeads,
  peopleNouns,
  prepositions,
  relativePronouns,
  roleHeads,
  roleModifiers,
  speechVerbs,
  subordinators,
  timeNouns,
} from '@newsroom/lexicon'
import { type Line, type Segment, sliceLine, splitParagraphs } from './draft.js'
import { bare } from './normalize.js'
import {
  minLongParagraphWords,
  type ParagraphReader,
  segmentSlicer,
  sentenceStarts,
} from './paragraph-reader.js'

/**
 * Some sites export a story as one long paragraph, with its subheadings glued between two
 * sentences: `… for the harbour." 'Storms are getting worse' Vale believes …` or
 * `… the vote," he said. Council finances Mayor Ana Ruiz …`. Read as body text, a quoted
 * subheading becomes a quotation credited to someone nearby, and an unquoted one a role of the
 * name after it. This stage finds such subheadings in long paragraphs of plain text and splits the
 * paragraph around them, so they become heading blocks like those on a line of their own.
 *
 * Three shapes are recognized, each right after a sentence end and before a capitalized sentence
 * start:
 * - a quoted fragment (at most `maxQuotedWords` words, no punctuation inside) that no speech verb
 *   follows: a quotation stands after its cue or before one, never alone;
 * - a short phrase with no verb of its own, no punctuation, not ending in a function word, a
 *   role word or a calendar word, whose last word is lowercase (a sentence starts after it, not a
 *   name going on), or is a name linked to the phrase by a preposition before a word no name
 *   goes on into (`… the vote. Trade with Alderia In May the port …`);
 * - a name of two or three words that the sentence after it repeats (`… in 1960. Ana Ruiz Ana
 *   Ruiz moved to the port …`): a section about a person, headed with their name.
 */

/**
 * A paragraph shorter than this is not paragraph-less text; subheadings there are on their own
 * line. The bound of `paragraphReader`, through which this stage reads paragraphs.
 */
export const minGluedParagraphWords = minLongParagraphWords
const maxHeadingWords = 7
const maxQuotedWords = 10
const maxQuotedLength = 80

/** The word's tags, likeliest first; none for a word the lexicon does not know. */
function tagsOf(word: string): readonly string[] {
  const lexicon = brillLexicon()
  // An acronym is a name, not its lowercase word ("US" is not "us").
  if (/^\p{Lu}{2,}$/u.test(word)) return ['NNP']
  return lexicon.get(word) ?? lexicon.get(word.toLowerCase()) ?? []
}

/** The likeliest tag: a number is `CD`, an unknown lowercase word is a noun, an unknown capitalized one a name. */
function likeliestTag(word: string): string {
  if (/^\p{N}/u.test(word)) return 'CD'
  const known = tagsOf(word)[0]
  if (known !== undefined) return known
  if (startsCapitalized(word)) return 'NNP'
  // An unknown word (often a hyphenated compound) by its ending: "union-backed", "cheekily".
  const ending = word.split('-').at(-1) ?? word
  if (/ed$/.test(ending)) return 'VBN'
  if (/ly$/.test(ending)) return 'RB'
  if (/(ive|ous|ful|able|ible|al|ic|less)$/.test(ending)) return 'JJ'
  return 'NN'
}

/** Likeliest tags of the words a subheading is made of: nouns, adjectives, numbers. */
const contentTag = /^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD|FW)$/
/** Tags a subheading may hold between its content words: "Bans on imported fish". */
const linkingTag = /^(IN|DT|CC|TO|POS|PRP\$)$/

const set = (...lists: ReadonlyArray<readonly string[]>) =>
  new Set(lists.flat().map((word) => word.toLowerCase()))
/** Words a subheading does not start with: they open a clause or a sentence adverbial. */
const badFirstWords = set(
  prepositions,
  subordinators,
  coordinators,
  demonstratives,
  relativePronouns,
  interrogatives,
)
/**
 * Words a subheading does not end with: a phrase going on ("the", "of", "former"), a time
 * ("last year"), or a noun that describes the name after it ("the rights group Open Door").
 */
const badLastWords = set(
  prepositions,
  coordinators,
  determiners,
  roleHeads,
  roleModifiers,
  peopleNouns,
  collectiveNouns,
  organizationHeads,
  calendarWords,
  timeNouns,
)
const articleSet = set(articles)
/** Words that link a name to the words before it in a subheading: "Position on China". */
const linkingWordSet = set(prepositions, coordinators)
const numberWordSet = set(numberWords)
/** Likeliest tags of a word that opens a sentence but cannot continue the phrase before it. */
const openingTag = /^(DT|PDT|IN|PRP|PRP\$|WRB|WP|WDT|CC|EX|RB|RBR|JJ|JJR|JJS|TO)$/
const speechVerbSet = new Set(speechVerbs)

const quoteOpeners = '\'‘"“'
const quoteClosers = '\'’"”'

export interface GluedHeading {
  /** Offsets of the heading in the paragraph's text (quotation marks included). */
  start: number
  end: number
  /** The heading's words, without wrapping quotation marks. */
  text: string
}

const wordPattern = /\S+/g

interface Word {
  text: string
  start: number
  end: number
}

function wordsFrom(text: string, from: number, limit: number): Word[] {
  const words: Word[] = []
  wordPattern.lastIndex = from
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length })
    if (words.length >= limit) break
  }
  return words
}

const startsCapitalized = (word: string) => /^\p{Lu}/u.test(word)
/** A sentence starts with a capital or an opening quotation mark and a capital. */
const startsSentence = (word: string) => /^['‘"“]?\p{Lu}/u.test(word)

/** Whether the first few capitalized words after `from` are followed by a speech verb. */
function speechFollows(text: string, from: number): boolean {
  const words = wordsFrom(text, from, 5)
  for (const word of words) {
    const plain = bare(word.text).toLowerCase()
    if (speechVerbSet.has(plain)) return true
    if (!startsCapitalized(word.text) || /[,;:]$/.test(word.text)) return false
  }
  return false
}

/** A quoted fragment standing alone between two sentences, at `start`. */
function quotedHeading(text: string, start: number): GluedHeading | undefined {
  const opener = text[start]
  if (opener === undefined || !quoteOpeners.includes(opener)) return undefined
  const closeAt = findCloser(text, start + 1)
  if (closeAt === undefined) return undefined
  const inner = text.slice(start + 1, closeAt)
  const words = inner.split(/\s+/).filter(Boolean)
  if (
    inner.trim() !== inner ||
    words.length === 0 ||
    words.length > maxQuotedWords ||
    !startsCapitalized(inner) ||
    /[.!?,;:…]/.test(inner)
  ) {
    return undefined
  }
  const after = closeAt + 1
  const next = wordsFrom(text, after, 1)[0]
  if (next === undefined || !/^\s+$/.test(text.slice(after, next.start))) return undefined
  if (!startsSentence(next.text) || speechFollows(text, after)) return undefined
  return { start, end: after, text: inner }
}

function findCloser(text: string, from: number): number | undefined {
  const limit = Math.min(text.length, from + maxQuotedLength)
  for (let index = from; index < limit; index++) {
    const character = text[index] as string
    if (quoteClosers.includes(character)) {
      // An apostrophe inside a word ("Taliban's") closes nothing.
      const nextCharacter = text[index + 1]
      if (character !== '"' && character !== '”' && nextCharacter && /\p{L}/u.test(nextCharacter))
        continue
      return index
    }
    if (quoteOpeners.includes(character) && character !== "'" && character !== '’') return undefined
  }
  return undefined
}

/**
 * Whether the quotation opening at `start` reads as a quoted sentence (at least five words), not
 * a quoted title or name that goes on the phrase before it ("the anthem "Get Up Now"").
 */
function opensQuotedSentence(text: string, start: number): boolean {
  const words = wordsFrom(text, start, 5)
  if (words.length < 5) return false
  // A quoted title closes within its first words and capitalizes each of them.
  for (const word of words) {
    if (!startsCapitalized(bare(word.text))) return true
    if (/['’"”]$/.test(word.text)) return false
  }
  return true
}

/** A plural noun's singular, roughly: enough to find "fishermen" and "officials" in a word list. */
function singular(word: string): string {
  return word.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/s$/, '')
}

/** A word of a phrase: letters and digits, with hyphens, ampersands and apostrophes inside. */
const phraseWord = /^[\p{L}\p{N}][\p{L}\p{N}&'’-]*$/u
/** Punctuation other than hyphens, ampersands and an apostrophe inside a word means a clause. */
const isPhraseWord = (word: Word) => phraseWord.test(word.text)

/** An initial ("A.", "J."): the middle of a name, not a word opening a sentence. */
const isInitial = (word: Word) => /^\p{Lu}\.$/u.test(word.text)

/**
 * Whether the capitalized last words of `words` are a name that a preposition or conjunction
 * links to the subheading before it ("Trade with Alderia", "Ties to South Vale"), before a word
 * that opens a sentence (see `openingTag`, asked by `isHeadingPhrase`) but is no initial of the
 * name going on ("Ties to Ana A. Ruiz"). After a role or another name, a capitalized run is the
 * rest of one name ("spokeswoman Ana Ruiz").
 */
function endsInLinkedName(words: readonly Word[], next: Word): boolean {
  if (isInitial(next)) return false
  let nameStart = words.length
  while (nameStart > 0 && startsCapitalized((words[nameStart - 1] as Word).text)) nameStart--
  const link = words[nameStart - 1]
  return nameStart < words.length && link !== undefined && linkingWordSet.has(link.text)
}

/**
 * Whether `words` (the start of a sentence, before the capitalized word `next`) read as a
 * subheading and not as the start of the sentence. Asked only by `plainHeading`, of words it has
 * checked: the first capitalized and not in `badFirstWords`, each one `isPhraseWord`.
 */
function isHeadingPhrase(text: string, words: readonly Word[], next: Word): boolean {
  const first = words[0]
  const last = words.at(-1)
  if (first === undefined || last === undefined) return false
  // A capitalized last word goes on into the capitalized next one: a name, not a boundary,
  // unless a preposition links it to the subheading and the next word cannot go on a name. A
  // single word must be a common noun the lexicon knows ("Competition"), not a name or a
  // nationality that a sentence goes on from ("Chinese AI models …").
  if (words.length === 1 && !/^NNS?$/.test(tagsOf(first.text)[0] ?? '')) return false
  const linkedName = words.length > 1 && startsCapitalized(last.text)
  if (linkedName && !endsInLinkedName(words, next)) return false
  const plain = words.map((word) => word.text.toLowerCase())
  const lastPlain = plain.at(-1) as string
  if (badLastWords.has(lastPlain) || badLastWords.has(singular(lastPlain))) return false
  if (/['’]s?$/.test(last.text)) return false
  // The sentence after a subheading must open with a word that cannot go on a noun phrase: a
  // determiner, preposition, pronoun, conjunction, adverb, an adjective or a quotation mark.
  // After a noun, a name is as often the rest of one phrase ("the group Open Harbour",
  // "Residents Tomas Brel and …") as the subject of a new sentence, so it does not count.
  if (quoteOpeners.includes(next.text[0] ?? '')) {
    if (!opensQuotedSentence(text, next.start)) return false
  } else if (!openingTag.test(likeliestTag(bare(next.text)))) return false
  if (plain.some((word) => /n['’]t$/.test(word))) return false
  // One capitalized word is as often a first name or a name's first half ("Bin", "Mitt") as a
  // subheading.
  if (words.length === 1) return false
  // "to" before a verb opens an infinitive clause ("Efforts to pool …").
  for (const [index, word] of plain.entries()) {
    const following = words[index + 1]
    if (word === 'to' && following && tagsOf(following.text).includes('VB')) return false
  }
  if (
    words.every(
      (word) => /^CD$/.test(likeliestTag(word.text)) || numberWordSet.has(word.text.toLowerCase()),
    )
  )
    return false
  // "It’s", "That’s": a pronoun with a verb contracted onto it opens a clause.
  for (const word of plain) {
    const stem = /^(.+)['’]\p{L}+$/u.exec(word)?.[1]
    if (stem !== undefined && /^(PRP|DT|WDT|WP|EX|IN)$/.test(likeliestTag(stem))) return false
  }
  // A subheading ends in a noun (or a linked name); an adjective or a number there goes on into
  // the name after it.
  if (!linkedName && !/^NNS?$/.test(likeliestTag(last.text))) return false
  const tags = words.map((word) => likeliestTag(word.text))
  for (const [index, tag] of tags.entries()) {
    if (contentTag.test(tag)) continue
    // A participle used as an adjective after a determiner or preposition ("on advanced chips").
    const before = tags[index - 1] ?? ''
    const word = (words[index] as Word).text
    if (index > 0 && /^VB[DN]$/.test(tag) && /^(DT|IN)$/.test(before)) {
      if (tagsOf(word).includes('JJ')) continue
    }
    if (index === 0 && tag === 'VBG') continue
    if (index > 0 && index < words.length - 1 && linkingTag.test(tag)) continue
    if (index === 0 && articleSet.has(plain[0] as string)) continue
    return false
  }
  return true
}

/** The most words of a name that a subheading may repeat: "Ana Ruiz", "Ana María Ruiz". */
const maxRepeatedNameWords = 3

/**
 * How many words of `words` (read from a sentence start) are a name, two words or more, that the
 * next words repeat before the sentence goes on: a subheading naming the person its section is
 * about, then the section's first sentence naming them again ("Ana Ruiz Ana Ruiz moved to the
 * port in 1960"). No sentence says a name of two words twice in a row; a name going on after the
 * repeat ("New York New York Hotel") is not taken. Zero when there is none.
 */
function repeatedNameLength(words: readonly Word[]): number {
  const first = words[0]
  for (let count = 2; count <= maxRepeatedNameWords; count++) {
    // Most sentence starts differ here: nothing else is asked of them.
    if (first === undefined || words[count]?.text !== first.text) continue
    const name = words.slice(0, count)
    const repeat = words.slice(count, 2 * count)
    if (repeat.length < count) return 0
    if (!name.every((word) => isPhraseWord(word) && startsCapitalized(word.text))) return 0
    const lastRepeated = repeat.at(-1) as Word
    // The repeat may end in a comma or a possessive ("Ana Ruiz, 32," / "Ana Ruiz's father").
    const goesOn = !/[,;:]$|['’]s$/.test(lastRepeated.text)
    const repeated = repeat.every((word, index) => {
      const original = (name[index] as Word).text
      return index < count - 1
        ? word.text === original
        : word.text === original || bare(word.text).replace(/['’]s$/, '') === original
    })
    if (!repeated) continue
    const after = words[2 * count]
    if (goesOn && (after === undefined || startsCapitalized(after.text))) continue
    return count
  }
  return 0
}

/** An unquoted subheading at `start`: the shortest heading phrase a sentence start follows. */
function plainHeading(text: string, start: number): GluedHeading | undefined {
  const words = wordsFrom(text, start, maxHeadingWords + 1)
  // What a heading phrase needs of its first word and of every word does not depend on where the
  // phrase ends: asked once here (and not again by `isHeadingPhrase`), it bounds the phrases
  // worth trying (most sentences fail it within their first words).
  const first = words[0]
  if (first === undefined || !startsCapitalized(first.text)) return undefined
  if (badFirstWords.has(first.text.toLowerCase())) return undefined
  const named = repeatedNameLength(words)
  if (named > 0) {
    const end = (words[named - 1] as Word).end
    return { start, end, text: text.slice(start, end) }
  }
  const limit = Math.min(maxHeadingWords, words.length - 1)
  let longest = 0
  while (longest < limit && isPhraseWord(words[longest] as Word)) longest++
  for (let count = 1; count <= longest; count++) {
    const next = words[count] as Word
    if (!startsSentence(next.text)) continue
    const phrase = words.slice(0, count)
    if (!isHeadingPhrase(text, phrase, next)) continue
    const end = (phrase.at(-1) as Word).end
    return { start, end, text: text.slice(start, end) }
  }
  return undefined
}

/** The subheadings glued into one paragraph's text, in order (`starts`: its sentence starts). */
export function findGluedHeadings(
  text: string,
  starts: readonly number[] = sentenceStarts(text),
): GluedHeading[] {
  const found: GluedHeading[] = []
  for (const start of starts) {
    if (start >= text.length) continue
    const previous = found.at(-1)
    if (previous && start < previous.end) continue
    const heading = quotedHeading(text, start) ?? plainHeading(text, start)
    if (heading) found.push(heading)
  }
  return found
}

/**
 * Split every long paragraph of `segments` around the subheadings glued into it: the text before
 * and after each stays a paragraph, the subheading becomes a heading segment (without wrapping
 * quotation marks); a paragraph without one stays the same segment. `read` reads paragraphs (see
 * `paragraphReader`); `onSplit` hears of each heading found, with its first line.
 */
export function splitGluedHeadings(
  segments: readonly Segment[],
  read: ParagraphReader,
  onSplit?: (heading: GluedHeading, place: Line) => void,
): Segment[] {
  return splitParagraphs(segments, (segment) => {
    const { text, sentenceStarts: starts } = read(segment)
    if (starts === undefined) return undefined
    const headings = findGluedHeadings(text, starts)
    if (headings.length === 0) return undefined
    const pieces: Segment[] = []
    const sliceSegment = segmentSlicer(segment)
    let from = 0
    for (const heading of headings) {
      const before = sliceSegment(from, heading.start)
      if (before.length > 0) pieces.push({ type: 'paragraph', lines: before })
      const lines = sliceSegment(heading.start, heading.end)
      const [first] = lines
      if (first === undefined) continue
      const stripped = lines.length === 1 && heading.text !== first.text
      const headingLines = stripped ? [sliceLine(first, 1, first.text.length - 1)] : lines
      pieces.push({ type: 'heading', lines: headingLines })
      onSplit?.(heading, first)
      from = heading.end
    }
    const rest = sliceSegment(from, text.length)
    if (rest.length > 0) pieces.push({ type: 'paragraph', lines: rest })
    return pieces
  })
}
