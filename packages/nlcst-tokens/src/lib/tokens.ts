import {
  determiners,
  honorifics,
  hyphenatedParticles,
  monthAbbreviations,
  olderStateAbbreviations,
  organizationHeads,
  placeNamePrefixes,
  roleHeads,
  stateAbbreviations,
} from '@newsroom/lexicon'
import { isGivenName } from '@newsroom/names'
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst'
import { type Lexeme, lexemeOf } from './lexemes.js'

/** A word or a punctuation mark of the text, with its offsets into the file. */
export interface Token {
  /** As written: `U.S.`, `Mr.`, `don't`, `Jones'`, `,`. */
  text: string
  /** `text` in lowercase (asked for often, computed once). */
  lower: string
  /** Offsets into the file's text, `end` exclusive. */
  start: number
  end: number
  kind: 'word' | 'punct'
  /**
   * Whether a word is written as a name: it starts with an uppercase letter, or its particle
   * and hyphen do (`al-Tamimi`).
   */
  capital: boolean
  /**
   * The text as written, shared by all its occurrences (facts of the word are kept on it): every
   * plugin's fact of a word is then a property read, with no table of its own to look the word
   * up in. Found the first time it is asked of a token, not as the tokens are read: a plugin
   * asks facts of some tokens only (retext-quotes of two in five), and finding a word in the
   * vocabulary was the larger part of reading the tokens.
   */
  readonly lexeme: Lexeme
}

/**
 * A token as `readParagraph` makes it: every one of one shape, its lexeme found when asked. The
 * tokens a plugin makes of its own (`spanToken`) are of this shape too, so that code reading
 * both kinds sees one shape.
 */
class ParsedToken<Kind extends string = 'word' | 'punct'> {
  text: string
  lower: string
  start: number
  end: number
  kind: Kind
  capital: boolean
  /** Undefined until asked. Private: the token's own properties stay those of `Token`. */
  #lexeme: Lexeme | undefined

  constructor(
    text: string,
    lower: string,
    start: number,
    end: number,
    kind: Kind,
    capital: boolean,
    lexeme?: Lexeme,
  ) {
    this.text = text
    this.lower = lower
    this.start = start
    this.end = end
    this.kind = kind
    this.capital = capital
    this.#lexeme = lexeme
  }

  get lexeme(): Lexeme {
    let lexeme = this.#lexeme
    if (lexeme === undefined) {
      lexeme = lexemeOf(this.text)
      this.#lexeme = lexeme
    }
    return lexeme
  }
}

/**
 * A token a plugin makes to stand for a span of its own (a whole quotation, say) among the
 * parser's tokens in paragraph offsets (`withParagraphOffsets`), of the same shape as those:
 * code that reads both stays as fast as code that reads one shape. It is no word (`capital` is
 * false) and its facts are those of `lexeme`.
 */
export function spanToken<Kind extends string>(
  text: string,
  lower: string,
  start: number,
  end: number,
  kind: Kind,
  lexeme: Lexeme,
): Omit<Token, 'kind'> & { kind: Kind } {
  return new ParsedToken(text, lower, start, end, kind, false, lexeme)
}

/** One paragraph of the tree: its place, its tokens and its sentences. */
export interface TokenParagraph {
  /** Offsets of the paragraph in the file's text, `end` exclusive. */
  start: number
  end: number
  tokens: Token[]
  /**
   * The sentences as the parser split them, but where it joined two at a period it took for an
   * abbreviation's (`periodEnd`): `[first, last)` token indices.
   */
  sentences: Array<[number, number]>
}

const capitalStart = /^\p{Lu}/u

/** A family name opened by a particle and a hyphen, written in lowercase (`al-Tamimi`, `el-Sisi`). */
const particleName = new RegExp(`^(?:${hyphenatedParticles.join('|')})-\\p{Lu}`, 'u')

/** The first letters of those particles, as character codes. */
const particleInitials: ReadonlySet<number> = new Set(
  hyphenatedParticles.map((particle) => particle.charCodeAt(0)),
)

/**
 * Whether a word is written as a name: its first letter a capital, or a capital after a particle
 * and a hyphen (`al-Tamimi said`, where the particle keeps its lowercase inside a sentence).
 */
function startsCapital(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 0x80) return capitalStart.test(value)
  if (code >= 0x41 && code <= 0x5a) return true
  // Only a word opening as a particle, a hyphen in its first letters, can be such a name: most
  // words are spared the pattern.
  if (!particleInitials.has(code)) return false
  const hyphen = value.indexOf('-', 1)
  return hyphen > 0 && hyphen < 5 && particleName.test(value)
}

/**
 * A word in lowercase: most words are lowercase ASCII already, and `toLowerCase` makes a new
 * string of each of them (a third of reading the tokens); those keep their text, one string
 * shared by `text` and `lower`.
 */
function lowerOf(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return text.toLowerCase()
  }
  return text
}

/** The text of an nlcst node with children of text (a word), without copying arrays. */
function wordText(node: { children: ReadonlyArray<{ value?: string }> }): string {
  const { children } = node
  // Most words are one text node: take its value as it is, with no string built.
  if (children.length === 1) return children[0]?.value ?? ''
  let text = ''
  for (const child of children) text += child.value ?? ''
  return text
}

/**
 * Where a tree keeps its tokens: a hidden property of the tree rather than a module-wide WeakMap.
 * An entry of a WeakMap kept every article's tree and tokens alive through the young-generation
 * collections, so they were promoted and collected later at more cost (measured: CPU 0.93×, peak
 * memory 191 against 271 MiB over 8 passes of the corpus).
 */
const tokensKey = Symbol('nlcst-tokens')
type TokenizedRoot = Root & { [tokensKey]?: readonly TokenParagraph[] }
/**
 * Words a possessive apostrophe was joined onto: a set rather than a field, so every token keeps
 * one shape and those who never ask pay nothing.
 */
const joinedPossessives = new WeakSet<Token>()

/**
 * The word of a token as the parser split it: `text` without a possessive apostrophe joined onto
 * it (`Jones` of `Jones'`), for plugins that read words as retext-english writes them.
 */
export function parsedWord(token: Token): string {
  const { text } = token
  const last = text.charCodeAt(text.length - 1)
  // Most words end in a letter: the set is asked only of words ending in an apostrophe.
  if ((last !== 0x27 && last !== 0x2019) || !joinedPossessives.has(token)) return text
  return text.slice(0, -1)
}

/**
 * The words and punctuation marks of every paragraph of an nlcst tree (from `retext-english`),
 * in order, with their offsets. A possessive apostrophe written after a word (`Jones'`) is part
 * of the word. Every plugin of a pipeline that asks for the same tree gets the same, computed
 * once: treat the result as read-only.
 */
export function paragraphTokens(tree: Root): readonly TokenParagraph[] {
  const known = (tree as TokenizedRoot)[tokensKey]
  if (known) {
    if (inParagraphOffsets.has(tree))
      throw new Error('Expected file offsets: the tokens are in paragraph offsets for now')
    return known
  }
  const paragraphs: TokenParagraph[] = []
  for (const node of tree.children) {
    if (node.type === 'ParagraphNode') paragraphs.push(readParagraph(node, 0))
  }
  // Not enumerable: equality checks, inspectors and serializers of the tree do not see it.
  Object.defineProperty(tree, tokensKey, { value: paragraphs, configurable: true })
  return paragraphs
}

/** What `withParagraphOffsets` accepts of its `read`: anything but a promise (`never`). */
export type NotThenable<Result> = Result extends PromiseLike<unknown> ? never : Result

function isThenable(value: unknown): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}

/** Trees whose tokens are in paragraph offsets for the time of a `withParagraphOffsets` call. */
const inParagraphOffsets = new WeakSet<Root>()

/**
 * Call `read` with the paragraphs of `paragraphTokens`, each token's offsets in its paragraph's
 * text for the time of the call, and give back what it returns: the same tokens, moved into
 * paragraph coordinates and back (even when `read` throws), for a plugin that works paragraph by
 * paragraph among plugins that read file offsets. Copies of the tokens (`localParagraphTokens`)
 * for retext-quotes were 3.7% of the pipeline's allocation (7.9 of 214 MB a pass of the bench's
 * articles); moving them instead took 1.3% fewer instructions. `read` must not keep the tokens
 * past the call, nor change them; meanwhile `paragraphTokens` and this function throw for the
 * tree.
 */
export function withParagraphOffsets<Result>(
  tree: Root,
  read: (paragraphs: readonly TokenParagraph[]) => NotThenable<Result>,
): Result {
  const paragraphs = paragraphTokens(tree)
  inParagraphOffsets.add(tree)
  moveTokens(paragraphs, -1)
  try {
    const result = read(paragraphs)
    // An async `read` would find the tokens back in file offsets after its first await.
    if (isThenable(result)) throw new Error('Expected a synchronous read: it returned a promise')
    return result
  } finally {
    moveTokens(paragraphs, 1)
    inParagraphOffsets.delete(tree)
  }
}

/** Move every token by its paragraph's start: into the paragraph's offsets (-1) or back (1). */
function moveTokens(paragraphs: readonly TokenParagraph[], direction: -1 | 1): void {
  for (const paragraph of paragraphs) {
    const shift = direction * paragraph.start
    if (shift === 0) continue
    for (const token of paragraph.tokens) {
      token.start += shift
      token.end += shift
    }
  }
}

/**
 * The same paragraphs as `paragraphTokens`, each token's offsets in its paragraph's text rather
 * than the file's (the paragraphs' own `start` and `end` stay the file's), for a plugin that
 * works paragraph by paragraph and keeps the tokens. New lists and tokens at each call, read
 * from the tree in paragraph coordinates, the caller's to keep; in a pipeline whose other plugins
 * read `paragraphTokens`, `withParagraphOffsets` makes no second token of each word.
 */
export function localParagraphTokens(tree: Root): TokenParagraph[] {
  const paragraphs: TokenParagraph[] = []
  for (const node of tree.children) {
    if (node.type === 'ParagraphNode')
      paragraphs.push(readParagraph(node, node.position?.start.offset ?? 0))
  }
  return paragraphs
}

/** A paragraph's tokens, their offsets less `base` (0: offsets into the file). */
function readParagraph(node: Paragraph, base: number): TokenParagraph {
  const tokens: Token[] = []
  const sentences: Array<[number, number]> = []
  // Reused for each sentence: almost none holds another's start.
  const ends: number[] = []
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') continue
    let first = tokens.length
    ends.length = 0
    readSentence(child, tokens, base, ends)
    for (const end of ends) {
      sentences.push([first, end])
      first = end
    }
    if (tokens.length > first) sentences.push([first, tokens.length])
  }
  return {
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    tokens,
    sentences,
  }
}

/**
 * The abbreviations of US states as parse-english takes them (`Penn.`, `Mass.`), lowercase,
 * without their period.
 */
const stateAbbreviationSet: ReadonlySet<string> = new Set([
  ...stateAbbreviations,
  ...olderStateAbbreviations,
])
const placeNamePrefixSet: ReadonlySet<string> = new Set(placeNamePrefixes)

/**
 * Whether the word at `index` of a sentence, a state's abbreviation whose period parse-english
 * joined to it (`Penn.`, read as Pennsylvania's) and so joined the next sentence to this one,
 * is rather a family name ending a sentence: `Nadia Ferro met Olga Penn. Nadia Ferro quoted
 * her`. A state written short follows its place and a comma (`Flint, Mich.,`) or a party's
 * letter (`D-Penn.`); straight after a given name, with no comma, and before a capitalized
 * word, it is the name's end and the period ends the sentence. Not after a place's first word
 * (`Fort Wayne Ind.`), whose next word may be a given name too.
 */
function endsSentenceAfterName(children: readonly SentenceContent[], index: number): boolean {
  const word = children[index] as Word
  const parts = word.children
  if (parts.length !== 2) return false
  const stem = parts[0]?.type === 'TextNode' ? parts[0].value : ''
  if (!/^\p{Lu}\p{Ll}+$/u.test(stem) || !stateAbbreviationSet.has(stem.toLowerCase())) return false
  const given = children[index - 2]
  if (children[index - 1]?.type !== 'WhiteSpaceNode' || given?.type !== 'WordNode') return false
  const givenText = wordText(given)
  if (!startsCapital(givenText) || !isGivenName(givenText)) return false
  const before = children[index - 4]
  return !(
    children[index - 3]?.type === 'WhiteSpaceNode' &&
    before?.type === 'WordNode' &&
    placeNamePrefixSet.has(wordText(before).toLowerCase())
  )
}

/**
 * Words that, after a place and its state, make the place a modifier of what follows rather
 * than the end of a sentence (`Lodi, N.J. Mayor Ines Vale`, `the Lodi, N.J. Police
 * Department`): the heads of roles and of organizations, and honorifics. Compared in
 * lowercase without a final period (`Gov.`).
 */
const headsAfterPlace: ReadonlySet<string> = new Set([
  ...roleHeads,
  ...honorifics,
  ...organizationHeads,
])
const determinerSet: ReadonlySet<string> = new Set(determiners)

/** How many capitalized words a place's name may run to before its state (`Mount Prospect`). */
const placeNameWordsRead = 3

/**
 * Prepositions of place that, right before a place and its state, make the place the end of a
 * clause (`moved to Lodi, N.J. Mayor Ann Brill hired her`): a title or an organization after
 * it opens the next sentence rather than being modified by the place.
 */
const prepositionsEndingPlace: ReadonlySet<string> = new Set(['in', 'to', 'from', 'at', 'near'])

/**
 * The index of the first of the capitalized words ending at `last` (the place before its
 * state's comma): `San` of `San Tarno`. Reads back at most `placeNameWordsRead` words and
 * stops at a determiner.
 */
function placeNameStart(children: readonly SentenceContent[], last: number): number {
  let index = last
  for (let read = 1; read < placeNameWordsRead; read++) {
    const before = children[index - 2]
    if (
      children[index - 1]?.type !== 'WhiteSpaceNode' ||
      before?.type !== 'WordNode' ||
      !startsCapital(wordText(before)) ||
      determinerSet.has(wordText(before).toLowerCase())
    )
      break
    index -= 2
  }
  return index
}

/** Whether a preposition of `prepositionsEndingPlace` comes right before the place at `first`. */
function placeFollowsPreposition(children: readonly SentenceContent[], first: number): boolean {
  const before = children[first - 2]
  return (
    children[first - 1]?.type === 'WhiteSpaceNode' &&
    before?.type === 'WordNode' &&
    prepositionsEndingPlace.has(wordText(before).toLowerCase())
  )
}

/**
 * Whether the place whose name starts at `index` is itself a modifier: a determiner before it
 * (`for the Lodi, N.J. Police`), or a quotation closed by its comma (`," Lodi, N.J. Mayor…`),
 * where the place opens the attribution and a name or a title follows it in the same sentence.
 */
function placeIsModifier(children: readonly SentenceContent[], index: number): boolean {
  const space = children[index - 1]
  const before = space?.type === 'WhiteSpaceNode' ? children[index - 2] : space
  if (before?.type === 'WordNode') return determinerSet.has(wordText(before).toLowerCase())
  if (before?.type !== 'PunctuationNode' || !/^["”]$/.test(before.value)) return false
  const comma = children[index - (space?.type === 'WhiteSpaceNode' ? 3 : 2)]
  return comma?.type === 'PunctuationNode' && comma.value === ','
}

/**
 * Whether the word at `index`, a US state's abbreviation (`Calif.`, `N.J.`), closes its place:
 * it comes right after a capitalized word and a comma (`Lodi, N.J. Harmony's…`). The period
 * parse-english joined to it then ends the sentence too: AP style sets a state that goes on in
 * the sentence off with a second comma (`Flint, Mich., said`), so a state after its place's
 * comma with a capitalized word and no comma after it is the sentence's last word. Copy often
 * drops that second comma where the place modifies a title or an organization, so the state
 * stays in its sentence when a role's or an organization's head or an honorific follows
 * (`Lodi, N.J. Mayor`, `Lodi, N.J. Police Department`), unless a preposition of place comes
 * before the place (`moved to Lodi, N.J. Mayor Ann Brill hired her`), or when the place opens
 * a phrase (`placeIsModifier`).
 */
function endsSentenceAfterPlace(children: readonly SentenceContent[], index: number): boolean {
  const text = wordText(children[index] as Word)
  if (!startsCapital(text) || !stateAbbreviationSet.has(text.slice(0, -1).toLowerCase()))
    return false
  const comma = children[index - 2]
  const place = children[index - 3]
  if (
    children[index - 1]?.type !== 'WhiteSpaceNode' ||
    comma?.type !== 'PunctuationNode' ||
    comma.value !== ',' ||
    place?.type !== 'WordNode' ||
    !startsCapital(wordText(place))
  )
    return false
  const nextNode = children[index + 2]
  if (nextNode?.type !== 'WordNode') return false
  const next = wordText(nextNode)
  const nextWord = (next.endsWith('.') ? next.slice(0, -1) : next).toLowerCase()
  const first = placeNameStart(children, index - 3)
  if (placeIsModifier(children, first)) return false
  return !headsAfterPlace.has(nextWord) || placeFollowsPreposition(children, first)
}

/**
 * English words that parse-english's abbreviation list holds for abbreviations US news copy
 * does not write: `War` (Warwickshire's; `the Vietnam War. Despite…`) and `Me` (Maine's, which
 * AP spells out; `Leave Me. She…`). Before a capitalized word, their period ends the sentence.
 */
const wordsNotAbbreviated: ReadonlySet<string> = new Set(['War', 'Me'])

/**
 * Whether `in.` is the word `in` ending a sentence (`to weigh in. But…`), which parse-english's
 * list takes for the abbreviation of an inch whatever comes before it: an inch follows its
 * number (`6 in. Then`), and only there is it left as the parser reads it.
 */
function endsSentenceAtIn(children: readonly SentenceContent[], index: number): boolean {
  const word = children[index] as Word
  if (word.children.length !== 2 || wordText(word).toLowerCase() !== 'in.') return false
  const before = children[index - 2]
  return !(before?.type === 'WordNode' && /\d$/.test(wordText(before)))
}

/** Abbreviated months (`Aug.`), lowercase with their period: a number after one is a date's day. */
const monthAbbreviationSet: ReadonlySet<string> = new Set(
  monthAbbreviations.map((month) => `${month}.`),
)

/** A sign of money written before its amount with no space (`$50,000.`). */
const currencySigns: ReadonlySet<string> = new Set(['$', '€', '£', '¥'])

/**
 * Whether the nodes right before the word at `index`, up to the white space before them, are
 * the rest of a number written in groups (`50,000.`, `$50,000.`): digits and commas, after at
 * most a sign of money. Nothing at all (the number stands alone) counts too. Anything else
 * joined to the number (`accomplishments—1.`, `(1.`) makes it a list's marker.
 */
function standsAsNumber(children: readonly SentenceContent[], index: number): boolean {
  for (let before = index - 1; before >= 0; before--) {
    const node = children[before] as SentenceContent
    if (node.type === 'WhiteSpaceNode') return true
    if (node.type === 'PunctuationNode' && node.value === ',') continue
    if (node.type === 'WordNode' && /^\d+$/.test(wordText(node))) continue
    return node.type === 'SymbolNode' && currencySigns.has(node.value)
  }
  // A number that opens its sentence is a list's marker (`1. The GOP is fracturing.`) or the
  // number of an abbreviation the parser ended a sentence at (`No. 5.`, `Vol. 3.`).
  return false
}

/**
 * The number of a word of one to three digits with the period parse-latin joined to it (`5.`),
 * or -1 for any other node.
 */
function numberWithPeriod(node: SentenceContent | undefined): number {
  if (node?.type !== 'WordNode' || node.children.length !== 2) return -1
  const [digits, period] = node.children
  if (digits?.type !== 'TextNode' || period?.type !== 'PunctuationNode' || period.value !== '.')
    return -1
  return /^\d{1,3}$/.test(digits.value) ? Number(digits.value) : -1
}

/**
 * Marks that set off a list's first marker from the clause before it (`two demands: 1. Higher`,
 * `two parts — 1. Dredge`, `(1. Dredge`, spaced): a number that ends a sentence follows a word of
 * it (`at least 14.`) or a comma (`James, 43.`), not these.
 */
const listMarkerOpeners: ReadonlySet<string> = new Set([':', '—', '–', '-', '(', '['])

/**
 * Whether the number-with-period at `index` opens a numbered list (`1.`): the first word of its
 * sentence, or after a mark that opens a list (`listMarkerOpeners`), spaced or not. A dash
 * after a number is a score's or a range's (`won 3 - 1.`), no opener.
 */
function opensNumberedList(children: readonly SentenceContent[], index: number): boolean {
  let before = index - 1
  if (children[before]?.type === 'WhiteSpaceNode') before--
  const mark = children[before]
  if (!mark) return true
  if (
    (mark.type !== 'PunctuationNode' && mark.type !== 'SymbolNode') ||
    !listMarkerOpeners.has(mark.value)
  )
    return false
  if (mark.value === '(' || mark.value === '[' || mark.value === ':') return true
  let previous = before - 1
  if (children[previous]?.type === 'WhiteSpaceNode') previous--
  const word = children[previous]
  return !(word?.type === 'WordNode' && /\d$/.test(wordText(word)))
}

/**
 * The indices of a sentence's numbers-with-period that are a numbered list's later markers
 * (`1. Higher pay and 2. Shorter shifts`, `1. e4 e5 2. Nf3`): each holds one more than the
 * one before it, back to a `1.` that opens the list (`opensNumberedList`). `Vale won round 1.
 * Brill won round 2.` counts up too, but its `1.` follows a word. Read in one pass per sentence
 * (`SentenceReading` keeps it for the sentence's other numbers).
 */
function laterListMarkers(children: readonly SentenceContent[]): ReadonlySet<number> {
  const markers = new Set<number>()
  // The number the list's next marker holds, or 0 outside a list.
  let expected = 0
  for (let index = 0; index < children.length; index++) {
    const value = numberWithPeriod(children[index])
    if (value === -1) continue
    if (expected !== 0 && value === expected) {
      markers.add(index)
      expected++
    } else expected = value === 1 && opensNumberedList(children, index) ? 2 : 0
  }
  return markers
}

/** What reading a sentence's periods learns once for all its words: its later list markers. */
interface SentenceReading {
  laterListMarkers?: ReadonlySet<number>
}

/**
 * Capitalized words that German club and league names put after an ordinal's point
 * (`1. FC Tarno`, `2. Bundesliga`, `3. Liga`): the number is the name's first word, not a
 * sentence's last. Not `SC`, which US copy writes for South Carolina after a sentence's last
 * number (`won by 47. SC will`).
 */
const namesAfterOrdinal: ReadonlySet<string> = new Set(['FC', 'FFC', 'FSV', 'Bundesliga', 'Liga'])

/** Words after which a number is a margin or a score (`by 2.`, `to 1.`), never a league's rank. */
const ordinalsNotAfter: ReadonlySet<string> = new Set(['by', 'to'])

/**
 * Whether the period parse-latin joined to a number of one to three digits (`on July 5. The`,
 * `$50,000. In`, `at least 14. Three`), as to an abbreviation (an ordinal's point, in the
 * languages that write one), ends the sentence. English writes no point after an ordinal, so it
 * does, unless the number is a list's marker: the first word of its sentence, joined to
 * something other than the rest of its number (`standsAsNumber`), a `1.` after a mark that
 * opens a list (`opensNumberedList`), or a later marker counting up from such a `1.`
 * (`laterListMarkers`); or the number of an abbreviation (`p. 12.`, `Sec. 3.`), though not of
 * a month (`Aug. 5.`), whose day ends a sentence as `August 5.` does; or the first word of a
 * German club's or league's name (`1. FC Tarno`, a rank of 1 to 3, not after `by` or `to`).
 */
function endsSentenceAfterNumber(
  children: readonly SentenceContent[],
  index: number,
  reading: SentenceReading,
): boolean {
  const value = numberWithPeriod(children[index])
  if (value === -1 || !standsAsNumber(children, index)) return false
  if (value <= 3 && namesAfterOrdinal.has(wordText(children[index + 2] as Word))) {
    const before = children[index - 2]
    // `won by 12. FC Tarno`, `lost 4 to 1. FC Tarno`: a margin or a score, not an ordinal.
    if (before?.type !== 'WordNode' || !ordinalsNotAfter.has(wordText(before).toLowerCase()))
      return false
  }
  reading.laterListMarkers ??= laterListMarkers(children)
  if (reading.laterListMarkers.has(index)) return false
  if (children[index - 1]?.type !== 'WhiteSpaceNode') return true
  const before = children[index - 2]
  if (before?.type === 'PunctuationNode' || before?.type === 'SymbolNode')
    return !(value === 1 && opensNumberedList(children, index))
  if (before?.type !== 'WordNode') return true
  const beforeText = wordText(before)
  return !beforeText.endsWith('.') || monthAbbreviationSet.has(beforeText.toLowerCase())
}

/**
 * Whether the period parse-english joined to the word at `index` (and with it the next
 * sentence to this one) rather ends the sentence, when a capitalized word follows: after a
 * family name (`endsSentenceAfterName`), an English word the parser's list holds
 * (`wordsNotAbbreviated`, `endsSentenceAtIn`), a state closing its place
 * (`endsSentenceAfterPlace`) or a number (`endsSentenceAfterNumber`). The word and the period
 * are then read as two tokens, as the parser reads a sentence's last word and its period, so
 * every reader sees the sentence end.
 */
function periodEnd(
  children: readonly SentenceContent[],
  index: number,
  reading: SentenceReading,
): boolean {
  const word = children[index] as Word
  const period = word.children[word.children.length - 1]
  if (period?.type !== 'PunctuationNode' || period.value !== '.') return false
  const next = children[index + 2]
  if (
    children[index + 1]?.type !== 'WhiteSpaceNode' ||
    next?.type !== 'WordNode' ||
    !startsCapital(wordText(next))
  )
    return false
  return (
    wordsNotAbbreviated.has(wordText(word).slice(0, -1)) ||
    endsSentenceAtIn(children, index) ||
    endsSentenceAfterName(children, index) ||
    endsSentenceAfterPlace(children, index) ||
    endsSentenceAfterNumber(children, index, reading)
  )
}

/**
 * Read a sentence's tokens onto `tokens`; where the sentence holds another's start (see
 * `periodEnd`), the index of that start's token goes onto `ends`.
 */
function readSentence(sentence: Sentence, tokens: Token[], base: number, ends: number[]): void {
  const { children } = sentence
  const reading: SentenceReading = {}
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as SentenceContent
    if (child.type === 'WhiteSpaceNode') continue
    const fileStart = child.position?.start.offset
    const fileEnd = child.position?.end.offset
    if (fileStart === undefined || fileEnd === undefined) continue
    const start = fileStart - base
    const end = fileEnd - base
    if (child.type === 'WordNode') {
      // Only a word with a period joined to it (two parts or more) may end a sentence so: most
      // words, one part, are not asked.
      if (child.children.length >= 2 && periodEnd(children, index, reading)) {
        const text = wordText(child).slice(0, -1)
        tokens.push(
          new ParsedToken(text, lowerOf(text), start, end - 1, 'word', startsCapital(text)),
        )
        tokens.push(new ParsedToken('.', '.', end - 1, end, 'punct', false))
        ends.push(tokens.length)
        continue
      }
      const text = wordText(child)
      tokens.push(new ParsedToken(text, lowerOf(text), start, end, 'word', startsCapital(text)))
      continue
    }
    const text = 'value' in child ? child.value : ''
    const previous = tokens.at(-1)
    // "Jones'": an apostrophe right after a plural or a name in -s closes a possessive.
    if (
      (text === "'" || text === '’') &&
      previous?.kind === 'word' &&
      previous.end === start &&
      /s$/iu.test(previous.text)
    ) {
      previous.text += text
      previous.lower += text
      previous.end = end
      // No one has asked the word's lexeme yet (the tokens are still being read): it is that of
      // the joined text when it is.
      joinedPossessives.add(previous)
      continue
    }
    tokens.push(new ParsedToken(text, text, start, end, 'punct', false))
  }
}
