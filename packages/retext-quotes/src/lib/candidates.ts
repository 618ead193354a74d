/**
 * Stage 2: the candidate speaker mentions of each quotation, with the features the speaker
 * model scores them on. Candidates are the phrases the cue patterns tie to the quotation (with
 * their roles), the names and subject pronouns of its sentence and the two sentences before, the
 * phrases the patterns tied to the quotation before it (a quotation often continues one), and
 * those tied to the quotation right after it (a run of quotations is often attributed once, at
 * its last one).
 */
import { calendarWords, subjectRelativePronouns } from '@newsroom/lexicon'
import { isDictionaryWord, isGivenName, isOrganizationHead, isRoleHead } from '@newsroom/names'
import { tokenFact } from '@newsroom/nlcst-tokens'
import type { KnownMention } from './article-names.js'
import {
  type CueMatch,
  type CueRole,
  clauseSubject,
  isQuotingVerb,
  isSpeakerPhrase,
  passiveQuotedSubjectBefore,
  quoterBefore,
  quotingFrameAfter,
  quotingFrameAt,
  quotingFrameBefore,
  receivedWords,
} from './cue-patterns.js'
import { FeatureValues, featureIndex } from './features.js'
import type { RawQuote } from './find-quotes.js'
import { opensWithCapitalsLabelNotTurn } from './marks.js'
import {
  isAgeModifier,
  isCue,
  isCueModifier,
  type MentionPhrase,
  phraseAfter,
  phraseBefore,
  pronounOf,
  pronounPhrase,
  speakerPronounOf,
} from './mention-phrase.js'
import { type ArticleModel, firstReaching, knownAt, sentenceNumber } from './model.js'
import {
  firstAtLeast,
  firstStartingFrom,
  firstTokenFrom,
  opensSentenceAt,
  type PreparedParagraph,
  sentenceAt,
  sentenceIndexAt,
  type Token,
  tokenIndexAt,
  tokenStartingAt,
} from './paragraphs.js'
import { isPeopleNoun, isPeopleNounToken, isSpeakerHead } from './people.js'
import type { NamePart, PhraseFacts } from './phrase-facts.js'
import {
  endsInApostropheS,
  hasPossessiveEnding,
  withoutApostropheS,
  withoutPossessiveEnding,
} from './possessive.js'
import { descriptionHead, possessiveOwner } from './readings.js'
import { answersQuestion, opensParagraph } from './speech.js'
import {
  cueNouns,
  determiners,
  perWord,
  prepositions,
  subjectPronouns,
  subordinators,
} from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const asking = /[!?]["'”’)\]]*$/u
const clauseMark = /^[.!?;:,—–]$/
const anySpace = /\s/u
const contraction = /['’]\p{L}+$/u
const spaces = /\s+/u

/** One phrase that may name the speaker of a quotation. */
export interface Candidate {
  paragraph: number
  phrase: MentionPhrase
  /** The cue patterns that tie it to this quotation. */
  roles: CueRole[]
  /** Cues between it and the quotation (0: the nearest), for roles before the quotation. */
  rank: number
  /** The cue of its first pattern (`said`, `according to`, `:`), if any. */
  cue: string | null
  /** The roles it had for the quotation before this one, when it was tied to that one. */
  previousRoles: CueRole[]
  /** The roles it had for the quotation right after this one, when it was tied to that one. */
  nextRoles: CueRole[]
  /** Found among the names and pronouns near the quotation. */
  nearby: boolean
  /** The entity mention of retext-entities it is, when that plugin ran. */
  known: KnownMention | undefined
  /** Whether a cue ties it to this quotation or the one before. */
  cued: boolean
  /** The subject of the quotation's sentence, before the quotation ("The survey asks "…""). */
  sentenceSubject: boolean
  /** The features the speaker model scores it on, with their values. */
  features: FeatureValues
}

/** A quotation kept as speech, with its cue matches. */
export interface SpeechQuote {
  quote: RawQuote
  matches: CueMatch[]
}

/** Sentences before the quotation's own whose names and pronouns are candidates. */
const sentencesBack = 2

/** Sentences from a quotation to the next one whose pattern phrases are its candidates. */
const nextSentences = 2

function overlaps(a: Candidate, start: number, end: number): boolean {
  return a.phrase.start < end && start < a.phrase.end
}

/**
 * The candidates of one quotation as `add` fills them: in the order added, and by paragraph (a
 * phrase can only overlap one of its own paragraph, so an add looks through those, not through
 * every candidate of the quotation).
 */
interface Gathered {
  list: Candidate[]
  byParagraph: Map<number, Candidate[]>
}

/**
 * The candidate a phrase is among those gathered: the first added that overlaps it, else a new
 * one. The caller then marks how it was found (no callback made for each phrase added).
 */
function add(
  gathered: Gathered,
  model: ArticleModel,
  paragraph: number,
  phrase: MentionPhrase,
): Candidate {
  let inParagraph = gathered.byParagraph.get(paragraph)
  if (inParagraph === undefined) {
    inParagraph = []
    gathered.byParagraph.set(paragraph, inParagraph)
  }
  // The first added that overlaps the phrase, as a search of the whole list in order finds.
  let candidate: Candidate | undefined
  for (const existing of inParagraph) {
    if (overlaps(existing, phrase.start, phrase.end)) {
      candidate = existing
      break
    }
  }
  if (!candidate) {
    candidate = {
      paragraph,
      phrase,
      roles: [],
      rank: 0,
      cue: null,
      previousRoles: [],
      nextRoles: [],
      nearby: false,
      known: knownAt(model, paragraph, phrase.start, phrase.end),
      cued: false,
      sentenceSubject: false,
      features: new FeatureValues(),
    }
    gathered.list.push(candidate)
    inParagraph.push(candidate)
  }
  return candidate
}

/** Whether a span lies inside a quotation of its paragraph (names quoted are not speakers). */
function inQuotation(paragraph: PreparedParagraph, start: number, end: number): boolean {
  const at = tokenIndexAt(paragraph, start)
  const token = paragraph.tokens[at]
  if (token?.kind === 'quote' && token.start <= start) return true
  // Not read at -1 (see `opensClause`).
  const before = at > 0 ? paragraph.tokens[at - 1] : undefined
  return before?.kind === 'quote' && before.end > start && before.start < end
}

/**
 * The candidates of one quotation: its own pattern phrases, the previous and the next
 * quotation's pattern phrases, and the names and subject pronouns of its sentence and the
 * sentences before it.
 */
export function gatherCandidates(
  model: ArticleModel,
  speech: SpeechQuote,
  previous: SpeechQuote | undefined,
  normalize: (phrase: MentionPhrase, paragraph: number) => MentionPhrase,
  next?: SpeechQuote | undefined,
): Candidate[] {
  const gathered: Gathered = { list: [], byParagraph: new Map() }
  const candidates = gathered.list
  // "Reuters quoted unnamed diplomats as saying "…"": the one quoted speaks; when that one
  // reads as no phrase, no one else nearby does.
  const quoter = quotingFrameOfQuote(model, speech)
  if (quoter !== null && quoter.object === null) return candidates
  for (const match of speech.matches) {
    if (isCommonOpening(model, match)) continue
    const candidate = add(gathered, model, match.paragraph, match.phrase)
    if (!candidate.roles.includes(match.role)) candidate.roles.push(match.role)
    candidate.cued = true
    candidate.cue ??= match.cue
    if (candidate.roles.length === 1) candidate.rank = match.rank
    else candidate.rank = Math.min(candidate.rank, match.rank)
    // A cue phrase read whole (with its role words) is better than a bare name run.
    if (match.phrase.end - match.phrase.start > candidate.phrase.end - candidate.phrase.start)
      candidate.phrase = match.phrase
  }
  const first = speech.quote.segments[0]
  const last = speech.quote.segments.at(-1)
  if (!first || !last) return candidates
  const firstSentence = sentenceNumber(model, { paragraph: first.paragraph, offset: first.open })
  const lastSentence = sentenceNumber(model, { paragraph: last.paragraph, offset: last.open })
  // Only a quotation shortly before can be continued.
  if (previous && firstSentence - openingSentence(model, previous, -1) <= 4)
    addTied(gathered, model, previous.matches, 'previous')
  // Only the quotation that follows at once, in the next sentence or the one after, can be the
  // one a run of quotations is attributed at. Such a run is attributed after its last quotation
  // ("…," Vale said); a phrase before the next quotation introduces that one. Not a quotation
  // opening with a label in capitals (`"VOSS: The pier must close.`): the label says whose its
  // words are, and the next quotation's cue is that one's own (it ends the labelled one).
  if (
    next &&
    openingSentence(model, next, Number.POSITIVE_INFINITY) - lastSentence <= nextSentences &&
    !opensWithCapitalsLabelNotTurn(model.paragraphs[first.paragraph]?.text ?? '', first)
  )
    addTied(
      gathered,
      model,
      next.matches.filter((match) => attributesAfter(match.role)),
      'next',
    )
  for (const phrase of relativeSubjects(model, first)) {
    const candidate = add(gathered, model, first.paragraph, normalize(phrase, first.paragraph))
    if (!candidate.roles.includes('relative-subject')) candidate.roles.push('relative-subject')
    candidate.cued = true
  }
  // Only where no pattern read an attribution after the quotation.
  const asker = speech.matches.some((match) => attributesAfter(match.role))
    ? null
    : askerAfter(model, last)
  if (asker) add(gathered, model, last.paragraph, normalize(asker, last.paragraph)).nearby = true
  const subject = sentenceSubject(model, first)
  if (subject)
    add(gathered, model, first.paragraph, normalize(subject, first.paragraph)).sentenceSubject =
      true
  for (let paragraph = Math.max(0, first.paragraph - 2); paragraph <= last.paragraph; paragraph++) {
    const prepared = model.paragraphs[paragraph]
    if (!prepared) continue
    // The window in this paragraph: offsets from the first sentence in it to the last.
    const base = model.sentenceBase[paragraph] ?? 0
    const from = Math.max(firstSentence - sentencesBack - base, 0)
    const to = Math.min(lastSentence - base, prepared.sentences.length - 1)
    if (from > to) continue
    const windowStart = (prepared.sentences[from] as [number, number])[0]
    const windowEnd = (prepared.sentences[to] as [number, number])[1]
    const nearby = nearbyMentions(model, paragraph, normalize)
    // The mentions are in text order: start at the window, not at the paragraph's first one,
    // and read no more than `nearbyEachSide` of them before the quotation and after it.
    const [reachFrom, reachTo] = nearbyReach(nearby, paragraph, first, last, windowStart, windowEnd)
    for (let at = reachFrom; at < reachTo; at++) {
      const phrase = nearby[at] as MentionPhrase
      if (
        quoter !== null &&
        paragraph === quoter.paragraph &&
        phrase.start >= quoter.start &&
        phrase.end <= quoter.end
      )
        continue
      add(gathered, model, paragraph, phrase).nearby = true
    }
  }
  const nearest = new Map<string, Candidate>()
  for (const candidate of candidates) {
    if (!isBefore(candidate, speech.quote)) continue
    const { form } = phraseFacts(model, candidate.paragraph, candidate.phrase)
    const known = nearest.get(form)
    if (
      !known ||
      candidate.paragraph > known.paragraph ||
      (candidate.paragraph === known.paragraph && candidate.phrase.start > known.phrase.start)
    )
      nearest.set(form, candidate)
  }
  const quotation: QuotationFacts = {
    firstSentence,
    lastSentence,
    opens: opensParagraph(speech.quote, model.paragraphs),
  }
  for (const candidate of candidates) describe(model, speech, quotation, candidate, nearest)
  if (writerSays(model, speech)) return candidates.filter(isFirstPerson)
  // `"…," we were told (by Rooke)`: the words are the agent's, or no one's the text names.
  const received = receivedByCueSubject(model, speech)
  if (received) return candidates.filter((candidate) => startsAtToken(model, candidate, received))
  return candidates.filter(
    (candidate) => !isFirstPerson(candidate) || speaksAlone(model, candidate),
  )
}

/**
 * Nearby mentions read on each side of a quotation in one paragraph. A sentence may hold any
 * number of them (`"We wait," he said, "We wait," he said, …` repeated), and every quotation of
 * it would take all of them for candidates: a cost growing with the square of the sentence. The
 * quotations of the check-output articles have at most 24 candidates in all, so the nearest 32
 * on each side leave every real candidate list as it was (that output stays byte-identical).
 */
const nearbyEachSide = 32

/**
 * The indexes [from, to) of the nearby mentions of one paragraph a quotation takes: those of its
 * window, but no more than `nearbyEachSide` before the quotation's opening and after its close
 * (all of those between its segments). Binary searches, so that a quotation's cost does not
 * grow with its paragraph.
 */
function nearbyReach(
  nearby: readonly MentionPhrase[],
  paragraph: number,
  first: RawQuote['segments'][number],
  last: RawQuote['segments'][number],
  windowStart: number,
  windowEnd: number,
): [number, number] {
  const from = firstStartingFrom(nearby, windowStart)
  const to = firstStartingFrom(nearby, windowEnd)
  const opening =
    paragraph < first.paragraph
      ? to
      : paragraph > first.paragraph
        ? from
        : firstStartingFrom(nearby, first.open)
  const closing =
    paragraph > last.paragraph
      ? from
      : paragraph < last.paragraph
        ? to
        : firstStartingFrom(nearby, last.close)
  return [
    Math.max(from, opening - nearbyEachSide),
    Math.min(to, Math.max(closing, opening) + nearbyEachSide),
  ]
}

/** Whether a candidate opens at a token of its paragraph. */
function startsAtToken(model: ArticleModel, candidate: Candidate, at: PlacedToken): boolean {
  if (candidate.paragraph !== at.paragraph) return false
  return model.paragraphs[at.paragraph]?.tokens[at.token]?.start === candidate.phrase.start
}

/** A token of a paragraph. */
interface PlacedToken {
  paragraph: number
  token: number
}

/**
 * The agent of a passive cue whose subject is "I" or "we" and nearest the quotation (`"…," I
 * was told by Rooke`), as its first token, or a token of no candidate when none is named.
 * Null when no such cue is nearest the quotation.
 */
function receivedByCueSubject(model: ArticleModel, speech: SpeechQuote): PlacedToken | null {
  for (const match of speech.matches) {
    if (match.rank !== 0 || match.phrase.form !== 'pronoun' || !firstPersonPronoun(match.phrase))
      continue
    const tokens = model.paragraphs[match.paragraph]?.tokens ?? []
    const received = receivedWords(tokens, tokenStartingAt(tokens, match.phrase.start))
    if (received) return { paragraph: match.paragraph, token: received.agent }
  }
  return null
}

/**
 * Whether "I" or "we" says words alone: not one of several subjects (`Rooke and I said`,
 * `residents such as Rooke and I`), and not receiving them (`I was told`, `we heard them
 * chant`); such a pronoun is no candidate, the writer being at most one of the speakers.
 */
function speaksAlone(model: ArticleModel, candidate: Candidate): boolean {
  const tokens = model.paragraphs[candidate.paragraph]?.tokens ?? []
  const at = tokenStartingAt(tokens, candidate.phrase.start)
  if (at === -1) return true
  return !joinedToOthers(tokens, at) && receivedWords(tokens, at) === null
}

/**
 * Whether the pronoun at token `at` is one of several subjects: after `such as`, or after `and`
 * or `or` that follow a name, a pronoun or a noun of people (`Rooke and I`, `my wife and I`);
 * not after `and` joining clauses (`…, and I said`, `she left and I said`).
 */
function joinedToOthers(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower
  if (before === 'as') return tokens[at - 2]?.lower === 'such'
  if (before !== 'and' && before !== 'or') return false
  const other = tokens[at - 2]
  if (other?.kind !== 'word') return false
  return other.capital || subjectPronouns.has(other.lower) || isPeopleNoun(other.lower)
}

/** Whether a candidate is "I" or "we" (of any case: "me", "my", "us"). */
function isFirstPerson(candidate: Candidate): boolean {
  return formOf(candidate.phrase) === 'pronoun-first'
}

/**
 * Whether the nearest cues of a quotation all have "I" or "we" for their subject (`…, I laughed
 * and said, "…"`, `"…," we wrote`): outside any quotation that is the writer, and no other
 * mention nearby says the words.
 */
function writerSays(model: ArticleModel, speech: SpeechQuote): boolean {
  let nearest = 0
  for (const match of speech.matches) {
    if (match.rank !== 0) continue
    if (match.phrase.form !== 'pronoun' || !firstPersonPronoun(match.phrase)) return false
    // "Vale said, and I quote, "…"": the writer quoting gives the words to someone else.
    if (isQuotingVerb(match.cue)) return false
    const tokens = model.paragraphs[match.paragraph]?.tokens ?? []
    const at = tokenStartingAt(tokens, match.phrase.start)
    if (at !== -1 && (joinedToOthers(tokens, at) || receivedWords(tokens, at) !== null))
      return false
    nearest++
  }
  // An interview's answer ("What did you tell the board?¶I said, "…"") is the one asked's;
  // read last, as few quotations have only "I" or "we" for their nearest cues' subjects.
  return nearest > 0 && !answersQuestion(model.paragraphs, speech.quote.segments[0]?.paragraph ?? 0)
}

/** Whether a pronoun phrase is "I" or "we" in one of their forms. */
function firstPersonPronoun(phrase: MentionPhrase): boolean {
  const pronoun = speakerPronounOf(phrase.text.toLowerCase())
  return pronoun === 'i' || pronoun === 'we'
}

/**
 * The subject of the sentence a quotation opens in, when it stands before the quotation: the
 * source of a quotation is often the subject of its sentence whatever its verb ("The lawsuit
 * contends that "…"", "The impostor gushed about a "…""), a thing or a person no cue names.
 */
function sentenceSubject(
  model: ArticleModel,
  first: RawQuote['segments'][number],
): MentionPhrase | null {
  const paragraph = model.paragraphs[first.paragraph]
  if (!paragraph) return null
  const quoteToken = paragraph.quoteTokenAt.get(first.open)
  if (quoteToken === undefined) return null
  const opening = firstTokenFrom(paragraph.tokens, sentenceAt(paragraph, first.open)[0])
  if (opening >= quoteToken) return null
  // "Vale quoted Brio as saying "…"": the words are the one quoted's, not the quoter's; an
  // object read no further ("experts such as Brio") leaves the quotation no subject.
  const frame = quotingFrameBefore(paragraph.text, paragraph.tokens, opening, quoteToken)
  if (frame) return frame.object
  // "Ferro cited a poll, and Brill was quoted as saying "…"": the passive's subject.
  const quoted = passiveQuotedSubjectBefore(paragraph.text, paragraph.tokens, opening, quoteToken)
  if (quoted) return quoted.subject
  const subject = clauseSubject(paragraph.text, paragraph.tokens, opening, quoteToken)
  if (!subject || subject.phrase.end > first.open) return null
  const { phrase } = subject
  if (inQuotation(paragraph, phrase.start, phrase.end)) return null
  // As among the nearby names: "Fact-checkers looked at…" is a common word, not a name, and
  // "Late on Sunday, …" opens an adjunct; a lone noun of people ("Protesters") may still speak.
  if (
    phrase.form !== 'pronoun' &&
    isOpeningWord(paragraph, phrase.text, phrase.start) &&
    (phrase.form === 'name' || !isPeopleNoun(descriptionHead(phrase.text).toLowerCase()))
  )
    return null
  return phrase
}

/**
 * The quoting frame of a quotation, right before it (`Vale quoted Brio as saying "…"`) or right
 * after it (`"…," Vale quoted Brio as saying`), with its quoter's phrase and where its quoter
 * stands: from the sentence's start, or the quotation's end, to the verb of quoting. The quoter
 * is never the speaker, so no mention there is a candidate; else null.
 */
export function quotingFrameOfQuote(
  model: ArticleModel,
  speech: SpeechQuote,
): {
  object: MentionPhrase | null
  quoter: MentionPhrase | null
  paragraph: number
  start: number
  end: number
} | null {
  const first = speech.quote.segments[0]
  const last = speech.quote.segments.at(-1)
  if (!first || !last) return null
  const paragraph = model.paragraphs[first.paragraph]
  const quoteToken = paragraph?.quoteTokenAt.get(first.open)
  if (paragraph && quoteToken !== undefined) {
    const { tokens, text } = paragraph
    const opening = firstTokenFrom(tokens, sentenceAt(paragraph, first.open)[0])
    const frame =
      opening < quoteToken ? quotingFrameBefore(text, tokens, opening, quoteToken) : null
    if (frame)
      return {
        object: frame.object,
        quoter: quoterBefore(text, tokens, frame),
        paragraph: first.paragraph,
        start: (tokens[opening] as Token).start,
        end: (tokens[frame.verb] as Token).start,
      }
    // "Ferro cited a poll, and Brill was quoted as saying "…"": whoever stands before the
    // passive's subject is in another clause, no speaker of the words.
    const quoted =
      opening < quoteToken ? passiveQuotedSubjectBefore(text, tokens, opening, quoteToken) : null
    if (quoted)
      return {
        object: quoted.subject,
        quoter: null,
        paragraph: first.paragraph,
        start: (tokens[opening] as Token).start,
        end: quoted.clauseStart,
      }
  }
  const lastParagraph = model.paragraphs[last.paragraph]
  const closing = lastParagraph?.quoteTokenAt.get(last.open)
  if (!lastParagraph || closing === undefined) return null
  const { tokens, text } = lastParagraph
  const after = quotingFrameAfter(text, tokens, closing)
  if (!after) return null
  return {
    object: after.frame.object,
    quoter: after.quoterPhrase,
    paragraph: last.paragraph,
    start: (tokens[after.quoter] as Token).start,
    end: (tokens[after.frame.verb] as Token).start,
  }
}

/** Most cue modifiers read between a relative pronoun and its cue ("who has also said"). */
const relativeModifiers = 3

/**
 * The phrases that a relative pronoun subject of a cue stands for, in the quotation's sentence
 * before it ("a message that said "…"", "an impersonator who promises "…""): the patterns read
 * the pronoun, which names no one, as the cue's subject; the phrase before it speaks.
 */
function relativeSubjects(
  model: ArticleModel,
  first: RawQuote['segments'][number],
): MentionPhrase[] {
  const paragraph = model.paragraphs[first.paragraph]
  if (!paragraph) return []
  const quoteToken = paragraph.quoteTokenAt.get(first.open)
  if (quoteToken === undefined) return []
  const { tokens, text } = paragraph
  const opening = firstTokenFrom(tokens, sentenceAt(paragraph, first.open)[0])
  const found: MentionPhrase[] = []
  // Only the cues a relative pronoun stands a few words before: a sentence of many quotations
  // read token by token for each of them would cost the square of its length.
  const cues = relativeCuesOf(model, first.paragraph)
  for (let index = firstAtLeast(cues, opening + 1); index < cues.length; index++) {
    const at = cues[index] as number
    if (at >= quoteToken) break
    // "Vale, who quoted Brio as saying "…"": a quoter is never the speaker.
    if (quotingFrameAt(text, tokens, at, quoteToken) !== null) continue
    let pronoun = at - 1
    while (pronoun > opening && at - pronoun <= relativeModifiers && isCueModifier(tokens[pronoun]))
      pronoun--
    const word = tokens[pronoun] as Token
    if (word.kind !== 'word' || !relativeSubjectPronouns.has(word.lower)) continue
    const phrase = phraseBefore(text, tokens, pronoun)
    if (phrase && phrase.form !== 'pronoun' && !inQuotation(paragraph, phrase.start, phrase.end))
      found.push(phrase)
  }
  return found
}

/**
 * The cue tokens of a paragraph with a relative subject pronoun among the words the modifier
 * walk of `relativeSubjects` may reach before them (the cue's `relativeModifiers + 1` words
 * before), in text order: every cue that walk can read a relative subject for.
 */
function relativeCuesOf(model: ArticleModel, paragraph: number): number[] {
  const cache = model.memo.relativeCues
  const known = cache.get(paragraph)
  if (known) return known
  const tokens = model.paragraphs[paragraph]?.tokens ?? []
  const found: number[] = []
  for (let at = 0; at < tokens.length; at++) {
    if (!isCue(tokens[at])) continue
    for (let before = at - 1; before >= 0 && at - before <= relativeModifiers + 1; before--) {
      const word = tokens[before] as Token
      if (word.kind === 'word' && relativeSubjectPronouns.has(word.lower)) {
        found.push(at)
        break
      }
    }
  }
  cache.set(paragraph, found)
  return found
}

const relativeSubjectPronouns: ReadonlySet<string> = new Set(subjectRelativePronouns)

/**
 * The mention opening the clause right after a quotation that ends in `?` or `!`, followed by
 * a verb ("…?" Vale pressed): the mark ends the sentence for the tokenizer, so this phrase is
 * outside the nearby window, yet it is the quotation's attribution whatever its verb.
 */
function askerAfter(model: ArticleModel, last: RawQuote['segments'][number]): MentionPhrase | null {
  const paragraph = model.paragraphs[last.paragraph]
  if (!paragraph) return null
  const quoteToken = paragraph.quoteTokenAt.get(last.open)
  if (quoteToken === undefined) return null
  if (!asking.test(paragraph.text.slice(last.innerStart, last.innerEnd).trimEnd())) return null
  const { tokens, text } = paragraph
  const read = phraseAfter(text, tokens, quoteToken + 1, true)
  if (!read || inQuotation(paragraph, read.phrase.start, read.phrase.end)) return null
  // A lowercase word after the phrase: its verb ("pressed", "shot back").
  const verb = tokens[read.next]
  return verb?.kind === 'word' && !verb.capital ? read.phrase : null
}

/** The number of the sentence a quotation opens in; `none` when it has no segment. */
function openingSentence(model: ArticleModel, speech: SpeechQuote, none: number): number {
  const first = speech.quote.segments[0]
  return first ? sentenceNumber(model, { paragraph: first.paragraph, offset: first.open }) : none
}

/**
 * The phrases the patterns tied to a neighbouring quotation, as candidates of this one: each
 * role is kept once in the candidate's `previousRoles` or `nextRoles`, as `neighbour` says.
 */
function addTied(
  gathered: Gathered,
  model: ArticleModel,
  matches: readonly CueMatch[],
  neighbour: 'previous' | 'next',
): void {
  for (const match of matches) {
    if (isCommonOpening(model, match)) continue
    const candidate = add(gathered, model, match.paragraph, match.phrase)
    const roles = neighbour === 'previous' ? candidate.previousRoles : candidate.nextRoles
    if (!roles.includes(match.role)) roles.push(match.role)
  }
}

/**
 * Whether a cue pattern's phrase is one common word opening its sentence ("Hours later, she
 * issued a statement calling…"): the pattern read an adverb or a participle as its subject. A
 * noun of people ("Aides say…", "Respondents are…") still speaks.
 */
function isCommonOpening(model: ArticleModel, match: CueMatch): boolean {
  const paragraph = model.paragraphs[match.paragraph]
  const { phrase } = match
  return (
    phrase.form === 'name' &&
    paragraph !== undefined &&
    isOpeningCommonWord(model, paragraph, phrase.text, phrase.start) &&
    !isPeopleNoun(descriptionHead(phrase.text).toLowerCase())
  )
}

/** Whether a cue role ties a phrase after its quotation (`…," Vale said`, `— Vale`). */
function attributesAfter(role: CueRole): boolean {
  return role.startsWith('after-') || role === 'sentence-end'
}

/** Words after which a clause, and so its subject, may start. */
const clauseStarts: ReadonlySet<string> = new Set([...subordinators, 'and', 'but', 'or', 'that'])

/**
 * The mentions of a paragraph that may name a speaker nearby, in text order, read once per
 * article: names (name runs and the entities retext-entities found, not in quotations),
 * descriptions of people, bodies and documents ("the ad", "a top aide", "local fishermen"), and
 * subject pronouns.
 */
function nearbyMentions(
  model: ArticleModel,
  paragraph: number,
  normalize: (phrase: MentionPhrase, paragraph: number) => MentionPhrase,
): MentionPhrase[] {
  const cache = model.memo.nearby
  const known = cache.get(paragraph)
  if (known) return known
  const prepared = model.paragraphs[paragraph] as PreparedParagraph
  const found: MentionPhrase[] = []
  // Phrases made in place: a closure made for each paragraph read cost more than the calls.
  for (const chain of model.chainsByParagraph.get(paragraph) ?? [])
    if (!isOpeningWord(prepared, chain.text, chain.start))
      found.push(normalize(namePhrase(chain.text, chain.start, chain.end), paragraph))
  for (const mention of model.knownByParagraph.get(paragraph) ?? [])
    if (!inQuotation(prepared, mention.start, mention.end))
      found.push(normalize(namePhrase(mention.text, mention.start, mention.end), paragraph))
  // An index loop: `entries()` would make an [index, token] pair for every token.
  for (let at = 0; at < prepared.tokens.length; at++) {
    const token = prepared.tokens[at] as Token
    if (token.kind !== 'word') continue
    // What the word is here (`nearbyWordKind`): its lexeme is found for few of them.
    const kind = nearbyWordKind(token)
    if (kind === subjectPronounWord) {
      found.push(pronounPhrase(token, token.text.replace(contraction, '')))
      continue
    }
    if (kind === otherWord) continue
    const opensDescription = kind === determinerWord
    // Speakers are subjects: a description counts where a clause may start, after a stop, a
    // comma, a conjunction or a quotation ("…," the official said). A determiner opens its
    // phrase; a plural noun is read back to its phrase's first word ("local fishermen"), and
    // one opened by a determiner was read from that determiner already.
    let read: MentionPhrase | null | undefined
    let opening = at
    if (opensDescription) {
      // Not read at -1 (see `opensClause`): a paragraph's first word is often a determiner.
      if (!mayOpenClause(at > 0 ? prepared.tokens[at - 1] : undefined)) continue
      read = phraseAfter(prepared.text, prepared.tokens, at, false)?.phrase
    } else {
      read = phraseBefore(prepared.text, prepared.tokens, at + 1)
      if (!read) continue
      opening = tokenIndexAt(prepared, read.start)
      if (determiners.has((prepared.tokens[opening] as Token).lower)) continue
      if (!mayOpenClause(opening > 0 ? prepared.tokens[opening - 1] : undefined)) continue
    }
    if (read?.form !== 'description' || !speaksOrReports(read)) continue
    found.push(normalize(read, paragraph))
  }
  // At one start, the longer phrase first: a description holding a name ("Sanders
  // protesters", "White House officials") is the mention, the name only its modifier.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  cache.set(paragraph, found)
  return found
}

/** A name run or an entity mention as a phrase of the form `name`, with no appositions. */
function namePhrase(text: string, start: number, end: number): MentionPhrase {
  return { text, start, end, form: 'name', appositions: [] }
}

/** What a word is to the scan of `nearbyMentions` (see `nearbyWordKind`). */
const otherWord = 0
const subjectPronounWord = 1
const determinerWord = 2
const pluralPeopleWord = 3

/**
 * What a word is to the scan of `nearbyMentions`: a subject pronoun (contraction aside:
 * `he’s`), else a determiner, else a plural noun of people or bodies ("protesters", "Democrats",
 * "fishermen": the ending first, so that most words are spared the noun's look-up), else none of
 * these. The tests, in that order, of the token's lowercase form (a token's `lower` is its text
 * in lowercase).
 *
 * Asked of every word of the paragraphs near a quotation: two look-ups in small sets, and the
 * token's lexeme found (in the shared vocabulary, a large table) only for a word with a plural's
 * ending, rather than for every word to read this answer kept on it. Most words here need no
 * other fact of their lexeme: lexemes looked up fell from 51,019 to 27,695 a pass of the bench's
 * 163 texts, and this scan's share of the pass with them from 7.2% to 5.9% (steady-state
 * profiles).
 */
function nearbyWordKind(token: Token): number {
  const { lower } = token
  if (subjectPronouns.has(pronounOf(lower))) return subjectPronounWord
  if (determiners.has(lower)) return determinerWord
  return hasPluralPeopleEnding(lower) && isPeopleNounToken(token) ? pluralPeopleWord : otherWord
}

/**
 * Whether a word ends as a plural noun of people can (`-s` but not `-ss`, `-men`, `-people`,
 * `-children`): asked of every word near a quotation, by its last letters rather than a pattern
 * tried at each of its characters.
 */
function hasPluralPeopleEnding(lower: string): boolean {
  const last = lower.length - 1
  const code = lower.charCodeAt(last)
  if (code === 0x73) return last > 0 && lower.charCodeAt(last - 1) !== 0x73
  if (code === 0x6e) return lower.endsWith('men') || lower.endsWith('children')
  return code === 0x65 && lower.endsWith('people')
}

/** Whether a clause, and so a subject, may start after this token (none: the paragraph opens). */
function mayOpenClause(previous: Token | undefined): boolean {
  return (
    previous === undefined ||
    previous.kind !== 'word' ||
    clauseStarts.has(previous.lower) ||
    isCue(previous)
  )
}

/** One dictionary word capitalized to open its sentence ("Hastily", "Officials", "Miller"). */
function isOpeningWord(paragraph: PreparedParagraph, text: string, start: number): boolean {
  if (text.includes(' ') || !opensSentenceAt(paragraph, start)) return false
  // Most such phrases are the word token at their start, or it without its `'s` (a name run
  // drops that): the answer is then that word's, kept on its lexeme, not found again from a
  // new string (a split and a dictionary look-up per part, each hashing a new string).
  const token = paragraph.tokens[tokenIndexAt(paragraph, start)]
  if (token !== undefined && token.kind === 'word' && token.start === start) {
    if (token.text === text) return isDictionaryCompoundToken(token)
    if (
      token.text.length === text.length + 2 &&
      endsInApostropheS(token.text) &&
      token.text.startsWith(text)
    )
      return isDictionaryCompoundWithoutSToken(token)
  }
  return isDictionaryCompound(text)
}

/** Whether a word, its possessive ending aside, is dictionary words only, hyphen to hyphen. */
function isDictionaryCompound(word: string): boolean {
  return withoutPossessiveEnding(word)
    .split('-')
    .every((part) => isDictionaryWord(part))
}

/** `isDictionaryCompound` of a token's word as written, kept on its lexeme. */
const isDictionaryCompoundToken = tokenFact(isDictionaryCompound)

/** `isDictionaryCompound` of a token's word as written without its `'s`, kept on its lexeme. */
const isDictionaryCompoundWithoutSToken = tokenFact((word: string) =>
  isDictionaryCompound(withoutApostropheS(word)),
)

/**
 * One common word capitalized to open its sentence ("Hours later", "Weighing in", "Likewise"):
 * not a name. A dictionary word there is a name only with evidence: the article capitalizes it
 * elsewhere, not opening a sentence ("Trump", "Miller"), it is a known given name ("Rose"), or
 * retext-entities found a person or organization there.
 */
function isOpeningCommonWord(
  model: ArticleModel,
  paragraph: PreparedParagraph,
  text: string,
  start: number,
): boolean {
  if (!isOpeningWord(paragraph, text, start)) return false
  const word = withoutPossessiveEnding(text)
  if (isGivenName(word) || capitalizedWithin(model).has(word.toLowerCase())) return false
  const known = knownAt(model, paragraph.index, start, start + text.length)
  return known === undefined || known.kind === 'place'
}

/**
 * The words (lowercase) of the article's name runs that do not open a sentence, read once per
 * article: a word capitalized there is capitalized for being a name, not for its place.
 */
function capitalizedWithin(model: ArticleModel): Set<string> {
  let words = model.memo.capitalized
  if (words) return words
  words = new Set()
  for (const chain of model.chains) {
    const paragraph = model.paragraphs[chain.paragraph]
    const parts = chain.text.split(spaces)
    const from = paragraph && opensSentenceAt(paragraph, chain.start) ? 1 : 0
    for (let at = from; at < parts.length; at++)
      words.add(withoutPossessiveEnding(parts[at] as string).toLowerCase())
  }
  model.memo.capitalized = words
  return words
}

/** Whether a description names someone who can speak, or a statement or document that reports. */
function speaksOrReports(phrase: MentionPhrase): boolean {
  return describesSpeakerOrReport(phrase.text)
}

/**
 * `speaksOrReports` of a description's text, remembered across articles (a pure function of the
 * text): one look-up of the text, where the answer split it and looked up several of its words.
 */
const describesSpeakerOrReport = perWord((text) => {
  const head = descriptionHead(text).toLowerCase()
  return isSpeakerHead(head) || cueNouns.has(head) || possessiveOwner(text) !== null
})

/** How a candidate names: the pronoun it is, or its form. */
function formOf(phrase: MentionPhrase): string {
  if (phrase.form !== 'pronoun') return phrase.form
  const pronoun = speakerPronounOf(phrase.text.toLowerCase())
  if (pronoun === 'he' || pronoun === 'she') return 'pronoun-person'
  if (pronoun === 'i' || pronoun === 'we') return 'pronoun-first'
  return `pronoun-${pronoun}`
}

/**
 * The facts of a phrase in its paragraph, read when first asked and kept in the article's memo
 * by the phrase: a phrase is never changed once read (its readers finish it before they return
 * it), and the facts are read from it and its paragraph only, so the same phrase in the same
 * paragraph has the same facts. Asked with another paragraph, they are read again.
 */
function phraseFacts(model: ArticleModel, paragraph: number, phrase: MentionPhrase): PhraseFacts {
  const memo = model.memo.phraseFacts
  const known = memo.get(phrase)
  if (known !== undefined && known.paragraph === paragraph) return known
  const prepared = model.paragraphs[paragraph] as PreparedParagraph
  const at = tokenIndexAt(prepared, phrase.start)
  // Not read at -1 (see `opensClause`): many phrases open their paragraph.
  const before: Token | undefined = at > 0 ? prepared.tokens[at - 1] : undefined
  let calendarName = false
  let capitalsName = false
  if (phrase.form === 'name' && !anySpace.test(phrase.text)) {
    // One word (most names read): what splitting it would give, with no array made.
    calendarName = calendarNames.has(withoutPossessiveEnding(phrase.text.toLowerCase()))
  } else if (phrase.form === 'name') {
    const words = phrase.text.split(spaces)
    // "Wednesday", "Last March": a date read as a name run never speaks.
    calendarName = words.every((word) =>
      calendarNames.has(withoutPossessiveEnding(word.toLowerCase())),
    )
    // A run of several words in capitals only is a headline or a label, not a name.
    capitalsName = words.length > 2 && words.every((word) => !lowercaseLetter.test(word))
  }
  const form = formOf(phrase)
  const facts: PhraseFacts = {
    paragraph,
    token: at,
    // `sentenceNumber` of the phrase's start, with no position object made for it.
    sentence: (model.sentenceBase[paragraph] ?? 0) + sentenceIndexAt(prepared, phrase.start),
    form,
    formNode: partAfter(formNames, form),
    formPlaceNode: partAfter(formPlaceNames, form),
    noCueNode: partAfter(noCueNames, form),
    nearestNode: partAfter(nearestNames, form),
    unknownKind: phrase.form === 'pronoun' ? 'pronoun' : unknownKindOf(model, paragraph, phrase),
    opensClause: opensClause(prepared, phrase),
    afterPreposition: before?.kind === 'word' && prepositions.has(before.lower),
    afterCue: isCue(before),
    possessive: hasPossessiveEnding(phrase.text),
    // "Officials said", "Fact-checkers looked": one common word, capitalized to open the sentence.
    commonWordOpening: phrase.form === 'name' && isOpeningWord(prepared, phrase.text, phrase.start),
    calendarName,
    capitalsName,
  }
  memo.set(phrase, facts)
  return facts
}

/** What kind of thing a candidate names, as far as the text tells. */
function kindOf(candidate: Candidate, facts: PhraseFacts): string {
  if (candidate.phrase.form === 'pronoun') return 'pronoun'
  if (candidate.known) return candidate.known.kind
  return facts.unknownKind
}

/** What kind of thing a phrase (no pronoun) names, when no entity mention says. */
function unknownKindOf(model: ArticleModel, paragraph: number, phrase: MentionPhrase): string {
  if (phrase.form === 'description') {
    const head = descriptionHead(phrase.text)
    if (possessiveOwner(phrase.text) !== null && !isSpeakerHead(head)) return 'owned-thing'
    if (isRoleHead(head)) return 'role'
    if (isOrganizationHead(head)) return 'body'
    return isSpeakerPhrase(phrase) ? 'people' : 'thing'
  }
  // Chains are in text order and do not overlap: the first ending after the phrase starts is
  // the only one that can overlap it.
  const chains = model.chainsByParagraph.get(paragraph) ?? []
  const chain = chains[firstReaching(model, chains, phrase.start)]
  return chain !== undefined && chain.start < phrase.end ? chain.kind : 'name'
}

/** What describes every candidate of a quotation alike: read once per quotation. */
interface QuotationFacts {
  /** The sentences, over the article, its first and its last segment open in. */
  firstSentence: number
  lastSentence: number
  /** Whether it opens its paragraph. */
  opens: boolean
}

/**
 * The places a candidate may stand against its quotation, by number (see `placeOf`): feature
 * names are joined from their names (`place:two-back`).
 */
const placeNamesByNumber = [
  'same-before',
  'same-after',
  'previous-sentence',
  'two-back',
  'next-sentence',
  'far-before',
  'far-after',
] as const
const sameBefore = 0
const sameAfter = 1
const previousSentence = 2
const twoBack = 3
const nextSentence = 4
const farBefore = 5
const farAfter = 6

/**
 * Where a candidate stands against the quotation, in sentences (its place's number in
 * `placeNamesByNumber`), from its phrase's facts: its sentence, and `at`, the index of the first
 * token at or after its start.
 */
function placeOf(
  model: ArticleModel,
  quote: RawQuote,
  { firstSentence, lastSentence }: QuotationFacts,
  candidate: Candidate,
  { token: at, sentence }: PhraseFacts,
): { bucket: number; tokens: number; quotesBetween: boolean } {
  const first = quote.segments[0] as RawQuote['segments'][number]
  const last = quote.segments.at(-1) as RawQuote['segments'][number]
  const beforeQuote =
    candidate.paragraph < first.paragraph ||
    (candidate.paragraph === first.paragraph && candidate.phrase.end <= first.open)
  let bucket: number
  if (sentence >= firstSentence && sentence <= lastSentence)
    bucket = beforeQuote ? sameBefore : sameAfter
  else if (sentence === firstSentence - 1) bucket = previousSentence
  else if (sentence === firstSentence - 2) bucket = twoBack
  else if (sentence === lastSentence + 1) bucket = nextSentence
  else bucket = sentence < firstSentence ? farBefore : farAfter
  // Tokens between the candidate and the quotation, within one paragraph; far otherwise.
  let tokens = 60
  let quotesBetween = false
  const paragraph = model.paragraphs[candidate.paragraph] as PreparedParagraph
  if (beforeQuote && candidate.paragraph === first.paragraph) {
    const quoteAt = paragraph.quoteTokenAt.get(first.open) ?? at
    tokens = Math.max(0, quoteAt - at)
    quotesBetween = hasQuoteToken(paragraph.tokens, at, quoteAt)
  } else if (!beforeQuote && candidate.paragraph === last.paragraph) {
    const quoteAt = paragraph.quoteTokenAt.get(last.open) ?? at
    tokens = Math.max(0, at - quoteAt)
    quotesBetween = hasQuoteToken(paragraph.tokens, quoteAt + 1, at)
  } else if (beforeQuote) {
    quotesBetween = paragraph.lastQuoteToken >= at
  }
  return { bucket, tokens, quotesBetween }
}

/** Whether a quotation token lies among `tokens[from]` to `tokens[to - 1]` (no copy made). */
function hasQuoteToken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((tokens[at] as Token).kind === 'quote') return true
  return false
}

/** Whether the phrase opens its sentence, or its clause after a comma. */
function opensClause(paragraph: PreparedParagraph, phrase: MentionPhrase): boolean {
  const at = tokenIndexAt(paragraph, phrase.start)
  // Not read at -1: V8 reads `tokens[-1]` as a property named "-1", through a slow generic path.
  const before = at > 0 ? paragraph.tokens[at - 1] : undefined
  // "76-year-old Ann Vale said": the age the phrase leaves out of the name opens the clause.
  if (before?.kind === 'word' && isAgeModifier(before.lower))
    return opensClauseAt(paragraph, at - 1, before.start)
  return opensClauseAt(paragraph, at, phrase.start)
}

/** Whether `paragraph.tokens[at]`, starting at offset `start`, opens its sentence or clause. */
function opensClauseAt(paragraph: PreparedParagraph, at: number, start: number): boolean {
  const before = at > 0 ? paragraph.tokens[at - 1] : undefined
  return (
    before === undefined ||
    opensSentenceAt(paragraph, start) ||
    (before.kind === 'punct' && clauseMark.test(before.text))
  )
}

function namePart(name: string): NamePart {
  return { name, index: -1, next: new Map(), byPlace: [] }
}

/**
 * `partAfter` of a place's name (by its number in `placeNamesByNumber`), kept on the node by the
 * number: the same node `partAfter` gives, asked once per node and place. A node's parts are
 * all joined with the same `joiner` (as `partAfter`, which keeps them by part alone, assumes).
 */
function placeAfter(node: NamePart, place: number, joiner = ''): NamePart {
  let next = node.byPlace[place]
  if (next === undefined) {
    next = partAfter(node, placeNamesByNumber[place] as string, joiner)
    node.byPlace[place] = next
  }
  return next
}

/** The node of a name part after another (`joiner` between them), made when first asked for. */
function partAfter(node: NamePart, part: string, joiner = ''): NamePart {
  let next = node.next.get(part)
  if (next === undefined) {
    next = namePart(node.name + joiner + part)
    node.next.set(part, next)
  }
  return next
}

/** The feature index of a name in the tree. */
function indexOf(node: NamePart): number {
  if (node.index === -1) node.index = featureIndex(node.name)
  return node.index
}

/** The feature index of a family's name and a part (`form:` and `name`). */
function featureOf(family: NamePart, part: string): number {
  return indexOf(partAfter(family, part))
}

// The families of feature names joined from parts. Their parts come from small fixed sets
// (roles, forms, kinds, places), so the trees stay small.
const roleNames = namePart('role:')
const previousRoleNames = namePart('previous-role:')
const nextRoleNames = namePart('next-role:')
const nearbyOnlyNames = namePart('nearby-only:')
const formNames = namePart('form:')
const kindNames = namePart('kind:')
const placeNames = namePart('place:')
const formPlaceNames = namePart('form-place:')
const kindPlaceNames = namePart('kind-place:')
const noCueNames = namePart('no-cue:')
const opensParagraphNames = namePart('opens-paragraph:')
const nearestNames = namePart('nearest:')

// The features of one name, numbered once.
const rolesSeveral = featureIndex('roles:several')
const previous = featureIndex('previous')
const previousHasCue = featureIndex('previous:quote-has-cue')
const previousHasNoCue = featureIndex('previous:quote-has-no-cue')
const previousOpensParagraph = featureIndex('previous:quote-opens-paragraph')
const next = featureIndex('next')
const nextHasCue = featureIndex('next:quote-has-cue')
const nextHasNoCue = featureIndex('next:quote-has-no-cue')
const nextPreviousToo = featureIndex('next:previous-too')
const subjectOfSentence = featureIndex('sentence-subject')
const subjectHasCue = featureIndex('sentence-subject:quote-has-cue')
const subjectHasNoCue = featureIndex('sentence-subject:quote-has-no-cue')
const subjectOnly = featureIndex('sentence-subject-only')
const nearbyOnly = featureIndex('nearby-only')
const nearbyOnlyHasCue = featureIndex('nearby-only:quote-has-cue')
const nearbyOnlyHasNoCue = featureIndex('nearby-only:quote-has-no-cue')
const distance = featureIndex('distance')
const quotesBetween = featureIndex('quotes-between')
const opensClauseFeature = featureIndex('opens-clause')
const afterPreposition = featureIndex('after-preposition')
const objectOfCue = featureIndex('object-of-cue')
const possessive = featureIndex('possessive')
const introducesQuoteFeature = featureIndex('introduces-quote')
const apposition = featureIndex('apposition')
const personName = featureIndex('person-name')
const commonWordOpening = featureIndex('common-word-opening-sentence')
const calendarName = featureIndex('name:calendar')
const capitalsName = featureIndex('name:capitals')

const lowercaseLetter = /\p{Ll}/u

/** Fill the features of one candidate. */
function describe(
  model: ArticleModel,
  speech: SpeechQuote,
  quotation: QuotationFacts,
  candidate: Candidate,
  nearest: ReadonlyMap<string, Candidate>,
): void {
  const { features } = candidate
  const { quote } = speech
  const hasCue = speech.matches.length > 0
  const facts = phraseFacts(model, candidate.paragraph, candidate.phrase)
  const { form } = facts
  const kind = kindOf(candidate, facts)
  const place = placeOf(model, quote, quotation, candidate, facts)
  const { opens } = quotation

  for (const role of candidate.roles) {
    const node = partAfter(roleNames, role)
    features.add(indexOf(node))
    if (candidate.rank > 0 && role.startsWith('before'))
      features.add(indexOf(partAfter(node, ':far')))
  }
  if (candidate.roles.length > 1) features.add(rolesSeveral)
  for (const role of candidate.previousRoles) features.add(featureOf(previousRoleNames, role))
  if (candidate.previousRoles.length > 0) {
    features.add(previous)
    features.add(hasCue ? previousHasCue : previousHasNoCue)
    if (opens) features.add(previousOpensParagraph)
  }
  for (const role of candidate.nextRoles) features.add(featureOf(nextRoleNames, role))
  if (candidate.nextRoles.length > 0) {
    features.add(next)
    features.add(hasCue ? nextHasCue : nextHasNoCue)
    if (candidate.previousRoles.length > 0) features.add(nextPreviousToo)
  }
  if (candidate.sentenceSubject) {
    features.add(subjectOfSentence)
    features.add(hasCue ? subjectHasCue : subjectHasNoCue)
    if (candidate.roles.length === 0 && !candidate.nearby) features.add(subjectOnly)
  }
  if (candidate.nearby && candidate.roles.length === 0) {
    features.add(nearbyOnly)
    features.add(indexOf(placeAfter(nearbyOnlyNames, place.bucket)))
    features.add(hasCue ? nearbyOnlyHasCue : nearbyOnlyHasNoCue)
  }
  features.add(indexOf(facts.formNode))
  features.add(featureOf(kindNames, kind))
  features.add(indexOf(placeAfter(placeNames, place.bucket)))
  features.add(indexOf(placeAfter(facts.formPlaceNode, place.bucket, ':')))
  features.add(indexOf(placeAfter(partAfter(kindPlaceNames, kind), place.bucket, ':')))
  if (!hasCue) features.add(indexOf(placeAfter(facts.noCueNode, place.bucket, ':')))
  if (opens) features.add(indexOf(placeAfter(opensParagraphNames, place.bucket)))
  features.add(distance, Math.log1p(place.tokens) / 4)
  if (place.quotesBetween) features.add(quotesBetween)
  if (facts.opensClause) features.add(opensClauseFeature)
  // "at Vale's claim that…": the owner of a cue noun is its speaker, the preposition governs
  // the noun.
  const owner = candidate.roles.includes('owner')
  if (facts.afterPreposition && !owner) features.add(afterPreposition)
  // "told Parliament", "asked Vale": the one spoken to.
  if (candidate.roles.length === 0 && facts.afterCue) features.add(objectOfCue)
  if (facts.possessive && !owner) features.add(possessive)
  // "Vale continued:" closing the sentence (or paragraph) just before the quotation.
  if (place.bucket === previousSentence && introducesQuote(model, quote, candidate))
    features.add(introducesQuoteFeature)
  if (candidate.phrase.appositions.length > 0) features.add(apposition)
  if (candidate.known?.kind === 'person' || kind === 'person') features.add(personName)
  if (facts.commonWordOpening) features.add(commonWordOpening)
  // The nearest candidate of its form before the quotation.
  if (nearest.get(form) === candidate) features.add(indexOf(facts.nearestNode))
  if (facts.calendarName) features.add(calendarName)
  if (facts.capitalsName) features.add(capitalsName)
}

/** Calendar words ("Monday", "March", "today"); "May" is a name too. */
const calendarNames: ReadonlySet<string> = new Set([
  ...calendarWords.filter((word) => word !== 'may'),
  'last',
  'next',
  'this',
])

function isBefore(candidate: Candidate, quote: RawQuote): boolean {
  const first = quote.segments[0]
  if (!first) return false
  return (
    candidate.paragraph < first.paragraph ||
    (candidate.paragraph === first.paragraph && candidate.phrase.end <= first.open)
  )
}

/** Whether a candidate's sentence ends with a colon right before the quotation. */
function introducesQuote(model: ArticleModel, quote: RawQuote, candidate: Candidate): boolean {
  const first = quote.segments[0]
  if (!first) return false
  const paragraph = model.paragraphs[candidate.paragraph] as PreparedParagraph
  const { text } = paragraph
  let end = candidate.paragraph === first.paragraph ? first.open : text.length
  // From the end back over spaces: a pattern tried from the phrase would read the rest of the
  // paragraph for each candidate.
  while (end > candidate.phrase.end && space.test(text[end - 1] as string)) end--
  return end > candidate.phrase.end && text[end - 1] === ':'
}

const space = /\s/u
