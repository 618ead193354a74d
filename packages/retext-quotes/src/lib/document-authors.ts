/**
 * Stage 4: the documents an article introduces with their author, for a later definite
 * description of one to speak for that author ("Tomas Brio issued a statement on Monday. …
 * "We will appeal," the statement said": Tomas Brio). A statement, a letter or a post does not
 * speak; whoever made it does.
 *
 * An article's document mentions (every statement noun or channel noun outside quotations) are
 * read once, in text order, into one index by paragraph. Each gets the author the text gives it
 * there: a possessive before it (`Ana Vale's letter`, `the campaign's statement`, `her post`),
 * `of <pronoun> own` after it (`some comments of his own`), the agent of a participle of making
 * after it (`a report released by the ministry`), or the subject of the clause whose verb of
 * making or sharing it is the object of (`A local farmer posted a video with some comments`,
 * `Vale said in a statement`, `the campaign is releasing an ad`, `Vale filed a petition`: a
 * legal filing states its filer's case). A verb named for a document (`Vale emailed
 * supporters`, `tweeted`) introduces one for a later `the email`, `the tweet` to repeat. A
 * definite mention with none of these (`the comments`) is the
 * latest earlier mention of the same head noun, singular or plural, a few paragraphs back at
 * most, and takes its author. So each look-up is one binary search, whatever the article's
 * length.
 */
import {
  additivePrepositions,
  auxiliaries,
  channelNouns,
  cueNouns,
  demonstratives,
  inflect,
  listCoordinators,
  publishingVerbs,
  recordedCueNouns,
  thingRelativePronouns,
} from '@newsroom/lexicon'
import { clauseSubject, isPassive, isSpeakerPhrase } from './cue-patterns.js'
import {
  isCue,
  isCueModifier,
  isOwnerPronoun,
  type MentionPhrase,
  phraseAfter,
  phraseBefore,
  pronounPhrase,
} from './mention-phrase.js'
import {
  firstStartingFrom,
  firstTokenFrom,
  type PreparedParagraph,
  sentenceAt,
  type Token,
} from './paragraphs.js'
import { determiners, months, prepositions, speechDays, subordinators } from './words.js'

/** Who made a document, as the text names them. */
export interface DocumentAuthor {
  /** The paragraph of `phrase`. */
  paragraph: number
  /**
   * A name, a description, or a pronoun; a possessive determiner stands as itself (`his`, to
   * be read as the subject pronoun it owns for, `he`), at its place.
   */
  phrase: MentionPhrase
}

/** A document mention of the index: where its head noun is, and its author, if known. */
interface DocumentMention {
  /** The offset of its head noun in the paragraph. */
  start: number
  author: DocumentAuthor | null
  /** Whether the author comes from the mention's own words, not from an earlier mention. */
  own: boolean
  /** Whether its head noun is in the singular (`statement`, not `tweets`): what "it" may mean. */
  singular: boolean
}

/**
 * The head nouns of documents (what is said or written, and where it is published) by each
 * lowercase form, singular or plural, that names them: one look-up a word, no string made.
 */
const documentNouns: ReadonlySet<string> = new Set([...cueNouns, ...channelNouns])
const documentForms: ReadonlyMap<string, string> = new Map(
  [...documentNouns].flatMap((head) => {
    const singular =
      head.endsWith('s') && documentNouns.has(head.slice(0, -1)) ? head.slice(0, -1) : head
    return [
      [`${head}es`, singular],
      [`${head}s`, singular],
      [head, singular],
    ] as const
  }),
)

const makingVerbs: ReadonlySet<string> = new Set(publishingVerbs)

/**
 * The `-ing` forms of the verbs of making, read only after an auxiliary: "the campaign *is
 * releasing* an ad" is finite, with a subject; "after posting a video" opens an adjunct.
 */
const progressiveMakingVerbs: ReadonlySet<string> = new Set(
  publishingVerbs.flatMap((verb) => {
    const [base, third, , progressive] = inflect(verb)
    return makingVerbs.has(third as string) && base === verb ? [progressive as string] : []
  }),
)

const auxiliaryVerbs: ReadonlySet<string> = new Set(auxiliaries)

/**
 * Past forms of the verbs named for the document they send ("Vale *emailed* supporters", "she
 * *tweeted* on Monday"), each with that document's head noun: their subject is the author of
 * "the email", "the tweet" that follows.
 */
const sendingVerbs: ReadonlyMap<string, string> = new Map(
  ['email', 'message', 'post', 'tweet'].map((noun) => [inflect(noun)[2] as string, noun] as const),
)

/** Determiners that point back to a document already introduced. */
const definiteDeterminers: ReadonlySet<string> = new Set(['the', ...demonstratives])

/** Adjectives and nouns read back over between a document's head and its determiner. */
const maxModifiers = 3

/**
 * How many tokens a verb of making may stand before the document it makes, in one clause
 * ("shared publicly a news article from the site along with some comments"): a bound, so that a
 * mention reads a fixed stretch of text.
 */
const maxObjectTokens = 16

/** How far from its sentence's start a verb's subject is read when a preposition hides it. */
const maxSubjectTokens = 24

/** Document heads whose maker is not the speaker of their words (`recordedCueNouns`). */
const recordedHeads: ReadonlySet<string> = new Set(recordedCueNouns)

/** How many paragraphs back a definite mention looks for the document it repeats. */
const antecedentParagraphs = 3

const possessiveWord = /^(.+?)['’]s?$/u
const startsUppercase = /^\p{Lu}/u

/**
 * The singular head noun of a document a lowercase word names (`comments` → `comment`,
 * `speeches` → `speech`), else null.
 */
export function documentHead(lower: string): string | null {
  return documentForms.get(lower) ?? null
}

/** Whether a token ends a clause for the look-back from a document to its verb. */
function endsClause(token: Token): boolean {
  if (token.kind === 'quote') return true
  if (token.kind === 'punct') return token.text !== '-' && token.text !== '&'
  return subordinators.has(token.lower) || token.lower === 'who' || token.lower === 'which'
}

/**
 * The maker a verb of making, saying or sending at token `verb` (or the auxiliary of one) has
 * as its subject: the phrase right before it (past words such as `also`, `has`), unless a
 * preposition stands before that phrase ("a user from *Ireland* shared"): then the subject of
 * the verb's clause, read from the sentence's start. Null when the verb is passive: its subject
 * receives the document ("Vale *was issued* a statement", "the mayor *has been sent* a
 * letter") or is what was said ("it *was said in* a statement"), and makes nothing.
 */
function makerSubjectOf(paragraph: PreparedParagraph, verb: number): MentionPhrase | null {
  const { text, tokens } = paragraph
  if (isPassive(tokens, verb)) return null
  let end = verb
  while (end > 0 && isCueModifier(tokens[end - 1])) end--
  const before = phraseBefore(text, tokens, end)
  if (before) {
    const previous = tokens[firstTokenFrom(tokens, before.start) - 1]
    if (previous?.kind !== 'word' || !prepositions.has(previous.lower)) return before
  }
  const [sentenceStart] = sentenceAt(paragraph, (tokens[verb] as Token).start)
  const first = firstTokenFrom(tokens, sentenceStart)
  // A clause subject further back is read from too far for a bounded look.
  if (first >= end || end - first > maxSubjectTokens) return null
  const subject = clauseSubject(text, tokens, first, end)
  return subject && subject.next <= end ? subject.phrase : null
}

/**
 * The owner a possessive word opening a document mention names (`Ana Vale's letter`, `the
 * campaign's statement`): the phrase before the possessive ending, else null.
 */
function possessiveOwnerAt(paragraph: PreparedParagraph, at: number): MentionPhrase | null {
  const { text, tokens } = paragraph
  const token = tokens[at] as Token
  const possessive = possessiveWord.exec(token.text)
  if (!possessive || token.text === possessive[1]) return null
  const owner = phraseBefore(text, tokens, at + 1)
  if (!owner) return null
  const written = text.slice(owner.start, token.end).replace(/['’]s?$/u, '')
  const opening = (written.split(' ')[0] as string).toLowerCase()
  return {
    text: written,
    start: owner.start,
    end: owner.start + written.length,
    form: startsUppercase.test(written) && !determiners.has(opening) ? 'name' : 'description',
    appositions: [],
  }
}

/** Words joining a second object to the first: "a video *with* some comments". */
const objectJoiners: ReadonlySet<string> = new Set([...listCoordinators, ...additivePrepositions])

/**
 * The subject of the verb of making whose object a document mention (first word at token
 * `first`) is: the verb right before it ("Tomas Brio *issued* a statement", past an adverb:
 * "shared publicly"), a cue and `in` or `on` ("Vale *said in* a statement"), or, for a second
 * object joined to the first ("posted a video *with* some comments"), the verb of the first, in
 * the same clause and a bounded stretch back. Null for a passive verb ("Vale *was issued* a
 * statement"), and otherwise: a document after any other word ("a statement *about* the
 * report") is no object of the verb.
 */
function makerOf(paragraph: PreparedParagraph, first: number): MentionPhrase | null {
  const { tokens } = paragraph
  let before = first - 1
  while (before >= 0 && isCueModifier(tokens[before])) before--
  const token = tokens[before]
  if (token?.kind !== 'word' || token.text !== token.lower) return null
  if (makingVerbs.has(token.lower)) return makerSubjectOf(paragraph, before)
  // "The campaign is releasing an ad": the auxiliary's subject.
  if (
    progressiveMakingVerbs.has(token.lower) &&
    auxiliaryVerbs.has(tokens[before - 1]?.lower ?? '')
  )
    return makerSubjectOf(paragraph, before - 1)
  if ((token.lower === 'in' || token.lower === 'on') && isCue(tokens[before - 1]))
    return makerSubjectOf(paragraph, before - 1)
  if (!objectJoiners.has(token.lower)) return null
  for (let at = before - 1; at >= 0 && first - at <= maxObjectTokens; at--) {
    const word = tokens[at] as Token
    if (endsClause(word)) return null
    if (word.kind === 'word' && word.text === word.lower && makingVerbs.has(word.lower))
      return makerSubjectOf(paragraph, at)
  }
  return null
}

/**
 * The subject of a sentence that a possessive pronoun in its opening adjunct points forward to
 * ("In *her* letter to the board, *Ana Vale* wrote"), else null.
 */
function subjectAfter(paragraph: PreparedParagraph, pronoun: number): MentionPhrase | null {
  const { text, tokens } = paragraph
  const token = tokens[pronoun] as Token
  const [sentenceStart] = sentenceAt(paragraph, token.start)
  const first = firstTokenFrom(tokens, sentenceStart)
  const limit = Math.min(tokens.length, first + maxSubjectTokens)
  if (pronoun >= limit) return null
  const subject = clauseSubject(text, tokens, first, limit)
  return subject && subject.phrase.start > token.end ? subject.phrase : null
}

/** Words that open a relative clause whose object is the document: "the letter *that* Vale wrote". */
const relativePronouns: ReadonlySet<string> = new Set(thingRelativePronouns)

/**
 * Words that may follow the verb of a relative clause that lacks its object: a preposition, a
 * time ("wrote *last* spring", "sent *on* Monday"), a second verb ("wrote *and* signed").
 */
const afterObjectlessVerb: ReadonlySet<string> = new Set([
  ...prepositions,
  ...speechDays,
  ...months,
  'and',
  'earlier',
  'last',
  'recently',
  'this',
])

/**
 * The subject of a relative clause of making right after a document ("the letter *that Tomas
 * Brio wrote*", "a statement *the union sent*", "the comments *he made*"): who made it, whoever
 * released or shared it since ("the office released the letter that Brio wrote": Brio). The
 * clause lacks its object, the document: "the claim that Vale posted *the video*" is a claim
 * about Vale, no relative clause of it. Null otherwise.
 */
function relativeMaker(paragraph: PreparedParagraph, head: number): MentionPhrase | null {
  const { text, tokens } = paragraph
  let at = head + 1
  if (relativePronouns.has(tokens[at]?.lower ?? '')) at++
  if (tokens[at]?.kind !== 'word') return null
  const read = phraseAfter(text, tokens, at, false)
  if (!read) return null
  // The phrase readers know no verbs: "the union sent" is read as one description.
  let verb = at + 1
  while (verb < read.next && !isMakingVerb(tokens[verb] as Token)) verb++
  const subject =
    verb < read.next ? phraseEndingBefore(read.phrase, tokens[verb - 1] as Token) : read.phrase
  if (verb === read.next) while (verb < tokens.length && isCueModifier(tokens[verb])) verb++
  // "the letter that Vale was sent": Vale received it.
  if (!isMakingVerb(tokens[verb]) || isPassive(tokens, verb)) return null
  const after = tokens[verb + 1]
  if (after?.kind === 'word' && !afterObjectlessVerb.has(after.lower)) return null
  return subject
}

/** Whether a token is a verb of making, written in lowercase. */
function isMakingVerb(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.text === token.lower && makingVerbs.has(token.lower)
}

/** A phrase cut after its token `last`. */
function phraseEndingBefore(phrase: MentionPhrase, last: Token): MentionPhrase {
  const end = last.end
  return { ...phrase, text: phrase.text.slice(0, end - phrase.start), end, appositions: [] }
}

/**
 * The author a document mention's own words give it, its head noun at token `head` and its
 * first word (determiner or modifier) at `first`, else null: a possessive name or description
 * before it (`Ana Vale's letter`), the agent of a participle of making after it (`a report
 * released by the ministry`), the subject of a relative clause of making after it (`the letter
 * that Brio wrote`), the subject of the clause whose verb of making has it as object
 * (`Vale posted her letter`, `a user shared some comments of their own`: an object's possessive
 * is mostly the subject's, and singular `their` finds no person as a pronoun), else its
 * possessive determiner or `of <pronoun> own`: the subject of the sentence it opens an adjunct
 * of (`In her letter, Vale wrote`), else the pronoun, resolved at its place.
 */
function ownAuthor(
  paragraph: PreparedParagraph,
  head: number,
  first: number,
): MentionPhrase | null {
  const { text, tokens } = paragraph
  const possessive = possessiveOwnerAt(paragraph, first)
  if (possessive) return possessive
  // "an interview by the Gazette", "a video recorded by a bystander": whoever conducted or
  // recorded it did not say its words; only a document of its sender's own words is theirs.
  const sendersWords = !recordedHeads.has(documentHead((tokens[head] as Token).lower) ?? '')
  const participle = tokens[head + 1]
  if (
    sendersWords &&
    participle?.kind === 'word' &&
    makingVerbs.has(participle.lower) &&
    tokens[head + 2]?.lower === 'by'
  ) {
    const agent = phraseAfter(text, tokens, head + 3, false)
    if (agent) return agent.phrase
  }
  // "a statement from the Harbour Council", "a letter by Ana Vale": who sent or signed it; a
  // time or a place after `from` ("a report from last year") names no one who speaks.
  const preposition = tokens[head + 1]?.lower
  if (sendersWords && (preposition === 'from' || preposition === 'by')) {
    const sender = phraseAfter(text, tokens, head + 2, false)
    if (sender && isSpeakerPhrase(sender.phrase)) return sender.phrase
  }
  const relative = relativeMaker(paragraph, head)
  if (relative) return relative
  const maker = makerOf(paragraph, first)
  if (maker) return maker
  const own = tokens[head + 2]
  const pronoun = isOwnerPronoun((tokens[first] as Token).lower)
    ? first
    : tokens[head + 1]?.lower === 'of' &&
        own?.kind === 'word' &&
        isOwnerPronoun(own.lower) &&
        tokens[head + 3]?.lower === 'own'
      ? head + 2
      : -1
  if (pronoun === -1) return null
  return subjectAfter(paragraph, pronoun) ?? pronounPhrase(tokens[pronoun] as Token)
}

/**
 * The document mentions of an article with their authors, read once, in text order, as far as
 * the paragraphs asked about (most articles cite their documents early): see the module's
 * comment.
 */
export class DocumentAuthors {
  /** Each paragraph's document mentions, in text order, for the paragraphs read so far. */
  private readonly mentions: DocumentMention[][] = []
  /** The latest mention of each head noun read, with its paragraph: what a definite one repeats. */
  private readonly latest = new Map<string, { paragraph: number; author: DocumentAuthor | null }>()

  constructor(private readonly paragraphs: readonly PreparedParagraph[]) {}

  /**
   * The author of the document a phrase of a paragraph names (its last document noun between
   * `start` and `end`), else null; with `ownOnly`, only an author the mention's own words give
   * (an indefinite `a statement` repeats no earlier one).
   */
  authorOf(paragraph: number, start: number, end: number, ownOnly = false): DocumentAuthor | null {
    // Most phrases asked about hold no document noun ("the senator", "officials": 392 of the
    // 431 asked on the bench's articles), so no mention of the index starts inside them and
    // the answer is null whatever it holds: the paragraphs up to theirs are not read for them.
    if (!this.holdsDocumentNoun(paragraph, start, end)) return null
    while (this.mentions.length <= paragraph && this.mentions.length < this.paragraphs.length)
      this.read(this.paragraphs[this.mentions.length] as PreparedParagraph)
    const found = this.mentions[paragraph] ?? []
    const mention = found[firstStartingFrom(found, end) - 1]
    if (!mention || mention.start < start || (ownOnly && !mention.own)) return null
    return mention.author
  }

  /**
   * The author of the latest document mentioned before `offset` of a paragraph and not before
   * `since` (the same paragraph's offset, or the previous paragraph's when `since.paragraph` is
   * that one), when that document is one (`a statement`, not `his tweets`), else null: what
   * "it" in "Vale issued a statement. "…," it read." stands for. One binary search a paragraph.
   */
  authorBefore(
    paragraph: number,
    offset: number,
    since: { paragraph: number; offset: number },
  ): DocumentAuthor | null {
    // As in `authorOf`: with no document noun before the offset, nor in the paragraph before
    // when that one is searched too, there is no mention to find.
    if (
      !this.holdsDocumentNoun(paragraph, 0, offset) &&
      !(since.paragraph === paragraph - 1 && this.holdsDocumentNoun(paragraph - 1, 0, Infinity))
    )
      return null
    while (this.mentions.length <= paragraph && this.mentions.length < this.paragraphs.length)
      this.read(this.paragraphs[this.mentions.length] as PreparedParagraph)
    const here = this.mentions[paragraph] ?? []
    let mention = here[firstStartingFrom(here, offset) - 1]
    if (mention && since.paragraph === paragraph && mention.start < since.offset) return null
    if (!mention && since.paragraph === paragraph - 1) {
      const before = this.mentions[paragraph - 1] ?? []
      mention = before.at(-1)
      if (mention && mention.start < since.offset) return null
    }
    return mention?.singular ? mention.author : null
  }

  /**
   * Whether a token of a paragraph from `start` to before `end` may be a document mention of
   * `read`: a lowercase word with a document head noun. One scan of those tokens, no string
   * made; false for a paragraph the article does not have.
   */
  private holdsDocumentNoun(paragraph: number, start: number, end: number): boolean {
    const tokens = this.paragraphs[paragraph]?.tokens
    if (!tokens) return false
    for (let at = firstTokenFrom(tokens, start); at < tokens.length; at++) {
      const token = tokens[at] as Token
      if (token.start >= end) return false
      if (token.kind === 'word' && token.text === token.lower && documentForms.has(token.lower))
        return true
    }
    return false
  }

  /** Read the document mentions of the next paragraph. */
  private read(paragraph: PreparedParagraph): void {
    const found: DocumentMention[] = []
    const { tokens } = paragraph
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token
      // "Post", "Statement": a capitalized word is a name's, or opens a sentence alone.
      if (token.kind !== 'word' || token.text !== token.lower) continue
      const sent = sendingVerbs.get(token.lower)
      if (sent !== undefined) {
        // "Vale emailed supporters. The email said": no mention here, but what "the email"
        // repeats.
        const sender = makerSubjectOf(paragraph, at)
        if (sender)
          this.latest.set(sent, {
            paragraph: paragraph.index,
            author: { paragraph: paragraph.index, phrase: sender },
          })
        continue
      }
      const head = documentHead(token.lower)
      if (head === null) continue
      // Its first word: a determiner or possessive, past a few modifiers ("her 2013 report").
      let first = at
      while (first > 0 && at - first <= maxModifiers) {
        const previous = tokens[first - 1] as Token
        if (previous.kind !== 'word') break
        // "posted a video", but "a written statement": a participle after a determiner is an
        // adjective of the document.
        const adjective =
          makingVerbs.has(previous.lower) && determiners.has(tokens[first - 2]?.lower ?? '')
        if (!adjective && (makingVerbs.has(previous.lower) || isCue(previous))) break
        if (prepositions.has(previous.lower) || subordinators.has(previous.lower)) break
        const opens = determiners.has(previous.lower) || possessiveWord.test(previous.text)
        if (!opens && at - first === maxModifiers) break
        first--
        if (opens) break
      }
      const own = ownAuthor(paragraph, at, first)
      const earlier = this.latest.get(head)
      const author: DocumentAuthor | null = own
        ? { paragraph: paragraph.index, phrase: own }
        : definiteDeterminers.has((tokens[first] as Token).lower) &&
            earlier !== undefined &&
            paragraph.index - earlier.paragraph <= antecedentParagraphs
          ? earlier.author
          : null
      this.latest.set(head, { paragraph: paragraph.index, author })
      found.push({ start: token.start, author, own: own !== null, singular: token.lower === head })
    }
    this.mentions.push(found)
  }
}
