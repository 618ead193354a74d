import { isGivenName, isOrganizationHead, isRoleHead } from '@newsroom/names'
import { weakCueVerbs } from './cues.js'
import type { RawQuote } from './find-quotes.js'
import { isHumanNoun } from './human-nouns.js'
import {
  isCue,
  isCueModifier,
  type MentionPhrase,
  phraseAfter,
  phraseBefore,
} from './mention-phrase.js'
import { descriptionHead, possessiveOwner } from './speakers.js'
import { maskRanges, sentenceRanges, type Token, tokenize } from './tokens.js'

/** How an attribution was found, strongest first. */
export type AttributionMethod =
  | 'after' // "…," Wang said.
  | 'sentence-end' // The talks were "…", the ministry said.
  | 'before' // Trump said on Friday "…"
  | 'according-to' // "…", according to CCTV.
  | 'continuation' // A paragraph that is only a quote, after a paragraph with a speaker.
  | 'none'

/** What the text says about who spoke one quote. */
export interface Attribution {
  method: AttributionMethod
  cue: string | null
  phrase: MentionPhrase | null
  /** Paragraph of the phrase. */
  paragraph: number
  /** Whether the cue sits in the same sentence as the quote. */
  inSentence: boolean
}

/** A speaker phrase anywhere in the text that is the subject of a cue, quoted or not. */
export interface CueSubject {
  paragraph: number
  phrase: MentionPhrase
  cue: string
  /** The cue ends its paragraph with a colon: the next paragraph's quote is theirs. */
  introducesQuote: boolean
}

/** A paragraph prepared for attribution: quotes masked, tokens, sentences. */
export interface PreparedParagraph {
  text: string
  tokens: Token[]
  sentences: Array<[number, number]>
  /** Token index of each masked quotation, by its opening offset. */
  quoteTokenAt: Map<number, number>
}

const terminal = /[.!?…]["'”’)\]]*$/u

function sentenceOf(paragraph: PreparedParagraph, offset: number): [number, number] {
  return (
    paragraph.sentences.find(([start, end]) => offset >= start && offset < end) ?? [
      0,
      paragraph.text.length,
    ]
  )
}

/** Whether the words after a quote (from token `at`) read as its attribution: `, he said`. */
function attributionAfter(
  paragraph: PreparedParagraph,
  at: number,
  quoteEndsSentence: boolean,
  quoteEndsWithComma = false,
): { phrase: MentionPhrase; cue: string; method: AttributionMethod } | null {
  const { tokens, text } = paragraph
  let index = at
  let punctuation = 0
  while (tokens[index] && /^[,―—–‒\-:]$/.test((tokens[index] as Token).text) && punctuation < 2) {
    index++
    punctuation++
  }
  const start = tokens[index]
  if (start?.kind !== 'word') return null
  const sentenceStart = quoteEndsSentence && punctuation === 0

  // "…" — Ann Vale: a dash and a name closing the paragraph or sentence.
  const dash = tokens[index - 1]
  if (dash && /^[―—–‒-]$/.test(dash.text)) {
    const signed = phraseAfter(text, tokens, index, true)
    const after = signed ? tokens[signed.next] : undefined
    // The signature ends its sentence, or the next quote of a list of signed quotes starts.
    if (
      signed &&
      signed.phrase.form !== 'pronoun' &&
      (!after || after.kind === 'quote' || /^[.;,)]$/.test(after.text))
    ) {
      return { phrase: signed.phrase, cue: dash.text, method: 'after' }
    }
  }

  // "…," said Caddell / added the minister
  if (isCue(start) && start.lower !== 'saying') {
    const after = phraseAfter(text, tokens, index + 1, true)
    if (after && after.phrase.form !== 'pronoun')
      return { phrase: after.phrase, cue: start.text, method: 'after' }
  }
  // "…," according to CCTV
  if (start.lower === 'according' && tokens[index + 1]?.lower === 'to') {
    const after = phraseAfter(text, tokens, index + 2, false)
    if (after) return { phrase: after.phrase, cue: 'according to', method: 'according-to' }
  }
  // "…," Wang added / he said / a senior official, who declined to be named, said
  const subject = phraseAfter(text, tokens, index, true)
  if (!subject) return null
  // "describing as "…" a Donald Trump tweet": an article before a name makes the cue a noun.
  if (subject.phrase.form === 'name' && /^(?:a|an)\s/i.test(subject.phrase.text)) return null
  if (sentenceStart && subject.phrase.form === 'pronoun' && /^\p{Lu}/u.test(start.text)) return null
  let next = subject.next
  let modifiers = 0
  while (isCueModifier(tokens[next]) && modifiers < 3) {
    next++
    modifiers++
  }
  const cue = tokens[next]
  if (!isCue(cue) || (cue as Token).lower === 'saying') return null
  if (sentenceStart) {
    // After a full-stop quote, "Wang said." closes a short clause; "He also claimed that…" is a
    // new sentence, and "Pelosi said on Friday "…"" introduces the next quote.
    const following = tokens[next + 1]
    if (following?.lower === 'that') return null
    let end = next + 1
    while (end < tokens.length && (tokens[end] as Token).kind === 'word' && end - next < 7) end++
    const closer = tokens[end]
    if (closer && !/^[.!?]$/.test(closer.text)) return null
  } else {
    // "…," he said, "…" is fine; "…," he said on Friday "…" belongs to the next quote only
    // when nothing separates them.
    let end = next + 1
    while (end < tokens.length && (tokens[end] as Token).kind === 'word') end++
    const closer = tokens[end]
    // A quote closed by a comma ("…," Flynn said) always takes the clause that follows it.
    if (closer?.kind === 'quote' && end - next > 1 && !quoteEndsWithComma) return null
  }
  return { phrase: subject.phrase, cue: (cue as Token).text, method: 'after' }
}

/** A cue before the quote in its sentence, with its subject: `Trump said on Friday "…"`. */
function attributionBefore(
  paragraph: PreparedParagraph,
  quoteToken: number,
  sentenceStart: number,
): { phrase: MentionPhrase; cue: string; method: AttributionMethod } | null {
  const { tokens, text } = paragraph
  let possessiveCue: number | undefined
  // "Ann Vale: "…"": a name alone before a colon, as in transcripts and lists.
  if (tokens[quoteToken - 1]?.text === ':') {
    const phrase = phraseBefore(text, tokens, quoteToken - 1)
    const first = tokens.findIndex((candidate) => candidate.start >= sentenceStart)
    if (phrase && phrase.form === 'name' && tokens[first]?.start === phrase.start) {
      return { phrase, cue: ':', method: 'before' }
    }
  }
  for (
    let index = quoteToken - 1;
    index >= 0 && (tokens[index] as Token).start >= sentenceStart;
    index--
  ) {
    const token = tokens[index] as Token
    if (token.kind === 'quote' && quoteToken - index > 6) return null
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const after = phraseAfter(text, tokens, index + 2, false)
      if (after) return { phrase: after.phrase, cue: 'according to', method: 'according-to' }
      continue
    }
    if (!isCue(token) || comparesWithoutObject(tokens, index)) continue
    // "reports", "claims": far from the quote they are nouns, unless a clause follows ("The
    // Post reports that …").
    if (
      weakCueVerbs.has(token.lower) &&
      quoteToken - index > 5 &&
      tokens[index + 1]?.lower !== 'that'
    )
      continue
    // "the secretary of state", "a statement", "his claim": the cue word is a noun here.
    if (nounMarkers.has(tokens[index - 1]?.lower ?? '')) continue
    // "Kim's mental state is", "a flurry of late-night tweets": after a lowercase word that
    // can name no speaker (not a noun of people or bodies, not a pronoun), a noun too.
    if (afterModifier(tokens, index)) continue
    // "called Mr. Obama's remarks "…"": after a possessive the cue is a noun too, and a verb
    // before it speaks; with none, the owner does ("Trump's claim that "…"").
    if (/^(?:\p{L}+)?['’]s?$/u.test(tokens[index - 1]?.text ?? '') && index > 0) {
      possessiveCue ??= index
      continue
    }
    // ", saying "…"": a participle takes the subject of its clause, not the word before it;
    // "…," Ann Vale said, adding that it was "…"": the subject of the clause's first cue.
    if (token.lower.endsWith('ing') && tokens[index - 1]?.text === ',') {
      const first = tokens.findIndex((candidate) => candidate.start >= sentenceStart)
      const subject = first >= 0 && first < index ? clauseSubject(text, tokens, first, index) : null
      if (subject && isSpeakerPhrase(subject.phrase))
        return { phrase: subject.phrase, cue: token.text, method: 'before' }
      for (let earlier = index - 2; earlier > first && earlier >= 0; earlier--) {
        const candidate = tokens[earlier] as Token
        if (!isCue(candidate) || candidate.lower.endsWith('ing')) continue
        let end = earlier
        while (end > 0 && isCueModifier(tokens[end - 1])) end--
        const phrase = phraseBefore(text, tokens, end)
        if (phrase && phrase.start >= sentenceStart && isSpeakerPhrase(phrase))
          return { phrase, cue: token.text, method: 'before' }
        break
      }
    }
    // "Saying "…", the president elaborated…": a participle opening the sentence takes the
    // subject of the main clause after the quote.
    const sentenceFirst = tokens.findIndex((candidate) => candidate.start >= sentenceStart)
    if (token.lower.endsWith('ing') && index === sentenceFirst) {
      for (let later = quoteToken + 1; later < tokens.length && later - quoteToken < 30; later++) {
        const candidate = tokens[later] as Token
        if (/^[.!?]$/.test(candidate.text)) break
        if (!isCue(candidate) || candidate.lower.endsWith('ing')) continue
        let end = later
        while (end > 0 && isCueModifier(tokens[end - 1])) end--
        const phrase = phraseBefore(text, tokens, end)
        if (phrase && isSpeakerPhrase(phrase)) return { phrase, cue: token.text, method: 'before' }
        break
      }
    }
    let subjectEnd = index
    let modifiers = 0
    while (subjectEnd > 0 && isCueModifier(tokens[subjectEnd - 1]) && modifiers < 3) {
      subjectEnd--
      modifiers++
    }
    const phrase = phraseBefore(text, tokens, subjectEnd)
    // "rated 32% of Republican claims as "…"": a phrase after a preposition is no subject;
    // the sentence's own subject speaks.
    if (
      phrase &&
      phrase.start >= sentenceStart &&
      isSpeakerPhrase(phrase) &&
      !objectOfPreposition(tokens, phrase, token)
    )
      return { phrase, cue: token.text, method: 'before' }
    // "…issued a statement saying", "Asked about it, …": the sentence's subject speaks.
    const first = tokens.findIndex((candidate) => candidate.start >= sentenceStart)
    if (first >= 0 && first < index) {
      const subject = clauseSubject(text, tokens, first, index)
      if (subject && isSpeakerPhrase(subject.phrase)) {
        return { phrase: subject.phrase, cue: token.text, method: 'before' }
      }
    }
  }
  if (possessiveCue !== undefined) {
    const phrase = phraseBefore(text, tokens, possessiveCue)
    if (phrase && phrase.start >= sentenceStart && isSpeakerPhrase(phrase))
      return { phrase, cue: (tokens[possessiveCue] as Token).text, method: 'before' }
  }
  return null
}

/** A cue closing the sentence after the quote: `The talks were "…", the ministry said.` */
function attributionAtSentenceEnd(
  paragraph: PreparedParagraph,
  quoteToken: number,
  sentenceEnd: number,
  quoteEndsWithComma = false,
): { phrase: MentionPhrase; cue: string; method: AttributionMethod } | null {
  const { tokens, text } = paragraph
  let last = tokens.length - 1
  while (last > quoteToken && (tokens[last] as Token).end > sentenceEnd) last--
  while (last > quoteToken && (tokens[last] as Token).kind === 'punct') last--
  // The cue is the sentence's last word, or is followed by a short adjunct ("in a statement").
  for (let index = last; index > quoteToken && last - index <= 5; index--) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') return null
    if (!isCue(token)) continue
    // `The talks were "…", X said` or, American style, `X "is …," Y said`: a comma closes
    // the quoted clause.
    const comma =
      quoteEndsWithComma ||
      tokens.slice(quoteToken + 1, index).some((candidate) => candidate.text === ',')
    if (!comma) return null
    let subjectEnd = index
    while (subjectEnd > 0 && isCueModifier(tokens[subjectEnd - 1])) subjectEnd--
    const phrase = phraseBefore(text, tokens, subjectEnd)
    if (!phrase) return null
    return { phrase, cue: token.text, method: 'sentence-end' }
  }
  return null
}

/**
 * "Talk compared to "…"", "was likened to": a comparison verb with no object is passive or a
 * preposition, so the word before it is not its speaker ("X likened Y to "…"" has one).
 */
function comparesWithoutObject(tokens: readonly Token[], index: number): boolean {
  return (
    /^(?:compared?|comparing|likened?)$/.test((tokens[index] as Token).lower) &&
    /^(?:to|with)$/.test(tokens[index + 1]?.lower ?? '')
  )
}

/** Irregular past forms of cue verbs, which are never nouns. */
const pastCues = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'sang', 'swore', 'began'])

/**
 * Whether the word before a cue word is a lowercase modifier that no speaker phrase ends with
 * ("mental state", "late-night tweets"), which makes the cue a noun.
 */
function afterModifier(tokens: readonly Token[], index: number): boolean {
  // Only forms that can be nouns: "state", "tweets"; never "chanted", "said", "admitting".
  if (
    /(?:ed|ing)$/.test((tokens[index] as Token).lower) ||
    pastCues.has((tokens[index] as Token).lower)
  )
    return false
  const before = tokens[index - 1]
  if (before?.kind !== 'word' || before.capital || /\d/.test(before.text)) return false
  const word = before.lower
  return (
    !isHumanNoun(word) &&
    !isRoleHead(word) &&
    !isOrganizationHead(word) &&
    !isCueModifier(before) &&
    !isCue(before) &&
    !/^(?:he|she|it|they|we|i|you|who|which|that|and|or|but|also|then)$/.test(word)
  )
}

/** Prepositions whose object a phrase before a cue word can be ("of Republican claims"). */
const objectPrepositions = new Set(['of', 'for', 'to', 'with', 'by', 'about', 'from', 'among'])

/** Whether a phrase read back from a cue word is the object of a preposition. */
function objectOfPreposition(tokens: readonly Token[], phrase: MentionPhrase, cue: Token): boolean {
  // "footage of Trump saying "…"": a participle's subject may follow a preposition; a full
  // name or a phrase with an apposition ("Ambassador to the United Nations Nikki Haley",
  // "secretary of the union, Mick Cash,") is read whole.
  if (phrase.form === 'pronoun' || cue.lower.endsWith('ing') || phrase.appositions.length > 0)
    return false
  if (phrase.form === 'name' && phrase.text.includes(' ')) return false
  const at = tokens.findIndex((token) => token.start === phrase.start)
  return at > 0 && objectPrepositions.has((tokens[at - 1] as Token).lower)
}

/** Words before a cue word that make it a noun ("of state", "the report", "his claim"). */
const nounMarkers = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'our'])

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
  'meanwhile',
  'however',
  'but',
  'and',
  'yet',
  'still',
  'now',
])

/**
 * The subject of the clause starting at token `first` (before token `limit`): an opening
 * adjunct up to its comma is skipped.
 */
function clauseSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  limit: number,
): { phrase: MentionPhrase; next: number } | null {
  let start = first
  // "Conversely, PolitiFact rated…": a sentence adverb set off by a comma (not "Kelly, 45,").
  const opening = tokens[first] as Token
  if (
    /^\p{L}{4,}ly$/u.test(opening.text) &&
    !isGivenName(opening.text) &&
    tokens[first + 1]?.text === ',' &&
    first + 2 < limit
  )
    start = first + 2
  else if (adjunctOpeners.has((tokens[first] as Token).lower)) {
    // "Following a swiftly called, late-afternoon meeting, the Security Council issued…": the
    // adjunct may hold commas of its own; its end is the comma after which a speaker comes.
    let comma = first + 1
    for (let tries = 0; tries < 3; tries++) {
      while (comma < limit && (tokens[comma] as Token).text !== ',') comma++
      if (comma >= limit - 1) break
      const subject = phraseAfter(text, tokens, comma + 1, true)
      // "However, addressing the leaders, Ann Vale proposed:": a participle's clause is
      // part of the adjunct.
      if (
        tries === 2 ||
        (subject && isSpeakerPhrase(subject.phrase) && !/^\p{Ll}+ing\s/u.test(subject.phrase.text))
      ) {
        start = comma + 1
        break
      }
      comma++
    }
  }
  return phraseAfter(text, tokens, start, true)
}

/**
 * Whether a phrase can name a speaker: not a description of a thing ("a statement calling…",
 * "a report says"), whose sentence subject is the speaker instead.
 */
function isSpeakerPhrase(phrase: MentionPhrase): boolean {
  if (phrase.form !== 'description') return true
  const head = descriptionHead(phrase.text)
  return isHumanNoun(head) || /^\p{Lu}/u.test(head) || possessiveOwner(phrase.text) !== null
}

/** Whether a quotation is one capitalized word between two words of a name: `Marcia "Cia" Price`. */
function isNickname(text: string, segment: RawQuote['segments'][number]): boolean {
  const inner = text.slice(segment.innerStart, segment.innerEnd)
  return (
    /^\p{Lu}[\p{L}.'’-]*$/u.test(inner) &&
    /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, segment.open - 30), segment.open)) &&
    /^\s\p{Lu}/u.test(text.slice(segment.close, segment.close + 2))
  )
}

/** `text` with the given ranges replaced by spaces (offsets stay the same). */
function blankRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  let blanked = text
  for (const [start, end] of ranges)
    blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end)
  return blanked
}

/** Prepare a paragraph: mask its quotations (their segments in it), tokenize, split sentences. */
export function prepareParagraph(
  text: string,
  segments: readonly RawQuote['segments'][number][],
): PreparedParagraph {
  // A quoted nickname inside a name (state Del. Marcia "Cia" Price) is blanked out rather
  // than masked as a quotation, so the name around it reads as one.
  const nicknames = segments.filter((segment) => isNickname(text, segment))
  const masked = maskRanges(
    blankRanges(
      text,
      nicknames.map((segment) => [segment.open, segment.close] as const),
    ),
    segments
      .filter((segment) => !nicknames.includes(segment))
      .map((segment) => [segment.open, segment.close] as const),
  )
  const tokens = tokenize(masked)
  const quoteTokenAt = new Map<number, number>()
  const innerByOpen = new Map(
    segments.map((segment) => [segment.open, text.slice(segment.innerStart, segment.innerEnd)]),
  )
  tokens.forEach((token, position) => {
    if (token.kind === 'quote') quoteTokenAt.set(token.start, position)
  })
  const sentences = sentenceRanges(tokens, text.length, (quote) => {
    const inner = innerByOpen.get(quote.start) ?? ''
    return terminal.test(inner.trimEnd())
  })
  return { text, tokens, sentences, quoteTokenAt }
}

/** Attribute one quotation from its own paragraphs (continuations are decided later). */
export function attributeQuote(
  quote: RawQuote,
  paragraphs: readonly PreparedParagraph[],
): Attribution {
  const first = quote.segments[0]
  const last = quote.segments.at(-1)
  if (!first || !last)
    return { method: 'none', cue: null, phrase: null, paragraph: 0, inSentence: false }
  const lastParagraph = paragraphs[last.paragraph] as PreparedParagraph
  const firstParagraph = paragraphs[first.paragraph] as PreparedParagraph
  const lastToken = lastParagraph.quoteTokenAt.get(last.open)
  const firstToken = firstParagraph.quoteTokenAt.get(first.open)
  const inner = lastParagraph.text.slice(last.innerStart, last.innerEnd)
  const endsSentence = terminal.test(inner.trimEnd()) && !/,["'”’]*$/.test(inner.trimEnd())

  if (lastToken !== undefined) {
    const after = attributionAfter(
      lastParagraph,
      lastToken + 1,
      endsSentence,
      /,["'”’]*$/.test(inner.trimEnd()),
    )
    if (after && after.method !== 'according-to') {
      return { ...after, paragraph: last.paragraph, inSentence: true }
    }
    // "Qin told Blinken that relations "…", according to CCTV": the speaker before the quote
    // said it; the source after it only reports.
    if (after && firstToken !== undefined) {
      const [start] = sentenceOf(firstParagraph, first.open)
      const before = attributionBefore(firstParagraph, firstToken, start)
      if (before && before.method === 'before')
        return { ...before, paragraph: first.paragraph, inSentence: true }
    }
    if (after) return { ...after, paragraph: last.paragraph, inSentence: true }
    const [, end] = sentenceOf(lastParagraph, last.open)
    const closing = attributionAtSentenceEnd(
      lastParagraph,
      lastToken,
      end,
      /,["'”’]*$/.test(inner.trimEnd()),
    )
    if (closing) return { ...closing, paragraph: last.paragraph, inSentence: true }
  }
  if (firstToken !== undefined) {
    const [start] = sentenceOf(firstParagraph, first.open)
    const before = attributionBefore(firstParagraph, firstToken, start)
    if (before) return { ...before, paragraph: first.paragraph, inSentence: true }
    // "Trump, also on Twitter, defended his decision: "As I have stated…"": a full-sentence
    // quote introduced by a colon or comma belongs to the subject of the clause before it.
    const { tokens, text } = firstParagraph
    const opener = tokens[firstToken - 1]
    const quoted = firstParagraph.text.slice(first.innerStart, first.innerEnd)
    if (opener && /^[:,]$/.test(opener.text) && /^\p{Lu}/u.test(quoted)) {
      const sentenceFirst = tokens.findIndex((candidate) => candidate.start >= start)
      const subject =
        sentenceFirst >= 0 && sentenceFirst < firstToken - 1
          ? clauseSubject(text, tokens, sentenceFirst, firstToken - 1)
          : null
      if (subject && subject.phrase.form === 'name') {
        return {
          method: 'before',
          cue: opener.text,
          phrase: subject.phrase,
          paragraph: first.paragraph,
          inSentence: true,
        }
      }
    }
  }
  return { method: 'none', cue: null, phrase: null, paragraph: first.paragraph, inSentence: false }
}

/** Every cue subject of a paragraph, outside quotations: indirect speech counts too. */
export function cueSubjects(paragraph: PreparedParagraph, index: number): CueSubject[] {
  const subjects: CueSubject[] = []
  const { tokens, text } = paragraph
  // "Caddell continued:" ends its paragraph with a colon after the last word.
  let lastWord = tokens.length - 1
  while (lastWord >= 0 && (tokens[lastWord] as Token).kind !== 'word') lastWord--
  const endsWithColon = tokens.slice(lastWord + 1).some((candidate) => candidate.text === ':')
  for (const [position, token] of tokens.entries()) {
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
      weakCueVerbs.has(token.lower) ||
      token.lower === 'saying' ||
      comparesWithoutObject(tokens, position)
    )
      continue
    const introducesQuote = endsWithColon && position <= lastWord && lastWord - position < 12
    // "…are not likely to alter it, noted NBC's Dante Chinni.": an inverted cue closing an
    // indirect quotation names its subject after the verb.
    if (tokens[position - 1]?.text === ',') {
      const inverted = phraseAfter(text, tokens, position + 1, false)
      const closer = inverted ? tokens[inverted.next] : undefined
      if (
        inverted &&
        inverted.phrase.form !== 'pronoun' &&
        (closer === undefined || /^[.;]$/.test(closer.text))
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
    subjects.push({ paragraph: index, phrase, cue: token.text, introducesQuote })
  }
  return subjects
}
