/**
 * The word patterns that tie a quotation to the phrase naming its speaker: `"…," Vale said`,
 * `said Vale`, `— Vale`, `according to Vale`, `Vale said "…"`, `Vale: "…"`, `…, saying "…"`,
 * `Vale's claim that "…"`, `The talks were "…", Vale said.` Each reader gives every phrase its
 * pattern finds, with the pattern's name (its role): which one names the speaker is decided by
 * the fitted model (see `choose.ts`), not by the order of these readers.
 */
import {
  auxiliaries,
  calendarWords,
  coordinators,
  hearingVerbs as hearingVerbList,
  inflect,
  negativeAdverbs,
  passiveAuxiliaries as passiveAuxiliaryList,
  relativePronouns as relativePronounList,
  subordinators,
  timeNouns,
} from '@newsroom/lexicon'
import { isGivenName, isOrganizationHead, isRoleHead } from '@newsroom/names'
import { creditLine } from './credit-line.js'
import {
  isCue,
  isCueModifier,
  isObjectPronoun,
  isOwnerPronoun,
  type MentionPhrase,
  phraseAfter,
  phraseBefore,
  pronounPhrase,
  withUnnamedAffiliate,
} from './mention-phrase.js'
import {
  firstTokenFrom,
  lastTokenEndingBy,
  type PreparedParagraph,
  sentenceAt,
  type Token,
  tokenStartingAt,
} from './paragraphs.js'
import { isWrittenState } from './party-tag.js'
import { isPeopleNoun, isSpeakerHead } from './people.js'
import { withoutPossessiveEnding } from './possessive.js'
import { descriptionHead, possessiveOwner } from './readings.js'
import { cueAfterSetOffClause, describesAnother, listAfter } from './set-off-clause.js'
import {
  cueNouns,
  cueVerbs,
  isFiniteVerbToken,
  isHonorificToken,
  nounlikeCueVerbs,
  pastCueVerbs,
  possessives,
  prepositions,
  subjectPronouns,
} from './words.js'

const passiveAuxiliaries: ReadonlySet<string> = new Set(passiveAuxiliaryList)
const hearingVerbs: ReadonlySet<string> = new Set(hearingVerbList)

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const attributionMark = /^[,―—–‒\-:]$/
const clauseLink = /^(?:who|which|that|and|or|but|also|then)$/
const colonOrComma = /^[:,]$/
const digit = /\d/
const fullStopOrSemicolon = /^[.;]$/
const markThenCapital = /^.\s*\p{Lu}/u
const opensQuotation = /^["“„«]$/u
const opensWithIndefinite = /^(?:a|an)\s/i
const participleEnding = /(?:ed|ing)$/
const possessiveWord = /^(?:\p{L}+)?['’]s?$/u
const signatureEnd = /^[.;,)]$/
const startsUppercase = /^\p{Lu}/u
const stopOrComma = /^[.!?;,]$/

/** The auxiliaries of a verb group, read after a cue for a clause it reports (`afterQuote`). */
const reportingAuxiliaries: ReadonlySet<string> = new Set(auxiliaries)
/** Words opening a clause of the attribution's own ("as the meeting was ending"). */
const attributionClauseOpeners: ReadonlySet<string> = new Set(
  [...subordinators, ...relativePronounList].filter((word) => word !== 'that'),
)

/** How a phrase is tied to a quotation. */
export type CueRole =
  /** `"…," Vale said` */
  | 'after-subject'
  /** `"…," said Vale` */
  | 'after-inverted'
  /** `"…" — Vale` */
  | 'after-dash'
  /** `"…," according to Vale` */
  | 'after-according'
  /** `Vale said on Friday "…"` */
  | 'before-subject'
  /** `Vale: "…"` */
  | 'before-colon'
  /** `According to Vale, "…"` */
  | 'before-according'
  /** `Vale spoke, saying "…"`: the subject of the participle's clause */
  | 'participle-subject'
  /** `Saying "…", Vale left`: the subject of the main clause after the quotation */
  | 'opening-participle'
  /** `Vale's claim that "…"` */
  | 'owner'
  /** `Vale issued a statement calling it "…"`: the subject of the sentence */
  | 'clause-subject'
  /** `The talks were "…", Vale said.` */
  | 'sentence-end'
  /** `Vale defended it: "…"`: a full sentence after a colon or a comma */
  | 'colon-subject'
  /** `a message that said "…"`: the phrase a relative pronoun subject of a cue stands for */
  | 'relative-subject'

/** A phrase a pattern ties to a quotation. */
export interface CueMatch {
  phrase: MentionPhrase
  role: CueRole
  /** The cue word or mark (`said`, `according to`, `:`, `—`). */
  cue: string
  paragraph: number
  /** Cues between this one and the quotation: 0 for the nearest. */
  rank: number
}

const comparisonVerb = /^(?:compared?|comparing|likened?)$/
const comparisonPreposition = /^(?:to|with)$/

/** "Talk compared to "…"": a comparison verb with no object is passive or a preposition. */
export function comparesWithoutObject(tokens: readonly Token[], index: number): boolean {
  // Asked of every cue word: the patterns are made once, not at each call.
  return (
    comparisonVerb.test((tokens[index] as Token).lower) &&
    comparisonPreposition.test(tokens[index + 1]?.lower ?? '')
  )
}

/** Words after which the next word is a noun, not a verb ("of state", "the report", "his claim"). */
const nounMarkers: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'this', ...possessives])

/**
 * Whether the word before a cue word is a lowercase modifier that no speaker phrase ends with
 * ("mental state", "late-night tweets"), which makes the cue a noun.
 */
function afterModifier(tokens: readonly Token[], index: number): boolean {
  const cue = tokens[index] as Token
  // Only forms that can be nouns: "state", "tweets"; never "chanted", "said", "admitting".
  if (participleEnding.test(cue.lower) || pastCueVerbs.has(cue.lower)) return false
  const before = tokens[index - 1]
  if (before?.kind !== 'word' || before.capital || digit.test(before.text)) return false
  const word = before.lower
  // "the ad claims", "the letter continues": a statement or a document is the subject.
  return (
    !cueNouns.has(word) &&
    !isPeopleNoun(word) &&
    !isRoleHead(word) &&
    !isOrganizationHead(word) &&
    !isCueModifier(before) &&
    !isCue(before) &&
    !subjectPronouns.has(word) &&
    !clauseLink.test(word)
  )
}

/** Nouns of something said or written that a possessive pronoun can own ("her claim"). */
const ownedStatements: ReadonlySet<string> = new Set([...cueNouns, ...nounlikeCueVerbs])

/**
 * The possessive pronoun owning the noun of a statement at token `index` ("*her* claim that",
 * "*his* past remarks"), with at most one word between them, as a pronoun phrase; else null.
 */
function ownerPronounOf(tokens: readonly Token[], index: number): MentionPhrase | null {
  if (!ownedStatements.has((tokens[index] as Token).lower)) return null
  for (let at = index - 1; at >= index - 2 && at >= 0; at--) {
    const token = tokens[at] as Token
    if (token.kind !== 'word') return null
    if (isOwnerPronoun(token.lower)) return pronounPhrase(token)
  }
  return null
}

/** Prepositions whose object a phrase before a cue word can be ("of Republican claims"). */
const objectPrepositions = new Set(['of', 'for', 'to', 'with', 'by', 'about', 'from', 'among'])

/** Whether a phrase read back from a cue word is the object of a preposition. */
function objectOfPreposition(tokens: readonly Token[], phrase: MentionPhrase, cue: Token): boolean {
  // "footage of Trump saying "…"": a participle's subject may follow a preposition; a full
  // name or a phrase with an apposition is read whole.
  if (phrase.form === 'pronoun' || cue.lower.endsWith('ing') || phrase.appositions.length > 0)
    return false
  if (phrase.form === 'name' && phrase.text.includes(' ')) return false
  const at = tokenStartingAt(tokens, phrase.start)
  return at > 0 && objectPrepositions.has((tokens[at - 1] as Token).lower)
}

/** Verbs of quoting or citing someone, whose object is the one quoted. */
const quotingVerbs: ReadonlySet<string> = new Set(['quote', 'cite'].flatMap(inflect))

/** Whether a cue word is a verb of quoting or citing (`quoted`, `cite`). */
export function isQuotingVerb(cue: string): boolean {
  return quotingVerbs.has(cue.toLowerCase())
}

/** Most tokens between a verb of quoting and its `as` ("quoted sources close to the mayor as"). */
const maxQuotedObjectTokens = 12

/**
 * A quoting frame: `Vale quoted Brio as saying "…"`, `cited him as having said`. The one quoted
 * says the words; the quoter (`Vale`) is never their speaker, whatever role it has in the
 * sentence.
 */
export interface QuotingFrame {
  /** The verb of quoting (`quoted`, `cited`). */
  verb: number
  /** The cue after `as` or `as having`. */
  cue: number
  /**
   * The one quoted when its words read as one phrase (a name or a description with its
   * appositions, or a pronoun, resolved as a subject's); null for an object read no further
   * ("experts such as Brio", "Brio's report"), whose words then go to no one of the frame.
   */
  object: MentionPhrase | null
}

/**
 * The quoting frame whose verb of quoting is token `verb`, with its `as` before token `limit`
 * (the quotation), else null.
 */
export function quotingFrameAt(
  text: string,
  tokens: readonly Token[],
  verb: number,
  limit: number,
): QuotingFrame | null {
  if (!quotingVerbs.has(tokens[verb]?.lower ?? '')) return null
  const objectStart = afterTimePhrase(tokens, verb + 1)
  if (passiveAt(tokens, verb, objectStart)) return null
  const end = Math.min(limit, objectStart + maxQuotedObjectTokens + 1)
  for (let as = objectStart; as < end; as++) {
    const token = tokens[as] as Token
    if (token.kind === 'quote' || endsQuotedObject(tokens, as)) return null
    if (token.lower !== 'as') continue
    let cue = as + 1
    if (tokens[cue]?.lower === 'having') cue++
    // "experts such as Brio as saying": an `as` before no cue is part of the object.
    if (cue >= limit || !isCue(tokens[cue])) continue
    // "Brio, who the Gazette quoted last week as saying": the one quoted stands elsewhere.
    const object = as === objectStart ? null : quotedObjectOf(text, tokens, objectStart, as)
    return { verb, cue, object }
  }
  return null
}

/** Words that open or make up a time phrase ("last week", "earlier this month", "on Monday"). */
const timeWords: ReadonlySet<string> = new Set([
  ...calendarWords,
  ...timeNouns,
  'last',
  'this',
  'next',
  'earlier',
  'early',
  'late',
  'on',
])

/** Words naming a time: a time phrase holds one ("last week"), unlike "on her blog". */
const timeHeads: ReadonlySet<string> = new Set([...calendarWords, ...timeNouns])

/** Most tokens of a time phrase read past after a verb of quoting ("earlier this week"). */
const maxTimePhraseTokens = 3

/**
 * The token after the time phrase at token `at` ("quoted *last week* as saying"), else `at`:
 * a time is never the one quoted.
 */
function afterTimePhrase(tokens: readonly Token[], at: number): number {
  let next = at
  let named = false
  while (next < at + maxTimePhraseTokens && timeWords.has(tokens[next]?.lower ?? '')) {
    named ||= timeHeads.has((tokens[next] as Token).lower)
    next++
  }
  return named ? next : at
}

const coordinatorWords: ReadonlySet<string> = new Set(coordinators)

/**
 * Whether token `at`, read between a verb of quoting and its `as`, ends the verb's clause, so
 * that an `as` past it is another clause's ("quoted the price, and colleagues recall her as
 * saying"): a semicolon, a colon, a comma before a coordinator, or a verb of its own (a cue or a
 * finite verb, not a noun after a determiner or an owner: "the report", "Brio's report").
 */
function endsQuotedObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token
  if (token.text === ';' || token.text === ':') return true
  if (token.text === ',') return coordinatorWords.has(tokens[at + 1]?.lower ?? '')
  if (token.kind !== 'word' || startsUppercase.test(token.text)) return false
  const before = tokens[at - 1]
  if (nounMarkers.has(before?.lower ?? '') || possessiveWord.test(before?.text ?? '')) return false
  if (!isCue(token) && !isFiniteVerbToken(token)) return false
  // "quoted Brio, who had met Vale, as saying": a relative clause is part of the object.
  return !relativePronouns.has(tokens[wordBeforeModifiers(tokens, at)]?.lower ?? '')
}

/** Relative pronouns opening a clause inside the object of a verb of quoting. */
const relativePronouns: ReadonlySet<string> = new Set(relativePronounList)

/**
 * Whether a verb is passive: a form of `be` or `get` before it, past cue modifiers and adverbs
 * ("was also quoted", "has been posted"); never a verb in `-ing` ("was quoting": progressive).
 */
export function isPassive(tokens: readonly Token[], verb: number): boolean {
  if ((tokens[verb] as Token).lower.endsWith('ing')) return false
  return passiveAuxiliaries.has(tokens[wordBeforeModifiers(tokens, verb)]?.lower ?? '')
}

/** The token before token `at` and the cue modifiers and adverbs right before it. */
function wordBeforeModifiers(tokens: readonly Token[], at: number): number {
  let before = at - 1
  while (
    before >= 0 &&
    isCueModifier(tokens[before]) &&
    !passiveAuxiliaries.has((tokens[before] as Token).lower)
  )
    before--
  return before
}

/**
 * Whether the verb of quoting at token `verb` is passive, so that its subject is the one quoted
 * ("Brio was quoted in the Gazette as saying", "Brio, quoted by Vale as saying"): an auxiliary
 * before it, a preposition where its object would start, or, with no object before its `as`
 * (at `objectStart`), a participle opening the sentence or following a comma ("Brio, widely
 * quoted as saying").
 */
function passiveAt(tokens: readonly Token[], verb: number, objectStart: number): boolean {
  if (prepositions.has(tokens[verb + 1]?.lower ?? '')) return true
  if (isPassive(tokens, verb)) return true
  if ((tokens[verb] as Token).lower.endsWith('ing') || tokens[objectStart]?.lower !== 'as')
    return false
  const before = tokens[wordBeforeModifiers(tokens, verb)]
  return before === undefined || stopOrComma.test(before.text)
}

/**
 * The object of a quoting frame, from token `objectStart` (past the verb and a time phrase) to
 * its `as`, when it reads as one phrase.
 */
function quotedObjectOf(
  text: string,
  tokens: readonly Token[],
  objectStart: number,
  as: number,
): MentionPhrase | null {
  const first = tokens[objectStart] as Token
  if (as === objectStart + 1 && isObjectPronoun(first.lower)) return pronounPhrase(first)
  const phrase = phraseBefore(text, tokens, timePhraseStart(tokens, as))
  return phrase && phrase.start === first.start ? phrase : null
}

/**
 * The first token of the time phrase ending before token `end` ("quoted Brio *on Monday* as
 * saying"), else `end`.
 */
function timePhraseStart(tokens: readonly Token[], end: number): number {
  let start = end
  let named = false
  while (end - start < maxTimePhraseTokens && timeWords.has(tokens[start - 1]?.lower ?? '')) {
    start--
    named ||= timeHeads.has((tokens[start] as Token).lower)
  }
  return named ? start : end
}

/**
 * The quoting frame whose cue is token `cue` (`saying` in `Vale quoted Brio as saying`), with
 * its verb at or after token `first` (the sentence's start), else null.
 */
export function quotingFrameOf(
  text: string,
  tokens: readonly Token[],
  cue: number,
  first: number,
): QuotingFrame | null {
  let as = cue - 1
  if (tokens[as]?.lower === 'having') as--
  if (tokens[as]?.lower !== 'as') return null
  const earliest = Math.max(first, as - maxQuotedObjectTokens - 4)
  for (let verb = as - 1; verb >= earliest; verb--) {
    if (tokens[verb]?.kind === 'quote') return null
    if (!quotingVerbs.has(tokens[verb]?.lower ?? '')) continue
    const frame = quotingFrameAt(text, tokens, verb, cue + 1)
    return frame?.cue === cue ? frame : null
  }
  return null
}

/**
 * A passive verb of quoting before a quotation: its subject, the one quoted, and where that
 * subject opens its clause (cues before it are another clause's). The subject is null when the
 * verb denies the quoting (`Brill was never quoted as saying`) or the subject names an example
 * of a group (`experts such as Brill were quoted`): the words are then no one's the frame names.
 */
export interface PassiveQuoting {
  subject: MentionPhrase | null
  clauseStart: number
}

/**
 * The passive verb of quoting whose cue is token `cue` (`Brill` in `Ferro cited a poll, and
 * Brill was quoted as saying`), read back from the verb past its auxiliary, with its verb at or
 * after token `first` (the sentence's start); else null. A passive verb of quoting makes its
 * own subject the one quoted, whoever opens the sentence.
 */
export function passiveQuotedSubject(
  text: string,
  tokens: readonly Token[],
  cue: number,
  first: number,
): PassiveQuoting | null {
  let as = cue - 1
  if (tokens[as]?.lower === 'having') as--
  if (tokens[as]?.lower !== 'as') return null
  const earliest = Math.max(first, as - maxQuotedObjectTokens - 4)
  for (let verb = as - 1; verb >= earliest; verb--) {
    if (tokens[verb]?.kind === 'quote') return null
    if (!quotingVerbs.has(tokens[verb]?.lower ?? '')) continue
    if (!isPassive(tokens, verb)) return null
    let subjectEnd = verb
    let denied = false
    while (subjectEnd > first && isCueModifier(tokens[subjectEnd - 1]) && verb - subjectEnd < 3) {
      subjectEnd--
      if (negations.test((tokens[subjectEnd] as Token).lower)) denied = true
    }
    const phrase = phraseBefore(text, tokens, subjectEnd)
    if (!phrase || phrase.start < (tokens[first] as Token).start) return null
    const example = followsExampleWords(tokens, tokenStartingAt(tokens, phrase.start))
    return { subject: denied || example ? null : phrase, clauseStart: phrase.start }
  }
  return null
}

/** Words that deny a verb: "never", "not", "wasn't". */
const negations = new RegExp(`^(?:${negativeAdverbs.join('|')}|\\p{L}+n['’]t)$`, 'u')

/** Whether an example of a larger group opens at token `at`: `such as` or `including` before it. */
function followsExampleWords(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower
  return before === 'including' || (before === 'as' && tokens[at - 2]?.lower === 'such')
}

/** "I" or "we" with `be` folded in: "I’m told", "we're told". */
const firstPersonWithBe = /^(?:i|we)['’](?:m|re)$/

/** Words read past the subject for its verb (modifiers and auxiliaries: "had also been"). */
const receivingWordsRead = 5

/**
 * Whether the subject pronoun at token `pronoun` receives words rather than says them: the
 * subject of a passive cue (`"…," I was told`, `we're told`) or of a verb of hearing (`we heard
 * them chant`). Gives the token where the agent of a passive opens (`told by Rooke`), -1 when
 * none is named; null when the pronoun says the words.
 */
export function receivedWords(tokens: readonly Token[], pronoun: number): { agent: number } | null {
  const contracted = firstPersonWithBe.test(tokens[pronoun]?.lower ?? '')
  let verb = pronoun + 1
  while (
    verb - pronoun <= receivingWordsRead &&
    (isCueModifier(tokens[verb]) || passiveAuxiliaries.has(tokens[verb]?.lower ?? ''))
  )
    verb++
  const token = tokens[verb]
  if (token?.kind !== 'word') return null
  if (hearingVerbs.has(token.lower)) return { agent: -1 }
  if (!isCue(token) || token.lower.endsWith('ing')) return null
  const passive =
    isPassive(tokens, verb) || (contracted && wordBeforeModifiers(tokens, verb) === pronoun)
  if (!passive) return null
  return { agent: tokens[verb + 1]?.lower === 'by' ? verb + 2 : -1 }
}

/**
 * The cue right before the quotation at token `quoteToken` (past a comma, a colon or `that`),
 * as a token index.
 */
function cueRightBefore(tokens: readonly Token[], quoteToken: number): number {
  let cue = quoteToken - 1
  if (colonOrComma.test(tokens[cue]?.text ?? '')) cue--
  if (tokens[cue]?.lower === 'that') cue--
  return cue
}

/**
 * The subject of the passive verb of quoting of the cue right before the quotation at token
 * `quoteToken`, in the sentence opening at token `first` (see `passiveQuotedSubject`).
 */
export function passiveQuotedSubjectBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  quoteToken: number,
): PassiveQuoting | null {
  const cue = cueRightBefore(tokens, quoteToken)
  return isCue(tokens[cue]) ? passiveQuotedSubject(text, tokens, cue, first) : null
}

/**
 * The quoting frame of the cue right before the quotation at token `quoteToken` (past a comma,
 * a colon or `that`), in the sentence opening at token `first`: `Vale quoted Brio as saying, "…"`.
 */
export function quotingFrameBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  quoteToken: number,
): QuotingFrame | null {
  const cue = cueRightBefore(tokens, quoteToken)
  return isCue(tokens[cue]) ? quotingFrameOf(text, tokens, cue, first) : null
}

/**
 * The quoting frame right after the quotation at token `quoteToken` (`"…," Vale quoted Brio as
 * saying`), with the token its quoter (`Vale`) opens at, else null.
 */
export function quotingFrameAfter(
  text: string,
  tokens: readonly Token[],
  quoteToken: number,
): { frame: QuotingFrame; quoter: number; quoterPhrase: MentionPhrase } | null {
  let quoter = quoteToken + 1
  while (quoter - quoteToken <= 2 && attributionMark.test(tokens[quoter]?.text ?? '')) quoter++
  if (tokens[quoter]?.kind !== 'word') return null
  const subject = phraseAfter(text, tokens, quoter, true)
  if (!subject) return null
  let verb = subject.next
  while (isCueModifier(tokens[verb]) && verb - subject.next < 3) verb++
  const frame = quotingFrameAt(text, tokens, verb, tokens.length)
  return frame ? { frame, quoter, quoterPhrase: subject.phrase } : null
}

/** The quoter of a quoting frame before its quotation: the phrase right before its verb. */
export function quoterBefore(
  text: string,
  tokens: readonly Token[],
  frame: QuotingFrame,
): MentionPhrase | null {
  return phraseBefore(text, tokens, wordBeforeModifiers(tokens, frame.verb) + 1)
}

/**
 * Whether the cue right before a quotation is a quoting frame's (`quoted experts such as Brio as
 * saying "…"`): the words are speech even when the one quoted reads as no phrase, so that no
 * match names them.
 */
export function followsQuotingFrame(
  first: QuoteSpan,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  const paragraph = paragraphs[first.paragraph]
  const quoteToken = paragraph?.quoteTokenAt.get(first.open)
  if (!paragraph || quoteToken === undefined) return false
  const opening = firstTokenFrom(paragraph.tokens, sentenceAt(paragraph, first.open)[0])
  return quotingFrameBefore(paragraph.text, paragraph.tokens, opening, quoteToken) !== null
}

/** Words opening an adjunct before the subject: "On Tuesday's show, the senator said…". */
const adjunctOpeners = new Set([
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'when',
  'while',
  'as',
  'since',
  'following',
  'despite',
  'with',
  'asked',
  'speaking',
  'addressing',
  'writing',
  'later',
  'earlier',
  // "Early in her campaign, Vale attacked Brio, calling…": not a name opening the sentence.
  'early',
  'late',
  'meanwhile',
  'however',
  'but',
  'and',
  'yet',
  'still',
  'now',
  // "Like Brio, Vale rejected it, arguing…", "Unlike…", "Amid…": any preposition opens one.
  ...prepositions,
])

/**
 * Whether a phrase can name a speaker: not a description of a thing ("a statement calling…"),
 * whose clause subject is read too.
 */
export function isSpeakerPhrase(phrase: MentionPhrase): boolean {
  if (phrase.form !== 'description') return true
  const head = descriptionHead(phrase.text)
  return isSpeakerHead(head) || startsUppercase.test(head) || possessiveOwner(phrase.text) !== null
}

/**
 * The subject of the clause starting at token `first` (before token `limit`): an opening
 * adjunct up to its comma is skipped.
 */
export function clauseSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  limit: number,
): { phrase: MentionPhrase; next: number } | null {
  let start = first
  // The subject the adjunct loop read at the start it settles on, when it settles on one: the
  // phrase read at `start` below, read once.
  let subjectAtStart: { phrase: MentionPhrase; next: number } | null | undefined
  // "Conversely, PolitiFact rated…": a sentence adverb set off by a comma (not "Kelly, 45,").
  const opening = tokens[first] as Token
  if (
    /^\p{L}{4,}ly$/u.test(opening.text) &&
    !isGivenName(opening.text) &&
    tokens[first + 1]?.text === ',' &&
    first + 2 < limit
  )
    start = first + 2
  else if (adjunctOpeners.has(opening.lower)) {
    // "Following a swiftly called, late-afternoon meeting, the Council issued…": the adjunct
    // may hold commas of its own; it ends at the comma after which a speaker comes.
    let comma = first + 1
    for (let tries = 0; tries < 3; tries++) {
      while (comma < limit && (tokens[comma] as Token).text !== ',') comma++
      if (comma >= limit - 1) break
      const subject = phraseAfter(text, tokens, comma + 1, true)
      const bare = phraseAfter(text, tokens, comma + 1, false)
      // "Speaking at a rally in Salem, New Hampshire, Vale…": a state after a town's comma is
      // the town's, and the adjunct runs on to the comma after it.
      if (
        tries < 2 &&
        startsUppercase.test(tokens[comma - 1]?.text ?? '') &&
        bare !== null &&
        bare.phrase.form === 'name' &&
        isWrittenState(bare.phrase.text) &&
        tokens[bare.next]?.text === ','
      ) {
        comma = bare.next
        continue
      }
      // "However, addressing the leaders, Ann Vale proposed:": a participle's clause is part
      // of the adjunct.
      if (
        tries === 2 ||
        (subject &&
          isSpeakerPhrase(subject.phrase) &&
          !/^\p{Ll}+ing\s/u.test(subject.phrase.text) &&
          !(
            bare?.phrase.form === 'description' &&
            appositionOfObject(text, tokens, comma, bare.next)
          ))
      ) {
        start = comma + 1
        subjectAtStart = subject
        break
      }
      comma++
    }
  }
  return subjectAtStart !== undefined ? subjectAtStart : phraseAfter(text, tokens, start, true)
}

/**
 * "Unlike Tom Rusk, the union leader, Dana Meyer backed…": whether the phrase after an adjunct's
 * comma (token `adjunctComma`), ending before token `next`, is set off by a comma and another
 * speaker's phrase follows, not set off in turn: a description so placed after an adjunct
 * closing on a name is that name's apposition, and the clause's subject comes after it. A name
 * so placed is the subject ("In Dover, Ann Vale, the mayor, told…"), and so is a description
 * whose own apposition is closed by a comma ("Since then, a Republican, Mark Amodei, has…").
 */
function appositionOfObject(
  text: string,
  tokens: readonly Token[],
  adjunctComma: number,
  next: number,
): boolean {
  if (!startsUppercase.test(tokens[adjunctComma - 1]?.text ?? '')) return false
  const comma = commaClosing(tokens, next)
  if (comma === -1) return false
  const after = phraseAfter(text, tokens, comma + 1, false)
  return (
    after !== null &&
    after.phrase.form !== 'pronoun' &&
    isSpeakerPhrase(after.phrase) &&
    tokens[after.next]?.text !== ',' &&
    tokens[after.next - 1]?.text !== ','
  )
}

/**
 * The comma closing a phrase read up to token `next`: at `next`, or the last token the phrase
 * took in (an apposition read with it ends on its comma, "Ann Vale, 52,"), else -1.
 */
function commaClosing(tokens: readonly Token[], next: number): number {
  return tokens[next]?.text === ',' ? next : tokens[next - 1]?.text === ',' ? next - 1 : -1
}

/** The index of the comma after the phrase at token `start` read without its apposition, else -1. */
function commaAfterBare(text: string, tokens: readonly Token[], start: number): number {
  const bare = phraseAfter(text, tokens, start, false)
  return bare ? commaClosing(tokens, bare.next) : -1
}

const dash = /^[―—–‒-]$/

/** Words a cue read past a set-off clause may take before its clause ends ("asked reporters on Friday."). */
const shortClauseWords = 4

/**
 * Whether the cue at token `cue` closes its clause within a few words that report nothing: no
 * subject pronoun or auxiliary of a clause of its own ("said she agreed", "said the town would").
 * After a question that ends its sentence, a name set off by a clause and a cue that runs on
 * opens a new sentence of its own far more often than it attributes the question.
 */
function closesShortly(tokens: readonly Token[], cue: number): boolean {
  let end = cue + 1
  while (end < tokens.length && (tokens[end] as Token).kind === 'word') {
    const lower = (tokens[end] as Token).lower
    if (end - cue > shortClauseWords) return false
    if (subjectPronouns.has(lower) || reportingAuxiliaries.has(lower) || lower === 'that')
      return false
    end++
  }
  const closer = tokens[end]
  return closer === undefined || stopOrComma.test(closer.text)
}

/** The phrases after a quotation that read as its attribution: `, he said`, `said Vale`. */
function afterQuote(
  paragraph: PreparedParagraph,
  at: number,
  quoteEndsSentence: boolean,
  quoteEndsWithComma: boolean,
  quoteAsks: boolean,
): Omit<CueMatch, 'paragraph' | 'rank'> | null {
  const { tokens, text } = paragraph
  let index = at
  let punctuation = 0
  while (tokens[index] && attributionMark.test((tokens[index] as Token).text) && punctuation < 2) {
    index++
    punctuation++
  }
  const start = tokens[index]
  if (start?.kind !== 'word') return null
  const sentenceStart = quoteEndsSentence && punctuation === 0

  // "…" — Ann Vale: a dash and a name closing the sentence, or before the next signed quote.
  const signed = signedAfter(paragraph, index - 1, true)
  if (signed) return signed
  // "…," said Caddell / added the minister
  if (isCue(start) && start.lower !== 'saying') {
    const after = phraseAfter(text, tokens, index + 1, true)
    if (after && after.phrase.form !== 'pronoun')
      return { phrase: after.phrase, cue: start.text, role: 'after-inverted' }
  }
  // "…," according to CCTV
  if (start.lower === 'according' && tokens[index + 1]?.lower === 'to') {
    const after = phraseAfter(text, tokens, index + 2, false)
    if (after) return { phrase: after.phrase, cue: 'according to', role: 'after-according' }
  }
  // "…," Wang added / he said / a senior official, who declined to be named, said
  const subject = phraseAfter(text, tokens, index, true)
  if (!subject) return null
  // "describing as "…" a Donald Trump tweet": an article before a name makes the cue a noun.
  if (subject.phrase.form === 'name' && opensWithIndefinite.test(subject.phrase.text)) return null
  if (sentenceStart && subject.phrase.form === 'pronoun' && start.capital) return null
  let next = subject.next
  let readPastClause = false
  let modifiers = 0
  while (isCueModifier(tokens[next]) && modifiers < 3) {
    next++
    modifiers++
  }
  // "…," Ann Vale, who runs a bakery, said: the cue after a clause set off by commas, from the
  // comma after the phrase or after the apposition read with it ("Ann Vale, 52, of Dover,").
  // Not a name read out of a longer phrase ("the parents of Ann Vale, 17, of Kent, said"): the
  // phrase must open the attribution.
  // Not after a quotation that ends its sentence ("…docker." Dana Meyer, who chairs the board,
  // said it stands.): the name then opens a new sentence far more often than it attributes;
  // a question may end the quotation only.
  if (
    (!sentenceStart || quoteAsks) &&
    !isCue(tokens[next]) &&
    subject.phrase.start === start.start &&
    !describesAnother(subject.phrase.text)
  ) {
    const comma = commaClosing(tokens, subject.next)
    const afterClause = cueAfterSetOffClause(tokens, comma)
    if (afterClause !== -1 && !listAfter(tokens, commaAfterBare(text, tokens, index))) {
      next = afterClause
      readPastClause = true
    }
  }
  const cue = tokens[next]
  if (!isCue(cue) || (cue as Token).lower === 'saying') return null
  // "…," Vale quoted Brio as saying: the one quoted speaks, or no one the frame names.
  const frame = quotingFrameAt(text, tokens, next, tokens.length)
  if (frame)
    return frame.object
      ? { phrase: frame.object, cue: (cue as Token).text, role: 'after-subject' }
      : null
  if (sentenceStart) {
    // After a full-stop quote, "Wang said." closes a short clause; "He also claimed that…" is
    // a new sentence.
    if (tokens[next + 1]?.lower === 'that') return null
    // "…?" Vale asked reporters during a briefing: a question or exclamation mark ends the
    // quotation, not the sentence, when a subject and a cue follow; the clause runs on.
    if (quoteAsks && (!readPastClause || closesShortly(tokens, next)))
      return { phrase: subject.phrase, cue: (cue as Token).text, role: 'after-subject' }
    if (readPastClause) return null
    let end = next + 1
    // "…." Some traders said it could stay.: an auxiliary right after the cue opens the clause
    // the cue reports, a new sentence's own words (text without paragraph breaks runs such a
    // sentence on after a quotation whose speaker came before); one inside a clause the
    // attribution opens itself ("said as the meeting was ending") leaves the cue the quotation's.
    let reported = true
    while (end < tokens.length && (tokens[end] as Token).kind === 'word' && end - next < 7) {
      const lower = (tokens[end] as Token).lower
      if (attributionClauseOpeners.has(lower)) reported = false
      if (reported && reportingAuxiliaries.has(lower)) return null
      end++
    }
    const closer = tokens[end]
    // "Trump said, looking out on the crowd.": a participle after a comma belongs to the clause.
    if (closer && !stopOrComma.test(closer.text)) return null
  } else {
    // "…," he said on Friday "…" belongs to the next quote when nothing separates them.
    let end = next + 1
    while (end < tokens.length && (tokens[end] as Token).kind === 'word') end++
    const closer = tokens[end]
    if (closer?.kind === 'quote' && end - next > 1 && !quoteEndsWithComma) return null
  }
  return { phrase: subject.phrase, cue: (cue as Token).text, role: 'after-subject' }
}

/**
 * The subject of the main clause after a quotation that closes an opening participle's clause
 * (`Saying "…," Vale left`): the phrase after the quotation and its comma, followed by a word.
 */
function mainClauseSubject(paragraph: PreparedParagraph, quoteToken: number): MentionPhrase | null {
  const { tokens, text } = paragraph
  let next = quoteToken + 1
  if (tokens[next]?.text === ',') next++
  const inner = tokens[quoteToken]?.text ?? ''
  if (next === quoteToken + 1 && !endsWithComma.test(inner)) return null
  const subject = phraseAfter(text, tokens, next, true)
  if (!subject || tokens[subject.next]?.kind !== 'word') return null
  return subject.phrase
}

/**
 * "Ann Vale, who runs a bakery in Dover, said": the subject of the clause opening at token
 * `first` when a clause set off by commas stands between it and the cue at token `cue` (its
 * modifiers from token `end`), so that the phrase closing the set-off clause ("Dover") is not
 * read as the cue's subject; else null. Only a relative clause, an adjunct or an age ("52, of
 * Dover, Kent,") is set off so: an apposition may name the speaker the subject describes ("The
 * study's lead author, researcher Ann Vale, said"), and the phrase before the cue is read then.
 */
function setOffSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  cue: number,
): MentionPhrase | null {
  if (tokens[end - 1]?.text !== ',' || first < 0 || first >= end) return null
  const subject = clauseSubject(text, tokens, first, end)
  if (!subject || !isSpeakerPhrase(subject.phrase) || describesAnother(subject.phrase.text))
    return null
  // Not a name read out of a longer phrase ("The parents of Ann Vale, 17, of Kent, said"): the
  // phrase opens the clause, at its first word or after the comma closing an adjunct.
  let at = first
  while (at < end && (tokens[at] as Token).start < subject.phrase.start) at++
  if (at !== first && tokens[at - 1]?.text !== ',') return null
  const comma = commaClosing(tokens, subject.next)
  if (comma === -1 || listAfter(tokens, commaAfterBare(text, tokens, at))) return null
  const opening = tokens[comma + 1]
  if (
    opening === undefined ||
    !(
      relativePronouns.has(opening.lower) ||
      prepositions.has(opening.lower) ||
      digit.test(opening.text)
    )
  )
    return null
  return comma < end - 1 && cueAfterSetOffClause(tokens, comma) === cue ? subject.phrase : null
}

/**
 * The subject a cue shares with the verb joined to it by `and` (`I laughed and said`, `Vale
 * paused and added`): the pronoun or name right before that verb, with the verb at token
 * `end - 2`, read no further back than token `first`; else null.
 */
function sharedSubject(
  text: string,
  tokens: readonly Token[],
  end: number,
  first: number,
): MentionPhrase | null {
  const verb = end - 2
  if (verb <= first || tokens[end - 1]?.lower !== 'and') return null
  if (!isFiniteVerbToken(tokens[verb] as Token) || isCue(tokens[verb])) return null
  const phrase = phraseBefore(text, tokens, verb)
  return phrase && (phrase.form === 'pronoun' || phrase.form === 'name') ? phrase : null
}

/** Every cue before the quotation in its sentence, with its speaker phrase, nearest first. */
function beforeQuote(
  paragraph: PreparedParagraph,
  quoteToken: number,
  sentenceStart: number,
): Array<Omit<CueMatch, 'paragraph' | 'rank'>> {
  const { tokens, text } = paragraph
  const found: Array<Omit<CueMatch, 'paragraph' | 'rank'>> = []
  const first = firstTokenFrom(tokens, sentenceStart)
  let possessiveCue: number | undefined
  let ownerPronoun: { phrase: MentionPhrase; cue: string } | undefined
  let quotingVerb = -1
  // Where the clause of a passive verb of quoting opens (its subject): cues before are another's.
  let passiveClauseStart = -1
  // "Ann Vale: "…"": a name alone before a colon, as in transcripts and lists; also a
  // transcript's turn quoted whole, its label just inside the opening mark (`"PENCE: Well, …`,
  // the mark a punctuation token of its own before the label).
  if (tokens[quoteToken - 1]?.text === ':') {
    const phrase = phraseBefore(text, tokens, quoteToken - 1)
    const opening = tokens[first]?.kind === 'punct' && opensQuotation.test(tokens[first].text)
    let labelToken = opening ? first + 1 : first
    // "MS. VALE:": a courtesy title before the name is part of the label.
    const title = tokens[labelToken]
    if (title && isHonorificToken(title) && tokens[labelToken + 1]?.text === '.') labelToken += 2
    const labelStart = tokens[labelToken]?.start
    // The whole label, not a part read alone ("MS" of "MS. VALE:").
    const labelEnd = tokens[quoteToken - 2]?.end
    if (phrase && phrase.form === 'name' && labelStart === phrase.start && labelEnd === phrase.end)
      found.push({ phrase, cue: ':', role: 'before-colon' })
  }
  for (let index = quoteToken - 1; index >= 0 && index >= first; index--) {
    const token = tokens[index] as Token
    if (token.kind === 'quote' && quoteToken - index > 6) break
    if (token.start < passiveClauseStart) break
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const after = phraseAfter(text, tokens, index + 2, false)
      if (after) found.push({ phrase: after.phrase, cue: 'according to', role: 'before-according' })
      continue
    }
    // "Saying "…", the president elaborated…": a participle opening the sentence (capitalized,
    // so no cue word as `isCue` reads them) takes the subject of the main clause after the quote.
    if (
      index === first &&
      token.capital &&
      token.lower.endsWith('ing') &&
      cueVerbs.has(token.lower)
    ) {
      const subject = mainClauseSubject(paragraph, quoteToken)
      if (subject && isSpeakerPhrase(subject))
        found.push({ phrase: subject, cue: token.text, role: 'opening-participle' })
      continue
    }
    // "her claim that "…"": the nearest statement a possessive pronoun owns, as "Vale's claim"
    // below; the pronoun is read as its subject form by the resolver.
    if (ownerPronoun === undefined && token.kind === 'word') {
      const phrase = ownerPronounOf(tokens, index)
      if (phrase) ownerPronoun = { phrase, cue: token.text }
    }
    if (!isCue(token) || comparesWithoutObject(tokens, index)) continue
    // "Vale quoted Brio as saying "…"": the one quoted speaks; the quoter is no cue's subject,
    // and an object read no further ("experts such as Brio") gives the words to no one.
    if (index === quotingVerb) continue
    const frame = quotingFrameOf(text, tokens, index, first)
    if (frame) {
      if (frame.object)
        found.push({ phrase: frame.object, cue: token.text, role: 'before-subject' })
      quotingVerb = frame.verb
      continue
    }
    // "Ferro cited a poll, and Brill was quoted as saying "…"": the passive's subject, not the
    // sentence's, is the one quoted, and cues before it are another clause's.
    const quoted = passiveQuotedSubject(text, tokens, index, first)
    if (quoted) {
      if (quoted.subject && isSpeakerPhrase(quoted.subject))
        found.push({ phrase: quoted.subject, cue: token.text, role: 'clause-subject' })
      passiveClauseStart = quoted.clauseStart
      continue
    }
    // "reports", "claims": far from the quote they are nouns, unless a clause follows.
    if (
      nounlikeCueVerbs.has(token.lower) &&
      quoteToken - index > 5 &&
      tokens[index + 1]?.lower !== 'that'
    )
      continue
    if (nounMarkers.has(tokens[index - 1]?.lower ?? '')) continue
    if (afterModifier(tokens, index)) continue
    // "called Mr. Obama's remarks "…"": after a possessive the cue is a noun; with no verb
    // before it, the owner speaks ("Trump's claim that "…"").
    if (index > 0 && possessiveWord.test(tokens[index - 1]?.text ?? '')) {
      possessiveCue ??= index
      continue
    }
    // ", saying "…"": a participle takes the subject of its clause; "…," Vale said, adding
    // that it was "…"": the subject of the clause's first cue.
    if (token.lower.endsWith('ing') && tokens[index - 1]?.text === ',') {
      const subject = first >= 0 && first < index ? clauseSubject(text, tokens, first, index) : null
      if (subject && isSpeakerPhrase(subject.phrase))
        found.push({ phrase: subject.phrase, cue: token.text, role: 'participle-subject' })
      for (let earlier = index - 2; earlier > first && earlier >= 0; earlier--) {
        const candidate = tokens[earlier] as Token
        if (!isCue(candidate) || candidate.lower.endsWith('ing')) continue
        let end = earlier
        while (end > 0 && isCueModifier(tokens[end - 1])) end--
        const phrase = phraseBefore(text, tokens, end)
        if (phrase && phrase.start >= sentenceStart && isSpeakerPhrase(phrase))
          found.push({ phrase, cue: token.text, role: 'participle-subject' })
        break
      }
      continue
    }
    let subjectEnd = index
    let modifiers = 0
    while (subjectEnd > 0 && isCueModifier(tokens[subjectEnd - 1]) && modifiers < 3) {
      subjectEnd--
      modifiers++
    }
    const phrase =
      setOffSubject(text, tokens, first, subjectEnd, index) ??
      phraseBefore(text, tokens, subjectEnd) ??
      sharedSubject(text, tokens, subjectEnd, first)
    // "rated 32% of Republican claims as "…"": a phrase after a preposition is no subject.
    const subject =
      phrase && phrase.start >= sentenceStart && !objectOfPreposition(tokens, phrase, token)
        ? phrase
        : null
    if (subject) found.push({ phrase: subject, cue: token.text, role: 'before-subject' })
    // "…issued a statement saying", "Asked about it, …": the sentence's subject speaks too.
    if ((!subject || !isSpeakerPhrase(subject)) && first >= 0 && first < index) {
      const subject = clauseSubject(text, tokens, first, index)
      if (subject && isSpeakerPhrase(subject.phrase))
        found.push({ phrase: subject.phrase, cue: token.text, role: 'clause-subject' })
    }
  }
  if (possessiveCue !== undefined) {
    const phrase = phraseBefore(text, tokens, possessiveCue)
    if (phrase && phrase.start >= sentenceStart && isSpeakerPhrase(phrase))
      found.push({ phrase, cue: (tokens[possessiveCue] as Token).text, role: 'owner' })
  }
  if (ownerPronoun !== undefined)
    found.push({ phrase: ownerPronoun.phrase, cue: ownerPronoun.cue, role: 'owner' })
  // "Trump, also on Twitter, defended his decision: "As I have stated…"": a full-sentence
  // quote after a colon or a comma, and the subject of the clause before it.
  const opener = tokens[quoteToken - 1]
  const quoted = tokens[quoteToken]
  // "Vale quoted Brio as saying: "…"": the quoter is not the clause subject that speaks.
  if (
    opener &&
    colonOrComma.test(opener.text) &&
    quoted &&
    markThenCapital.test(quoted.text) &&
    quotingFrameBefore(text, tokens, first, quoteToken) === null
  ) {
    // "Ferro cited a poll, and Brill was quoted as saying, "…"": the passive's subject.
    const quoted = passiveQuotedSubjectBefore(text, tokens, first, quoteToken)
    const subject = quoted
      ? quoted.subject
      : first >= 0 && first < quoteToken - 1
        ? clauseSubject(text, tokens, first, quoteToken - 1)?.phrase
        : null
    if (subject && subject.form === 'name')
      found.push({ phrase: subject, cue: opener.text, role: 'colon-subject' })
  }
  return found
}

/**
 * A cue closing the sentence after the quote: `The talks were "…", the ministry said.`, or
 * inverted, `Vale "drew well" in 2008, said professor Ann Vale.`
 */
function atSentenceEnd(
  paragraph: PreparedParagraph,
  quoteToken: number,
  sentenceEnd: number,
  quoteEndsWithComma: boolean,
): Omit<CueMatch, 'paragraph' | 'rank'> | null {
  const { tokens, text } = paragraph
  // The sentence's last token, found by bisection: a walk back from the paragraph's end would
  // cost the length of the paragraph for every quotation of a long one.
  let last = Math.max(quoteToken, lastTokenEndingBy(tokens, sentenceEnd))
  while (last > quoteToken && (tokens[last] as Token).kind === 'punct') last--
  for (let index = last; index > quoteToken; index--) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') return null
    if (!isCue(token)) continue
    const comma =
      quoteEndsWithComma ||
      tokens.slice(quoteToken + 1, index).some((candidate) => candidate.text === ',')
    if (!comma) return null
    // ", said professor Ann Vale.": the phrase after the cue closes the sentence.
    if (tokens[index - 1]?.text === ',' && token.lower !== 'saying') {
      const after = phraseAfter(text, tokens, index + 1, true)
      if (after && after.phrase.form !== 'pronoun' && after.next > last)
        return { phrase: after.phrase, cue: token.text, role: 'sentence-end' }
    }
    // The cue is the sentence's last word, or is followed by a short adjunct ("in a statement").
    if (last - index > 5) return null
    // "…", Vale quoted Brio as saying.: the one quoted speaks, or no one the frame names.
    const frame = quotingFrameOf(text, tokens, index, quoteToken + 1)
    if (frame)
      return frame.object ? { phrase: frame.object, cue: token.text, role: 'sentence-end' } : null
    let subjectEnd = index
    while (subjectEnd > 0 && isCueModifier(tokens[subjectEnd - 1])) subjectEnd--
    const phrase = phraseBefore(text, tokens, subjectEnd)
    if (!phrase) return null
    return { phrase, cue: token.text, role: 'sentence-end' }
  }
  return null
}

/** Whether only punctuation follows a quotation's token in its paragraph. */
function closesParagraph(paragraph: PreparedParagraph, quoteToken: number): boolean {
  // From the paragraph's end back: a quotation early in a long paragraph costs one step, not a
  // walk over the rest of the paragraph.
  for (let at = paragraph.tokens.length - 1; at > quoteToken; at--)
    if ((paragraph.tokens[at] as Token).kind !== 'punct') return false
  return true
}

/**
 * A signature: the dash at token `at`, then a name, then nothing or a stop, a comma or a closing
 * parenthesis (and, when `orQuote`, a quotation: the next signed quote). Read after a quotation
 * ("…" — Ann Vale.) and as a paragraph that signs the quotation closing the paragraph before it
 * ("— Ann Vale." or "- Ann Vale, tweeting after the speech.").
 */
function signedAfter(
  paragraph: PreparedParagraph,
  at: number,
  orQuote: boolean,
): Omit<CueMatch, 'paragraph' | 'rank'> | null {
  const { tokens, text } = paragraph
  const mark = tokens[at]
  if (!mark || !dash.test(mark.text)) return null
  const signed = phraseAfter(text, tokens, at + 1, true)
  if (!signed || signed.phrase.form === 'pronoun') return null
  const after = tokens[signed.next]
  if (after && !(orQuote && after.kind === 'quote') && !signatureEnd.test(after.text)) return null
  return { phrase: signed.phrase, cue: mark.text, role: 'after-dash' }
}

/**
 * The credit line that closes a block quote its paragraph left open (`credit-line.ts`): it signs
 * the quotation as a dash signature does, so it is read as one. `index` is the credit's
 * paragraph, right after the quotation's last.
 */
function creditedBy(
  index: number,
  paragraphs: readonly PreparedParagraph[],
): Omit<CueMatch, 'paragraph' | 'rank'> | null {
  const paragraph = paragraphs[index]
  if (!paragraph) return null
  // A name no list knows as a given name ("Donald") counts when the article names that person
  // outside the credit and the quotation's own last paragraph (its words are no evidence).
  const namedElsewhere = (name: string) =>
    nameRunParagraphs(paragraphs)
      .get(name.split(whiteSpace).join(' '))
      ?.some((other) => other !== index && other !== index - 1) ?? false
  const phrase = creditLine(paragraph, namedElsewhere)
  return phrase && { phrase, cue: paragraph.tokens.at(-1)?.text ?? '"', role: 'after-dash' }
}

const whiteSpace = /\s+/u
/** Words of a credited name: a given name, then one or two more (`credit-line.ts`). */
const maxNameRunWords = 3
/** Paragraphs kept per name run: enough to find one outside the two a credit excludes. */
const maxRunParagraphs = 3
const nameRunIndex = new WeakMap<readonly PreparedParagraph[], Map<string, number[]>>()

/**
 * The paragraphs where each run of two or three words opened by a capital stands (`Donald
 * Trump`, also as `Donald Trump's`), built once per article: a credit line asks of each name it
 * reads whether the article uses it elsewhere, and a scan of every paragraph per credit would
 * grow with the square of the article.
 */
function nameRunParagraphs(paragraphs: readonly PreparedParagraph[]): Map<string, number[]> {
  let index = nameRunIndex.get(paragraphs)
  if (index) return index
  index = new Map()
  paragraphs.forEach(({ tokens }, at) => {
    for (let first = 0; first < tokens.length; first++) {
      if (tokens[first]?.kind !== 'word' || !startsUppercase.test(tokens[first]?.text ?? ''))
        continue
      let run = tokens[first]?.text ?? ''
      for (let next = first + 1; next < first + maxNameRunWords; next++) {
        const token = tokens[next]
        if (token?.kind !== 'word') break
        run += ` ${token.text}`
        for (const key of new Set([run, withoutPossessiveEnding(run)])) {
          const found = index?.get(key) ?? []
          if (found.at(-1) !== at && found.length < maxRunParagraphs) found.push(at)
          index?.set(key, found)
        }
      }
    }
  })
  nameRunIndex.set(paragraphs, index)
  return index
}

/** The sentence of a paragraph holding an offset. */
function sentenceOf(paragraph: PreparedParagraph, offset: number): [number, number] {
  return sentenceAt(paragraph, offset)
}

/** Whether a quotation's words end with a comma (`"…," he said`). */
const endsWithComma = /,["'”’]*$/
/** Whether a quotation's words end a sentence, and whether they ask (made once: asked of each). */
const endsWithStop = /[.!?…]["'”’)\]]*$/u
const endsAsking = /[!?]["'”’)\]]*$/u

/** The quoted segment a reader needs: where it opens and closes, and its words. */
export interface QuoteSpan {
  paragraph: number
  open: number
  innerStart: number
  innerEnd: number
  /** False when its paragraph ended before a closing mark (see `QuotedSegment`). */
  closed?: boolean
}

/**
 * A pattern's match as a cue match of a paragraph. Written out rather than spread
 * (`{ ...match, paragraph, rank }`): a spread copies through a generic path, and every quotation
 * makes several.
 */
function placed(
  match: Omit<CueMatch, 'paragraph' | 'rank'>,
  paragraph: number,
  rank: number,
): CueMatch {
  return { phrase: match.phrase, cue: match.cue, role: match.role, paragraph, rank }
}

/**
 * Every phrase the cue patterns tie to one quotation, from its first and last segments: after
 * the quotation, before it in its sentence, and at the end of its sentence.
 */
export function cueMatches(
  first: QuoteSpan,
  last: QuoteSpan,
  paragraphs: readonly PreparedParagraph[],
): CueMatch[] {
  const matches: CueMatch[] = []
  const lastParagraph = paragraphs[last.paragraph] as PreparedParagraph
  const firstParagraph = paragraphs[first.paragraph] as PreparedParagraph
  const lastToken = lastParagraph.quoteTokenAt.get(last.open)
  const firstToken = firstParagraph.quoteTokenAt.get(first.open)
  const inner = lastParagraph.text.slice(last.innerStart, last.innerEnd).trimEnd()
  const comma = endsWithComma.test(inner)
  const endsSentence = endsWithStop.test(inner) && !comma
  const asks = endsAsking.test(inner)
  if (lastToken !== undefined) {
    const after = afterQuote(lastParagraph, lastToken + 1, endsSentence, comma, asks)
    if (after) matches.push(placed(after, last.paragraph, 0))
    const [, end] = sentenceOf(lastParagraph, last.open)
    const closing = atSentenceEnd(lastParagraph, lastToken, end, comma)
    if (closing && !after) matches.push(placed(closing, last.paragraph, 0))
    const next = paragraphs[last.paragraph + 1]
    const signed =
      after || closing || !next || !closesParagraph(lastParagraph, lastToken)
        ? null
        : (signedAfter(next, 0, false) ??
          (last.closed === false && endsSentence
            ? creditedBy(last.paragraph + 1, paragraphs)
            : null))
    if (signed) matches.push(placed(signed, last.paragraph + 1, 0))
  }
  if (firstToken !== undefined) {
    const [start] = sentenceOf(firstParagraph, first.open)
    const before = beforeQuote(firstParagraph, firstToken, start)
    let rank = 0
    let previousCue: string | null = null
    for (const match of before) {
      if (previousCue !== null && match.cue !== previousCue) rank++
      previousCue = match.cue
      matches.push(placed(match, first.paragraph, rank))
    }
  }
  return matches
}

/** A speaker phrase anywhere in the text that is the subject of a cue, quoted or not. */
export interface CueSubject {
  paragraph: number
  phrase: MentionPhrase
  cue: string
  /** The cue ends its paragraph with a colon: the next paragraph's quote is theirs. */
  introducesQuote: boolean
}

/**
 * Whether the cue word at `index` is a noun its owner or determiner opens ("too much is made of
 * Vale's tweets", "his remarks"), not a verb with a subject: a verb after `'s` is a contracted
 * `has` or `is` ("Vale's said", "Vale's saying"), so a past form or one in `-ing` stays a verb.
 */
function ownedStatement(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (before?.kind !== 'word') return false
  if (nounMarkers.has(before.lower)) return true
  const cue = (tokens[index] as Token).lower
  return possessiveWord.test(before.text) && !participleEnding.test(cue) && !pastCueVerbs.has(cue)
}

/** Every cue subject of a paragraph, outside quotations: indirect speech counts too. */
export function cueSubjects(paragraph: PreparedParagraph): CueSubject[] {
  const subjects: CueSubject[] = []
  const { tokens, text, index } = paragraph
  // "Caddell continued:" ends its paragraph with a colon after the last word.
  let lastWord = tokens.length - 1
  while (lastWord >= 0 && (tokens[lastWord] as Token).kind !== 'word') lastWord--
  const endsWithColon = tokens.slice(lastWord + 1).some((candidate) => candidate.text === ':')
  // Only a cue of the sentence that ends with the colon introduces the next quote, not one of
  // the sentence before it.
  const colonSentenceStart =
    endsWithColon && lastWord >= 0
      ? sentenceAt(paragraph, (tokens[lastWord] as Token).start)[0]
      : Number.POSITIVE_INFINITY
  // An index loop: `entries()` would make a [position, token] pair for every token.
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position] as Token
    // "According to Ann Vale, many people…": the source of indirect speech counts too.
    if (token.lower === 'according' && tokens[position + 1]?.lower === 'to') {
      const source = phraseAfter(text, tokens, position + 2, false)
      if (source && source.phrase.form !== 'pronoun')
        subjects.push({
          paragraph: index,
          phrase: source.phrase,
          cue: 'according to',
          introducesQuote: false,
        })
      continue
    }
    if (
      !isCue(token) ||
      nounlikeCueVerbs.has(token.lower) ||
      token.lower === 'saying' ||
      comparesWithoutObject(tokens, position) ||
      ownedStatement(tokens, position)
    )
      continue
    const introducesQuote =
      token.start >= colonSentenceStart && position <= lastWord && lastWord - position < 12
    // "…are not likely to alter it, noted NBC's Dante Chinni.": an inverted cue closing an
    // indirect quotation names its subject after the verb.
    if (tokens[position - 1]?.text === ',') {
      const inverted = phraseAfter(text, tokens, position + 1, false)
      const closer = inverted ? tokens[inverted.next] : undefined
      if (
        inverted &&
        inverted.phrase.form !== 'pronoun' &&
        (closer === undefined || fullStopOrSemicolon.test(closer.text))
      ) {
        subjects.push({
          paragraph: index,
          phrase: inverted.phrase,
          cue: token.text,
          introducesQuote,
        })
        continue
      }
    }
    let subjectEnd = position
    while (subjectEnd > 0 && isCueModifier(tokens[subjectEnd - 1])) subjectEnd--
    const phrase = phraseBefore(text, tokens, subjectEnd)
    if (!phrase) continue
    // "A spokesman for the company said": the spokesman says it, whom a "he" after means; the
    // company speaks through him, whom an "it" after means, so it stays a subject too.
    const person = withUnnamedAffiliate(text, tokens, phrase)
    if (person !== phrase)
      subjects.push({ paragraph: index, phrase: person, cue: token.text, introducesQuote })
    subjects.push({ paragraph: index, phrase, cue: token.text, introducesQuote })
  }
  return subjects
}
