import {
  affiliationPrepositions,
  articles as articleList,
  brillLexicon,
  pairPrepositions as pairPrepositionList,
  possessiveDeterminers,
  pronouns,
  roleBodyLinks,
} from '@newsroom/lexicon'
import {
  isDictionaryWord,
  isGivenName,
  isOrganizationHead,
  isRoleHead,
  isRoleWord,
} from '@newsroom/names'
import { type Token, tokenStartingAt } from './paragraphs.js'
import { isPartyTag, partyTagOpening } from './party-tag.js'
import { isPeopleNoun, isPeopleNounToken } from './people.js'
import { endsInApostropheS, hasPossessiveEnding, withoutPossessiveEnding } from './possessive.js'
import { isRelationLinkAt, isRelationPhrase } from './relation-phrase.js'
import {
  articles,
  clauseOpeners,
  countWords,
  cueModifiers,
  cueVerbs,
  determiners,
  groupObjectPronouns,
  innerConnectors,
  isHonorificToken,
  isOrganizationHeadToken,
  isRoleHeadToken,
  isRoleWordToken,
  lowercaseFact,
  nounlikeCueVerbs,
  partWords,
  perWord,
  phraseBreakers,
  possessives,
  sparingClosedClass,
  speechDays,
  subjectOpeners,
  subjectPronouns,
} from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const clauseStop = /[.;:!?]/
const contraction = /['’]\p{L}+$/u
const listMark = /^[,.;]$/
const nameJoiner = /^[/&()-]$/
const opensWithArticle = new RegExp(`^(?:${articleList.join('|')})\\s`, 'i')
const opensWithTheOrCapital = /^(?:the\s|\p{Lu})/u
const participleAdjective = /^\p{Ll}{3,}ed$/u
const pluralEnding = /(?:s|men|people)$/
const postConnector = new RegExp(`^(?:${roleBodyLinks.join('|')})$`, 'u')
const sentenceStop = /^[.;!?]$/
const shortNumber = /^\d{1,3}$/
const spaces = /\s+/
const startsUppercase = /^\p{Lu}/u
const startsWithDigit = /^\p{N}/u
const stopMark = /^[.!?;:]$/
/** A proper name's shape: capitalized words only ("Ann Vale", not "fined Tom Rusk"). */
const properName = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u

/**
 * Whether a capitalized word is a hyphenated modifier ending in a participle ("Rellmark-led",
 * "U.S.-backed", "Texas-based", "Ostrava-born"): it describes the name after it, it is no part
 * of it.
 */
export function isHyphenatedModifier(word: string): boolean {
  // Asked of every word of a name phrase, and few hold a hyphen: no pattern run for the rest.
  return (
    word.includes('-') && /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+ed|run|held|born|made|built)$/u.test(word)
  )
}

/** A comma-set phrase next to a speaker phrase, with its offsets in the paragraph. */
export interface Apposition {
  text: string
  start: number
  end: number
  /** "R-Ky.": a lawmaker's party and state, which never stands for the person. */
  partyTag?: true
}

/** How a phrase names the speaker at a quote. */
export type MentionForm = 'pronoun' | 'name' | 'description'

/** The words naming a speaker at one quote, with what is said about them around it. */
export interface MentionPhrase {
  text: string
  /** Offsets in the paragraph. */
  start: number
  end: number
  form: MentionForm
  /** Comma-set phrases right after the mention ("the Speaker of the House", "Mike Pence"). */
  appositions: Apposition[]
}

const pronounForms: ReadonlySet<string> = new Set(pronouns.map((pronoun) => pronoun.form))

/** A personal pronoun with a contracted verb: `it’s`, `they’re`, `she’d`. */
function isContractedPronoun(lower: string): boolean {
  const bare = pronounOf(lower)
  return bare !== lower && pronounForms.has(bare)
}

/** A pronoun without a contraction: `he’s` → `he`, `they’ve` → `they`. */
export function pronounOf(lower: string): string {
  // A contraction's apostrophe is the second or third character from the end. Asked of every
  // word near a quotation, most of which have none there: those two characters are read, not
  // the word searched twice for an apostrophe. Read only where they are: a read before the
  // start made V8 call the builtin for every read.
  const { length } = lower
  const second = length >= 2 ? lower.charCodeAt(length - 2) : 0
  const third = length >= 3 ? lower.charCodeAt(length - 3) : 0
  if (second !== 0x27 && second !== 0x2019 && third !== 0x27 && third !== 0x2019) return lower
  return lower.replace(/['’](?:s|d|ll|ve|re|m)$/u, '')
}

/**
 * The subject pronouns of the possessive determiners that can own a statement ("*her* claim
 * that…"): the owner speaks, and is the person the subject pronoun would be.
 */
const ownerPronouns: ReadonlyMap<string, string> = new Map(
  pronouns
    .filter(
      (pronoun) =>
        pronoun.person === 3 &&
        pronoun.case === 'possessive' &&
        possessiveDeterminers.includes(pronoun.form),
    )
    .map((pronoun) => [pronoun.form, pronoun.lemma]),
)

/**
 * The subject pronouns of third-person object pronouns ("quoted *him* as saying"): the one
 * quoted speaks, and is the person the subject pronoun would be.
 */
const objectPronouns: ReadonlyMap<string, string> = new Map(
  pronouns
    .filter((pronoun) => pronoun.person === 3 && pronoun.case === 'object')
    .map((pronoun) => [pronoun.form, pronoun.lemma]),
)

/** Whether a lowercase word is a third-person object pronoun ("him", "them"). */
export function isObjectPronoun(lower: string): boolean {
  return objectPronouns.has(lower)
}

/** Whether a lowercase word is a possessive determiner that can own a statement ("her"). */
export function isOwnerPronoun(lower: string): boolean {
  return ownerPronouns.has(lower)
}

/**
 * The subject pronoun a pronoun phrase stands for: `he’s` → `he`, and the owner of a statement
 * or the one quoted as its subject (`her` → `she`, `him` → `he`).
 */
export function speakerPronounOf(lower: string): string {
  return ownerPronouns.get(lower) ?? objectPronouns.get(lower) ?? pronounOf(lower)
}

/** A word's lowercase form without a possessive ending (`Sunday’s` → `sunday`). */
function bareLower(token: Token): string {
  return withoutPossessiveEnding(token.lower)
}

function isCapitalized(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.capital
}

function isVerbLike(lower: string): boolean {
  return (
    cueVerbs.has(lower) ||
    (lower.endsWith('ed') && lower.length > 4) ||
    isAdverb(lower) ||
    isPresentVerb(lower)
  )
}

/**
 * A word in `-s` that is likeliest a verb in the present (Brill's lexicon: `wants`, `seeks`,
 * `opposes`; not `officials`, `hits`, `reports`): "The union wants…" ends its subject there, a
 * phrase that reads on takes the verb for its head ("The union wants") or runs on to the object.
 */
function isPresentVerb(lower: string): boolean {
  // `suspects` is VBZ first to Brill's lexicon, yet in news mostly the people who speak.
  return lower.endsWith('s') && brillLexicon().get(lower)?.[0] === 'VBZ' && !isPeopleNoun(lower)
}

/** A word in `-ly` that is an adverb, not a noun of people or bodies (`family`, `assembly`). */
const isAdverb = perWord(
  (lower) => /ly$/.test(lower) && !isPeopleNoun(lower) && !isOrganizationHead(lower),
)

/** Whether a word in `-ly` is an adverb (`isAdverb`), kept on the lexeme of a token's word. */
const isAdverbToken = lowercaseFact(isAdverb)

/**
 * `isPeopleNounToken`, for words of any class: a sentence's opening word ("The", "He",
 * "Local"), a word ending as a plural near a quotation ("his", "was", "fishermen").
 */
export const isPeopleNounWord = sparingClosedClass(isPeopleNoun, isPeopleNounToken)

/** Whether a word may sit inside a speaker phrase. */
function phraseWord(token: Token): boolean {
  if (token.kind !== 'word') return false
  if (isCapitalized(token)) return true
  // The words that end a phrase ("and", "who", "said") are most of those asked, and small sets
  // tell them: their lexemes are not looked up for the fact below, which says no to them first.
  if (phraseBreakers.has(token.lower) || cueModifiers.has(token.lower)) return false
  return lowercasePhraseWord(token)
}

/** Whether a lowercase word may sit inside a speaker phrase (asked of a token's word). */
const lowercasePhraseWord = lowercaseFact((lower) => {
  if (phraseBreakers.has(lower) || cueModifiers.has(lower)) return false
  if (isRoleHead(lower) || isOrganizationHead(lower)) return true
  if (innerConnectors.has(lower) || determiners.has(lower)) return true
  // "9/11 widow Ann Vale": a date used as a modifier; "the 46-year-old": an age.
  if (/^\p{N}+(?:\/\p{N}+)+$/u.test(lower) || /^\p{N}+-year-old$/u.test(lower)) return true
  return !isVerbLike(lower) && !/^\p{N}/u.test(lower)
})

/**
 * Whether `tokens[index]` is a count heading a phrase an article opens ("the two", "the three
 * officials"): elsewhere a number word is a determiner ("two officials"), here it is the noun.
 */
function isCountAfterArticle(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  // Not read at -1: V8 reads `tokens[-1]` as a property named "-1", through a slow generic path.
  const before = index > 0 ? tokens[index - 1] : undefined
  return (
    token?.kind === 'word' &&
    !token.capital &&
    countWords.has(token.lower) &&
    before?.kind === 'word' &&
    articles.has(before.lower)
  )
}

/**
 * Whether `tokens[index]` is a cue verb that is a noun too ("report", "post", "note"), heading a
 * phrase a determiner opens before a cue ("the report stated", "the final report said", "its
 * post also read"): a verb does not follow a determiner, and two verbs do not follow each other.
 * `opener` is the token the phrase would open with.
 */
function isCueNounHead(tokens: readonly Token[], index: number, opener: number): boolean {
  const token = tokens[index]
  const first = tokens[opener]
  if (token?.kind !== 'word' || token.capital || !nounlikeCueVerbs.has(token.lower)) return false
  if (first === undefined || opener >= index || !determiners.has(first.lower)) return false
  // Lowercase modifiers only between them ("the final report"), at most two.
  if (index - opener > 3) return false
  for (let at = opener + 1; at < index; at++) {
    const word = tokens[at] as Token
    if (!phraseWord(word) || word.capital || determiners.has(word.lower)) return false
  }
  const next = index + 1
  return isCue(tokens[next]) || (isCueModifier(tokens[next]) && isCue(tokens[next + 1]))
}

/**
 * Whether `tokens[index]` is a participle used as an adjective between a determiner and the
 * noun it describes ("the retired surgeon", "an unnamed official"): not the verb of the phrase.
 */
function isParticipleModifier(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  // Not read at -1 (see `isCountAfterArticle`).
  const before = index > 0 ? tokens[index - 1] : undefined
  const after = tokens[index + 1]
  return (
    token?.kind === 'word' &&
    !token.capital &&
    participleAdjective.test(token.lower) &&
    !cueVerbs.has(token.lower) &&
    before?.kind === 'word' &&
    determiners.has(before.lower) &&
    after !== undefined &&
    phraseWord(after) &&
    !determiners.has(after.lower) &&
    !isCue(after)
  )
}

function classify(tokens: readonly Token[]): MentionForm | null {
  const first = tokens[0]
  const last = tokens.at(-1)
  if (!first || !last) return null
  if (tokens.length === 1 && subjectPronouns.has(pronounOf(first.lower))) return 'pronoun'
  // "how it’s conservative to add…": a pronoun with a contracted verb opens a clause, never a
  // phrase that names or describes a speaker.
  if (isContractedPronoun(first.lower)) return null
  if (
    tokens.length === 1 &&
    (clauseOpeners.has(bareLower(first)) ||
      determiners.has(first.lower) ||
      phraseBreakers.has(first.lower) ||
      cueVerbs.has(first.lower))
  )
    return null
  // "the parents of Ann Vale", "lawyers for Tom Rusk": the relation speaks, not the one named.
  if (isRoleInBody(tokens) || isRelationPhrase(tokens)) return 'description'
  if (isCapitalized(last) && !isRoleHeadToken(last) && !isHonorificToken(last)) {
    // A name needs one word that is not a role word: "Current Prime Minister" names no one.
    if (tokens.some((token) => isCapitalized(token) && !isRoleWordToken(token))) return 'name'
  }
  // "Charlie King", "Mr. King", "Howard Dean": a family name that is also a role word.
  const before = tokens.at(-2)
  if (
    isCapitalized(last) &&
    before !== undefined &&
    isCapitalized(before) &&
    (isHonorificToken(before) || (isGivenName(before.text) && !isRoleWordToken(before)))
  ) {
    return 'name'
  }
  if (isCapitalized(last) && isOrganizationHeadToken(last)) return 'name'
  if (
    determiners.has(first.lower) ||
    endsInApostropheS(first.text) ||
    isCapitalized(first) ||
    pluralEnding.test(last.lower)
  ) {
    return 'description'
  }
  return isRoleHeadToken(last) ? 'description' : null
}

/**
 * "the head of Kelvex", "a spokeswoman for the Westmere Council": an article, a lowercase role
 * and a body after `of`/`for`/`at` describe a person by their post; the body's name is no name
 * of theirs.
 */
function isRoleInBody(tokens: readonly Token[]): boolean {
  const [article, role, link, next] = tokens
  return (
    article !== undefined &&
    role !== undefined &&
    link !== undefined &&
    next !== undefined &&
    articles.has(article.lower) &&
    !isCapitalized(role) &&
    isRoleHeadToken(role) &&
    postConnector.test(link.lower) &&
    (isCapitalized(next) || next.lower === 'the')
  )
}

function phraseText(text: string, tokens: readonly Token[]): string {
  return text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end)
}

function apposition(text: string, tokens: readonly Token[]): Apposition {
  return {
    text: phraseText(text, tokens),
    start: (tokens[0] as Token).start,
    end: (tokens.at(-1) as Token).end,
  }
}

const ageModifier = /^\p{N}{1,3}-year-old$/u

/** An age used as a modifier (`76-year-old`), as written before a name or a noun. */
export function isAgeModifier(word: string): boolean {
  return ageModifier.test(word)
}

const ageCaptured = /^(\d{1,3})-year-old$/

/** The age an age modifier written in ASCII digits gives (`51-year-old` → 51), else null. */
export function ageOfModifier(word: string): number | null {
  const match = ageCaptured.exec(word)
  return match ? Number(match[1]) : null
}

/**
 * Trim words a phrase may not end or start with (connectors, sentence openers): a copy, or the
 * array itself when nothing is trimmed (most phrases: its callers only read what it returns and
 * the array they give it, so no copy need be made).
 */
function trimPhrase(tokens: Token[]): Token[] {
  let start = 0
  let end = tokens.length
  while (start < end) {
    const token = tokens[start] as Token
    if (innerConnectors.has(token.lower) && token.lower !== 'the') start++
    // "76-year-old Ann Vale": an age describes the person named after it, it is no part of the
    // name ("the 46-year-old" alone is a description, and keeps it).
    else if (isAgeModifier(token.lower) && isCapitalized(tokens[start + 1])) start++
    else if (
      isCapitalized(token) &&
      end - start > 1 &&
      (clauseOpeners.has(bareLower(token)) ||
        // "Her campaign": the determiner opens the phrase; "Her" alone is the object pronoun.
        (phraseBreakers.has(token.lower) && !possessives.has(token.lower)) ||
        (cueVerbs.has(token.lower) && !nounlikeCueVerbs.has(token.lower)))
    )
      start++
    else break
  }
  while (end > start) {
    const token = tokens[end - 1] as Token
    // Not read at -1 (see `isCountAfterArticle`): most phrases are one word.
    const before = end > 1 ? tokens[end - 2] : undefined
    // "the Group of Nine": a capitalized number after "of" ends a body's name.
    const numberInName = isCapitalized(token) && before?.lower === 'of'
    // "the two": a count after an article heads the phrase.
    if (
      !numberInName &&
      !isCountAfterArticle(tokens, end - 1) &&
      (innerConnectors.has(token.lower) || determiners.has(token.lower))
    )
      end--
    // "said Ann Vale Thursday": the day dates the words, it is no part of the name.
    else if (end - start > 1 && speechDays.has(token.lower) && isCapitalized(before)) end--
    else break
  }
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end)
}

const maxPhraseWords = 9

/** How many party tags may precede the apposition next to the cue ("R-Ky., D-Ohio,"). */
const maxFollowingTags = 2

function partyMarked(given: Apposition, partyTag: boolean): Apposition {
  return partyTag ? { ...given, partyTag: true } : given
}

/** A phrase of one pronoun, token `token` (`text`: its form without a contraction, "he" of "he's"). */
export function pronounPhrase(token: Token, text: string = token.text): MentionPhrase {
  return { text, start: token.start, end: token.end, form: 'pronoun', appositions: [] }
}

/** A phrase read forwards, and the index of the token after it. */
export interface PhraseRead {
  phrase: MentionPhrase
  next: number
}

/**
 * The phrases read before and after the places of one list of tokens (a paragraph's), for the
 * text they were read in. The same places are read by several readers of an article: the cue
 * subjects of every paragraph (`cueSubjects`) and the patterns before a quotation read the
 * phrase before the same cues, the quoting frame after a quotation and the pattern after it the
 * phrase after its close, a sentence's subject is read for its quotation's patterns and again
 * for its candidates. Of the 4,367 phrases read backwards and 5,955 forwards in a pass of the
 * bench's 163 texts, 1,047 and 1,646 were read again so. A phrase is a pure function of the text
 * and tokens it is read from, and its readers never change one they are given (no reader outside
 * this module adds to a phrase's appositions), so the one read first is given again.
 */
interface PlacesRead {
  text: string
  /** By the end given to `phraseBefore`. */
  before: Map<number, MentionPhrase | null>
  /** By the start given to `phraseAfter`, times two, plus one when read with an apposition. */
  after: Map<number, PhraseRead | null>
}

const placesRead = new WeakMap<readonly Token[], PlacesRead>()

/** The phrases read at the places of `tokens` so far, read in `text` (none when another text). */
function placesReadOf(text: string, tokens: readonly Token[]): PlacesRead {
  let read = placesRead.get(tokens)
  if (read === undefined || read.text !== text) {
    read = { text, before: new Map(), after: new Map() }
    placesRead.set(tokens, read)
  }
  return read
}

/**
 * The speaker phrase that ends just before token `end` (exclusive), read backwards:
 * "State Department spokesman Matthew Miller", "a senior US official", "he". Skips one
 * comma-set apposition or participle phrase between the speaker and the cue
 * ("Nancy Pelosi, the Speaker of the House, said"; "An official, speaking on condition…, said").
 */
export function phraseBefore(
  text: string,
  tokens: readonly Token[],
  end: number,
): MentionPhrase | null {
  const read = placesReadOf(text, tokens)
  let phrase = read.before.get(end)
  if (phrase === undefined) {
    phrase = readPhraseBefore(text, tokens, end)
    read.before.set(end, phrase)
  }
  return phrase
}

/** `phraseBefore`, read. */
function readPhraseBefore(
  text: string,
  tokens: readonly Token[],
  end: number,
): MentionPhrase | null {
  // "Mike Ryan of the World Health Organization (WHO) told": skip a short parenthesis.
  let at = skipParenthesis(tokens, end - 1)
  const appositions: Apposition[] = []
  const closing = tokens[at]
  if (closing && closing.text === ',') {
    // "Dana Vale, R-Ky., said": a party tag is an apposition, though its periods would read
    // as a clause's end (and the tag was taken for the speaker).
    const tagOpening = partyTagOpening(tokens, at)
    let open = tagOpening >= 0 ? tagOpening : appositionOpening(tokens, at)
    if (open < 0 || (tokens[open] as Token).text !== ',') {
      // A phrase that starts the sentence, set off by a comma: the speaker itself.
      const start = Math.max(open + 1, 0)
      const inner = tokens.slice(start, at)
      const phrase = inner.length > 0 ? readBackward(text, tokens, at, start) : null
      return phrase
    }
    const inner = tokens.slice(open + 1, at)
    if (inner.length > 0) appositions.push(partyMarked(apposition(text, inner), tagOpening >= 0))
    // "Dana Vale, R-Ky., the committee chairwoman, said", "…, R-Ky., D-Ohio, said": a tag may
    // stand before another apposition; bounded, as a name takes few tags.
    for (let more = 0; more < maxFollowingTags; more++) {
      const before = partyTagOpening(tokens, open)
      if (before < 0) break
      appositions.unshift(partyMarked(apposition(text, tokens.slice(before + 1, open)), true))
      open = before
    }
    at = skipParenthesis(tokens, open - 1)
  }
  const phrase = readBackward(text, tokens, at + 1, 0)
  if (!phrase) {
    // "Speaking to reporters, the minister said": the apposition is not one; nothing precedes.
    return null
  }
  phrase.appositions.push(...appositions)
  return withConjunct(
    text,
    tokens,
    withAffiliation(text, tokens, withLeadingName(text, tokens, phrase)),
  )
}

/**
 * The comma that opens an apposition closed by the comma `at`, else -1 (or a token that is no
 * comma, when none is found within 15 tokens).
 */
function appositionOpening(tokens: readonly Token[], at: number): number {
  let open = at - 1
  while (open >= 0 && open > at - 16) {
    const token = tokens[open] as Token
    if (token.text === ',') return open
    // "Trump, appearing at the NBC/MSNBC forum, cited…": joiners inside names are fine.
    if ((token.kind !== 'word' && !nameJoiner.test(token.text)) || clauseStop.test(token.text))
      return -1
    open--
  }
  return open
}

/**
 * "Ann Vale, the foreign minister of Ostravia, a member of the council, said": a description
 * set off by commas after a name that opens the sentence is a second apposition of that name.
 */
function withLeadingName(
  text: string,
  tokens: readonly Token[],
  phrase: MentionPhrase,
): MentionPhrase {
  if (phrase.form === 'pronoun' || !opensWithArticle.test(phrase.text)) return phrase
  let index = tokenStartingAt(tokens, phrase.start)
  // "Ann Vale, president of the Teachers Union, which represents…, said": the phrase read back
  // may end a longer apposition opened by lowercase role words.
  let comma = index - 1
  while (
    comma > 0 &&
    index - comma <= 4 &&
    tokens[comma]?.kind === 'word' &&
    !(tokens[comma] as Token).capital
  )
    comma--
  if (comma < 1 || tokens[comma]?.text !== ',') return phrase
  const opening = index - 1 === comma ? phrase : undefined
  index = comma + 1
  const name = readBackward(text, tokens, comma, 0)
  // "Dana Vale, R-Ky., the committee chairwoman,": the tag read back is no name.
  if (name?.form !== 'name' || isPartyTag(name.text)) return phrase
  const nameAt = tokenStartingAt(tokens, name.start)
  const before = tokens[nameAt - 1]
  if (before !== undefined && !stopMark.test(before.text) && before.kind !== 'quote') return phrase
  const first = tokens[index] as Token
  const described = opening ?? {
    ...phrase,
    text: text.slice(first.start, phrase.end),
    start: first.start,
  }
  return {
    ...name,
    appositions: [
      { text: described.text, start: described.start, end: described.end },
      ...phrase.appositions,
    ],
  }
}

const pairPrepositions = new Set(pairPrepositionList)

/**
 * "Grassley and Leahy said", "said Ann Vale and Tomas Brio": two names joined by `and` speak
 * together; the pair is a description (a group), not the second name alone.
 */
function withConjunct(
  text: string,
  tokens: readonly Token[],
  phrase: MentionPhrase,
): MentionPhrase {
  if (phrase.form !== 'name') return phrase
  let index = tokenStartingAt(tokens, phrase.start)
  // "Zeliff and 24-year-old Tom Giancola": the age left out of the name stands after the `and`.
  if (index > 0 && isAgeModifier(tokens[index - 1]?.lower ?? '')) index--
  if (index < 2 || tokens[index - 1]?.lower !== 'and') return phrase
  const first = readBackward(text, tokens, index - 1, 0)
  // "the children of Ann Vale and Tom Rusk": the relation's people speak, whoever they serve.
  if (
    first?.form === 'description' &&
    isRelationPhrase(tokens.slice(tokenStartingAt(tokens, first.start), index - 1))
  )
    return pair(text, first, phrase)
  if (first?.form !== 'name' || !properName.test(first.text)) return phrase
  const before = tokens[tokenStartingAt(tokens, first.start) - 1]
  if (before && pairPrepositions.has(before.lower)) return phrase
  return pair(text, first, phrase)
}

function pair(text: string, first: MentionPhrase, second: MentionPhrase): MentionPhrase {
  return {
    text: text.slice(first.start, second.end),
    start: first.start,
    end: second.end,
    form: 'description',
    appositions: second.appositions,
  }
}

/** The token before a short parenthesis ending at `at` (`(WHO)`, `(R-Utah)`), else `at`. */
function skipParenthesis(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ')') return at
  let open = at - 1
  while (open > 0 && at - open < 14 && (tokens[open] as Token).text !== '(') open--
  return tokens[open]?.text === '(' && open > 0 ? open - 1 : at
}

// "Ann Vale for the defence": the body a person serves (`for`) is an affiliation too.
const affiliationLinks = new Set([...affiliationPrepositions, ...roleBodyLinks])

/**
 * "Steve Peers of the University of Essex said": reading back from the cue stops at the
 * organization; the person before `of`/`at`/`from`/`for` is the speaker, so the phrase takes
 * them in. Only a person who opens the clause: in "the officers who arrested Tom Rusk at the
 * docks said" the name is a verb's object, and the subject stands further back.
 */
function withAffiliation(
  text: string,
  tokens: readonly Token[],
  phrase: MentionPhrase,
): MentionPhrase {
  if (phrase.form === 'pronoun' || !opensWithTheOrCapital.test(phrase.text)) return phrase
  const index = tokenStartingAt(tokens, phrase.start)
  if (index < 2) return phrase
  const link = tokens[index - 1]
  if (!link || !affiliationLinks.has(link.text)) return phrase
  const person = readBackward(text, tokens, index - 1, 0)
  if (!person || tokens[tokenStartingAt(tokens, person.start) - 1]?.kind === 'word') return phrase
  // "two members of Congress from Florida": a relation phrase before the link is its people.
  const relation =
    person.form === 'description' &&
    isRelationPhrase(tokens.slice(tokenStartingAt(tokens, person.start), index - 1))
  if (!relation && (person.form !== 'name' || !properName.test(person.text))) return phrase
  return {
    ...phrase,
    text: text.slice(person.start, phrase.end),
    start: person.start,
    form: relation ? 'description' : 'name',
  }
}

/**
 * "A spokesman for the company said", "An official at the ministry said": reading back from a
 * cue stops at the body after the link (`the company`), but the speaker is the unnamed person
 * before the link, who opens the clause: the phrase takes them in (a description). Only an
 * indefinite description of a person ("a lawyer", "a senior official"), whose head is a noun of
 * people and no body ("a unit of the army" stays the army's); a named person before the link is
 * `withAffiliation`'s. Reads one phrase back from the link: constant work per cue.
 */
export function withUnnamedAffiliate(
  text: string,
  tokens: readonly Token[],
  phrase: MentionPhrase,
): MentionPhrase {
  if (phrase.form === 'pronoun') return phrase
  const index = tokenStartingAt(tokens, phrase.start)
  // Not read below 0: V8 reads `tokens[-1]` as a property named "-1", through a slow path.
  if (index < 2) return phrase
  const link = tokens[index - 1] as Token
  const head = tokens[index - 2] as Token
  if (link.kind !== 'word' || !affiliationLinks.has(link.text)) return phrase
  if (head.kind !== 'word' || head.capital || !isPeopleNounToken(head)) return phrase
  if (isOrganizationHeadToken(head)) return phrase
  const person = readBackward(text, tokens, index - 1, 0)
  if (person?.form !== 'description') return phrase
  const opening = tokenStartingAt(tokens, person.start)
  const determiner = (tokens[opening] as Token).lower
  if (determiner !== 'a' && determiner !== 'an') return phrase
  const before = tokens[opening - 1]
  if (before?.kind === 'word' && !subjectOpeners.has(before.lower)) return phrase
  return {
    ...phrase,
    text: text.slice(person.start, phrase.end),
    start: person.start,
    form: 'description',
  }
}

function readBackward(
  text: string,
  tokens: readonly Token[],
  end: number,
  floor: number,
): MentionPhrase | null {
  // Not read at -1 (see `isCountAfterArticle`): a phrase often opens its paragraph.
  const last = end > 0 ? tokens[end - 1] : undefined
  if (last?.kind !== 'word') return null
  if (subjectPronouns.has(pronounOf(last.lower))) {
    const before = end > 1 ? tokens[end - 2] : undefined
    if (
      before?.kind !== 'word' ||
      !isCapitalized(last) ||
      clauseOpeners.has(before.lower) ||
      phraseBreakers.has(before.lower)
    ) {
      return pronounPhrase(last)
    }
  }
  const part = end - 3 >= floor ? groupPartAt(text, tokens, end - 3) : null
  if (part) return part
  const words: Token[] = []
  let index = end - 1
  while (index >= floor && words.length < maxPhraseWords) {
    const token = tokens[index] as Token
    // "Commission on International Religious Freedom": "on"/"for" inside a body's name.
    const inName =
      (token.lower === 'on' || token.lower === 'for') &&
      words.length > 0 &&
      isCapitalized(words[0] as Token) &&
      isCapitalized(tokens[index - 1] as Token) &&
      isOrganizationHeadToken(tokens[index - 1] as Token)
    if (
      !inName &&
      !phraseWord(token) &&
      !(words.length === 0 && isCueNounHead(tokens, index, openerBefore(tokens, index))) &&
      !(words.length > 0 && isParticipleModifier(tokens, index)) &&
      !(words.length > 0 && isRelationLinkAt(tokens, index, openingBack(tokens, index - 1, floor)))
    ) {
      // "her campaign said": before the words of a phrase, `her` is its possessive determiner.
      if (words.length > 0 && token.lower === 'her') words.unshift(token)
      break
    }
    words.unshift(token)
    // A determiner or possessive opens the phrase: stop there ("the two": a count is its head).
    if (
      determiners.has(token.lower) &&
      !isCapitalized(token) &&
      !isCountAfterArticle(tokens, index)
    )
      break
    if (determiners.has(token.lower) && words.length > 1) break
    index--
  }
  const trimmed = trimPhrase(throughRelation(words, 'back'))
  const form = classify(trimmed)
  if (!form) return null
  const first = trimmed[0] as Token
  const final = trimmed.at(-1) as Token
  return {
    text: phraseText(text, trimmed),
    start: first.start,
    end: final.end,
    form,
    appositions: [],
  }
}

/**
 * The words of a phrase read through a relation's `to` ("an aide to Brandt"), kept whole only
 * when they make a relation phrase; else the phrase ends at the `to`, as it would have: the
 * words after it read back ("Brandt"), or the words before it read forwards ("two members", of
 * "two members to Hong Kong's police council").
 */
function throughRelation(words: Token[], reading: 'back' | 'forward'): Token[] {
  // A loop, not `findIndex` with a callback made per phrase read.
  let link = -1
  for (let at = 0; at < words.length; at++)
    if ((words[at] as Token).text === 'to') {
      link = at
      break
    }
  if (link < 0 || isRelationPhrase(trimPhrase(words))) return words
  return reading === 'back' ? words.slice(link + 1) : words.slice(0, link)
}

/**
 * `head` when the word there would open a phrase read back (nothing that may sit in a phrase
 * before it: "…," Lawyers for…), else -1: only an opening head may be capitalized.
 */
function openingBack(tokens: readonly Token[], head: number, floor: number): number {
  const before = head - 1 >= floor ? tokens[head - 1] : undefined
  return before === undefined || before.kind !== 'word' ? head : -1
}

/**
 * "one of them said", "said some of us": a part of a group, three tokens from `first`, read as a
 * description of no one in particular, so that its cue is not handed to a member named nearby.
 */
function groupPartAt(text: string, tokens: readonly Token[], first: number): MentionPhrase | null {
  const part = tokens[first]
  const of = tokens[first + 1]
  const pronoun = tokens[first + 2]
  if (part?.kind !== 'word' || pronoun?.kind !== 'word' || of?.lower !== 'of') return null
  if (!partWords.has(part.lower) || !groupObjectPronouns.has(pronoun.lower)) return null
  return {
    text: phraseText(text, [part, of, pronoun]),
    start: part.start,
    end: pronoun.end,
    form: 'description',
    appositions: [],
  }
}

/** The determiner up to three tokens before `index` that may open its phrase, else `index`. */
function openerBefore(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--)
    if (determiners.has((tokens[at] as Token).lower)) return at
  return index
}

/**
 * Whether `tokens[index]` is `her` as the possessive determiner of the phrase word after it
 * ("her campaign", "her lawyers"), not the object pronoun ("told her").
 */
function opensWithHer(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return (
    (tokens[index] as Token).lower === 'her' &&
    next !== undefined &&
    phraseWord(next) &&
    !determiners.has(next.lower)
  )
}

/**
 * The speaker phrase that starts at token `start`, read forwards ("said *Caddell*",
 * "*Wang* added", "*a senior official* said"); stops before a cue verb or punctuation.
 * Takes a following comma-set apposition when `withApposition` is set.
 */
export function phraseAfter(
  text: string,
  tokens: readonly Token[],
  start: number,
  withApposition: boolean,
): PhraseRead | null {
  const read = placesReadOf(text, tokens)
  const place = withApposition ? start * 2 + 1 : start * 2
  let found = read.after.get(place)
  if (found === undefined) {
    found = readPhraseAfter(text, tokens, start, withApposition)
    read.after.set(place, found)
  }
  return found
}

/**
 * `phraseAfter`, read. Its partner after `and` is read anew, not taken from the places read: the
 * pair made of it shares its appositions, which the pair's own are then added to.
 */
function readPhraseAfter(
  text: string,
  tokens: readonly Token[],
  start: number,
  withApposition: boolean,
): PhraseRead | null {
  const first = tokens[start]
  if (first?.kind !== 'word') return null
  if (subjectPronouns.has(pronounOf(first.lower))) {
    return { phrase: pronounPhrase(first, first.text.replace(contraction, '')), next: start + 1 }
  }
  const part = groupPartAt(text, tokens, start)
  if (part) return { phrase: part, next: start + 3 }
  const words: Token[] = []
  let index = start
  while (index < tokens.length && words.length < maxPhraseWords) {
    const token = tokens[index] as Token
    if (
      !phraseWord(token) &&
      !((words.length === 0 || words.at(-1)?.lower === 'of') && opensWithHer(tokens, index)) &&
      !isCueNounHead(tokens, index, start) &&
      !(words.length > 0 && isParticipleModifier(tokens, index)) &&
      // "said an aide to Brandt": the relation's connector, then the one it serves.
      !(words.length > 0 && isRelationLinkAt(tokens, index, start))
    )
      break
    // "one of her advisers", "one of two witnesses": a determiner after `of` opens the noun
    // the phrase goes on to; "the two": a count after an article heads it.
    if (
      words.length > 0 &&
      determiners.has(token.lower) &&
      !innerConnectors.has(token.lower) &&
      words.at(-1)?.lower !== 'of' &&
      !isCountAfterArticle(tokens, index)
    )
      break
    words.push(token)
    index++
  }
  // "said lawyer Ann Vale outside the court": a name ends the phrase before plain words; a
  // description opened by a determiner or a possessive keeps its noun of people ("said one
  // Democratic source").
  // "Small groups of protesters…": a common word capitalized only to open the sentence,
  // before a noun of people, makes no name of the phrase.
  // "The survey asks": a determiner capitalized to open the sentence names nothing.
  // Counted in place (no array of them made): how many, and whether the first is the opener.
  let capitalized = 0
  let firstCapitalized: Token | undefined
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as Token
    if (isCapitalized(word) && !(at === 0 && determiners.has(word.lower))) {
      if (capitalized === 0) firstCapitalized = word
      capitalized++
    }
  }
  const openerOnly =
    capitalized === 1 &&
    firstCapitalized === words[0] &&
    words.length > 1 &&
    !determiners.has((words[0] as Token).lower) &&
    isPeopleNounToken(words.at(-1) as Token) &&
    isDictionaryWord((words[0] as Token).text) &&
    !isGivenName((words[0] as Token).text)
  if (capitalized > 0 && !openerOnly) {
    const described = determiners.has((words[0] as Token).lower)
    while (words.length > 1) {
      const last = words.at(-1) as Token
      if (isCapitalized(last) || isRoleHeadToken(last)) break
      const before = words.at(-2) as Token
      const owner = hasPossessiveEnding(before.text)
      if ((described || owner) && isPeopleNounToken(last)) break
      // "Sanders protesters", "White House officials": a name right before a plural noun of
      // people modifies it; the people speak, not the one the name names. Not when an object
      // follows: "Ann Vale heads the union", "coaches the team" are verbs of office.
      if (
        isCapitalized(before) &&
        !owner &&
        isPluralPeopleNoun(last) &&
        !opensNounPhrase(tokens[start + words.length])
      )
        break
      words.pop()
    }
  }
  const trimmed = trimPhrase(throughRelation(words, 'forward'))
  const form =
    classify(trimmed) ?? (isCapitalizedBreakerName(tokens, start, trimmed) ? 'name' : null)
  if (!form) return null
  const phrase: MentionPhrase = {
    text: phraseText(text, trimmed),
    start: (trimmed[0] as Token).start,
    end: (trimmed.at(-1) as Token).end,
    form,
    appositions: [],
  }
  const next = start + words.length
  const partner =
    form === 'name' && tokens[next]?.lower === 'and'
      ? readPhraseAfter(text, tokens, next + 1, false)
      : null
  if (partner && partner.phrase.form === 'name') {
    return finishAfter(
      text,
      tokens,
      pair(text, phrase, partner.phrase),
      partner.next,
      withApposition,
    )
  }
  const finished = finishAfter(text, tokens, phrase, next, withApposition)
  return withApposition ? withPostHolder(text, tokens, finished) : finished
}

/**
 * A lowercase plural noun of people or bodies ("protesters", "officials", "fishermen"): not a
 * singular in `-ss` ("boss", "witness").
 */
function isPluralPeopleNoun(token: Token): boolean {
  return (
    !token.capital &&
    pluralEnding.test(token.lower) &&
    !token.lower.endsWith('ss') &&
    isPeopleNounToken(token)
  )
}

/** Whether a token opens a noun phrase (a determiner, a capitalized word, a number): an object. */
function opensNounPhrase(token: Token | undefined): boolean {
  return (
    token?.kind === 'word' &&
    (determiners.has(token.lower) || token.capital || startsWithDigit.test(token.text))
  )
}

/**
 * Whether a phrase read forwards is one capitalized function word that names someone: right
 * after a quotation and before a cue ("…," From said), where no sentence opens to capitalize it
 * and a preposition or conjunction could not stand.
 */
function isCapitalizedBreakerName(
  tokens: readonly Token[],
  start: number,
  words: readonly Token[],
): boolean {
  const [word] = words
  return (
    words.length === 1 &&
    word !== undefined &&
    word === tokens[start] &&
    isCapitalized(word) &&
    phraseBreakers.has(word.lower) &&
    !subjectPronouns.has(word.lower) &&
    tokens[start - 1]?.kind === 'quote' &&
    isCue(tokens[start + 1])
  )
}

/**
 * "said Westmere University, Ostrava's chancellor, Ann Vale": a body, then a role set off by
 * commas, then a person's name: the person who holds the post speaks, and the body and the role
 * describe them.
 */
function withPostHolder(
  text: string,
  tokens: readonly Token[],
  read: { phrase: MentionPhrase; next: number },
): { phrase: MentionPhrase; next: number } {
  const { phrase, next } = read
  const role = phrase.appositions.at(-1)
  if (phrase.form !== 'name' || role === undefined) return read
  const roleHead = role.text.split(spaces).at(-1) ?? ''
  if (roleHead !== roleHead.toLowerCase() || !isRoleHead(roleHead)) return read
  if (!phrase.text.split(spaces).some((word) => isOrganizationHead(word.toLowerCase()))) return read
  let end = next
  while (end < tokens.length && end - next < 4 && isCapitalized(tokens[end])) end++
  const after = tokens[end]
  if (end - next < 2 || (after !== undefined && !listMark.test(after.text))) return read
  const first = tokens[next] as Token
  const last = tokens[end - 1] as Token
  return {
    phrase: {
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      form: 'name',
      appositions: [
        { text: text.slice(phrase.start, role.end), start: phrase.start, end: role.end },
      ],
    },
    next: after?.text === ',' ? end + 1 : end,
  }
}

/** The parenthesis and apposition after a phrase read forwards. */
function finishAfter(
  text: string,
  tokens: readonly Token[],
  phrase: MentionPhrase,
  from: number,
  withApposition: boolean,
): { phrase: MentionPhrase; next: number } {
  let next = from
  // "Jason Chaffetz (R-Utah) said": a short parenthesis after the name.
  if (tokens[next]?.text === '(') {
    let close = next + 1
    while (close < tokens.length && close - next < 8 && (tokens[close] as Token).text !== ')')
      close++
    if (tokens[close]?.text === ')') next = close + 1
  }
  if (withApposition && tokens[next]?.text === ',') {
    let close = next + 1
    while (close < tokens.length && close < next + 16) {
      const token = tokens[close] as Token
      if (token.kind === 'word') close++
      // "state Del. Ann Vale (D-Ostrava),": a short parenthesis inside the apposition.
      else if (token.text === '(' && close > next + 1) {
        let end = close + 1
        while (end < tokens.length && end - close < 8 && (tokens[end] as Token).text !== ')') end++
        if (tokens[end]?.text !== ')') break
        close = end + 1
      } else break
    }
    const inner = tokens.slice(next + 1, close)
    const closer = tokens[close]
    // "Mitch McConnell, R-Ky., said": an abbreviation's period inside a short apposition.
    if (
      closer?.text === '.' &&
      tokens[close + 1]?.text === ',' &&
      tokens[close + 1]?.start === closer.end &&
      close - next < 4
    ) {
      const abbreviation = tokens.slice(next + 1, close)
      if (abbreviation.length > 0) {
        phrase.appositions.push(apposition(text, abbreviation))
        return { phrase, next: close + 2 }
      }
    }
    if (inner.length > 0 && closer && (closer.text === ',' || sentenceStop.test(closer.text))) {
      if (
        determiners.has((inner[0] as Token).lower) ||
        // "Ann Vale, 25, said": an age set off after the name.
        (inner.length === 1 && shortNumber.test((inner[0] as Token).text)) ||
        endsInApostropheS((inner[0] as Token).text) ||
        isCapitalized(inner[0] as Token) ||
        // "his niece, state Del. Ann Vale, said": role words before a name.
        (isRoleWord((inner[0] as Token).text) && inner.some((token) => isCapitalized(token)))
      ) {
        phrase.appositions.push(apposition(text, inner))
        next = closer.text === ',' ? close + 1 : close
      }
    }
  }
  return { phrase, next }
}

/**
 * Whether a word is a cue verb: in lowercase, as cue verbs are in running text ("State", "Post"
 * and "Claims" are names). A token's `lower` is its text in lowercase, so the word is its own
 * `lower` exactly when it equals its lowercase.
 *
 * Asked of every word of every paragraph (`cueSubjects`, `relativeSubjects`' cues), most of
 * which no reader asks any other fact of: a look-up in the small set of cue verbs, not the fact
 * read from the token's lexeme, which finds the lexeme in the shared vocabulary (a large table)
 * for each such word first. Lexemes looked up fell from 73,115 to 51,019 a pass of the bench's
 * 163 texts, and the share of the pass this reading and the lexemes took from 8.6% to 7.2%
 * (steady-state profiles).
 */
export function isCue(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.text === token.lower &&
    cueVerbs.has(token.lower)
  )
}

/** Whether a word may stand between a speaker and the cue ("also", "has"). */
export function isCueModifier(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    (cueModifiers.has(token.lower) ||
      // Only a word in -ly can be an adverb: the others' lexemes are not looked up.
      (token.lower.length > 4 &&
        token.lower.endsWith('ly') &&
        isAdverbToken(token) &&
        !startsUppercase.test(token.text)))
  )
}
