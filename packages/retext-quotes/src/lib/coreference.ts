/**
 * Stage 4: resolve a chosen mention to an entity of the article. All coreference state lives
 * in one object, `Coreference`: the article's names resolved once by @newsroom/names (the
 * catalogue), who was mentioned and who spoke so far (the referents, in text order), the last
 * speaker of each paragraph, and what the text says about each person's gender. It walks the
 * article in text order (`walk`), so a pronoun only ever points back.
 *
 * Each way of resolving has a fixed confidence, in `resolutionConfidence`: how often that rule
 * names the right entity when the mention is the right one. The attribution's confidence is the
 * calibrated probability of the mention times this.
 */
import {
  articles,
  beForms,
  brillLexicon,
  demonstratives,
  documentNouns,
  generalRoleHeads,
  isPersonNoun,
  listCoordinators,
  negativeAdverbs,
  negativeDeterminers,
  placeNameHeads,
  placeNamePrefixes,
  possessiveDeterminers,
  pronouns as pronounForms,
  roleConnectors,
  roleHeadsOfManySenses,
  roleKinds,
  silenceVerbs,
  subjectRelativePronouns,
  successionNouns,
  thirdPersonPossessives,
  titleDescriptions,
} from '@newsroom/lexicon'
import {
  acronymOf,
  BoundedCache,
  foldName,
  isDictionaryWord,
  isGivenName,
  isHonorific,
  isOrganizationHead,
  isRoleHead,
  likelyGivenNameGender,
  likelyPersonGender,
  type NameGender,
  nameKeys,
  numberedAcronym,
  type PersonCluster,
  type PersonName,
  parsePersonName,
  personGender,
  stripPossessive,
  titleGender,
} from '@newsroom/names'
import type { Speaker, SpeakerKind } from '@newsroom/schema'
import {
  buildCatalogue,
  type Catalogue,
  type CatalogueMention,
  type KnownMention,
  type NameChain,
  organizationClusterOf,
  personClusterOf,
  withoutOpeners,
} from './article-names.js'
import { bodyKindKey, fitsBody, isBodyHead, isBodyNoun } from './body-kinds.js'
import type { CueSubject } from './cue-patterns.js'
import { type DocumentAuthor, DocumentAuthors } from './document-authors.js'
import { documentSeenBy } from './document-readers.js'
import { FamilyIndex, indexByFamily } from './family-index.js'
import { type KinIntroduction, kinIntroductions } from './kin-introductions.js'
import { ageOfModifier, isCue, isPeopleNounWord, type MentionPhrase } from './mention-phrase.js'
import {
  type ArticleModel,
  comparePositions,
  firstReaching,
  knownAt,
  type Position,
} from './model.js'
import { isPossessedKin, namedKinDescriptions } from './named-kin.js'
import {
  familyNameMention,
  type Generation,
  namesakeGenerations,
  namesakeOfGeneration,
} from './namesakes.js'
import { NearbyPeople } from './nearby-people.js'
import {
  firstAtLeast,
  firstStartingFrom,
  firstTokenFrom,
  lastTokenEndingBy,
  opensSentenceAt,
  type PreparedParagraph,
  sentenceAt,
  sentenceIndexAt,
  type Token,
  tokenStartingAt,
} from './paragraphs.js'
import { isOnePersonHead, isPeopleNoun, isPeopleNounToken } from './people.js'
import {
  describedAsPerson,
  describesDeputy,
  describesPastHolder,
  type RoleDenial,
  roleAfterName,
  roleBeforeName,
  roleDenialAfterName,
  speaksAfterName,
  statedAge,
  timeAdverbialHeads,
  titledName,
} from './person-evidence.js'
import {
  endsInApostropheS,
  hasPossessiveEnding,
  withoutApostropheS,
  withoutPossessiveEnding,
} from './possessive.js'
import { modifierOwner, normalizePhrase, personHead, pronounKinds, readPhrase } from './readings.js'
import { ReferentList } from './referent-list.js'
import { isNameShaped, type SpeakerRegistry, type SpeakerSource } from './registry.js'
import { isPublishable, type Resolution } from './resolution.js'
import {
  addQualifiersAroundName,
  addQualifiersOf,
  emptyQualifiers,
  hasQualifiers,
  qualifiersContradict,
  type RoleQualifiers,
} from './role-qualifiers.js'
import { SpeakerDraft } from './speaker-draft.js'
import { answersQuestion, endsInMark } from './speech.js'
import { isSpokenTo } from './spoken-to.js'
import {
  asksSomeone,
  goesOn,
  opensNextSentence,
  quotationAsks,
  type TurnPlace,
  turnPlace,
} from './turns.js'
import {
  clauseOpeners,
  cueVerbs,
  determiners,
  isClauseVerbToken,
  mayBeFiniteVerbToken,
  prepositions,
  subjectOpeners,
  subjectPronouns,
  subordinators,
} from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const joiningWord = new RegExp(
  `^(?:${[...listCoordinators, ...subjectRelativePronouns].join('|')})$`,
)
const numberedAcronymShape = /^\p{Lu}+\d+$/u
const oneCapitalizedWord = /^\p{Lu}[\p{L}'’-]+$/u
const lowercaseLetter = /\p{Ll}/u
const opensDefinite = new RegExp(
  `^(?:${['the', ...demonstratives, ...thirdPersonPossessives].join('|')})\\s`,
  'i',
)
const opensWithThe = /^the\s/i
const ownedByPronounShape = new RegExp(`^(?:${thirdPersonPossessives.join('|')})\\s`, 'i')
const possessiveOpening = /^[\p{L}.]+['’]s\s/u
const theAndOneWord = /^the\s+\S+$/i
const lowercaseWord = /^\p{Ll}+$/u
const spaces = /\s+/
const startsLowercase = /^\p{Ll}/u
const startsUppercase = /^\p{Lu}/u
/** The words that tie a role to whom it serves ("the lawyer *for*", "the widow *of*"). */
const relationConnectors: ReadonlySet<string> = new Set(roleConnectors)
const capitalizedWords = /\p{Lu}[\p{L}'’-]*/gu
// "could not be reached", "didn't respond", "never", "had no comment".
const denials = new RegExp(
  `^(?:${[...negativeAdverbs, ...negativeDeterminers].join('|')}|\\p{L}+n['’]t)$`,
  'u',
)
/**
 * Whether the name starting at `start` opens a reported clause as its subject: after "that" or
 * a verb of saying ("said that Moss had…", "said Moss had…"). Read on the word before only.
 */
function opensReportedSubject(tokens: readonly Token[], start: number): boolean {
  const before = tokens[tokenStartingAt(tokens, start) - 1]
  return before !== undefined && (before.lower === 'that' || cueVerbs.has(before.lower))
}

/** Whether a word opens what a clause reports: a verb of saying, or a clause of its own. */
function opensReportedClause(lower: string): boolean {
  return (
    cueVerbs.has(lower) ||
    subordinators.has(lower) ||
    subjectPronouns.has(lower) ||
    lower === 'that'
  )
}
const silentVerbs: ReadonlySet<string> = new Set(silenceVerbs)

/** A resolved mention: the speaker (null: none) and the rule that found it. */
export interface Resolved {
  speaker: Speaker | null
  resolution: Resolution
}

/** Who a pronoun may point back to; `spoke` marks speakers and cue subjects. */
/** Where a person cluster is mentioned (an article offset), and whether only in passing. */
interface MentionPlace {
  position: number
  inPassing: boolean
}

/** A role head a description after a person's name gives them, and where the name is. */
interface StatedRole {
  role: string
  position: Position
}

interface Referent {
  position: Position
  speaker: Speaker
  spoke: boolean
  /**
   * A plural description that opened a sentence without speaking ("Local fishermen gathered"):
   * `speaker` is not registered until a pronoun takes it.
   */
  group?: string
  /** A namesake the text left open (`namesake-unclear`): a pronoun taking it is no surer. */
  unclear?: true
  /** A person named as the subject opening a sentence ("Mark Orrin disagreed."), not speaking. */
  opensSentence?: true
  /**
   * The description of an unnamed person opening a sentence as its subject without speaking ("A
   * Berlin woman received…", `unnamedSubjects`): `speaker` is not registered until a pronoun
   * takes it, and only the latest subject before a pronoun (`subjectSinceSpeaker`) may.
   */
  unnamed?: string
}

/**
 * The referent of a speaker who spoke, an unclear namesake marked so. Its field is set only when
 * it holds: a spread of an object made for it took a generic copy at every quotation.
 */
function spokenReferent(position: Position, speaker: Speaker, resolution: Resolution): Referent {
  const referent: Referent = { position, speaker, spoke: true }
  if (resolution === 'namesake-unclear') referent.unclear = true
  return referent
}

/** A mention to resolve: its phrase and paragraph. */
export interface MentionAt {
  paragraph: number
  phrase: MentionPhrase
  /** Whether a cue ties it to what was said (`X said`), which makes a bare name a speaker's. */
  cued?: boolean
}

/** The shape `personShaped` asks of a given name: a capital and lowercase letters. */
const givenNameShape = /^\p{Lu}\p{Ll}+$/u
/** The shape `personShaped` asks of the words after it: the same, or two such joined by a hyphen. */
const laterNameShape = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * Whether a name has a person's shape whatever a name finder typed it: a known given name, then
 * one or two capitalized words that are neither dictionary words nor heads of organization names
 * ("Lucy Fischer", not "Morgan Bank" or "Grace Church").
 */
export function personShaped(text: string): boolean {
  const words = text.trim().split(spaces)
  if (words.length < 2 || words.length > 3) return false
  // Word by word, the patterns made once: asked of every name of the article, this made two
  // patterns, a list and a function for each. The given name is read first, as it fails most
  // names: the letter classes cost a look-up a character (a shape of the whole name, tested
  // before the words, cost more there than the words it spared).
  const given = words[0] as string
  if (!givenNameShape.test(given) || !isGivenName(given)) return false
  for (let at = 1; at < words.length; at++) {
    const word = words[at] as string
    if (!laterNameShape.test(word) || isDictionaryWord(word) || isOrganizationHead(word))
      return false
  }
  return true
}

/** What may stand before a turn's label: an opening quotation mark, a courtesy title ("MS."). */
const labelOpening = /^\s*["“]?\s*(?:\p{Lu}\p{L}{1,3}\.\s+)?$/u
const opensWithQuotationMark = /^\s*["“]/u

/**
 * The most that may stand before a turn's label: a mark, a courtesy title and the spaces between
 * (`“ MRS. `, 7 characters) and a little slack; a phrase further in is no label, and the pattern
 * is not run over a long stretch of the paragraph for each capitalized phrase.
 */
const labelOpeningLength = 10

/** Whether the words at `start`–`end` label a transcript's turn: they open the paragraph, a colon after. */
function labelsTurn(text: string, start: number, end: number): boolean {
  return text[end] === ':' && start <= labelOpeningLength && labelOpening.test(text.slice(0, start))
}

/** A speaker's label opening a paragraph of a transcript: "WALLACE:", "Ann Vale:". */
const transcriptLabel = /^\p{Lu}[\p{L}.'’ -]{0,40}:\s/u

/**
 * Whether a paragraph quotes someone without quotation marks, so that its "I" is theirs: it
 * follows a paragraph ending in a colon (`Vale wrote:`), or a speaker's label opens it.
 */
function setOffQuotation(model: ArticleModel, paragraph: number): boolean {
  const text = model.paragraphs[paragraph]?.text ?? ''
  const before = model.paragraphs[paragraph - 1]?.text ?? ''
  // A paragraph ending in a colon introduces the block quotation after it.
  return endsInMark(before, ':', false) || transcriptLabel.test(text)
}

/**
 * What follows the writer's name in a closing line that introduces them: a role ("is a
 * playwright in Orlen", "is the paper's science editor", "is playwright-in-residence at…"), or
 * their writing ("is the author of…", "writes about…"). "is due in court" is news about
 * someone, no introduction.
 */
const introducesWriter =
  /^,?\s+(?:is\s+(?:(a|an|the)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})|writes\s+(?:about|for|on)\s)/u

const anySpaces = /\s+/
const participleEnding = /(?:ed|ing)$/

/** Whether the words after a name introduce a writer (see `introducesWriter`). */
function introducesWriterAfter(text: string): boolean {
  const match = introducesWriter.exec(text)
  if (!match) return false
  const role = match[2]
  if (role === undefined) return true
  // With an article the role noun may follow its modifiers ("a freelance science writer");
  // without one it is the first word ("is professor of history"), "is expected to be named
  // chairman" being news.
  const words = role.split(anySpaces)
  // "is accused of", "is married to": a participle after a bare `is` is news, no role.
  if (match[1] === undefined && participleEnding.test(words[0] as string)) return false
  return (match[1] === undefined ? words.slice(0, 1) : words).some((word) => {
    // "playwright-in-residence": the role is the compound's first word.
    const head = withoutPossessiveEnding(word).split('-')[0] as string
    const lower = head.toLowerCase()
    return isPersonNoun(lower) || isRoleHead(lower)
  })
}

/**
 * Whether the article reports a person's words before its last paragraph: their family name,
 * as a word, right before a cue ("Dunmore said"). A closing line about them is news, not the
 * writer's introduction.
 */
function reportedBefore(model: ArticleModel, last: number, name: string): boolean {
  const family = name.slice(name.lastIndexOf(' ') + 1)
  for (let at = 0; at < last; at++) {
    const { tokens } = model.paragraphs[at] as PreparedParagraph
    for (let token = 0; token + 1 < tokens.length; token++)
      if ((tokens[token] as Token).text === family && isCue(tokens[token + 1])) return true
  }
  return false
}

/**
 * The person the article's last paragraph introduces as its writer, as opinion pages close
 * (`Ann Vale is a playwright in Orlen.`): a person's full name opens the paragraph, a role or
 * their writing follows it (`introducesWriter`), no earlier paragraph has that full name (a
 * column may name the writer's family, `my parents, Tom and Eva Vale`) and none reports their
 * words; else null.
 */
function writerIntroduced(model: ArticleModel): string | null {
  const last = model.paragraphs.length - 1
  const paragraph = model.paragraphs[last]
  const chain = model.chainsByParagraph.get(last)?.[0]
  if (!paragraph || !chain || chain.start !== 0 || chain.kind !== 'person') return null
  if (!personShapedPastInitials(chain.text)) return null
  if (!introducesWriterAfter(paragraph.text.slice(chain.end))) return null
  for (let at = 0; at < last; at++)
    if ((model.paragraphs[at] as PreparedParagraph).text.includes(chain.text)) return null
  if (reportedBefore(model, last, chain.text)) return null
  return chain.text
}

/** The initials inside a name ("Roberta A. Kaplan"), which `personShaped` does not read. */
const middleInitials = /(?<=\S) (?:\p{Lu}\. )+(?=\S)/gu

/** `personShaped` of a name without its middle initials ("Roberta A. Kaplan" as "Roberta Kaplan"). */
function personShapedPastInitials(text: string): boolean {
  return personShaped(text.replace(middleInitials, ' '))
}

const placeHeads: ReadonlySet<string> = new Set(placeNameHeads)
const placePrefixes: ReadonlySet<string> = new Set(placeNamePrefixes)

/**
 * How a name of two words or more is shaped like a place's: `prefix` when it opens with a
 * place's first word ("Port Arthur", "Fort Kellam"), `head` when it ends with a place's last
 * word ("Calder Bay", "Linden Falls"), else null.
 */
export function placeShape(name: string): 'prefix' | 'head' | null {
  const first = name.indexOf(' ')
  if (first === -1) return null
  if (placePrefixes.has(name.slice(0, first).toLowerCase())) return 'prefix'
  return placeHeads.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) ? 'head' : null
}

const documents: ReadonlySet<string> = new Set(documentNouns)

/** Whether a name is a document's: its last word is the head of a written work or legal text. */
function isDocumentName(name: string): boolean {
  // Names are written with single spaces: the last word is what follows the last one. The
  // pattern, which tries every character of the name, reads it only when other white space is.
  let last = name.slice(name.lastIndexOf(' ') + 1)
  if (anySpace.test(last)) last = lastWord.exec(last)?.[0] ?? ''
  return documents.has(withoutPossessiveEnding(last).toLowerCase())
}

/**
 * The last word of a text, empty when it ends in a space (what `split(/\s+/).at(-1)` gives,
 * without the array); the lookbehind keeps the search linear.
 */
const lastWord = /(?<!\S)\S*$/u
const anySpace = /\s/u

/** A quotation to attribute in the walk: its place and its chosen mention, if any. */
/** An open turn of an exchange in the walk: see `Coreference.turn`. */
interface WalkTurn {
  asker: string
  place: TurnPlace
  mention: Position | null
}

export interface QuoteEvent {
  /** Where the quotation starts and where it ends. */
  start: Position
  end: Position
  mention: MentionAt | null
  /**
   * The quoter of a quoting frame whose object pronoun is the mention (`Penn quoted her as
   * saying`): an object pronoun never means its own clause's subject.
   */
  quoter?: MentionAt | null
  /** Called with what the mention resolved to. */
  attribute: (resolved: Resolved) => void
}

const genderOfPronoun = new Map(
  pronounForms
    .filter((pronoun) => pronoun.gender === 'male' || pronoun.gender === 'female')
    .map((pronoun) => [pronoun.form, pronoun.gender as NameGender]),
)

/**
 * Whether the `her` at `at` owns the word after it (`her plan`), not an object (`hired her.`,
 * `told her in May`, `advised her to`): a word before the sentence's end `to` that is no
 * preposition follows it.
 */
function possessiveHer(tokens: readonly Token[], at: number, to: number): boolean {
  const next = tokens[at + 1]
  return (
    next !== undefined && next.start < to && next.kind === 'word' && !prepositions.has(next.lower)
  )
}

/**
 * Whether a pronoun form after a person in their own sentence may be theirs: not an object
 * (`him`, an object `her`), which in a person's own clause means someone else (`Vale hired
 * him`), or they would be `himself`, `herself`.
 */
function mayMeanTheSubject(tokens: readonly Token[], at: number, to: number): boolean {
  const { lower } = tokens[at] as Token
  if (lower === 'him') return false
  return lower !== 'her' || possessiveHer(tokens, at, to)
}

/** The subject pronoun of each gender. */
const subjectPronoun: Readonly<Record<NameGender, string>> = { male: 'he', female: 'she' }

/** Net pronoun votes that outweigh the usual gender of a given name. */
const strongPronounEvidence = 2

/** Two capitalized words in a row, the least a "Given Family" pair needs. */
const capitalizedPair = /\p{Lu}\p{Ll}+\s+\p{Lu}/u

/**
 * Whether a text holds `capitalizedPair`: read character by character while the text is ASCII
 * (where a capital is A to Z, a lowercase letter a to z and a space one of `\t\n\v\f\r `) or
 * punctuation of U+2010 to U+2027, by the pattern from the first character that is neither.
 * Asked of every quotation, most of which hold no such pair: the pattern tried each of their
 * characters in turn.
 */
function holdsCapitalizedPair(text: string): boolean {
  // 0: before a capital; 1: after a capital; 2: in its lowercase letters; 3: in spaces after.
  let state = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // Dashes, curly quotation marks and the ellipsis (U+2010 to U+2027) are neither letters nor
    // spaces; any other character past ASCII may be either.
    if (code >= 0x80 && (code < 0x2010 || code > 0x2027)) return capitalizedPair.test(text)
    if (code >= 0x41 && code <= 0x5a) {
      if (state === 3) return true
      state = 1
    } else if (code >= 0x61 && code <= 0x7a) state = state === 1 || state === 2 ? 2 : 0
    else if (code === 0x20 || (code >= 0x09 && code <= 0x0d))
      state = state === 2 || state === 3 ? 3 : 0
    else state = 0
  }
  return false
}

/**
 * A word (a run of non-spaces) opening with a capital, followed by another (captured, not
 * consumed, so that it can open the next pair).
 */
const capitalizedWordPair = /(?<!\S)\p{Lu}\S*(?=\s+(\p{Lu}\S*))/gu

/** A capital and lowercase letters: the start of a name's word ("Vale", "McVale"). */
const capitalizedWordStart = /^\p{Lu}\p{Ll}+/u
/** A capital and lowercase letters only: a given name's shape ("Ann", not "AnnMarie" or "I"). */
const capitalizedWord = /^\p{Lu}\p{Ll}+$/u

/** A text with its first letter in lowercase when it is a capital (`Local fishermen`). */
function withLowercaseStart(text: string): string {
  const code = text.charCodeAt(0)
  // A to Z, most openings, without the pattern and its callback; other ASCII is no capital.
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20) + text.slice(1)
  if (!(code >= 0x80)) return text
  return text.replace(startsUppercase, (letter) => letter.toLowerCase())
}

/** A word without the punctuation after it, and without a full stop after two letters or more. */
function withoutTrailingMarks(word: string): string {
  // Most words end in an ASCII letter, which neither pattern removes: skip them (a hot path).
  const last = word.charCodeAt(word.length - 1) | 0x20
  if (last >= 0x61 && last <= 0x7a) return word
  return word.replace(/[^\p{L}'’.-]+$/u, '').replace(/(\p{L}{2,})\.$/u, '$1')
}

const roleKindSets = roleKinds.map((kind) => new Set(kind))

const abbreviationPoint = /\.$/

/** A role word folded for comparing, without a closing abbreviation point (`Gov.` → `gov`). */
function foldedRole(word: string): string {
  return foldName(word).replace(abbreviationPoint, '')
}

/**
 * Whether a token is a succession noun (`predecessor`, `successor`). A function of the module,
 * not a closure made for each name chain of the article.
 */
function isSuccessionNoun(token: Token | undefined): boolean {
  return token?.kind === 'word' && successionNounSet.has(token.lower)
}

/**
 * Role heads by role, across articles: a description's walk back asks the heads of the roles of
 * every person it passes, the same few roles again and again. The head is a function of the
 * role's words alone (and the fixed word lists), so a role read once is read for good.
 */
const roleHeads = new BoundedCache<string, string | null>(20_000)

/** The occupation word of a role (its head: "lawyer", "Mayor" of "Mayor of X"), else null. */
function roleHeadOf(role: string): string | null {
  let head = roleHeads.get(role)
  if (head === undefined) {
    head = readRoleHead(role)
    roleHeads.set(role, head)
  }
  return head
}

/** `roleHeadOf`, read from the role's words. */
function readRoleHead(role: string): string | null {
  const words = role.split(spaces)
  const of = words.indexOf('of')
  const head = of > 0 ? words[of - 1] : words.at(-1)
  return head !== undefined && isRoleHead(head) ? foldedRole(head) : null
}

/**
 * The words of roles, folded, by role, across articles: the rules ask whether a role holds a
 * head of every role of every holder they pass, the same few roles again and again. A function
 * of the role alone (`foldName` is), so a role read once is read for good. Read only.
 */
const roleWords = new BoundedCache<string, readonly string[]>(20_000)

/**
 * `foldName(role).split(' ')`, and the descriptions its head as a title implies (`Justice` holds
 * `judge`, `Lt. Gen.` holds `general`: `titleDescriptions`), remembered (`roleWords`).
 */
function foldedWordsOf(role: string): readonly string[] {
  let words = roleWords.get(role)
  if (words === undefined) {
    words = foldName(role).split(' ')
    const head = roleHeadOf(role)
    const implied = head === null ? undefined : titleDescriptionOf.get(head)
    if (implied) words = [...words, ...implied]
    roleWords.set(role, words)
  }
  return words
}

/** `titleDescriptions` as a map, for a look-up per role read. */
const titleDescriptionOf: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(titleDescriptions),
)

/** Whether a role has the folded head word (`State Department spokesman` holds `spokesman`). */
function holdsRole(roles: readonly string[], head: string): boolean {
  return roles.some((role) => foldedWordsOf(role).includes(head))
}

/**
 * Whether a person's titles of a description's kind are all a deputy's (`Vice President`, `Lt.
 * Gov.` for "the president", "the governor"): a title of another role than the description's.
 */
function deputyOfRole(roles: readonly string[], head: string): boolean {
  let deputyOf = false
  for (const role of roles) {
    const title = roleHeadOf(role)
    if (title === null || !sameRoleKind(title, head)) continue
    if (!describesDeputy(role, title)) return false
    deputyOf = true
  }
  return deputyOf
}

/**
 * Whether a role has the folded head word as a description of it means it: a deputy's (`Deputy
 * Mayor` for "the mayor") or a past holder's (`Former Mayor`) only for a description of a deputy
 * or a past holder itself (`the former secretary of State` for `former secretary of State`).
 */
function holdsDescribedRole(
  roles: readonly string[],
  head: string,
  describes: { deputy: boolean; past: boolean },
): boolean {
  return roles.some(
    (role) =>
      foldedWordsOf(role).includes(head) &&
      (describes.deputy || !describesDeputy(role, head)) &&
      (describes.past || !describesPastHolder(role, head)),
  )
}

const successionNounSet: ReadonlySet<string> = new Set(successionNouns)

/** How many referents back the person a sentence's opening description follows is looked for. */
const describedReach = 8

/** How many tokens either side of a name a succession noun naming them may stand. */
const successionReach = 4

function sameRoleKind(a: string, b: string): boolean {
  const x = foldedRole(a)
  const y = foldedRole(b)
  return x === y || roleKindSets.some((kind) => kind.has(x) && kind.has(y))
}

const generalHeads = new Set(generalRoleHeads)

/**
 * Whether a role head the text gives a person says a description's head is someone else: both
 * known role heads, neither a general one (`official`, `leader`), of no kind in common
 * (`commissioner` and `officer`, not `captain` and `officer`).
 */
function rolesContradict(role: string, head: string): boolean {
  const x = foldedRole(role)
  const y = foldedRole(head)
  return (
    isRoleHead(x) &&
    isRoleHead(y) &&
    !generalHeads.has(x) &&
    !generalHeads.has(y) &&
    !sameRoleKind(x, y)
  )
}

const headsOfManySenses = new Set(roleHeadsOfManySenses)

/** Whether a word of a text, lowercased, is in a set (the text is lowercased once, not by word). */
function sharesWord(text: string, words: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase()
  wordRun.lastIndex = 0
  for (let word = wordRun.exec(lower); word !== null; word = wordRun.exec(lower))
    if (words.has(word[0])) return true
  // `split(/\s+/)` gives an empty word for a text that opens or ends with a space.
  return words.has('') && (lower === '' || /^\s|\s$/u.test(lower))
}

const wordRun = /\S+/gu

/** Add the words of a phrase written as a name, lowercased, possessive cut. */
function addSpeakerWords(words: Set<string>, phrase: MentionPhrase): void {
  if (phrase.form === 'name')
    for (const word of phrase.text.split(spaces)) words.add(withoutApostropheS(word).toLowerCase())
}

/**
 * Values by place (a paragraph and an offset in it): an array of maps, so that no key string
 * is built and hashed for each look-up.
 */
class PlaceMap<T> {
  private readonly paragraphs: Array<Map<number, T> | undefined> = []

  get(paragraph: number, offset: number): T | undefined {
    return this.paragraphs[paragraph]?.get(offset)
  }

  has(paragraph: number, offset: number): boolean {
    return this.paragraphs[paragraph]?.has(offset) ?? false
  }

  set(paragraph: number, offset: number, value: T): void {
    let places = this.paragraphs[paragraph]
    if (!places) {
      places = new Map()
      this.paragraphs[paragraph] = places
    }
    places.set(offset, value)
  }
}

/** The catalogue's organizations by the forms their names are looked up in. */
interface OrganizationLookups {
  /** The first organization answering to each folded form (name, acronym, alias). */
  byForm: Map<string, number>
  /** The folded names of the organizations. */
  folds: Set<string>
}

/** A name chain that is a clause subject: the catalogue mention of a person or a body. */
interface ChainStep {
  kind: 'person' | 'organization'
  /** Its catalogue mention. */
  index: number
  end: Position
  /**
   * Whether a bare family name is a person's all the same: a courtesy title opens it ("Mr.
   * Obama"), or retext-entities found a person there ("Judge Berman took a recess", "Obama
   * departs"), so a pronoun further on can mean someone the article never names in full.
   */
  personal: boolean
  /** Whether a person's name opens its sentence as its subject (`opensSentenceSubject`). */
  opensSentence: boolean
}

/** One step of the walk, at its place; `order` keeps the steps of one place in a fixed order. */
type WalkStep = { at: Position; order: number } & (
  | { kind: 'quote'; quote: QuoteEvent }
  | { kind: 'introduces' | 'subject'; subject: CueSubject }
  | { kind: 'chain'; chain: ChainStep }
  | { kind: 'group'; description: string; end: Position }
  | { kind: 'unnamed'; description: string; end: Position; cued: boolean }
)

/** The article opening a person's description by their age alone (`the 51-year-old`). */
const definiteArticle = /^the\s+/i

/** Words before the subject of a sentence: "*But* the protesters…", "*Meanwhile*, residents…". */
const sentenceOpeners: ReadonlySet<string> = new Set([...subjectOpeners, ','])

/**
 * Where each sentence of a paragraph may open its subject: the index of its first word after
 * any conjunction or sentence adverb ("But the protesters…", "However, a spokeswoman…");
 * sentences that open with no word are left out.
 */
function sentenceSubjectStarts(paragraph: PreparedParagraph): number[] {
  const starts: number[] = []
  for (const [sentenceStart] of paragraph.sentences) {
    const first = subjectStartFrom(paragraph.tokens, sentenceStart)
    if (paragraph.tokens[first]?.kind === 'word') starts.push(first)
  }
  return starts
}

/**
 * The index of the first token of a sentence past any conjunction or sentence adverb, and past
 * a phrase fronted before its subject (`pastFrontedPhrase`): "After the match, Fitzgerald…".
 */
function subjectStartFrom(tokens: readonly Token[], sentenceStart: number): number {
  let first = pastOpeners(tokens, firstTokenFrom(tokens, sentenceStart))
  const fronted = pastFrontedPhrase(tokens, first)
  if (fronted !== first) first = pastOpeners(tokens, fronted)
  return first
}

/** The index of the first token from `first` that is no conjunction, sentence adverb or comma. */
function pastOpeners(tokens: readonly Token[], first: number): number {
  let at = first
  while (at < tokens.length && sentenceOpeners.has((tokens[at] as Token).lower)) at++
  return at
}

/** Most words of an unnamed subject after a fronted phrase ("the former labor secretary"). */
const maxUnnamedSubjectWords = 5

/** Most words a phrase fronted before a subject holds ("In an interview on Sunday,": five). */
const maxFrontedWords = 8

/**
 * Words closing a fronted phrase of time ("Two hours later,", "Last week,", "On Sunday,"): the
 * heads of an opening time adverbial, which leave out `may` ("Theresa May,"), and the adverbs
 * of a time before or after.
 */
const frontedTimeEnds: ReadonlySet<string> = new Set([
  'later',
  'earlier',
  'ago',
  ...timeAdverbialHeads,
])

/** Marks that end a sentence's opening before any comma: no fronted phrase spans them. */
const frontedStops: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '(', ')'])

/**
 * Past a phrase of two words or more fronted before the subject and closed by a comma, a word
 * after it: one opening with a preposition or a subordinator ("After the match,", "For his
 * part,", "When asked,"), a participle ("Asked about the fine,", "Speaking to reporters,"), or
 * ending in a word of time ("Two hours later,", "Last week,"). The index of the word after the
 * comma, else `first`. A name opening the sentence ("Fitzgerald, 51, smiled") or a description
 * ("His opposite number, Gareth Pryce,") is no such phrase. Reads at most `maxFrontedWords`
 * tokens and one word's tags: per sentence, so linear in the paragraph.
 */
function pastFrontedPhrase(tokens: readonly Token[], first: number): number {
  const opening = tokens[first]
  if (opening?.kind !== 'word') return first
  let comma = -1
  for (let at = first + 1; at < tokens.length && at - first <= maxFrontedWords; at++) {
    const token = tokens[at] as Token
    if (token.kind === 'word') continue
    if (token.kind === 'punct' && token.text === ',') comma = at
    if (token.kind === 'quote' || comma !== -1 || frontedStops.has(token.text)) break
  }
  if (comma < first + 2 || tokens[comma + 1]?.kind !== 'word') return first
  const fronted =
    frontedTimeEnds.has((tokens[comma - 1] as Token).lower) || opensFrontedPhrase(tokens, first)
  return fronted ? comma + 1 : first
}

/**
 * Whether the word at `first` opens a phrase fronted before a subject, whatever its length: a
 * preposition or a subordinator ("After the match", "When asked"), or a participle opening a
 * clause of its own (`opensParticipleClause`: "Asked by moderator Ann Vale whether…").
 */
function opensFrontedPhrase(tokens: readonly Token[], first: number): boolean {
  const opening = tokens[first]
  if (opening?.kind !== 'word') return false
  return (
    prepositions.has(opening.lower) ||
    subordinators.has(opening.lower) ||
    opensParticipleClause(tokens, first)
  )
}

/**
 * Whether the word at `at` is most often a participle (`asked`, `speaking`, `told`), by its Brill
 * tags, and opens a clause of its own: a preposition, a determiner or a subordinator after it
 * (`Asked about…`, `Speaking to…`, `Asked whether…`). A participle-shaped word before a noun is a
 * name's or a modifier's (`United boss Ann Vale`, `Sporting director…`).
 */
function opensParticipleClause(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).lower
  const next = tokens[at + 1]
  if (next?.kind !== 'word') return false
  if (
    !(prepositions.has(next.lower) || determiners.has(next.lower) || subordinators.has(next.lower))
  )
    return false
  const tags = brillLexicon().get(word)
  if (tags === undefined) return false
  if (participleEnding.test(word))
    return tags[0] === 'VBG' || tags[0] === 'VBN' || tags[0] === 'VBD'
  // An irregular past participle (`Told of…`, `Given the…`, `Caught in…`): a past form that is
  // also a participle, as its tags say.
  return (tags[0] === 'VBN' || tags[0] === 'VBD') && tags.includes('VBN')
}

/**
 * Whether a word at an offset opens its sentence as its subject (`sentenceSubjectStarts`), or
 * follows only a title naming a body or place and then a role ("Linfield boss Roberta Sinclair
 * was delighted", "The Tarrant chairwoman Ada Vell"): the name after the title is the subject.
 */
function opensSentenceSubject(paragraph: PreparedParagraph, offset: number): boolean {
  const [sentenceStart] = sentenceAt(paragraph, offset)
  const { tokens } = paragraph
  const first = subjectStartFrom(tokens, sentenceStart)
  const token = tokens[first]
  if (token?.kind !== 'word') return false
  return token.start === offset || titledAfterBody(tokens, first, offset)
}

/** Most words a body's title before a name holds ("The Rellmark Port deputy harbour master"). */
const maxBodyTitleWords = 6

/**
 * Whether the tokens from `first` up to the one at `offset` are a title naming a body or place
 * and then a role: an optional "the", capitalized words that open no clause (not "When", "On"),
 * then lowercase nouns of people ("Linfield boss", "The Tarrant chairwoman"). Reads at most
 * `maxBodyTitleWords` tokens: constant work per name.
 */
function titledAfterBody(tokens: readonly Token[], first: number, offset: number): boolean {
  let at = first
  if (tokens[at]?.lower === 'the') at++
  const capitalsFrom = at
  while (at - first < maxBodyTitleWords) {
    const token = tokens[at]
    if (token?.kind !== 'word' || !token.capital || token.start >= offset) break
    if (clauseOpeners.has(token.lower)) return false
    at++
  }
  if (at === capitalsFrom) return false
  const rolesFrom = at
  while (at - first < maxBodyTitleWords) {
    const token = tokens[at]
    if (token?.kind !== 'word' || token.capital || token.start >= offset) break
    if (!isPeopleNounToken(token)) return false
    at++
  }
  return at > rolesFrom && tokens[at]?.start === offset
}

/**
 * The plural descriptions of people that open the sentences of a paragraph as their subject,
 * before a lowercase verb ("Local fishermen gathered…", "The protesters marched…"): groups
 * "they" may point back to. Each is read only as far as its first noun of people.
 */
function pluralSubjects(
  paragraph: PreparedParagraph,
  subjectStarts: readonly number[],
  catalogue: Catalogue,
): Array<{ start: number; end: number; description: string }> {
  const found: Array<{ start: number; end: number; description: string }> = []
  const { tokens, text } = paragraph
  for (const first of subjectStarts) {
    const opening = tokens[first] as Token
    for (let at = first; at < tokens.length && at - first < 4; at++) {
      const token = tokens[at] as Token
      if (token.kind !== 'word' || (at > first && token.capital)) break
      const next = tokens[at + 1]
      // No description ends before a mark, the text's end or a capitalized word: decided before
      // any fact of a word is read (most sentences open on a name or a capitalized article).
      if (next?.kind !== 'word' || next.capital) break
      // "local fishermen": the last of the nouns of people is the head.
      if (!isPeopleNounWord(token) || (next?.kind === 'word' && isPeopleNounWord(next))) continue
      // A capitalized word that is no English word opens a name, not a description.
      if (!isDictionaryWord(opening.text)) break
      if (next?.kind !== 'word' || next.capital || !lowercaseWord.test(next.text)) break
      if (prepositions.has(next.lower) || joiningWord.test(next.lower)) break
      const written = text.slice(opening.start, token.end)
      const description = withLowercaseStart(written)
      const reading = readPhrase(
        {
          text: description,
          start: opening.start,
          end: token.end,
          form: 'description',
          appositions: [],
        },
        catalogue,
        undefined,
        null,
        null,
      )
      if (reading.type === 'group')
        found.push({ start: opening.start, end: token.end, description })
      break
    }
  }
  return found
}

/**
 * How many of the latest referents, and of the latest unnamed descriptions, a definite
 * description of a role ("the spokesman") reads back for its holder. The look-back already stops
 * two paragraphs up, but one long paragraph (text pasted without breaks) would make every such
 * description read the whole paragraph: quadratic in its length. Two paragraphs of news name far
 * fewer than this.
 */
const holderWindow = 64

/**
 * The names under which a look-up's rule keeps the referents it leaves out for good (see
 * `ReferentList`), one per rule, set of kinds (those `pronounKinds` gives) and gender: made once,
 * not built again for each pronoun.
 */
const lookupKeys = new WeakMap<ReadonlySet<SpeakerKind>, Map<string, Array<string | undefined>>>()

/** Where each gender's key is kept among a rule's keys (`lookupKeys`). */
function genderSlot(gender: NameGender | null): number {
  return gender === null ? 0 : gender === 'male' ? 1 : 2
}

function lookupKey(
  rule: string,
  kinds: ReadonlySet<SpeakerKind>,
  gender: NameGender | null,
): string {
  let keys = lookupKeys.get(kinds)
  if (!keys) {
    keys = new Map()
    lookupKeys.set(kinds, keys)
  }
  // Found by the rule and the gender's slot: no name is joined (and hashed) for each look-up.
  let ofRule = keys.get(rule)
  if (!ofRule) {
    ofRule = [undefined, undefined, undefined]
    keys.set(rule, ofRule)
  }
  const slot = genderSlot(gender)
  let key = ofRule[slot]
  if (key === undefined) {
    const name = gender === null ? rule : gender === 'male' ? `${rule}:male` : `${rule}:female`
    key = `${name}:${[...kinds].sort().join('+')}`
    ofRule[slot] = key
  }
  return key
}

const personKind: ReadonlySet<SpeakerKind> = new Set(['person'])

/** An owner before a capitalized word (`Rellmark's `), with all that comes before it. */
const leadingOwner = /^.+['’]s\s+(?=\p{Lu})/u
/** A preposition inside a name phrase (`Ann Vale of Rellmark`). */
const innerPreposition = /\s(?:of|from|at|for|with)\s/u

/**
 * The name a person's name chain gives: "Rellmark's Vale" is Vale (the owner is an
 * affiliation), and "Ann Vale of the Ostrava Institute" is Ann Vale, read as a cue's phrase is.
 */
function personNameOf(chain: NameChain): string {
  let name = chainNames.get(chain.text)
  if (name === undefined) {
    name = readPersonName(chain.text)
    chainNames.set(chain.text, name)
  }
  return name
}

/**
 * `personNameOf` by the chain's text, the only thing it reads: a person's chain is read for its
 * name by the catalogue, then again by `clusterOfChain` (for each per-article read of roles,
 * qualifiers and succession) and `rolesBeforeName`, and articles repeat the same names.
 */
const chainNames = new BoundedCache<string, string>(20_000)

function readPersonName(chainText: string): string {
  // Only a chain holding an apostrophe can hold an owner: most are spared the pattern.
  const text =
    chainText.includes("'") || chainText.includes('’')
      ? chainText.replace(leadingOwner, '')
      : chainText
  if (!innerPreposition.test(text)) return text
  return normalizePhrase({ text, start: 0, end: text.length, form: 'name', appositions: [] }).text
}

/**
 * Whether a common noun stands before a description's head (`the union representative`, `the
 * sales representative`): such a compound may be another sense of the head than a title's
 * abbreviation holds (`Rep.`). An adjective or a place (`the new senator`, `the Vermont
 * senator`) leaves the head's sense.
 */
function nounModifiedHead(description: string, head: string): boolean {
  const words = description.split(spaces)
  const headAt = words.findLastIndex((word) => word.toLowerCase() === head.toLowerCase())
  for (const word of words.slice(0, headAt)) {
    if (startsUppercase.test(word)) continue
    const likeliest = brillLexicon().get(word.toLowerCase())?.[0]
    if (likeliest === 'NN' || likeliest === 'NNS') return true
  }
  return false
}

/**
 * The abbreviations of a role head among the heads of its kind (`gov` of `governor`, `sen` of
 * `senator`): a title written short (`Gov. Luc Haddon`) is the role written out.
 */
function abbreviationsOf(head: string): string[] {
  const found: string[] = []
  for (const kind of roleKindSets) {
    if (!kind.has(head)) continue
    for (const other of kind) {
      const abbreviates =
        other.length <= abbreviationLength && other.length < head.length && head.startsWith(other)
      if (abbreviates && !found.includes(other)) found.push(other)
    }
  }
  return found
}

/** The longest abbreviation of a role title read (`Gov`, `Sen`, `Rep`, `Sgt`). */
const abbreviationLength = 4

/**
 * The present roles the text gives a person's name before it, as folded heads: its title
 * (`met Governor Luc Haddon`, `Gov. Luc Haddon`; not `Deputy Mayor`, `Former Governor`) and a
 * description set before it (`roleBeforeName`: `the governor, Luc Haddon,`). A name in object
 * position is given to the resolvers without its title, or not at all, so this is where such a
 * holder is known.
 */
function rolesBeforeName(prepared: PreparedParagraph, chain: NameChain): string[] {
  const roles: string[] = []
  for (const title of parsePersonName(personNameOf(chain)).roles) {
    const head = roleHeadOf(title)
    if (head === null || describesDeputy(title, head) || describesPastHolder(title, head)) continue
    roles.push(head)
  }
  const described = roleBeforeName(prepared, chain)
  if (described !== null) roles.push(described)
  return roles
}

/**
 * The singular descriptions of unnamed people that open the sentences of a paragraph as their
 * subject, before a lowercase verb ("A ministry spokeswoman confirmed…", "But a Rellmark Port
 * official declined…"), or before a comma and a lowercase word that is no article ("A Berlin
 * woman, meanwhile, received…": a sentence adverb or a clause set off before the verb; not
 * "A spokeswoman, Ann Vale," whose name is the subject, "a man, a woman and…", a list, nor "A
 * new manager, he said, could…", a speaker set off inside the clause he reports):
 * whom a later "the spokeswoman" or "she" may mean. Each is read as far as its first noun of
 * people, or the last of such nouns in a row ("a local resident").
 */
function unnamedSubjects(
  paragraph: PreparedParagraph,
  subjectStarts: readonly number[],
): Array<{ start: number; end: number; description: string }> {
  const found: Array<{ start: number; end: number; description: string }> = []
  const { tokens, text } = paragraph
  for (const first of subjectStarts) {
    const opening = tokens[first] as Token
    if (opening.lower !== 'a' && opening.lower !== 'an') continue
    for (let at = first + 1; at < tokens.length && at - first <= 5; at++) {
      const token = tokens[at] as Token
      if (token.kind !== 'word') break
      if (token.capital || !isPeopleNounToken(token)) continue
      const after = tokens[at + 1]
      const setOff = after?.text === ','
      const next = setOff ? tokens[at + 2] : after
      if (next?.kind !== 'word' || !lowercaseWord.test(next.text)) break
      if (setOff && (articles.includes(next.lower) || subjectPronouns.has(next.lower))) break
      // "a local resident": the description runs to its last noun of people.
      if (!setOff && isPeopleNounToken(next)) continue
      if (prepositions.has(next.lower) || isPeopleNounToken(next)) break
      if (joiningWord.test(next.lower)) break
      const description = withLowercaseStart(text.slice(opening.start, token.end))
      found.push({ start: opening.start, end: token.end, description })
      break
    }
  }
  return found
}

/** The index of the first mention at or after a position, in a list sorted by position. */
function firstPersonAtOrAfter(
  people: ReadonlyArray<{ position: Position }>,
  position: Position,
): number {
  let low = 0
  let high = people.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (comparePositions((people[middle] as { position: Position }).position, position) < 0)
      low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The people among some clusters sharing a family name who are distinct people: a cluster
 * whose name ends another's ("DJ Ann Vale" of "Ann Vale") is that person with a word before the
 * name, and one whose first word is a common word ("Former Vale", "Does Vale") or the family
 * name of another person of the article ("Salo Vale": two names in a row) no given name.
 */
function distinctNamesakes(
  namesakes: readonly number[],
  clusters: readonly PersonCluster[],
): number[] {
  const folds = namesakes.map((at) => foldName((clusters[at] as PersonCluster).name))
  const givenFirst = namesakes.map((at) => {
    const { parsed } = clusters[at] as PersonCluster
    return isGivenName(parsed.surnameFirst ? parsed.surname : (parsed.given[0] ?? ''))
  })
  return namesakes.filter((at, position) => {
    const { parsed } = clusters[at] as PersonCluster
    const first = parsed.surnameFirst ? parsed.surname : (parsed.given[0] ?? '')
    if (!isGivenName(first) && isDictionaryWord(first)) return false
    const folded = foldName(first)
    if (
      !parsed.surnameFirst &&
      clusters.some(
        (other) =>
          other.parsed.full &&
          !other.parsed.surnameFirst &&
          foldName(other.parsed.surname) === folded,
      )
    )
      return false
    // Of one person written two ways, the fuller form opening with a given name stays.
    const fold = folds[position] as string
    return !folds.some(
      (other, at) =>
        other !== fold &&
        (isGivenName(first)
          ? other.endsWith(` ${fold}`) && (givenFirst[at] as boolean)
          : fold.endsWith(` ${other}`)),
    )
  })
}

/**
 * The namesakes a courtesy title of a gender (null: a title of none, "Dr.") may stand for: those
 * of that gender or of none known.
 */
function titledNamesakes(
  family: Pick<Family, 'namesakes' | 'genders'>,
  gender: NameGender | null,
): number[] {
  if (gender === null) return family.namesakes
  return family.namesakes.filter((_, at) => {
    const known = family.genders[at] ?? null
    return known === null || known === gender
  })
}

/** People of one article who share a family name (see `namesakes.ts`). */
interface Family {
  /** Their person clusters, in catalogue order. */
  namesakes: number[]
  /** The gender of each, from their full name (title, given name), when it tells. */
  genders: Array<NameGender | null>
  /** The generation the article gives each (kin words, suffixes). */
  generations: Array<Generation | null>
  /** Whether the article says which of them is the other's elder (no nephew, no aunt). */
  ordered: boolean
  /**
   * The mentions naming one of them in full or by given name, in passing too, in text order:
   * what a sentence naming two of them side by side is read from (`namesakesSideBySide`).
   */
  fullNamed: Array<{ start: number; end: number; namesake: number; inPassing: boolean }>
  /**
   * Mentions naming one of them unambiguously and not in passing (full names, given names,
   * generation descriptions; -1 for one the family words leave open), in text order: `start`
   * is the article position (see `articleOffset`); `apposition` when the mention is the
   * subject only as a name in commas after it (`appositionOfSubject`).
   */
  named: Array<{ start: number; paragraph: number; namesake: number; apposition?: true }>
  /**
   * `named` without the namesakes a courtesy title does not fit, by the namesakes it fits
   * (joined by spaces), read once each (see `namedFitting`).
   */
  namedByTitle: Map<string, Family['named']>
  /** The one the article names first by more than the family name. */
  first: number
  /** Whether the article tells them apart by generation ("the younger Vale"). */
  described: boolean
  /** The paragraphs naming the family (`hasFamilyName`), in order. */
  namingParagraphs: number[]
  /**
   * The paragraphs naming one of them alone (`named` with a namesake), in order: a bare or
   * in-passing "Vale" between names neither (see `familyNamedBetween`).
   */
  namesakeParagraphs: number[]
  /**
   * Whether a paragraph between the first one naming the first-introduced namesake and the first
   * naming another names the family: the writer's bare "Vale" was settled on the first before the
   * other came in, and a pair named later leaves it to the rules after `namesakesSideBySide`.
   */
  settledBeforeOthers: boolean
}

/**
 * What resolving keeps aside while asking what mentions would resolve to (`wouldResolve`), so
 * that the walk's state stays as it was: the speakers it would make, the genders it would read
 * first, and the people it would count near a pronoun. Made anew for each question: the people
 * near a pronoun are counted again for each quotation asked about, which only
 * `candidates: true` (fitting and scoring) does.
 */
interface Question {
  draft: SpeakerDraft
  genders: Map<string, NameGender | null>
  /** Made when a pronoun asks for it: most questions resolve no pronoun. */
  nearby: NearbyPeople | undefined
}

/**
 * The word where a verb would stand after the name opening at token `at`, before offset `end`:
 * the first word past the name's capitalized words, or past an apposition the name's comma opens
 * and a comma closes ("Ann Vale, 52, heads the panel"), never a word inside the apposition ("Ann
 * Vale, the party's chairs,").
 */
function verbSlotAfterName(tokens: readonly Token[], at: number, end: number): Token | undefined {
  let index = at
  while (tokens[index]?.kind === 'word' && tokens[index]?.capital) index++
  if (tokens[index]?.text === ',') {
    index++
    while (
      index < tokens.length &&
      (tokens[index] as Token).start < end &&
      tokens[index]?.text !== ','
    )
      index++
    index++
  }
  const slot = tokens[index]
  return slot?.kind === 'word' && !slot.capital && slot.start < end ? slot : undefined
}

/**
 * What a person's gender is read from (`genderOf`), as one key: their name, aliases and roles
 * (the article's clusters and pronouns aside, which do not change). Asking keeps the genders it
 * reads by this key, so that a later question about a person as they still are, registered or
 * drafted anew, takes the gender from there rather than reading it again: each question read
 * the gender of every referent and every person near a pronoun anew, and asking about the
 * quotations of one long paragraph grew with the square of its length (or worse).
 */
function genderKey(speaker: Speaker): string {
  return `${speaker.name}\u0000${speaker.aliases.join('\u0001')}\u0000${speaker.roles.join('\u0001')}`
}

/**
 * Resolutions that reach a person through the text around the mention rather than by its own
 * words: a pronoun's, and a description's that takes the person the text is about.
 */
const referringResolutions: ReadonlySet<Resolution> = new Set<Resolution>([
  'pronoun-subject',
  'pronoun-opener',
  'pronoun-speaker',
  'pronoun-only',
  'pronoun-newcomer',
  'pronoun-clause-subject',
  'pronoun-earlier',
  'pronoun-interviewee',
  'role-recent',
  'role-principal',
])

/**
 * What may stand between two names of one coordinated subject: an apposition of the first, "and",
 * and a short noun phrase the second is in apposition to ("Tom Vale, the founder, and his
 * nephew, Ed Vale"). Read only up to `coordinationReach` characters.
 */
const coordinatedNames = /^(?:,[^,.;:!?]*,)?\s+and\s+(?:[^,.;:!?]*,\s+)?$/u
const coordinationReach = 80

/**
 * The end of what opens a coordinated clause before its subject ("Tom Vale spoke first, and Ed
 * Vale spoke after him"): its subject is the sentence's as much as the first clause's is. Read on
 * the last `clauseOpeningReach` characters before the name only, however long the first clause.
 */
const coordinatedClauseOpening = /,\s+(?:and|but)\s+$/u
const clauseOpeningReach = 8

/**
 * The end of what stands before the speaker of a quotation's cue: the closing quotation mark, and
 * a speech verb before the name ("“…,” Ed Vale said", "“…,” said Ed Vale"). Read on the last
 * `cueOpeningReach` characters before the name.
 */
const quotationCueBefore = /["”]\s*(?:\p{Ll}+\s+)?$/u
const cueOpeningReach = 16

/** How many sentences naming a namesake only in passing `namesakesSideBySide` reads past. */
const inPassingSentencesSkipped = 3

/** The words that may open a noun phrase a name stands in apposition to ("His son, Ed Vale,"). */
const determinerWords: ReadonlySet<string> = new Set([...articles, ...possessiveDeterminers])
/** How many words the opening noun phrase of `appositionOfSubject` may hold. */
const subjectPhraseWords = 4

/**
 * The gender the head of an unnamed person's description says ("a spokesman for the club",
 * "the chairwoman", "a mother of three"; `titleGender`'s gendered role words), else null ("an
 * official", "a company spokesperson"). One word looked up, kept by description across
 * articles.
 */
function describedGender(description: string | null): NameGender | null {
  if (description === null) return null
  let gender = describedGenders.get(description)
  if (gender === undefined) {
    gender = titleGender(personHead(description))
    describedGenders.set(description, gender)
  }
  return gender
}

const describedGenders = new BoundedCache<string, NameGender | null>(4096)

/** The coreference state of one article, and the rules that resolve mentions with it. */
export class Coreference {
  private readonly catalogue: Catalogue
  /** Catalogue index of each mention, by its place. */
  private readonly mentionAt = new PlaceMap<number>()
  /** Every person mention retext-entities found, with its catalogue index, in text order. */
  private readonly personMentions: Array<{ position: Position; index: number }> = []
  /** Catalogue indices of the names chosen for quotations or written as subjects of cues. */
  private readonly cuedNames: number[] = []
  /** Catalogue indices of the names a cue ties to a quotation (`said Nora Lake`): chosen, cued. */
  private readonly quotedNames: number[] = []
  /** Whether each name asked about is of people nothing in the article shows to be people. */
  private readonly doubtedNames = new Map<string, boolean>()
  /** What shows the article's clusters to be people without reading its text (`personEvidence`). */
  private peopleEvidence:
    | {
        personal: ReadonlySet<number>
        shown: ReadonlySet<number>
        clustersByName: ReadonlyMap<string, number[]>
      }
    | undefined
  /** The person chains of each person cluster (`personChainsOf`), when first asked. */
  private chainsByCluster: Map<number, NameChain[]> | undefined
  /** The folded names of the people named in full other than by a turn's label, when asked. */
  private namedOutsideLabels: Set<string> | undefined
  private namedPeopleList: Array<{ position: Position; index: number }> | undefined
  /** Where person names open their sentence as its subject. */
  private readonly subjectStarts = new PlaceMap<true>()
  private readonly referents = new ReferentList<Referent>()
  /** The referents of each paragraph, for questions about one paragraph. */
  private readonly referentsByParagraph = new Map<number, ReferentList<Referent>>()
  /**
   * The referents that are plural descriptions opening a sentence (with `group`), and their
   * index among all referents. They come in text order: each opens a later sentence.
   */
  private readonly groups = new ReferentList<{ position: Position; index: number }>()
  /** The people named near the latest pronoun that asked (see `NearbyPeople`). */
  private readonly nearby = new NearbyPeople()
  /** For each of `namedPeople`, whether it is the first mention of its name (learnt so far). */
  private readonly firstOfName: boolean[] = []
  private readonly namesSeen = new Set<string>()
  private firstMentionsLearnt = 0
  /** How many of `namedPeople` the walk has registered as speakers (`learnFirstMentions`). */
  private firstMentionsRegistered = 0
  /** Person mentions opening each paragraph (offset 0 or 1), in `personMentions` order. */
  private paragraphOpeners: Map<number, Array<{ position: Position; index: number }>> | undefined
  /**
   * Unnamed people a description introduced as a subject without speaking, in text order:
   * registered as speakers only when a later description takes them.
   */
  private readonly unnamedMentions: Array<{ position: Position; description: string }> = []
  /** The unnamed subject (`Referent.unnamed`) opening each sentence, by paragraph and sentence. */
  private readonly unnamedOpeners = new PlaceMap<Referent>()
  private readonly lastInParagraph = new Map<number, Speaker>()
  /**
   * The open turn of an exchange (see `turns.ts`): who asked, where, and the question's cue
   * mention, whose later quotations go on with the question rather than answer it.
   */
  private turn: WalkTurn | null = null
  private readonly introducedBy = new Map<number, Speaker>()
  private readonly genders = new Map<string, NameGender | null>()
  private pronounVotes: Map<string, number> | undefined
  private readonly personFolds: Array<string | undefined> = []
  private readonly personKeyLists: Array<readonly string[] | undefined> = []
  private readonly organizationFolds: Array<string | undefined> = []
  private readonly organizationFormSets: Array<ReadonlySet<string> | undefined> = []
  private readonly resolved = new PlaceMap<Resolved>()
  /**
   * Resolutions of places read with no cue of their own (a quotation's lean on a later cue's
   * name): kept apart, since a name no cue ties has less evidence of a person than a cued one.
   */
  private readonly resolvedUncued = new PlaceMap<Resolved>()
  /** The article's main named speaker, for possessive descriptions. */
  private readonly principal: string | null
  /** Where each paragraph starts in the article's text (paragraphs joined by a blank line). */
  private readonly paragraphStarts: number[] = []
  /** The words of the body's names, possessives cut, made when first asked for. */
  private bodyWords: Set<string> | undefined
  /** The same words folded, made when a word not written alike is first asked for. */
  private foldedBodyWords: Set<string> | undefined
  /** The people named in full, by each of their name keys (made when first asked for). */
  private peopleKeys: Map<string, number[]> | undefined
  /** The organizations by their forms (made when first asked for: few articles ask). */
  private organizationLookups: OrganizationLookups | undefined
  /** Words capitalized inside a sentence (`capitalizedInside`), made when first asked for. */
  private insideCapitals: Set<string> | undefined
  /** The article's documents with their authors, read when a document first asks. */
  private documents: DocumentAuthors | undefined
  /** Whether an author is being resolved: its phrase never asks for a document's author. */
  private readingAuthor = false
  /** Whether any two people named in full share a family name (`sharesFamilyName`). */
  private familyNameShared: boolean | undefined
  /** The people sharing each family name asked about (`familyOf`), by folded name. */
  private readonly families = new Map<string, Family | null>()
  /** The generation the article gives a person alone of a family name (`generationOfSole`). */
  private readonly soleGenerations = new Map<number, Generation | null>()
  /** Catalogue indexes of the names that are their sentence's subject only by apposition. */
  private readonly appositionSubjects = new Set<number>()
  /** The folded words of each person's mentions in the catalogue, by name (`namedWithRole`). */
  private readonly mentionWords = new Map<string, Set<string>>()
  /**
   * The person mentions of the catalogue that may name each family (`mentionsOfFamily`), by
   * folded family name, made when a family is first read.
   */
  private familyMentions: Map<string, number[]> | undefined
  /** The paragraphs indexed for reading families (`familyOf`), made when first asked for. */
  private familyParagraphs: FamilyIndex | undefined
  /** The relatives each paragraph's narration introduces (`kinIntroducedBetween`), as read. */
  private readonly kinByParagraph = new Map<number, KinIntroduction[]>()
  /** By sentence (`namesFrontedBeforeUnnamed`): read once for the pronouns after it. */
  private readonly frontedNames = new PlaceMap<Set<string> | null>()
  /** The roles descriptions after their names give people, by name (`statedRoles`). */
  private rolesStated: Map<string, StatedRole[]> | undefined
  /** The people named in full the text gives each age, by age (`agesStated`), read once. */
  private peopleByAge: Map<number, Set<string>> | undefined
  /** The roles the text says people do not hold (`is not the mayor`), by name (`statedRoles`). */
  private rolesDenied: Map<string, RoleDenial[]> | undefined
  /** The same, by role head: who was given it and where, in text order (`statedRoles`). */
  private holdersStated: Map<string, Array<{ name: string; position: Position }>> | undefined
  /** The states and parties the text states with people's names, by name (`qualifiersOf`). */
  private qualifiersStated: Map<string, RoleQualifiers> | undefined
  /**
   * `qualifiersOf` by its name and roles (their JSON, which tells any two lists apart): a
   * description with a state or party asks it of every holder it passes, often with the same
   * roles, and each role is read word by word. A function of the key and of `qualifiersStated`,
   * which is read once for the article and then fixed.
   */
  private readonly qualifiersByRoles = new Map<string, RoleQualifiers>()
  /** What is kept aside while asking (`wouldResolve`); null while the walk resolves. */
  private question: Question | null = null
  /** The genders of people questions have read, by what they were read from (`genderKey`). */
  private readonly askedGenders = new Map<string, NameGender | null>()
  /** Where each person named in full is first mentioned (`firstMentions`). */
  private firstMentionOf: Map<string, Position> | undefined
  /** The person each description (folded) was last resolved to, for `holderAt`'s continuity. */
  private readonly describedAs = new Map<string, string>()
  /**
   * The roles the roster holds for a person only because a description was guessed to be them
   * (`role-recent`), by name: no evidence that they hold it, for a later description's holder.
   */
  private readonly guessedRoles = new Map<string, Set<string>>()
  /** The people the text names in a role's succession (`namedInSuccession`), found once. */
  private successionNamed: Set<string> | undefined
  /** Every mention of each person cluster, by name (`mentionPlaces`). */
  private placesOf: Map<string, MentionPlace[]> | undefined
  /** The clause verbs of the sentences asked about (`clauseVerbsOf`), by paragraph and sentence. */
  private readonly clauseVerbs = new Map<string, readonly Token[]>()
  /** The first person cluster of each name, made when first asked for (`genderOf`). */
  private clustersByName: Map<string, Catalogue['people']['clusters'][number]> | undefined
  /** The writer's name, read when "I" first asks (see `writerName`). */
  private writer: string | null | undefined
  /** The folded names of the places the article names (`namesPlace`), made when first asked. */
  private placeNames: Set<string> | undefined

  constructor(
    private readonly model: ArticleModel,
    private readonly registry: SpeakerRegistry,
    chosen: readonly MentionAt[],
    subjects: readonly CueSubject[],
  ) {
    const mentions: CatalogueMention[] = []
    // The resolvers measure nearness in characters of the article, across paragraph breaks.
    let start = 0
    for (const paragraph of model.paragraphs) {
      this.paragraphStarts.push(start)
      start += paragraph.text.length + 2
    }
    for (const mention of model.known) {
      if (mention.kind === 'place') continue
      mentions.push({
        text: withoutOpeners(mention.text),
        kind: personShaped(mention.text) ? 'person' : mention.kind,
        position: this.articleOffset(mention.paragraph, mention.start),
        inPassing: this.inPassing(
          mentions.length,
          this.isSubject(mention.paragraph, mention.start, mention.end),
          mention,
        ),
      })
      if (mention.kind === 'person')
        this.personMentions.push({
          position: { paragraph: mention.paragraph, offset: mention.start },
          index: mentions.length - 1,
        })
    }
    this.takeGivenFamilyPairs(mentions)
    // Only names that can matter go to the resolvers: those sharing a word with a speaker
    // phrase, and the subjects that pronouns may point back to.
    const speakerWords = new Set<string>()
    for (const { phrase } of chosen) addSpeakerWords(speakerWords, phrase)
    for (const subject of subjects) addSpeakerWords(speakerWords, subject.phrase)
    for (const chain of model.chains) {
      // A name in apposition to the sentence's subject ("The club's manager, Ann Vale, was
      // delighted") names that subject.
      const relevant =
        chain.subject ||
        chain.kind === 'organization' ||
        startsLowercase.test(chain.text) ||
        sharesWord(chain.text, speakerWords) ||
        (chain.kind === 'person' && this.namesDescribedSubject(chain))
      if (!relevant) continue
      mentions.push({
        // "Rellmark's Vale": the owner before a person's name is an affiliation, not the name.
        text: chain.kind === 'person' ? personNameOf(chain) : chain.text,
        kind: chain.kind,
        position: this.articleOffset(chain.paragraph, chain.start),
        inPassing: this.inPassing(mentions.length, chain.subject, chain),
      })
      this.mentionAt.set(chain.paragraph, chain.start, mentions.length - 1)
    }
    for (const mention of chosen)
      if (this.addPhrase(mentions, mention) && (mention.cued ?? true))
        this.quotedNames.push(mentions.length - 1)
    for (const subject of subjects) this.addPhrase(mentions, subject)
    this.catalogue = buildCatalogue(mentions)
    for (const chain of model.chains) {
      if (
        chain.subject &&
        chain.kind === 'person' &&
        this.opensSentence(chain.paragraph, chain.start)
      )
        this.subjectStarts.set(chain.paragraph, chain.start, true)
    }
    const namedCounts = new Map<string, number>()
    for (const { phrase, paragraph } of chosen) {
      if (phrase.form !== 'name') continue
      const index = this.mentionAt.get(paragraph, phrase.start)
      if (index === undefined || this.catalogue.mentions[index]?.kind !== 'person') continue
      const cluster = personClusterOf(this.catalogue, index)
      if (cluster?.parsed.full)
        namedCounts.set(cluster.name, (namedCounts.get(cluster.name) ?? 0) + 1)
    }
    this.principal = [...namedCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  }

  /** Where resolving takes its speakers from: the registry, or while asking, a draft of it. */
  private get roster(): SpeakerSource {
    return this.question?.draft ?? this.registry
  }

  /** An offset into the article's text, as the resolvers measure nearness. */
  private articleOffset(paragraph: number, offset: number): number {
    return (this.paragraphStarts[paragraph] ?? 0) + offset
  }

  /**
   * Add a chosen mention or a cue subject written as a name to the resolvers' input; whether it
   * was one.
   */
  private addPhrase(mentions: CatalogueMention[], { phrase, paragraph }: MentionAt): boolean {
    if (phrase.form !== 'name') return false
    const model = this.model
    const known = knownAt(model, paragraph, phrase.start, phrase.end)
    // Chains are in text order and do not overlap, so their ends are in order too.
    const chains = model.chainsByParagraph.get(paragraph) ?? []
    const next = chains[firstReaching(model, chains, phrase.end - 2)]
    const chain = next && next.start < phrase.end ? next : undefined
    const kind =
      !personShaped(phrase.text) &&
      (known?.kind === 'organization' || known?.kind === 'place' || chain?.kind === 'organization')
        ? 'organization'
        : 'person'
    mentions.push({
      text: phrase.text,
      kind,
      position: this.articleOffset(paragraph, phrase.start),
    })
    this.mentionAt.set(paragraph, phrase.start, mentions.length - 1)
    this.cuedNames.push(mentions.length - 1)
    return true
  }

  /**
   * A headline is in title case and quoted text is hidden from the name finders, so from both
   * only "Given Family" pairs whose family name the body uses for a person are taken.
   */
  private takeGivenFamilyPairs(mentions: CatalogueMention[]): void {
    if (this.model.title) this.takeGivenFamilyPairsOf(mentions, this.model.title, -1)
    for (const quote of this.model.quotes) {
      const first = quote.segments[0]
      if (first)
        this.takeGivenFamilyPairsOf(
          mentions,
          quote.text,
          this.articleOffset(first.paragraph, first.open),
        )
    }
  }

  private takeGivenFamilyPairsOf(
    mentions: CatalogueMention[],
    text: string,
    position: number,
  ): void {
    if (!holdsCapitalizedPair(text)) return
    // Only pairs of capitalized words are read, without splitting the whole text into words.
    capitalizedWordPair.lastIndex = 0
    for (
      let match = capitalizedWordPair.exec(text);
      match !== null;
      match = capitalizedWordPair.exec(text)
    ) {
      const family = withoutApostropheS(withoutTrailingMarks(match[1] as string))
      // The family name must be capitalized ("US", "I" are not) and one the body uses, the
      // given name one capitalized word: both shapes are tested first, with no look-up, and
      // most pairs fail one of them. Whether the body uses the family name is asked last: the
      // first question of an article reads every word of its names, and most capitalized pairs
      // quoted open with no given name.
      if (!capitalizedWordStart.test(family)) continue
      const given = withoutTrailingMarks(match[0])
      if (
        capitalizedWord.test(given) &&
        (isGivenName(given) ||
          (likelyGivenNameGender(given) !== null && !isDictionaryWord(given))) &&
        !isGivenName(family) &&
        this.isBodyWord(family)
      )
        mentions.push({ text: `${given} ${family}`, kind: 'person', position })
    }
  }

  /** Whether a word, folded, is a word of a name the body of the article uses for a person. */
  private isBodyWord(word: string): boolean {
    if (!this.bodyWords) {
      const words = new Set<string>()
      const add = (text: string): void => {
        for (const word of text.split(spaces)) words.add(withoutApostropheS(word))
      }
      for (const mention of this.model.known) if (mention.kind === 'person') add(mention.text)
      for (const chain of this.model.chains) add(chain.text)
      this.bodyWords = words
    }
    // A word the body writes alike folds alike: most words asked are, and the body's words are
    // folded (each distinct one once) only when one is not.
    if (this.bodyWords.has(word)) return true
    if (!this.foldedBodyWords) {
      this.foldedBodyWords = new Set()
      for (const bodyWord of this.bodyWords) this.foldedBodyWords.add(foldName(bodyWord))
    }
    return this.foldedBodyWords.has(foldName(word))
  }

  /** Whether a name is (inside) the subject of a clause, as its name chain reads. */
  private isSubject(paragraph: number, start: number, end: number): boolean {
    const chains = this.model.chainsByParagraph.get(paragraph) ?? []
    // Chains are in text order and do not overlap: only the last one starting at or before
    // `start` can hold the name.
    const chain = chains[firstStartingFrom(chains, start + 1) - 1]
    return chain?.subject === true && chain.end >= end
  }

  /**
   * Whether the name about to be catalogue mention `index` is one in passing: neither its
   * sentence's subject nor in apposition to it (remembered in `appositionSubjects`).
   */
  private inPassing(
    index: number,
    subject: boolean,
    { paragraph, start, end }: { paragraph: number; start: number; end: number },
  ): boolean {
    if (subject) return false
    if (!this.appositionOfSubject(paragraph, start, end)) return true
    this.appositionSubjects.add(index)
    return false
  }

  /**
   * Whether a name stands in commas after the noun phrase opening its sentence, an owner's
   * ("His son, Dario Vale, runs the mill", "The mayor's aide, Ann Vale, said"): it names the
   * sentence's subject, so it is no name in passing. The phrase is a determiner or an owner
   * ("Vale's") and at most three words more, with nothing but words in it.
   */
  private appositionOfSubject(paragraph: number, start: number, end: number): boolean {
    const prepared = this.model.paragraphs[paragraph]
    if (!prepared) return false
    const { tokens } = prepared
    const first = tokenStartingAt(tokens, start)
    if (first < 2 || tokens[first - 1]?.text !== ',') return false
    const after = lastTokenEndingBy(tokens, end) + 1
    if (tokens[after]?.text !== ',') return false
    const opening = first - 1 - subjectPhraseWords
    for (let at = first - 2; at >= Math.max(0, opening); at--) {
      const token = tokens[at] as Token
      if (token.kind !== 'word') return false
      if (!this.opensSentence(paragraph, token.start)) continue
      return (
        at < first - 2 &&
        (determinerWords.has(token.lower) || endsInApostropheS(token.text)) &&
        !endsInApostropheS((tokens[first - 2] as Token).text)
      )
    }
    return false
  }

  /** Whether an offset starts a sentence of its paragraph (spaces aside). */
  private opensSentence(paragraph: number, offset: number): boolean {
    const prepared = this.model.paragraphs[paragraph]
    return prepared !== undefined && opensSentenceAt(prepared, offset)
  }

  /** Whether the phrase starting at `offset` follows a subordinating word (`where`, `while`). */
  private inSubordinateClause(paragraph: number, offset: number): boolean {
    const tokens = this.model.paragraphs[paragraph]?.tokens ?? []
    const at = tokenStartingAt(tokens, offset)
    return at > 0 && subordinators.has((tokens[at - 1] as { lower: string }).lower)
  }

  private personFold(at: number): string {
    this.personFolds[at] ??= foldName((this.catalogue.people.clusters[at] as { name: string }).name)
    return this.personFolds[at]
  }

  /** The folded name of an organization cluster, folded once. */
  private organizationFold(at: number): string {
    this.organizationFolds[at] ??= foldName(
      (this.catalogue.organizations.clusters[at] as { name: string }).name,
    )
    return this.organizationFolds[at]
  }

  /** The folded forms an organization cluster answers to: its name, acronym and aliases. */
  private organizationForms(at: number): ReadonlySet<string> {
    let forms = this.organizationFormSets[at]
    if (!forms) {
      const cluster = this.catalogue.organizations.clusters[
        at
      ] as Catalogue['organizations']['clusters'][number]
      forms = new Set([
        this.organizationFold(at),
        foldName(acronymOf(cluster.name)),
        ...cluster.aliases.map((alias) => foldName(alias.replace(/^the\s+/i, ''))),
      ])
      this.organizationFormSets[at] = forms
    }
    return forms
  }

  private personKeys(at: number): readonly string[] {
    this.personKeyLists[at] ??= nameKeys(
      (this.catalogue.people.clusters[at] as Catalogue['people']['clusters'][number]).parsed,
    )
    return this.personKeyLists[at]
  }

  /** The named person a catalogue person mention stands for, when the article names them in full. */
  private personAt(index: number): Speaker | null {
    const cluster = personClusterOf(this.catalogue, index)
    if (!cluster?.parsed.full) return null
    return this.roster.named(cluster.name, 'person', '', cluster.roles)
  }

  /**
   * Mark, for the named people before `end` (in `namedPeople` order), which mention is the first
   * of its name; mentions already marked are not read again. Which mention comes first holds
   * whoever asks; the walk also registers each person it reads, in that order, which asking
   * (`wouldResolve`) leaves to it.
   */
  private learnFirstMentions(end: number): void {
    const people = this.namedPeople()
    const walking = this.question === null
    const from = walking ? this.firstMentionsRegistered : this.firstMentionsLearnt
    for (let at = from; at < end; at++) {
      const mention = people[at] as { position: Position; index: number }
      const speaker = this.personAt(mention.index)
      if (!speaker || at < this.firstMentionsLearnt) continue
      this.firstOfName[at] = !this.namesSeen.has(speaker.name)
      this.namesSeen.add(speaker.name)
    }
    this.firstMentionsLearnt = Math.max(this.firstMentionsLearnt, end)
    if (walking) this.firstMentionsRegistered = Math.max(this.firstMentionsRegistered, end)
  }

  /**
   * The people named from the start of the previous paragraph up to a position (see
   * `NearbyPeople`), read on from the last pronoun's when it asked about the same stretch.
   */
  private peopleNear(position: Position): NearbyPeople {
    const people = this.namedPeople()
    // Whether each mention is its name's first is learnt once, walking the article a single
    // time over all pronouns.
    const end = firstPersonAtOrAfter(people, position)
    this.learnFirstMentions(end)
    const start = firstPersonAtOrAfter(people, { paragraph: position.paragraph - 1, offset: 0 })
    if (this.question) this.question.nearby ??= new NearbyPeople()
    const nearby = this.question?.nearby ?? this.nearby
    if (nearby.start !== start || nearby.end > end) nearby.reset(start)
    for (let at = nearby.end; at < end; at++) {
      const mention = people[at] as { position: Position; index: number }
      const speaker = this.personAt(mention.index)
      if (!speaker) continue
      nearby.add(
        speaker,
        this.genderOf(speaker),
        this.subjectStarts.has(mention.position.paragraph, mention.position.offset),
        this.firstOfName[at] === true,
      )
    }
    nearby.end = end
    return nearby
  }

  /** Add a referent (who spoke or was named), in text order. */
  private remember(referent: Referent): void {
    if (referent.group !== undefined)
      this.groups.push({ position: referent.position, index: this.referents.length })
    this.referents.push(referent)
    const { paragraph } = referent.position
    let here = this.referentsByParagraph.get(paragraph)
    if (!here) {
      here = new ReferentList()
      this.referentsByParagraph.set(paragraph, here)
    }
    here.push(referent)
  }

  /** The person mentions that open a paragraph, made when first asked for. */
  private openersOf(paragraph: number): ReadonlyArray<{ position: Position; index: number }> {
    if (!this.paragraphOpeners) {
      this.paragraphOpeners = new Map()
      for (const mention of this.personMentions) {
        if (mention.position.offset > 1) continue
        // "“Ann Vale inspires others,” he said": a name quoted is said, not the topic.
        const opening = this.model.paragraphs[mention.position.paragraph]?.tokens[0]
        if (opening?.kind === 'quote' && opening.end > mention.position.offset) continue
        const list = this.paragraphOpeners.get(mention.position.paragraph)
        if (list) list.push(mention)
        else this.paragraphOpeners.set(mention.position.paragraph, [mention])
      }
    }
    return this.paragraphOpeners.get(paragraph) ?? []
  }

  /**
   * Every person mention retext-entities found, plus the subjects of clauses it missed
   * ("Wines believes…"), in text order.
   */
  private namedPeople(): Array<{ position: Position; index: number }> {
    if (this.namedPeopleList) return this.namedPeopleList
    const found = new PlaceMap<true>()
    for (const { position } of this.personMentions)
      found.set(position.paragraph, position.offset, true)
    // In chain order, as before; the look-ups (pure) only for a person subject not yet found.
    const named = [...this.personMentions]
    for (const chain of this.model.chains) {
      if (!chain.subject || chain.kind !== 'person' || found.has(chain.paragraph, chain.start))
        continue
      const index = this.mentionAt.get(chain.paragraph, chain.start)
      if (index === undefined) continue
      // Not a name retext-entities read as a place or an organization ("RAF Croughton").
      const other = knownAt(this.model, chain.paragraph, chain.start, chain.end)
      if (other === undefined || other.kind === 'person')
        named.push({ position: { paragraph: chain.paragraph, offset: chain.start }, index })
    }
    this.namedPeopleList = named.sort((a, b) => comparePositions(a.position, b.position))
    return this.namedPeopleList
  }

  /**
   * Gender from the article itself, for names the given-name lists leave open: the pronouns
   * of sentences whose only named person is that person ("Clinton said her plan…").
   */
  private pronounEvidence(): Map<string, number> {
    const votes = new Map<string, number>()
    for (const [index, chains] of this.model.chainsByParagraph) {
      const paragraph = this.model.paragraphs[index]
      if (!paragraph) continue
      // Each person's chain is read once, in the sentence holding its start (sentences are in
      // text order and do not overlap), not once for every sentence of the paragraph; only the
      // sentences naming a person get a list, and only they are read (a sentence naming no one
      // casts no vote).
      const bySentence: NameChain[][] = []
      for (const chain of chains) {
        if (chain.kind !== 'person') continue
        const sentence = sentenceIndexAt(paragraph, chain.start)
        const range = paragraph.sentences[sentence]
        if (!range || chain.start < range[0] || chain.start >= range[1]) continue
        const named = bySentence[sentence]
        if (named) named.push(chain)
        else bySentence[sentence] = [chain]
      }
      for (let sentence = 0; sentence < bySentence.length; sentence++) {
        const named = bySentence[sentence]
        if (!named) continue
        const end = (paragraph.sentences[sentence] as [number, number])[1]
        // The one person named in the sentence, as its subject; then the pronouns after them.
        let person: { name: string; end: number } | null = null
        let several = false
        for (const chain of named) {
          const at = this.mentionAt.get(index, chain.start)
          if (at === undefined) continue
          const cluster = personClusterOf(this.catalogue, at)
          if (!cluster?.parsed.full) continue
          if (person && person.name !== cluster.name) several = true
          if (!person && chain.subject) person = { name: cluster.name, end: chain.end }
        }
        if (!person || several) continue
        let vote = 0
        const { tokens } = paragraph
        // Tokens are in text order: read only those between the person and the sentence end.
        for (let at = firstTokenFrom(tokens, person.end); at < tokens.length; at++) {
          const token = tokens[at] as Token
          if (token.start >= end) break
          const gender = genderOfPronoun.get(token.lower)
          if (gender && mayMeanTheSubject(tokens, at, end)) vote += gender === 'male' ? 1 : -1
        }
        if (vote !== 0) votes.set(person.name, (votes.get(person.name) ?? 0) + Math.sign(vote))
      }
    }
    return votes
  }

  /**
   * Gender of a named person from their titles, roles and given name, when they tell; of an
   * unnamed one from the head of their description ("a spokesman for the club", "the woman").
   */
  genderOf(speaker: Speaker): NameGender | null {
    if (speaker.kind === 'anonymous') return describedGender(speaker.description)
    if (speaker.kind !== 'person') return null
    const cached = this.knownGender(speaker)
    if (cached !== undefined) return cached
    let gender: NameGender | null = null
    const cluster = this.clusterNamed(speaker.name)
    // A person's mentions repeat the same few forms ("Vale" again and again): each form is
    // read once, in the order first written, which gives the same first answer.
    const texts = new Set([speaker.name, ...speaker.aliases])
    for (const index of cluster?.mentions ?? []) texts.add(this.catalogue.personTexts[index] ?? '')
    // Parsed once: every form is parsed before the likely gender is asked of them all.
    const names: PersonName[] = []
    for (const text of texts) {
      const name = parsePersonName(text)
      names.push(name)
      gender = personGender(name)
      if (gender) break
    }
    if (!gender)
      for (const role of speaker.roles)
        for (const word of role.split(spaces)) gender ??= titleGender(word)
    if (!gender) {
      // Then the article's own pronouns, and what most people of that given name are. Pronouns
      // win when they agree or say it often enough.
      this.pronounVotes ??= this.pronounEvidence()
      const vote = this.pronounVotes.get(speaker.name) ?? 0
      const evidence: NameGender | null = vote > 0 ? 'male' : vote < 0 ? 'female' : null
      let likely: NameGender | null = null
      for (const name of names) {
        likely = likelyPersonGender(name)
        if (likely) break
      }
      gender =
        likely === null || Math.abs(vote) >= strongPronounEvidence ? (evidence ?? likely) : likely
    }
    // Asking reads a gender as the walk would, but leaves it to the walk to keep.
    if (this.question) {
      this.question.genders.set(speaker.id, gender)
      this.askedGenders.set(genderKey(speaker), gender)
    } else this.genders.set(speaker.id, gender)
    return gender
  }

  /** The first person cluster of a name, if any. */
  private clusterNamed(name: string): Catalogue['people']['clusters'][number] | undefined {
    if (!this.clustersByName) {
      this.clustersByName = new Map()
      for (const cluster of this.catalogue.people.clusters)
        if (!this.clustersByName.has(cluster.name)) this.clustersByName.set(cluster.name, cluster)
    }
    return this.clustersByName.get(name)
  }

  /**
   * The gender read or learnt for a person so far (undefined: not yet asked); while asking,
   * also one an earlier question read of the speaker as it still is.
   */
  private knownGender(speaker: Speaker): NameGender | null | undefined {
    const known = this.genders.get(speaker.id)
    if (known !== undefined || !this.question) return known
    const asked = this.question.genders.get(speaker.id)
    if (asked !== undefined) return asked
    // Only a person's gender is read; anyone else's is null without a read.
    return speaker.kind === 'person' ? this.askedGenders.get(genderKey(speaker)) : undefined
  }

  /** Whether a pronoun at `position` can point back to a referent: kind, order and gender. */
  private pronounFits(
    referent: Referent,
    position: Position,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender | null,
  ): boolean {
    if (comparePositions(referent.position, position) >= 0 || !kinds.has(referent.speaker.kind))
      return false
    if (this.namesPlace(referent.speaker)) return false
    const known = this.genderOf(referent.speaker)
    return gender === null || known === null || known === gender
  }

  /** A person the name lists leave open takes the gender of the pronoun that found them. */
  private learnGender(speaker: Speaker, gender: NameGender | null): Speaker {
    // What a pronoun found is its last step: asking learns nothing from it.
    if (this.question) return speaker
    if (gender !== null && this.genderOf(speaker) === null) {
      this.genders.set(speaker.id, gender)
      this.nearby.regender(speaker, gender)
    }
    return speaker
  }

  /**
   * Whether a referent's gender, as the article has settled it, rules it out for a pronoun of
   * a gender: for good, as a settled gender never changes. Read from what is known so far, so
   * that asking learns nothing (unlike `genderOf`).
   */
  private settledOtherwise(speaker: Speaker, gender: NameGender | null): boolean {
    if (gender === null) return false
    // A description's gender is its words': settled from the first.
    if (speaker.kind === 'anonymous') {
      const described = describedGender(speaker.description)
      return described !== null && described !== gender
    }
    if (speaker.kind !== 'person') return false
    const known = this.knownGender(speaker)
    return known !== undefined && known !== null && known !== gender
  }

  /**
   * Whether a pronoun of some kinds and a gender can never point back to a referent, whatever
   * the place of the pronoun (see `pronounFits`).
   */
  private neverFits(
    referent: Referent,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender | null,
  ): boolean {
    return (
      !kinds.has(referent.speaker.kind) ||
      this.namesPlace(referent.speaker) ||
      this.settledOtherwise(referent.speaker, gender)
    )
  }

  /**
   * Whether a speaker's name is one the article's names read as a place ("North Korea said…"):
   * a place may be named as speaking, but "he", "it" or "they" after it means a person, a
   * document or a body, never the place (issue 10).
   */
  private namesPlace(speaker: Speaker): boolean {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') return false
    if (!this.placeNames) {
      this.placeNames = new Set()
      for (const mention of this.model.known)
        if (mention.kind === 'place') this.placeNames.add(foldName(withoutOpeners(mention.text)))
    }
    return this.placeNames.has(foldName(speaker.name))
  }

  /** What a pronoun of a gender resolved to, the person learning that gender if unknown. */
  private found(speaker: Speaker, gender: NameGender | null, resolution: Resolution): Resolved {
    return { speaker: this.learnGender(speaker, gender), resolution }
  }

  /**
   * What a pronoun means when it found the referent at `index`: its speaker, by `resolution`,
   * unless the referent is a namesake the article leaves unclear, which the resolution says.
   */
  private foundReferent(
    index: number,
    gender: NameGender | null,
    resolution: Resolution,
  ): Resolved {
    const referent = this.referents.items[index] as Referent
    return this.found(referent.speaker, gender, referent.unclear ? 'namesake-unclear' : resolution)
  }

  /**
   * The body "the court" means: the latest organization with that (folded) head word in its
   * name that spoke or was the subject of a clause before a position ("The Court of Appeal
   * ruled…", not "an appeal to the Supreme Court"), else null.
   */
  private salientBody(head: string, position: Position): string | null {
    // A body whose name lacks the head word never answers to it: left out for good under a key
    // of its own, so that a head word no body has does not walk every body for each mention.
    const at = this.referents.findBack(
      `organization:${head}`,
      (referent) =>
        referent.speaker.kind !== 'organization' ||
        !foldName(referent.speaker.name).split(' ').includes(head),
      -1,
      (referent) => comparePositions(referent.position, position) < 0,
    )
    return at === -1 ? null : (this.referents.items[at] as Referent).speaker.name
  }

  /**
   * The latest organization before a position, in its paragraph or the previous one, that a
   * description with the (lowercase) head word `head` may mean (see `fitsBody`).
   */
  private recentOrganization(position: Position, head: string): Speaker | null {
    // A body of another kind never fits the head: left out for good under its kinds' key.
    const at = this.referents.findBack(
      `recent-body:${bodyKindKey(head)}`,
      (referent) =>
        referent.speaker.kind !== 'organization' || !fitsBody(head, referent.speaker.name),
      this.referents.lastBefore({ paragraph: position.paragraph - 1, offset: 0 }),
      (referent) => comparePositions(referent.position, position) < 0,
    )
    return at === -1 ? null : (this.referents.items[at] as Referent).speaker
  }

  /**
   * The unnamed person whose description has a role's head ("a ministry spokeswoman" for "the
   * spokeswoman"), when the latest person referent before a position, in its paragraph or the
   * previous one, that may hold the role; else null.
   */
  private latestUnnamedHolder(position: Position, head: string): Speaker | null {
    const folded = foldedRole(head)
    // The latest description of that role introducing someone without a cue, if any.
    let introduced: { position: Position; description: string } | undefined
    const firstMention = Math.max(0, this.unnamedMentions.length - holderWindow)
    for (let at = this.unnamedMentions.length - 1; at >= firstMention; at--) {
      const mention = this.unnamedMentions[at] as { position: Position; description: string }
      if (comparePositions(mention.position, position) >= 0) continue
      if (position.paragraph - mention.position.paragraph > 1) break
      if (sameRoleKind(personHead(mention.description), head)) {
        introduced = mention
        break
      }
    }
    const latest = this.referents.lastBefore(position)
    for (let at = latest; at >= 0 && latest - at < holderWindow; at--) {
      const referent = this.referents.items[at] as Referent
      if (comparePositions(referent.position, position) >= 0) continue
      if (position.paragraph - referent.position.paragraph > 1) break
      if (introduced && comparePositions(referent.position, introduced.position) < 0) break
      // An unnamed subject is read from `unnamedMentions` above.
      if (referent.unnamed !== undefined) continue
      const { speaker } = referent
      if (speaker.kind === 'person' && holdsRole(speaker.roles, folded)) return null
      if (speaker.kind !== 'anonymous' || speaker.description === null) continue
      if (sameRoleKind(personHead(speaker.description), head)) return speaker
    }
    return introduced ? this.roster.unnamed(introduced.description, 'anonymous') : null
  }

  /**
   * Whether a description at `position` follows, in its sentence, the first mention of a person
   * in the article, with a verb between: "Ann Vale read the report and the minister said".
   * Meaning her, the writer would have said "she". Whether the name is the verb's subject is not
   * read; the verb is what an apposition lacks ("Ann Vale, the minister,", "Tomas Brio, Lord
   * Vellner, the Lord President of the court"). A person the article does not name (no mention)
   * is not new.
   */
  private newInSentence(speaker: Speaker, position: Position): boolean {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return false
    const first = this.firstMentions().get(speaker.name)
    if (first === undefined || first.paragraph !== position.paragraph) return false
    const sentence = sentenceIndexAt(prepared, position.offset)
    const [sentenceStart] = prepared.sentences[sentence] ?? [0, prepared.text.length]
    if (first.offset < sentenceStart || first.offset >= position.offset) return false
    const verbs = this.clauseVerbsOf(prepared, sentence)
    if ((verbs[firstTokenFrom(verbs, first.offset)]?.start ?? Infinity) < position.offset)
      return true
    // "Ann Vale heads the panel": a word a noun's tag would hide, in a verb's place.
    const at = firstTokenFrom(prepared.tokens, first.offset)
    const slot = verbSlotAfterName(prepared.tokens, at, position.offset)
    return slot !== undefined && mayBeFiniteVerbToken(slot)
  }

  /** Whether a person's surname is a word of the sentence of `position`, before it. */
  private surnameInSentenceBefore(speaker: Speaker, position: Position): boolean {
    const prepared = this.model.paragraphs[position.paragraph]
    const surname = this.clusterNamed(speaker.name)?.parsed.surname
    if (!prepared || !surname) return false
    const [start] = prepared.sentences[sentenceIndexAt(prepared, position.offset)] ?? [0]
    const folded = foldName(surname)
    for (let at = firstTokenFrom(prepared.tokens, start); at < prepared.tokens.length; at++) {
      const token = prepared.tokens[at] as Token
      if (token.start >= position.offset) break
      if (
        token.kind === 'word' &&
        token.capital &&
        foldName(stripPossessive(token.text)) === folded
      )
        return true
    }
    return false
  }

  /** The clause verbs of a sentence (`isClauseVerbToken`), in text order, read once. */
  private clauseVerbsOf(prepared: PreparedParagraph, sentence: number): readonly Token[] {
    const key = `${prepared.index}:${sentence}`
    let verbs = this.clauseVerbs.get(key)
    if (!verbs) {
      const [start, end] = prepared.sentences[sentence] ?? [0, prepared.text.length]
      const found: Token[] = []
      for (let at = firstTokenFrom(prepared.tokens, start); at < prepared.tokens.length; at++) {
        const token = prepared.tokens[at] as Token
        if (token.start >= end) break
        if (token.kind === 'word' && !token.capital && isClauseVerbToken(token)) found.push(token)
      }
      verbs = found
      this.clauseVerbs.set(key, verbs)
    }
    return verbs
  }

  /** Where each person named in full is first mentioned, by name (made when first asked for). */
  private firstMentions(): ReadonlyMap<string, Position> {
    if (this.firstMentionOf) return this.firstMentionOf
    this.firstMentionOf = new Map()
    for (const { position, index } of this.namedPeople()) {
      const cluster = personClusterOf(this.catalogue, index)
      if (cluster?.parsed.full && !this.firstMentionOf.has(cluster.name))
        this.firstMentionOf.set(cluster.name, position)
    }
    return this.firstMentionOf
  }

  /** Every mention of each person cluster, by name, made when first asked for. */
  private mentionPlaces(): ReadonlyMap<string, MentionPlace[]> {
    if (this.placesOf) return this.placesOf
    this.placesOf = new Map()
    this.catalogue.mentions.forEach((mention, index) => {
      const cluster = personClusterOf(this.catalogue, index)
      if (!cluster) return
      const place = { position: mention.position, inPassing: mention.inPassing ?? false }
      const places = this.placesOf?.get(cluster.name)
      if (places) places.push(place)
      else this.placesOf?.set(cluster.name, [place])
    })
    return this.placesOf
  }

  /**
   * Of the people the text titles with a description's role, the one it is about where the
   * description ends: the latest named before (or in) it as a clause's subject, else the latest
   * named before it at all. Someone the text names only after the description is not who it means
   * (`aide Ari Vell said` … `Nixon aide Kevin Orme` later), and the first holder in the article
   * is not the one a later paragraph talks about (`Governor Luc Haddon` … `Governor Pia Moss
   * arrived` … "the governor said"). But the holder this same description already meant
   * (`earlier`) keeps it unless the text names the other in the description's own or previous
   * sentence: `Mayor Ida Rask` … "the mayor said" … `Rask's predecessor, Mayor Ed Vell` … `Vell led
   * the city.` ¶ `Vell thanked them.` … "the mayor said" is still Rask.
   */
  private holderAt(
    position: Position,
    holders: readonly string[],
    earlier: string | undefined,
  ): string | undefined {
    const at = this.articleOffset(position.paragraph, position.offset)
    let latest: { name: string; subject: number; any: number } | undefined
    for (const name of holders) {
      let subject = -1
      let any = -1
      for (const place of this.mentionPlaces().get(name) ?? []) {
        if (place.position >= at) continue
        any = Math.max(any, place.position)
        if (!place.inPassing) subject = Math.max(subject, place.position)
      }
      if (any === -1) continue
      if (!latest || subject > latest.subject || (subject === latest.subject && any > latest.any))
        latest = { name, subject, any }
    }
    if (earlier === undefined || !holders.includes(earlier) || latest?.name === earlier)
      return latest?.name
    return latest && latest.any >= this.previousSentenceStart(position) ? latest.name : earlier
  }

  /**
   * Whether a sentence opening with the role's description (`The senator from Florida appeared
   * …`) in the position's paragraph or the one before, before the position, follows a mention of
   * the person as the latest person named: the text calls them by the role.
   */
  private describedBefore(speaker: Speaker, head: string, position: Position): boolean {
    for (
      let paragraph = Math.max(0, position.paragraph - 1);
      paragraph <= position.paragraph;
      paragraph++
    ) {
      const prepared = this.model.paragraphs[paragraph]
      if (!prepared) continue
      const { tokens } = prepared
      for (const [start] of prepared.sentences) {
        if (paragraph === position.paragraph && start >= position.offset) break
        const at = firstTokenFrom(tokens, start)
        if (tokens[at]?.lower !== 'the' || tokens[at + 1]?.lower !== head) continue
        const latest = this.referents.lastBefore({ paragraph, offset: start })
        // The latest person before it, a few referents back at most.
        for (let index = latest; index >= 0 && index > latest - describedReach; index--) {
          const referent = this.referents.items[index] as Referent
          if (referent.speaker.kind !== 'person') continue
          if (referent.speaker.name === speaker.name) return true
          break
        }
      }
    }
    return false
  }

  /**
   * The article offset where the sentence before a position's own starts: in its paragraph, else
   * the last sentence of the paragraph before.
   */
  private previousSentenceStart(position: Position): number {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return this.articleOffset(position.paragraph, 0)
    const own = sentenceIndexAt(prepared, position.offset)
    if (own > 0) {
      const [start] = prepared.sentences[own - 1] ?? [0]
      return this.articleOffset(position.paragraph, start)
    }
    const before = this.model.paragraphs[position.paragraph - 1]
    if (!before) return this.articleOffset(position.paragraph, 0)
    const [start] = before.sentences.at(-1) ?? [0]
    return this.articleOffset(position.paragraph - 1, start)
  }

  /** Notes the roles a guess just gave a person, those not among the ones they `held` before. */
  private noteGuessedRoles(speaker: Speaker, held: ReadonlySet<string>): void {
    for (const role of speaker.roles) {
      if (held.has(role)) continue
      let guessed = this.guessedRoles.get(speaker.name)
      if (!guessed) {
        guessed = new Set()
        this.guessedRoles.set(speaker.name, guessed)
      }
      guessed.add(role)
    }
  }

  /** A person's roles in the roster but those only a guess gave them (`guessedRoles`). */
  private rolesNotGuessed(speaker: Speaker): readonly string[] {
    const guessed = this.guessedRoles.get(speaker.name)
    return guessed ? speaker.roles.filter((role) => !guessed.has(role)) : speaker.roles
  }

  /**
   * Whether the text names a person as someone's predecessor or successor (`Rask's predecessor,
   * Mayor Ed Vell`, `Ed Vell, her successor,`): a succession noun within a few tokens of a
   * mention of their name. They held or will hold the role; a description of it now is not them.
   */
  private namedInSuccession(name: string): boolean {
    this.successionNamed ??= this.findSuccessionNamed()
    return this.successionNamed.has(name)
  }

  /** The people named beside a succession noun, found in one pass over the article's chains. */
  private findSuccessionNamed(): Set<string> {
    const named = new Set<string>()
    for (const chain of this.model.chains) {
      if (chain.kind !== 'person') continue
      const prepared = this.model.paragraphs[chain.paragraph]
      if (!prepared) continue
      const { tokens } = prepared
      const first = firstTokenFrom(tokens, chain.start)
      const after = firstTokenFrom(tokens, chain.end)
      let near = false
      for (let index = Math.max(0, first - successionReach); index < first && !near; index++)
        near = isSuccessionNoun(tokens[index])
      for (let index = after; index < after + successionReach && !near; index++)
        near = isSuccessionNoun(tokens[index])
      if (!near) continue
      const name = this.clusterOfChain(chain)?.name
      if (name !== undefined) named.add(name)
    }
    return named
  }

  /**
   * The latest named person before a position, within `paragraphs` paragraphs, of a gender. With
   * `tied` (whether the text ties a person to the description's role), the person its own
   * paragraph names last is preferred to someone who spoke in an earlier one when only they are
   * tied to it.
   */
  private latestPerson(
    position: Position,
    gender: NameGender | null,
    paragraphs: number,
    fits: (speaker: Speaker) => boolean,
    tied?: (speaker: Speaker) => boolean,
  ): Speaker | null {
    // The walk back ends at the first referent more than `paragraphs` paragraphs back, or that
    // many back and before the position's offset.
    const stop = this.referents.lastBefore({
      paragraph: position.paragraph - paragraphs,
      offset: position.offset,
    })
    // Someone who spoke (or was the subject of a cue) first, then anyone named; but not past a
    // person the description's own paragraph names before it whom the text ties to its role, to
    // reach someone who spoke in an earlier one (`Sen. Mo Vell spoke at noon.` ¶ `Sen. Ida Rask
    // toured the plant. "…," the senator said`: the one the paragraph is about). A bystander the
    // paragraph names is no reason to pass the speaker (`Mo Vell told supporters` ¶ `Ida Rask, a retired teacher,
    // drove two hours to hear him. … the candidate said`: Vell).
    const found = (spokeOnly: boolean, stop: number): Referent | null => {
      const at = this.referents.findBack(
        lookupKey(spokeOnly ? 'spoke-person' : 'person', personKind, gender),
        (referent) =>
          referent.speaker.kind !== 'person' ||
          (spokeOnly && !referent.spoke) ||
          // A phrase read as a name that is none ("the Group of Seven leading democracies") is
          // nobody a description or pronoun could mean.
          !isNameShaped(referent.speaker.name) ||
          this.settledOtherwise(referent.speaker, gender),
        stop,
        (referent) => {
          if (comparePositions(referent.position, position) >= 0) return false
          const known = this.genderOf(referent.speaker)
          if (gender !== null && known !== null && known !== gender) return false
          return fits(referent.speaker)
        },
      )
      return at === -1 ? null : (this.referents.items[at] as Referent)
    }
    const spoke = found(true, stop)
    if (spoke && spoke.position.paragraph === position.paragraph) return spoke.speaker
    if (spoke) {
      if (!tied) return spoke.speaker
      const here = this.referents.lastBefore({ paragraph: position.paragraph, offset: 0 })
      const named = found(false, Math.max(here, stop))
      return named && tied(named.speaker) ? named.speaker : spoke.speaker
    }
    return found(false, stop)?.speaker ?? null
  }

  /**
   * The first named person before `offset` who is a subject in the same sentence and of the
   * given gender, else null. Not, for a pronoun that reports, the subject of a clause the
   * sentence reports ("Asked about it in case that Moss wins, he replied"): who is reported on is
   * not who reports.
   */
  private sentenceSubjectBefore(
    paragraph: number,
    offset: number,
    gender: NameGender,
    ruledOut: string | null,
  ): Speaker | null {
    const prepared = this.model.paragraphs[paragraph]
    if (!prepared) return null
    const sentence = sentenceAt(prepared, offset)
    const chains = this.model.chainsByParagraph.get(paragraph) ?? []
    // Only a pronoun that reports ("he said") is someone other than whom its sentence reports
    // on; in "said Moss lost because he…" the pronoun is still Moss.
    const { tokens } = prepared
    const pronounAt = tokenStartingAt(tokens, offset)
    const reports = pronounAt !== -1 && cueVerbs.has(tokens[pronounAt + 1]?.lower ?? '')
    // Chains are in text order and do not overlap: only those from the sentence's start to the
    // offset are read.
    for (let at = firstStartingFrom(chains, sentence[0]); at < chains.length; at++) {
      const chain = chains[at] as NameChain
      if (chain.start >= offset) break
      if (!chain.subject || chain.kind !== 'person' || chain.end >= offset) continue
      if (reports && opensReportedSubject(tokens, chain.start)) continue
      const index = this.mentionAt.get(paragraph, chain.start)
      if (index === undefined) continue
      const speaker = this.personAt(index)
      if (speaker && speaker.id !== ruledOut && this.genderOf(speaker) === gender) return speaker
    }
    // "A Berlin woman was fined after she had posted…": an unnamed subject opening the sentence,
    // when its head says no other gender. Looked up by sentence, once per pronoun.
    const unnamed = this.unnamedOpeners.get(paragraph, sentenceIndexAt(prepared, offset))
    if (!unnamed || unnamed.position.offset >= offset) return null
    const described = describedGender(unnamed.unnamed ?? null)
    if (described !== null && described !== gender) return null
    return this.roster.unnamed(unnamed.unnamed as string, 'anonymous')
  }

  /**
   * The named person, of the pronoun's gender, who is the first subject of a clause in the
   * sentence before the pronoun's (the last of the previous paragraph when the pronoun's opens
   * its paragraph), else null. Not when a pronoun of that gender comes first in that sentence:
   * it then already speaks of someone else ("she had been involved, and she doubts Vale can…").
   */
  private nearestClauseSubject(
    position: Position,
    gender: NameGender,
    mainClauseOnly = false,
  ): Speaker | null {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return null
    const sentence = sentenceIndexAt(prepared, position.offset)
    if (sentence > 0) {
      const [from, to] = prepared.sentences[sentence - 1] as [number, number]
      return this.firstSubjectIn(position.paragraph, from, to, gender, mainClauseOnly)
    }
    const previous = this.model.paragraphs[position.paragraph - 1]
    const last = previous?.sentences.at(-1)
    if (!previous || !last) return null
    return this.firstSubjectIn(position.paragraph - 1, last[0], last[1], gender, mainClauseOnly)
  }

  /**
   * The first person subject of a clause between two offsets of a paragraph, when of the
   * gender and not after a subject pronoun of that gender ("In his speech, Vale…" may come
   * first), else null. `mainClauseOnly` passes over the subject of a clause a subordinator opens
   * ("While Vale…").
   */
  private firstSubjectIn(
    paragraph: number,
    from: number,
    to: number,
    gender: NameGender,
    mainClauseOnly = false,
  ): Speaker | null {
    const prepared = this.model.paragraphs[paragraph] as PreparedParagraph
    const chains = this.model.chainsByParagraph.get(paragraph) ?? []
    // Chains are in text order: those before the sentence are skipped by bisection, not read
    // for each pronoun of a long paragraph.
    for (let at = firstStartingFrom(chains, from); at < chains.length; at++) {
      const chain = chains[at] as NameChain
      if (chain.start >= to) break
      if (!chain.subject || chain.kind !== 'person') continue
      if (mainClauseOnly && this.inSubordinateClause(paragraph, chain.start)) continue
      const index = this.mentionAt.get(paragraph, chain.start)
      if (index === undefined) continue
      const speaker = this.personAt(index)
      if (!speaker) continue
      if (this.genderOf(speaker) !== gender) continue
      const { tokens } = prepared
      // "Asked whether she would run, Vale smiled": a pronoun in a phrase fronted before the
      // name, closed by the comma right before it, means the name ahead (one look at the
      // sentence's opening word, none at the words between).
      const nameAt = firstTokenFrom(tokens, chain.start)
      if (
        tokens[nameAt - 1]?.text === ',' &&
        opensFrontedPhrase(tokens, pastOpeners(tokens, firstTokenFrom(tokens, from)))
      )
        return speaker
      for (let at = firstTokenFrom(tokens, from); at < tokens.length; at++) {
        const token = tokens[at] as Token
        if (token.start >= chain.start) break
        if (token.lower === subjectPronoun[gender]) return null
      }
      return speaker
    }
    return null
  }

  /**
   * The person or organization a bare name stands for in this article (`WHO` → World Health
   * Organization, `Erdogan` → Recep Tayyip Erdoğan), else null.
   */
  private namedInArticle(text: string): Speaker | null {
    const folded = foldName(text.replace(/^the\s+/i, ''))
    const { organizations, people } = this.catalogue
    const organization = organizations.clusters[this.organizations().byForm.get(folded) ?? -1]
    if (organization) return this.roster.named(organization.name, 'organization', text, [])
    const person = people.clusters[this.peopleByKey().get(folded)?.[0] ?? -1]
    if (person) return this.roster.named(person.name, 'person', text, person.roles)
    return null
  }

  /** Whether a mention of a person's name carries a folded role word ("brother Ann Vale"). */
  private namedWithRole(speaker: Speaker, head: string): boolean {
    // The words of a person's mentions are folded once, not again for each description that
    // asks about them.
    let words = this.mentionWords.get(speaker.name)
    if (!words) {
      words = new Set()
      const cluster = this.catalogue.people.clusters.find(
        (candidate) => candidate.name === speaker.name,
      )
      for (const index of cluster?.mentions ?? [])
        for (const word of foldName(this.catalogue.personTexts[index] ?? '').split(' '))
          words.add(word)
      this.mentionWords.set(speaker.name, words)
    }
    return words.has(head)
  }

  /**
   * The person a name chain names: the cluster of its mention, else, for a name not kept as a
   * mention (an object: `met Dario Quell, a harbor commissioner`), the one person its keys name;
   * a title is no part of them.
   */
  private clusterOfChain(chain: NameChain): PersonCluster | undefined {
    const index = this.mentionAt.get(chain.paragraph, chain.start)
    const byMention = index === undefined ? undefined : personClusterOf(this.catalogue, index)
    if (byMention) return byMention
    const byKey = this.peopleByKey().get(foldName(parsePersonName(personNameOf(chain)).name))
    return byKey?.length === 1 ? this.catalogue.people.clusters[byKey[0] as number] : undefined
  }

  /**
   * The role heads that descriptions after their names give the people named in full, by name
   * (`Dario Quell, a harbor commissioner,` → `commissioner`), and those stated before a name
   * (`rolesBeforeName`: `met Governor Luc Haddon`, `her aide, Bo Tander`), read once for the
   * article. The name resolvers record only the titles of the names they are given, and a
   * chosen mention only the description it was read as; a person the text calls a commissioner
   * is not `the officer` of a later sentence.
   */
  private statedRoles(): Map<string, StatedRole[]> {
    if (this.rolesStated) return this.rolesStated
    const stated = new Map<string, StatedRole[]>()
    const holders = new Map<string, Array<{ name: string; position: Position }>>()
    const denied = new Map<string, RoleDenial[]>()
    for (const chain of this.model.chains) {
      if (chain.kind !== 'person') continue
      const prepared = this.model.paragraphs[chain.paragraph]
      if (!prepared) continue
      // Only a person named in full is given roles: their cluster is asked first, as most
      // chains (a bare "Vale said") are not theirs and their words need no reading.
      const cluster = this.clusterOfChain(chain)
      if (!cluster?.parsed.full) continue
      const role = roleAfterName(prepared, chain)
      const deniedRole = role === null ? roleDenialAfterName(prepared, chain) : null
      const rolesBefore = rolesBeforeName(prepared, chain)
      if (role === null && deniedRole === null && rolesBefore.length === 0) continue
      if (deniedRole !== null) {
        const folded = { ...deniedRole, heads: deniedRole.heads.map(foldedRole) }
        const roles = denied.get(cluster.name)
        if (roles) roles.push(folded)
        else denied.set(cluster.name, [folded])
      }
      const position = { paragraph: chain.paragraph, offset: chain.start }
      for (const statedRole of role === null ? rolesBefore : [role, ...rolesBefore]) {
        const where = { role: foldedRole(statedRole), position }
        const roles = stated.get(cluster.name)
        if (roles) roles.push(where)
        else stated.set(cluster.name, [where])
        const holder = { name: cluster.name, position }
        const ofHead = holders.get(where.role)
        if (ofHead) ofHead.push(holder)
        else holders.set(where.role, [holder])
      }
    }
    for (const ofHead of holders.values())
      ofHead.sort((a, b) => comparePositions(a.position, b.position))
    this.rolesStated = stated
    this.holdersStated = holders
    this.rolesDenied = denied
    return stated
  }

  /**
   * The people named in full the text gives each age (`statedAge`: `Sean Vale, 51,`,
   * `51-year-old Sean Vale`), by age, read once for the article: one pass over its name chains.
   */
  private agesStated(): Map<number, Set<string>> {
    if (this.peopleByAge) return this.peopleByAge
    const byAge = new Map<number, Set<string>>()
    for (const chain of this.model.chains) {
      if (chain.kind !== 'person') continue
      const prepared = this.model.paragraphs[chain.paragraph]
      const age = prepared ? statedAge(prepared, chain) : null
      if (age === null) continue
      const cluster = this.clusterOfChain(chain)
      if (!cluster?.parsed.full) continue
      const people = byAge.get(age)
      if (people) people.add(cluster.name)
      else byAge.set(age, new Set([cluster.name]))
    }
    this.peopleByAge = byAge
    return byAge
  }

  /** The roles the text says a person does not hold, or no longer holds (`statedRoles`). */
  private deniedRoles(name: string): readonly RoleDenial[] {
    this.statedRoles()
    return this.rolesDenied?.get(name) ?? []
  }

  /**
   * The people the text gave a description's head as their role within reach (before the
   * position, in its paragraph or the one before: `Ines Rooke, a police officer,` or `met
   * Governor Luc Haddon` for "the governor said"), the latest stated first, each once; a
   * title's abbreviation holds the role it abbreviates (`Gov.` for `governor`), unless a
   * common noun modifies the description's head (`the union representative` is no `Rep.`:
   * `nounModifiedHead`). Heads with other senses than a job (`a doctoral candidate`) never
   * match.
   */
  private statedHoldersWithinReach(
    position: Position,
    head: string,
    nounModified: boolean,
  ): string[] {
    if (headsOfManySenses.has(head)) return []
    this.statedRoles()
    const within: Array<{ name: string; position: Position }> = []
    for (const role of nounModified ? [head] : [head, ...abbreviationsOf(head)]) {
      const holders = this.holdersStated?.get(role)
      if (!holders) continue
      for (let at = firstPersonAtOrAfter(holders, position) - 1; at >= 0; at--) {
        const stated = holders[at] as { name: string; position: Position }
        if (stated.position.paragraph < position.paragraph - 1) break
        within.push(stated)
      }
    }
    within.sort((a, b) => comparePositions(b.position, a.position))
    const names: string[] = []
    for (const { name } of within) if (!names.includes(name)) names.push(name)
    return names
  }

  /**
   * Whether the text gives a person a role head itself, or its abbreviation (`Sen.` for
   * `senator`): by a title, a mention carrying it, or a role stated before or after their name.
   * Not a role of its kind only (`statedRoles`).
   */
  private givenRole(speaker: Speaker, head: string): boolean {
    const heads = [head, ...abbreviationsOf(head)]
    if (speaker.roles.some((role) => heads.includes(roleHeadOf(role) ?? ''))) return true
    if (heads.some((role) => holdsRole(speaker.roles, role) || this.namedWithRole(speaker, role)))
      return true
    return (this.statedRoles().get(speaker.name) ?? []).some(({ role }) => heads.includes(role))
  }

  /**
   * The states and parties the text states with a person's roles: around each mention of their
   * name (`Florida Sen. Ada Vale`, `Ada Vale (D-Vt.)`, `Ada Vale, the senator from Vermont,`) and
   * in the roles recorded for them (`roles`: titles, descriptions resolved to them). Read around
   * the names once for the article. Kept (`qualifiersByRoles`): read only, never changed.
   */
  private qualifiersOf(name: string, roles: readonly string[]): RoleQualifiers {
    if (!this.qualifiersStated) {
      const stated = new Map<string, RoleQualifiers>()
      for (const chain of this.model.chains) {
        if (chain.kind !== 'person') continue
        const prepared = this.model.paragraphs[chain.paragraph]
        if (!prepared) continue
        const cluster = this.clusterOfChain(chain)
        if (!cluster) continue
        let qualifiers = stated.get(cluster.name)
        if (!qualifiers) {
          qualifiers = emptyQualifiers()
          stated.set(cluster.name, qualifiers)
        }
        addQualifiersAroundName(prepared.text, chain.start, chain.end, qualifiers)
      }
      this.qualifiersStated = stated
    }
    const key = JSON.stringify([name, ...roles])
    let qualifiers = this.qualifiersByRoles.get(key)
    if (!qualifiers) {
      const found = this.qualifiersStated.get(name)
      qualifiers = { states: new Set(found?.states), parties: new Set(found?.parties) }
      for (const role of roles) addQualifiersOf(role, qualifiers)
      this.qualifiersByRoles.set(key, qualifiers)
    }
    return qualifiers
  }

  /** Whether what the text states of a person's roles contradicts a description's qualifiers. */
  private qualifiedOtherwise(
    description: RoleQualifiers,
    name: string,
    roles: readonly string[],
  ): boolean {
    return (
      hasQualifiers(description) &&
      qualifiersContradict(description, this.qualifiersOf(name, roles))
    )
  }

  /**
   * Whether the text ties a person to a kin description: gives them its kin word (`givenRole`)
   * or names them its holder by apposition (`namedKinDescriptions`, owner and kin alike: "Ruth
   * Vale, my mother," for "my mother").
   */
  /**
   * Whether a description names one of `served` right after a relation's connector ("the widow
   * *of* Hugo Varga", "the lawyer *for* Lena Ortiz"): a relation to that person. A name used as a
   * modifier ("the New York businessman", "the Vale adviser") is read as before. A token scan.
   */
  private namesAfterConnector(description: string, served: ReadonlySet<string>): boolean {
    const words = description.split(spaces)
    for (let at = 1; at < words.length; at++) {
      if (!relationConnectors.has((words[at - 1] as string).toLowerCase())) continue
      const named = this.peopleNamedIn(words.slice(at, at + 4).join(' '))
      if ([...named].some((name) => served.has(name))) return true
    }
    return false
  }

  private tiedToKin(speaker: Speaker, description: string, head: string): boolean {
    if (this.givenRole(speaker, head)) return true
    return (
      namedKinDescriptions(this.model).get(foldName(description))?.has(foldName(speaker.name)) ??
      false
    )
  }

  /** The people named in full whom a capitalized word of a text names ("Vale's", "Vale"). */
  private peopleNamedIn(text: string): Set<string> {
    const named = new Set<string>()
    for (const word of text.split(spaces)) {
      if (!startsUppercase.test(word)) continue
      const folded = foldName(withoutPossessiveEnding(word))
      for (const at of this.peopleByKey().get(folded) ?? [])
        named.add((this.catalogue.people.clusters[at] as { name: string }).name)
    }
    return named
  }

  /**
   * The capitalized words the article writes inside a sentence (not opening it, outside
   * quotations), possessives dropped: words it treats as names. Made when first asked for.
   */
  private capitalizedInside(): ReadonlySet<string> {
    if (!this.insideCapitals) {
      const words = new Set<string>()
      for (const prepared of this.model.paragraphs) {
        let sentence = 0
        let opening = true
        for (const token of prepared.tokens) {
          while (
            sentence + 1 < prepared.sentences.length &&
            token.start >= (prepared.sentences[sentence + 1] as [number, number])[0]
          ) {
            sentence++
            opening = true
          }
          if (token.kind !== 'word') continue
          if (!opening && token.capital) words.add(withoutApostropheS(token.text))
          opening = false
        }
      }
      this.insideCapitals = words
    }
    return this.insideCapitals
  }

  /** Whether a folded word is a key of a person named in full, or an organization's name. */
  private namesInArticle(folded: string): boolean {
    return this.peopleByKey().has(folded) || this.organizations().folds.has(folded)
  }

  /**
   * The people named in full by the keys their names are asked about in, made when first asked
   * for: a look through every person for each mention would grow with the product of the
   * article's mentions and names.
   */
  private peopleByKey(): Map<string, number[]> {
    if (this.peopleKeys) return this.peopleKeys
    const peopleByKey = new Map<string, number[]>()
    for (const [at, cluster] of this.catalogue.people.clusters.entries()) {
      if (!cluster.parsed.full) continue
      // `nameKeys` gives each key once.
      for (const key of this.personKeys(at)) {
        const list = peopleByKey.get(key)
        if (list) list.push(at)
        else peopleByKey.set(key, [at])
      }
    }
    this.peopleKeys = peopleByKey
    return peopleByKey
  }

  /**
   * The organizations by the forms their names are asked about in, made when first asked for:
   * only a document's owner or a common word opening a sentence asks, and most articles have
   * neither.
   */
  private organizations(): OrganizationLookups {
    if (this.organizationLookups) return this.organizationLookups
    const byForm = new Map<string, number>()
    const folds = new Set<string>()
    for (const at of this.catalogue.organizations.clusters.keys()) {
      folds.add(this.organizationFold(at))
      for (const form of this.organizationForms(at)) if (!byForm.has(form)) byForm.set(form, at)
    }
    this.organizationLookups = { byForm, folds }
    return this.organizationLookups
  }

  /**
   * `resolve`, for the object pronoun of a quoting frame (`Ferro quoted her as saying`): an
   * object pronoun never means its own clause's subject, so the pronoun means the nearest one
   * it fits other than the one `quoter` resolves to, else no one.
   */
  private resolveNotQuoter(mention: MentionAt, quoter: MentionAt | null): Resolved {
    if (!quoter) return this.resolve(mention)
    const [quoterResolved] = this.wouldResolve([quoter])
    const ruledOut = quoterResolved?.speaker?.id || null
    const resolved = this.resolve(mention, ruledOut)
    // A quoter whose id the walk does not know yet is ruled out by what it names.
    return resolved.speaker && resolved.speaker.id === ruledOut
      ? { speaker: null, resolution: 'none' }
      : resolved
  }

  /**
   * Resolve a mention, once: the same mention (a continued quotation's) resolves alike. A
   * pronoun never means the speaker whose id is `ruledOut` (its clause's subject).
   */
  resolve(mention: MentionAt, ruledOut: string | null = null): Resolved {
    const { paragraph } = mention
    const { start } = mention.phrase
    const cued = mention.cued ?? true
    // A cued reading stands for the place whatever reads it next; an uncued one only for other
    // uncued readings, so a cue's own quotation is never given what its lean found first.
    let resolved =
      this.resolved.get(paragraph, start) ??
      (cued ? undefined : this.resolvedUncued.get(paragraph, start))
    if (!resolved) {
      resolved = this.doubted(this.resolvePhrase(mention.phrase, paragraph, cued, ruledOut))
      if (!this.question)
        (cued ? this.resolved : this.resolvedUncued).set(paragraph, start, resolved)
    }
    return resolved
  }

  /**
   * A pronoun or a description that means a person nothing in the article shows to be one
   * (`isDoubtedPerson`) stays a lean (`unevidenced-person`): "Calder Bay voted…" then "He said"
   * may mean the place by its place in the text, yet no one is published for it; nor is another
   * person taken instead, as a missed name ("Bright Young walked in. He said") is as often right.
   */
  private doubted(resolved: Resolved): Resolved {
    const { speaker, resolution } = resolved
    return speaker?.kind === 'person' &&
      referringResolutions.has(resolution) &&
      this.isDoubtedPerson(speaker.name)
      ? { speaker, resolution: 'unevidenced-person' }
      : resolved
  }

  /**
   * Whether a name is one of the article's person clusters that nothing shows to be people.
   * Evidence is: a mention of the cluster retext-entities reads as a person; a name chosen for
   * a quotation or written as a cue's subject; a person's shape once middle initials are dropped
   * (`personShapedPastInitials`); a cue verb after the name past its appositions
   * (`speaksAfterName`). A name that ends with a place's word (`placeShape`: "Calder Bay", but
   * "Nora Lake" too) needs evidence only a person has: a retext-entities person mention, a title
   * before it (`titledName`: "Mayor Nora Lake"), an age or a person's description after it
   * (`describedAsPerson`: "Nora Lake, 52,", ", a nurse"), or a cue tying it to a quotation
   * ("said Nora Lake"); not a cue's bare subject ("Calder Bay said on Monday that…"), as places
   * say things by their councils. A name that opens with a place's word ("Port Arthur", where
   * "Port" is on a given-name list) has no evidence at all. Where two clusters share a name, the
   * name is doubted only when neither has evidence. Where no name finder ran (no list of
   * mentions came with the article, as against an empty one), the first evidence cannot be had
   * and the others are too narrow alone: only a place's shape doubts a name then.
   *
   * Read for each name when first asked, not for every cluster of the article: only a person a
   * pronoun or a description reached is asked about, a few an article, and the evidence of the
   * others (their shapes, their chains read for a cue verb) went unread (on the bench's articles
   * the 0.5% of the pass this took for the whole article each time).
   */
  private isDoubtedPerson(name: string): boolean {
    let doubted = this.doubtedNames.get(name)
    if (doubted === undefined) {
      doubted = this.readDoubted(name)
      this.doubtedNames.set(name, doubted)
    }
    return doubted
  }

  /** `isDoubtedPerson`, read. */
  private readDoubted(name: string): boolean {
    const evidence = this.personEvidence()
    const clusters = evidence.clustersByName.get(name)
    // Only a cluster's name is doubted.
    if (clusters === undefined) return false
    // The clusters of one name have one shape.
    const shape = placeShape(name)
    if (shape === 'prefix') return true
    if (shape === null && !this.model.finderRan) return false
    // What shows a place-shaped name to be a person's, and what shows any other name to be,
    // without reading the text; then the shape of a person's name (for a name of no place's).
    const shown = shape === 'head' ? evidence.personal : evidence.shown
    if (clusters.some((at) => shown.has(at))) return false
    if (shape === null && personShapedPastInitials(name)) return false
    // Then the name's chains, each read once (a name is read once).
    const chains = this.personChainsOf()
    for (const at of clusters)
      for (const chain of chains.get(at) ?? []) {
        const prepared = this.model.paragraphs[chain.paragraph] as PreparedParagraph
        if (
          shape === 'head'
            ? titledName(prepared, chain) || describedAsPerson(prepared, chain)
            : speaksAfterName(prepared, chain)
        )
          return false
      }
    return true
  }

  /**
   * The evidence of people `isDoubtedPerson` has without reading the text, made when first
   * asked: the clusters a retext-entities person mention or a quotation's cue names
   * (`personal`), those and the clusters of cues' subjects (`shown`), and each name's clusters.
   */
  private personEvidence(): {
    personal: ReadonlySet<number>
    shown: ReadonlySet<number>
    clustersByName: ReadonlyMap<string, number[]>
  } {
    if (this.peopleEvidence) return this.peopleEvidence
    const personal = new Set<number>()
    for (const { index } of this.personMentions) {
      const cluster = this.personClusterIndex(index)
      if (cluster !== undefined) personal.add(cluster)
    }
    for (const index of this.quotedNames) {
      const cluster = this.personClusterIndex(index)
      if (cluster !== undefined) personal.add(cluster)
    }
    const shown = new Set<number>(personal)
    for (const index of this.cuedNames) {
      const cluster = this.personClusterIndex(index)
      if (cluster !== undefined) shown.add(cluster)
    }
    const clustersByName = new Map<string, number[]>()
    this.catalogue.people.clusters.forEach((cluster, at) => {
      const list = clustersByName.get(cluster.name)
      if (list) list.push(at)
      else clustersByName.set(cluster.name, [at])
    })
    this.peopleEvidence = { personal, shown, clustersByName }
    return this.peopleEvidence
  }

  /**
   * The person chains of each person cluster (by the catalogue mention at the chain's start),
   * in text order, of paragraphs the article has: one pass over its chains, made when first
   * asked.
   */
  private personChainsOf(): ReadonlyMap<number, NameChain[]> {
    if (this.chainsByCluster) return this.chainsByCluster
    const byCluster = new Map<number, NameChain[]>()
    for (const chain of this.model.chains) {
      if (chain.kind !== 'person' || !this.model.paragraphs[chain.paragraph]) continue
      const cluster = this.personClusterIndex(
        this.mentionAt.get(chain.paragraph, chain.start) ?? -1,
      )
      if (cluster === undefined) continue
      const list = byCluster.get(cluster)
      if (list) list.push(chain)
      else byCluster.set(cluster, [chain])
    }
    this.chainsByCluster = byCluster
    return byCluster
  }

  /** The person cluster (its index) of a catalogue mention read as a person's; else undefined. */
  private personClusterIndex(index: number): number | undefined {
    const { people, inputIndex, mentions } = this.catalogue
    return mentions[index]?.kind === 'person'
      ? people.clusterOf[inputIndex[index] ?? -1]
      : undefined
  }

  /**
   * What a quotation is attributed to, given how its chosen mention resolved: that, unless the
   * mention names the one a cue speaks to or of (`isSpokenTo`: `…," a source told Fox News`,
   * `Vale was asked, "…"`), who did not say the words; that stays a lean (`spoken-to`), never
   * published. Only the attribution is marked: the walk still takes them as the quotation's
   * speaker, as before (`Vale was asked, "…" He said, "…"`).
   */
  private attributed(mention: MentionAt, resolved: Resolved): Resolved {
    const paragraph = this.model.paragraphs[mention.paragraph]
    if (resolved.speaker && paragraph && isSpokenTo(paragraph, mention.phrase))
      return { speaker: resolved.speaker, resolution: 'spoken-to' }
    return resolved
  }

  /**
   * What each mention would resolve to were it resolved now, in the walk's state at this point
   * (from a quotation's `attribute`: after its chosen mention, before its speaker is
   * remembered), changing nothing the walk reads or publishes: for the candidates the walk did
   * not choose (`candidates: true`). A mention the walk has resolved keeps what it resolved to;
   * a speaker not registered yet comes with the id the registry would give it, so ids compare
   * among the mentions of one question. Asking learns nothing: not the resolution, nor the
   * gender a pronoun would teach, nor a role.
   */
  wouldResolve(mentions: readonly MentionAt[]): Resolved[] {
    // Most choices have no close rival: nothing to ask, no draft to make.
    if (mentions.length === 0) return []
    this.question = {
      draft: new SpeakerDraft(this.registry),
      genders: new Map(),
      nearby: undefined,
    }
    try {
      return mentions.map((mention) => this.resolve(mention))
    } finally {
      this.question = null
    }
  }

  /**
   * The first person of the roster, in the order registered, that `test` takes; undefined when
   * none does. The roster's map is read in place, not copied into a list for each description:
   * `test` only reads (it registers no one), so the map does not change while it is read.
   */
  private firstRosterPerson(test: (speaker: Speaker) => boolean): Speaker | undefined {
    for (const speaker of this.roster.speakers.values())
      if (speaker.kind === 'person' && test(speaker)) return speaker
    return undefined
  }

  /** Whether `firstRosterPerson` finds someone. */
  private someRosterPerson(test: (speaker: Speaker) => boolean): boolean {
    return this.firstRosterPerson(test) !== undefined
  }

  private resolvePhrase(
    phrase: MentionPhrase,
    paragraph: number,
    cued: boolean,
    ruledOut: string | null = null,
  ): Resolved {
    const position = { paragraph, offset: phrase.start }
    // A pronoun is read as one whatever the article holds (`readPhrase` returns at once): its
    // catalogue index, entity mention, sentence opening and salient body are asked of names
    // and descriptions only, and are read by nothing else below.
    const pronoun = phrase.form === 'pronoun'
    const index = pronoun ? undefined : this.mentionAt.get(paragraph, phrase.start)
    const known = pronoun ? undefined : knownAt(this.model, paragraph, phrase.start, phrase.end)
    const none: Resolved = { speaker: null, resolution: 'none' }
    // "An internal memo seen by the Gallowmere Echo warns": the paper saw the memo, it did not
    // write it. The memo speaks for the author its own words give it, else for no one known.
    if (!pronoun) {
      const prepared = this.model.paragraphs[paragraph]
      const seen = prepared ? documentSeenBy(prepared, phrase.start) : -1
      if (prepared && seen !== -1) {
        const noun = prepared.tokens[seen] as Token
        const author = this.readingAuthor
          ? null
          : this.documentAuthors().authorOf(paragraph, noun.start, noun.end, true)
        return (author && this.resolveAuthor(author)) ?? none
      }
    }
    // "Vale said" in an article naming Tom Vale and his son Ed Vale: whichever the text shows.
    if (!pronoun) {
      const namesake = this.resolveNamesake(phrase, paragraph, index)
      if (namesake) return namesake
    }
    // `"Chris Matthews: …`: a turn's label inside the quotation is a speaker the article names,
    // never a new one ("Safety First:", "Harbor Town:" open a speaker's own words as often).
    if (phrase.form !== 'pronoun' && phrase.text.includes(' ')) {
      const text = this.model.paragraphs[paragraph]?.text ?? ''
      if (
        labelsTurn(text, phrase.start, phrase.end) &&
        opensWithQuotationMark.test(text) &&
        !this.namesPersonInFull(phrase.text)
      )
        return none
    }
    // `TOM BRILL: …`: a transcript's label naming a person in full, in capitals, is that person
    // (elsewhere words in capitals are a headline's, which names no one).
    if (
      phrase.form === 'name' &&
      phrase.text.includes(' ') &&
      !lowercaseLetter.test(phrase.text) &&
      labelsTurn(this.model.paragraphs[paragraph]?.text ?? '', phrase.start, phrase.end)
    ) {
      const parsed = parsePersonName(phrase.text)
      if (parsed.full && !parsed.surnameFirst && isGivenName(parsed.given[0] ?? '')) {
        const cluster = index === undefined ? undefined : personClusterOf(this.catalogue, index)
        return {
          speaker: this.roster.named(cluster?.name ?? parsed.name, 'person', phrase.text, [
            ...parsed.roles,
          ]),
          resolution: 'name',
        }
      }
    }
    // "Dean", "Jordan", "Clinton": a bare word that is the short name of a person the article
    // names in full is that person, even when it is also a role word or a place.
    if (phrase.form !== 'pronoun' && oneCapitalizedWord.test(phrase.text)) {
      // `"PENCE: Well, …`: a family name in capitals labelling a transcript's turn. Only as a
      // label: elsewhere a word in capitals is as often a heading's common word ("FULL SPEECH").
      const capitals =
        !lowercaseLetter.test(phrase.text) &&
        labelsTurn(this.model.paragraphs[paragraph]?.text ?? '', phrase.start, phrase.end)
      if (known?.kind === 'place' || capitals || !startsUppercase.test(phrase.text.slice(1))) {
        const folded = foldName(withoutApostropheS(phrase.text))
        // A label gives a family name only: with two people of it ("Ines and Tomas Vale") the
        // turn is either's, so no one's.
        const at = capitals
          ? this.onlyPersonOfFamily(withoutApostropheS(phrase.text))
          : this.peopleByKey()
              .get(folded)
              ?.find((other) => this.personFold(other) !== folded)
        const person = at === undefined || at < 0 ? undefined : this.catalogue.people.clusters[at]
        if (person && (known?.kind === 'place' || capitals || phrase.form === 'description'))
          return {
            speaker: this.roster.named(person.name, 'person', phrase.text, person.roles),
            resolution: 'short-name',
          }
        // A label in capitals that is no person's family name in the article is no published
        // speaker: a transcript may give its host's surname only, the name finder takes a word
        // in capitals for a body's, and headings use capitals too ("FULL SPEECH:").
        if (capitals && !person) return none
      }
    }
    // "Preys on our worst fears…": a common word opening its sentence, that no name finder
    // took for a name, that names no one in the article and that the article never capitalizes
    // inside a sentence ("according to Politico", "known as Bob" make it a name).
    if (
      phrase.form === 'name' &&
      !phrase.text.includes(' ') &&
      known === undefined &&
      // Where it stands is read before what it is: a word list look-up costs more.
      this.opensSentence(paragraph, phrase.start) &&
      isDictionaryWord(phrase.text) &&
      !isPeopleNoun(phrase.text) &&
      !this.namesInArticle(foldName(phrase.text)) &&
      !this.capitalizedInside().has(withoutApostropheS(phrase.text))
    )
      return none
    // "the G9": the body whose name abbreviates to it with its number in digits.
    if (phrase.form === 'name' && numberedAcronymShape.test(phrase.text)) {
      const body = this.catalogue.organizations.clusters.find(
        (cluster) => numberedAcronym(cluster.name) === phrase.text,
      )
      if (body)
        return {
          speaker: this.roster.named(body.name, 'organization', phrase.text, []),
          resolution: 'name',
        }
    }
    const reading = readPhrase(
      phrase,
      this.catalogue,
      index,
      known?.kind ?? null,
      null,
      cued,
      // A common word opening its sentence is no name ("Continue", "Shortly") unless the
      // article capitalizes it inside a sentence too ("…known as Bob. Bob said").
      !pronoun &&
        this.opensSentence(paragraph, phrase.start) &&
        !this.capitalizedInside().has(withoutApostropheS(phrase.text)),
      pronoun ? undefined : (head) => this.salientBody(head, position),
    )
    // "the Rellmark Constitution says", "according to the World Factbook": a document is cited,
    // it does not speak; its author is not in the mention.
    if (
      (reading.type === 'person' || reading.type === 'organization') &&
      isDocumentName(reading.name)
    )
      return none
    switch (reading.type) {
      case 'person':
        return {
          speaker: this.roster.named(reading.name, 'person', reading.alias, reading.roles),
          resolution: 'name',
        }
      case 'organization':
        return {
          speaker: this.roster.named(reading.name, 'organization', reading.alias, []),
          resolution: 'name',
        }
      case 'anonymous':
      case 'group': {
        // "Sean Vale, 51, … the 51-year-old said": the one person the text gives that age.
        const age = definiteArticle.test(reading.description)
          ? ageOfModifier(reading.description.replace(definiteArticle, '').toLowerCase())
          : null
        if (reading.type === 'anonymous' && age !== null) {
          const people = this.agesStated().get(age)
          if (people?.size === 1) {
            const [name] = people as Set<string>
            return {
              speaker: this.roster.named(name as string, 'person', '', []),
              resolution: 'role-holder',
            }
          }
        }
        // "the union", "the agency": a body no article name carries the head word of is the
        // organization the text was just talking about (within the previous paragraph) that
        // may be of its kind.
        const head = reading.description.split(spaces).at(-1) ?? ''
        if (
          reading.type === 'group' &&
          theAndOneWord.test(reading.description) &&
          isBodyHead(head)
        ) {
          const speaker = this.recentOrganization(position, head.toLowerCase())
          if (speaker) return { speaker, resolution: 'recent-body' }
        }
        return {
          speaker: this.roster.unnamed(reading.description, reading.type),
          resolution: reading.type,
        }
      }
      case 'definite': {
        const head = foldName(reading.head)
        const headGender = titleGender(reading.head)
        // "A ministry spokeswoman said… "…," the spokeswoman added": the unnamed person a
        // description of that role introduced just before, when no named person holding the
        // role was mentioned since.
        const introduced = this.latestUnnamedHolder(position, reading.head)
        if (introduced) return { speaker: introduced, resolution: 'anonymous' }
        // "the New Jersey governor": no one the text states as another state's governor, or
        // as of the other party (`former Florida governor`, `R-Fla.`).
        const qualifiers = addQualifiersOf(reading.description, emptyQualifiers())
        // The roles the roster records for each person, gathered once for this description.
        let rolesByName: Map<string, readonly string[]> | undefined
        const rosterRoles = (name: string): readonly string[] => {
          if (!rolesByName) {
            rolesByName = new Map()
            for (const speaker of this.roster.speakers.values())
              if (speaker.kind === 'person' && !rolesByName.has(speaker.name))
                rolesByName.set(speaker.name, speaker.roles)
          }
          return rolesByName.get(name) ?? []
        }
        const qualifiedOtherwise = (name: string, roles: readonly string[]) =>
          this.qualifiedOtherwise(qualifiers, name, [...roles, ...rosterRoles(name)])
        // A holder of the role whom the qualifiers rule out ("Florida Gov. Ada Vale" for "the Ohio
        // governor") says the description is another holder: no one the text gives no role.
        // Asked only by the walk's last fallback, so found then, once.
        let ruledOutHolder: boolean | undefined
        const holderRuledOut = (): boolean =>
          (ruledOutHolder ??=
            hasQualifiers(qualifiers) &&
            (this.catalogue.people.clusters.some(
              (cluster) =>
                cluster.parsed.full &&
                holdsRole(cluster.roles, head) &&
                qualifiedOtherwise(cluster.name, cluster.roles),
            ) ||
              this.someRosterPerson(
                (speaker) =>
                  holdsRole(speaker.roles, head) && qualifiedOtherwise(speaker.name, speaker.roles),
              )))
        // A holder of the role as described: for "the mayor", not one whose title is a deputy's
        // or a past one (`Deputy Mayor Ed Vell`), nor one the text names as someone's predecessor
        // or successor.
        const deputy = describesDeputy(reading.description, reading.head)
        const pastHolder = describesPastHolder(reading.description, reading.head)
        const presentHolder = (name: string, roles: readonly string[]) =>
          holdsDescribedRole(roles, head, { deputy, past: pastHolder }) &&
          !qualifiedOtherwise(name, roles) &&
          !this.namedInSuccession(name)
        const description = foldName(reading.description)
        const titledHolder =
          this.holderAt(
            { paragraph: position.paragraph, offset: phrase.end },
            this.catalogue.people.clusters
              .filter(
                (cluster) => cluster.parsed.full && presentHolder(cluster.name, cluster.roles),
              )
              .map((cluster) => cluster.name),
            this.describedAs.get(description),
          ) ??
          // A role the roster has only from a guess is none: a description resolved through
          // another one that was guessed would be read as stated (`role-holder`).
          this.firstRosterPerson((speaker) =>
            presentHolder(speaker.name, this.rolesNotGuessed(speaker)),
          )?.name
        // The same for a holder the walk below can reach, asked only when it meets someone the
        // text gives no role (the walk goes from the latest person back, so it may meet them first).
        let ruledOutHolderNear: boolean | undefined
        const ruledOutWithinReach = (): boolean => {
          ruledOutHolderNear ??=
            hasQualifiers(qualifiers) &&
            this.latestPerson(
              position,
              headGender,
              3,
              (speaker) =>
                (holdsRole(speaker.roles, head) ||
                  this.namedWithRole(speaker, head) ||
                  speaker.roles.some((role) => {
                    const title = roleHeadOf(role)
                    return title !== null && sameRoleKind(title, reading.head)
                  })) &&
                qualifiedOtherwise(speaker.name, speaker.roles),
            ) !== null
          return ruledOutHolderNear
        }
        // "the senior Vale adviser", "Vale's doctor", "his chief aide": a role held for
        // someone the description names, or for the person "his" means (the one the text is
        // about), is not that person's.
        const served = this.peopleNamedIn(reading.description)
        const ownedByPronoun = ownedByPronounShape.test(reading.description)
        // "the senator said": the person the article is talking about (the latest named person
        // before it) who may hold that role; "Beijing's top diplomat": the main speaker.
        // Whether a walk passed a person new in the description's sentence: the walk over the
        // paragraph's people notes one the walk over those who spoke passes without asking.
        let skippedNew = false
        // Those the walk reached whose roles say the description is someone else: it ends at
        // one, the description unnamed, never passing on to a person named before them. A set,
        // not the last one met: the walk over the paragraph's people may meet another after the
        // one who spoke was found contradicted, and then return the one who spoke.
        const contradicted = new Set<Speaker>()
        // A deputy's role the denial states (`is not the mayor, but the deputy mayor`), or a
        // past one it ends (`is no longer the mayor` for "the former mayor"), is not the role
        // the text denies them; after any other denial they are neither.
        const denies = (denial: RoleDenial) =>
          denial.heads.some((denied) => sameRoleKind(denied, reading.head)) &&
          !(deputy && denial.deputyStated) &&
          !(pastHolder && denial.ended)
        const salient = this.latestPerson(
          position,
          headGender,
          3,
          (speaker) => {
            if (served.has(speaker.name)) return false
            if (qualifiedOtherwise(speaker.name, speaker.roles)) return false
            // "Tom Brill is not the mayor": the description is someone else, unnamed.
            if (this.deniedRoles(speaker.name).some(denies)) {
              contradicted.add(speaker)
              return true
            }
            // "Vice President Ada Vell" is not "the president": a deputy's title is another one.
            if (!deputy && deputyOfRole(speaker.roles, reading.head)) return false
            if (holdsRole(speaker.roles, head) || this.namedWithRole(speaker, head)) return true
            // "Ann Vale read the report and the minister said": someone else than her.
            if (this.newInSentence(speaker, position)) {
              skippedNew = true
              return false
            }
            // A title of another kind than the description's head says they are someone else.
            // (Read in loops, not lists mapped and filtered for each person passed: a title of
            // the kind takes them, whichever comes first; else any title refuses them.)
            let titled = false
            for (const role of speaker.roles) {
              const title = roleHeadOf(role)
              if (title === null) continue
              if (sameRoleKind(title, reading.head)) return true
              titled = true
            }
            if (titled) return false
            // So does a description after their name, of a known role of another class (not a
            // general one: a commissioner is `the official`).
            const stated = this.statedRoles().get(speaker.name) ?? []
            for (const { role } of stated) if (sameRoleKind(role, reading.head)) return true
            for (const { role } of stated)
              if (rolesContradict(role, reading.head)) {
                contradicted.add(speaker)
                return true
              }
            if (holderRuledOut() || ruledOutWithinReach()) {
              contradicted.add(speaker)
              return true
            }
            return !ownedByPronoun
          },
          (speaker) =>
            this.givenRole(speaker, foldedRole(reading.head)) ||
            this.describedBefore(speaker, foldedRole(reading.head), position),
        )
        const possessive = possessiveOpening.test(reading.description)
        const possessedKin = isPossessedKin(reading.description)
        const principal =
          this.principal !== null && !served.has(this.principal) ? this.principal : null
        // Past the person its sentence names, the description is someone else its sentence
        // also names ("Trump campaign manager Corey Lewandowski said the candidate"), else
        // someone the text has not named (unless the one found holds the role): a guess at a
        // person named before would be taken as theirs, and the next "the minister added" would
        // follow it.
        const recent =
          (salient !== null && contradicted.has(salient)) ||
          (skippedNew &&
            salient !== null &&
            !holdsRole(salient.roles, head) &&
            !this.namedWithRole(salient, head) &&
            !this.surnameInSentenceBefore(salient, position))
            ? null
            : salient
        // A role the text gives someone within reach is theirs; given to two people, it is
        // the latest one's when the walk reaches them, else unclear: the walk's earlier holder
        // may be the one spoken of, but the text has just named another (`met Governor Luc
        // Haddon` … `met Governor Pia Moss` … "the governor said"). A deputy's or a past role
        // is another one. The person the text is talking about keeps it when the text gives it
        // to them as well (`Sen. Ada Lunde` … `supporters of Sen. Teodor Brask` … "the senator
        // insisted").
        const holdersWithinReach =
          deputy || pastHolder
            ? []
            : this.statedHoldersWithinReach(
                position,
                foldedRole(reading.head),
                nounModifiedHead(reading.description, reading.head),
              ).filter((stated) => !served.has(stated) && !qualifiedOtherwise(stated, []))
        // A titled holder is no answer either when the text has since named another holder.
        const byRole =
          holdersWithinReach.length > 1 && titledHolder !== holdersWithinReach[0]
            ? undefined
            : titledHolder
        const statedHolders = byRole ? [] : holdersWithinReach
        const walkedHolds =
          recent !== null &&
          !statedHolders.includes(recent.name) &&
          this.givenRole(recent, foldedRole(reading.head))
        const holder =
          byRole ??
          (statedHolders.length === 1 && !walkedHolds ? (statedHolders[0] as string) : null)
        const walked =
          statedHolders.length > 1 &&
          recent !== null &&
          !walkedHolds &&
          recent.name !== statedHolders[0]
            ? null
            : recent
        // Someone's relative ("my father", "Ana Ruiz's son") is a person the text ties to that
        // kin, never the one it was just talking about: the writer's father is not the latest
        // man quoted, nor is Ana Ruiz's son Ana Ruiz or the main speaker. So is a relation to a
        // person the description names ("the widow of Hugo Varga", "the lawyer for Lena
        // Ortiz"): its holder is someone else, the latest woman or speaker only when the text
        // has given them that relation ("Rita Vale, the widow of Hugo Varga,").
        const relational =
          possessedKin || (served.size > 0 && this.namesAfterConnector(reading.description, served))
        const guessed =
          relational && walked !== null && !this.tiedToKin(walked, reading.description, head)
            ? null
            : walked
        // "the regulator", "the broadcaster": a job, but in news mostly a body. No one the text
        // gives the role to, it is the latest body of its kind, else an unnamed body: not a
        // guess at the person the text was talking about.
        if (holder === null && isBodyNoun(head)) {
          const body = this.recentOrganization(position, head)
          if (body) return { speaker: body, resolution: 'recent-body' }
          return {
            speaker: this.roster.unnamed(reading.description, 'group'),
            resolution: 'group',
          }
        }
        const name =
          holder ?? (relational ? guessed?.name : possessive ? principal : walked?.name) ?? null
        if (name !== null) {
          // A description is a role of the person, never another name for them.
          const speaker = this.roster.named(name, 'person', '', [])
          const resolution = holder
            ? 'role-holder'
            : possessive && !possessedKin
              ? 'role-principal'
              : 'role-recent'
          const held = new Set(speaker.roles)
          this.roster.addRole(speaker, reading.description)
          if (resolution === 'role-recent') this.noteGuessedRoles(speaker, held)
          this.describedAs.set(foldName(reading.description), name)
          return { speaker, resolution }
        }
        return {
          speaker: this.roster.unnamed(reading.description, 'anonymous'),
          resolution: 'role-unnamed',
        }
      }
      case 'none': {
        // "the WHO's website" speaks for the WHO; "a statement" for whoever the context says.
        if (reading.owner !== null) {
          const speaker = this.namedInArticle(reading.owner)
          if (speaker) return { speaker, resolution: 'document-owner' }
        }
        // "the G9 joint statement said": the body named before the noun speaks through it.
        const modifier = reading.owner === null ? modifierOwner(phrase.text) : null
        if (modifier !== null) {
          const speaker = this.namedInArticle(modifier)
          if (speaker?.kind === 'organization') return { speaker, resolution: 'document-owner' }
        }
        // "Tomas Brio issued a statement. … "…," the statement said": a document the text
        // introduced with its author (named or not: "a local farmer posted some comments") speaks
        // for that author; "his statement", for whom the pronoun means there.
        // "according to a statement from the council": an indefinite one, only by its own words.
        if (reading.owner === null && !this.readingAuthor) {
          const author = this.documentAuthors().authorOf(
            paragraph,
            phrase.start,
            phrase.end,
            !opensDefinite.test(phrase.text),
          )
          const resolved = author ? this.resolveAuthor(author) : null
          if (resolved) return resolved
        }
        // "the article read", "said the ruling": a document the text just named the
        // organization of (in this or the previous paragraph) speaks for it.
        if (reading.owner === null && opensWithThe.test(phrase.text)) {
          // "the carmaker said": not a body its name says is of another kind.
          const head = (phrase.text.split(spaces).at(-1) ?? '').toLowerCase()
          const speaker = this.recentOrganization(position, head)
          if (speaker) return { speaker, resolution: 'document-recent' }
        }
        return none
      }
      case 'pronoun':
        // "I" and "we" outside any quotation are the writer's own, never another's; not in a
        // quotation set off without marks, where they are whoever it quotes.
        if (reading.pronoun === 'i' || reading.pronoun === 'we') {
          if (setOffQuotation(this.model, paragraph)) return this.blockSpeaker(paragraph)
          // An interview's answer: "I" is the one asked, whom the text around it names.
          if (!answersQuestion(this.model.paragraphs, paragraph)) {
            const writer = this.writerName()
            return writer
              ? { speaker: this.roster.named(writer, 'person', '', []), resolution: 'writer' }
              : none
          }
          // Reaching back past everyone near is a guess for "he" (`pronoun-earlier`, never
          // published), not for the one an interview asks, whom it names once at its start.
          const asked = this.resolvePronoun(reading.pronoun, position, ruledOut)
          return asked.resolution === 'pronoun-earlier' && asked.speaker?.kind === 'person'
            ? { ...asked, resolution: 'pronoun-interviewee' }
            : asked
        }
        // "Vale issued a statement. "…," it read.": "it" is the document the sentence before
        // (or its own) introduced, which speaks for its author; not the subject of a passive
        // ("the statement… it was labeled "Mostly True""), which another rates.
        if (
          reading.pronoun === 'it' &&
          !this.readingAuthor &&
          !this.beforePassive(position, phrase)
        ) {
          const author = this.documentAuthors().authorBefore(
            paragraph,
            phrase.start,
            this.previousSentencePlace(position),
          )
          const resolved = author ? this.resolveAuthor(author) : null
          if (resolved) return resolved
        }
        return this.resolvePronoun(reading.pronoun, position, ruledOut)
    }
  }

  /** Whether a form of "be" follows a phrase (`it was labeled`, `it is said`). */
  private beforePassive(position: Position, phrase: MentionPhrase): boolean {
    const tokens = this.model.paragraphs[position.paragraph]?.tokens ?? []
    const next = tokens[firstTokenFrom(tokens, phrase.end)]
    return next?.kind === 'word' && beForms.includes(next.lower)
  }

  /**
   * Where the sentence before a position's own starts, in its paragraph, else the last sentence
   * of the paragraph before (a paragraph-local place; see `previousSentenceStart`).
   */
  private previousSentencePlace(position: Position): Position {
    const prepared = this.model.paragraphs[position.paragraph]
    const sentence = prepared ? sentenceIndexAt(prepared, position.offset) : 0
    if (prepared && sentence > 0)
      return { paragraph: position.paragraph, offset: prepared.sentences[sentence - 1]?.[0] ?? 0 }
    const before = this.model.paragraphs[position.paragraph - 1]
    return {
      paragraph: position.paragraph - 1,
      offset: before?.sentences.at(-1)?.[0] ?? 0,
    }
  }

  /**
   * Who "I" is in a quotation set off without marks: the one its label names (`Ann Vale: I…`),
   * or the subject of the cue that introduced it (`Vale wrote:`); else no one. Never the
   * chain of third-person pronouns, which would hand it to whoever was named last ("To the
   * editor: When Vale spoke, I stood…").
   */
  private blockSpeaker(paragraph: number): Resolved {
    const label = transcriptLabel.exec(this.model.paragraphs[paragraph]?.text ?? '')
    const speaker = label
      ? this.namedInArticle(label[0].slice(0, label[0].lastIndexOf(':')).trim())
      : (this.introducedBy.get(paragraph - 1) ?? null)
    return speaker
      ? { speaker, resolution: 'pronoun-speaker' }
      : { speaker: null, resolution: 'none' }
  }

  /**
   * The name of the article's writer: its byline's one person, else the person a closing line
   * introduces (`writerIntroduced`), else null (several authors leave "I" open).
   */
  private writerName(): string | null {
    if (this.writer === undefined)
      this.writer =
        this.model.authors.length > 0
          ? this.model.authors.length === 1
            ? (this.model.authors[0] as string)
            : null
          : writerIntroduced(this.model)
    return this.writer
  }

  /** The article's documents with their authors (see `document-authors.ts`), read once. */
  private documentAuthors(): DocumentAuthors {
    this.documents ??= new DocumentAuthors(this.model.paragraphs)
    return this.documents
  }

  /**
   * What a document's author resolves to, as a mention at its place (a possessive determiner as
   * the pronoun it owns for), under `document-author`; a namesake the text leaves open stays
   * one. Null when it names no one.
   */
  private resolveAuthor(author: DocumentAuthor): Resolved | null {
    this.readingAuthor = true
    try {
      // Doubted as any pronoun is, before the relabelling: `document-author` is published.
      const { speaker, resolution } = this.doubted(
        this.resolvePhrase(
          author.phrase.form === 'pronoun' ? author.phrase : normalizePhrase(author.phrase),
          author.paragraph,
          true,
        ),
      )
      if (!speaker) return null
      return { speaker, resolution: isPublishable(resolution) ? 'document-author' : resolution }
    } finally {
      this.readingAuthor = false
    }
  }

  /**
   * A bare family name ("Vale said") or a generation description ("the younger Vale") shared by
   * two or more people the article names in full: the one the text's evidence points to (see
   * `namesakes.ts`). A generation word goes to the namesake the article gives that generation;
   * a bare name to the namesake named unambiguously last, when that is in its paragraph or the
   * last sentence of the one before, or further back with the family name in every paragraph
   * since and the name resolvers agreeing. Otherwise the name stays the resolvers' (null) when
   * they give it to the person introduced first and no generation word shows the bare name
   * serving several; else it is a lean only (`namesake-unclear`). A courtesy title ("Mr.
   * Vale") goes to the one namesake its gender fits; of several, it follows the bare-name rules
   * among them, bar the first-introduced convention; of none, the resolvers decide (null).
   * Null too when the mention is no such name or fewer than two people share it.
   */
  private resolveNamesake(
    phrase: MentionPhrase,
    paragraph: number,
    index: number | undefined,
  ): Resolved | null {
    const text = this.model.paragraphs[paragraph]?.text ?? ''
    // A titled mention ("Mr. Vale") is read only among people sharing a family name (below):
    // where no two do, as in most articles, its shape is not read at all. That spared the
    // pattern and the title's word-list look-ups for 1,054 of the 1,386 mentions of several
    // words read here on the bench's articles, most of them names ("Ann Vale") of that shape.
    const mention = familyNameMention(
      phrase.text,
      text.slice(Math.max(0, phrase.start - 16), phrase.start),
      { titled: () => this.sharesFamilyName() },
    )
    if (!mention) return null
    if (mention.generation !== null && !mention.title) {
      const only = this.onlyPersonOfFamily(mention.surname)
      // "the younger Vale" and "Vale Jr." say there are two Vales: of one named in full, it is
      // that one only when the article gives them that generation ("Ed Vale Jr.", "Vale's son
      // Ed"). Given none, they may be the other Vale: "Tom Vale founded it; his son runs it"
      // makes "Vale Jr." the son, never named in full.
      if (only !== -1) {
        const fits = this.generationOfSole(only) === mention.generation
        return {
          speaker: this.namesakeSpeaker(only, phrase),
          resolution: fits ? 'namesake' : 'namesake-unclear',
        }
      }
    }
    if (!this.sharesFamilyName()) return null
    const family = this.familyOf(mention.surname)
    if (!family) return null
    if (mention.title) {
      // "Mr. Vale" of Tom Vale and Ann Vale is Tom; of Tom Vale and his son Ed, it is no surer
      // than a bare "Vale". A title giving a gender none of them has names someone else.
      const fitting = titledNamesakes(family, mention.title.gender)
      if (fitting.length === 0) return null
      if (fitting.length === 1)
        return {
          speaker: this.namesakeSpeaker(fitting[0] as number, phrase),
          resolution: 'namesake',
        }
      return this.resolveBareNamesake(
        family,
        { among: fitting, titled: true },
        phrase,
        paragraph,
        index,
      )
    }
    if (mention.generation !== null) {
      const described =
        family.namesakes[namesakeOfGeneration(family.generations, mention.generation)]
      return described === undefined
        ? { speaker: this.namesakeSpeaker(family.first, phrase), resolution: 'namesake-unclear' }
        : { speaker: this.namesakeSpeaker(described, phrase), resolution: 'namesake' }
    }
    return this.resolveBareNamesake(
      family,
      { among: family.namesakes, titled: false },
      phrase,
      paragraph,
      index,
    )
  }

  /**
   * The speaker a namesake (a person cluster) is, registered with the mention's words as an
   * alias. A method, not a closure made for each mention read as a family name: most of them
   * return before any namesake is named.
   */
  private namesakeSpeaker(at: number, phrase: MentionPhrase): Speaker {
    const cluster = this.catalogue.people.clusters[at] as PersonCluster
    return this.roster.named(cluster.name, 'person', phrase.text, cluster.roles)
  }

  /**
   * A family name without a generation word, of some of a family's namesakes (`among`: all of
   * them, or those a courtesy title fits): the one of them named unambiguously last (past the
   * others a title does not fit, see `namedFitting`), when that is in its paragraph or the last
   * sentence of the one before, or further back with the family name in every paragraph since
   * and the name resolvers agreeing; else, for a bare name only
   * (`titled` false), the resolvers' choice when it is the person introduced first and no
   * generation word shows the name serving several; else a lean (`namesake-unclear`).
   */
  private resolveBareNamesake(
    family: Family,
    { among, titled }: { among: readonly number[]; titled: boolean },
    phrase: MentionPhrase,
    paragraph: number,
    index: number | undefined,
  ): Resolved | null {
    const { clusters } = this.catalogue.people
    const position = this.articleOffset(paragraph, phrase.start)
    const named = titled ? this.namedFitting(family, among) : family.named
    const latest = named[firstStartingFrom(named, position) - 1]
    const windowStart = this.namesakeWindowStart(paragraph)
    const continued = latest && latest.namesake !== -1 ? latest.namesake : -1
    // Whom an unclear one leans to: the one carried on, else the first introduced of them.
    const lean =
      continued !== -1
        ? continued
        : among.includes(family.first)
          ? family.first
          : (among[0] as number)
    const sideBySide = this.namesakesSideBySide(family, position, windowStart, latest)
    if (sideBySide === true)
      return { speaker: this.namesakeSpeaker(lean, phrase), resolution: 'namesake-unclear' }
    // "Tom Vale and Ed Vale toured it, and Ed Vale stayed": named again alone, a clause subject.
    if (typeof sideBySide === 'number' && among.includes(sideBySide))
      return { speaker: this.namesakeSpeaker(sideBySide, phrase), resolution: 'namesake' }
    if (latest && latest.start >= windowStart)
      return continued === -1 || this.appositionAmongEquals(family, latest, windowStart)
        ? { speaker: this.namesakeSpeaker(lean, phrase), resolution: 'namesake-unclear' }
        : { speaker: this.namesakeSpeaker(continued, phrase), resolution: 'namesake' }
    const leaned = index === undefined ? undefined : personClusterOf(this.catalogue, index)
    const resolvers = among.find((at) => clusters[at] === leaned)
    // "Jeh Vale says… ¶ Vale tells… ¶ Vale said": the bare name carried on from the full one.
    if (
      continued !== -1 &&
      continued === resolvers &&
      this.familyNamedThroughout(family, (latest as { paragraph: number }).paragraph, paragraph)
    )
      return { speaker: this.namesakeSpeaker(continued, phrase), resolution: 'namesake' }
    // "Clinton" beside Bill Clinton named once: writers leave the bare family name to the
    // person they introduce first and name the others in full. Not after a courtesy title: it
    // is read for its gender, and that left several.
    if (!titled && resolvers === family.first && !family.described) return null
    return { speaker: this.namesakeSpeaker(lean, phrase), resolution: 'namesake-unclear' }
  }

  /**
   * Whether the namesake named last is named only in apposition to a subject ("The new owner,
   * Dario Vale, was not there") while another is a subject near it, and the article tells
   * them apart by no generation: "Vale said" after two subjects of equal standing is either.
   * "His son, Dario Vale, runs it" gives Dario the younger generation, the son carried on
   * as the sentence's topic; there the name named last settles it. A name that is itself the
   * subject ("Dario Vale, the new owner, …") keeps main's rule, the latest one carried on: on
   * the corpora it was right every time it was published (speaker-model-trials.md, q27b).
   */
  private appositionAmongEquals(
    family: Family,
    latest: Family['named'][number],
    windowStart: number,
  ): boolean {
    if (latest.apposition !== true) return false
    if (family.ordered) return false
    // Near: its own paragraph's window, or the paragraph before the latest mention's.
    const from = Math.min(windowStart, this.namesakeWindowStart(latest.paragraph))
    // Only the mentions from there to the latest are read: a few, however long the article.
    const { named } = family
    for (let at = firstStartingFrom(named, from); at < named.length; at++) {
      const { start, namesake } = named[at] as Family['named'][number]
      if (start >= latest.start) return false
      if (namesake !== -1 && namesake !== latest.namesake) return true
    }
    return false
  }

  /**
   * Whether the sentence naming the family in full last before a bare family name (at
   * `position`) names two of its namesakes side by side, and none of them is named alone since
   * (`latest`: the family's latest unambiguous mention before it): "Tom Vale and Ed Vale spoke",
   * "Tom Vale, the founder, and his son, Ed Vale, spoke", "Tom Vale spoke while Ed Vale
   * listened", "Tom Vale spoke first, and Ed Vale spoke after him". Both are then in play and the
   * next bare "Vale" may be either: the one named last is no likelier, nor the one introduced
   * first. A kin word or a suffix ordering them tells "the younger Vale" apart, not a bare
   * "Vale". The sentence is within reach in the bare name's window (`windowStart`), or further
   * back when no paragraph between names one of them alone: a bare "Vale" in between is itself
   * unclear, and a name in passing is no topic, so neither orders them. Side by side: both subjects of
   * the sentence, joined by "and" (a coordinated subject the clause finder may read as in
   * passing), or the second the subject of a clause joined by ", and" or ", but". Only the
   * sentence's own mentions are read.
   */
  private namesakesSideBySide(
    family: Family,
    position: number,
    windowStart: number,
    latest: Family['named'][number] | undefined,
  ): boolean | number {
    const { fullNamed } = family
    // A bare name the writer settled on one namesake before the others came in stays his past
    // a pair named further back (`settledBeforeOthers`), not past a pair named right before it.
    const pairsFrom = family.settledBeforeOthers ? this.paragraphAt(position) - 1 : 0
    let lastAt = firstStartingFrom(fullNamed, position) - 1
    // A sentence naming one of them only in passing ("The crews, led by Ed Vale, stayed") tells
    // no reader which one a bare "Vale" is: the pair before it is read instead. A few such
    // sentences only, so that each bare name reads a bounded stretch of mentions.
    for (let sentences = 0; sentences <= inPassingSentencesSkipped; sentences++) {
      const last = fullNamed[lastAt]
      if (!last) return false
      // "the younger Vale" or a titled "Mr. Vale" since names one of them alone.
      if (latest && latest.start >= last.end && latest.namesake !== -1) return false
      const paragraph = this.paragraphAt(last.start)
      if (paragraph < pairsFrom) return false
      if (last.start < windowStart && this.familyNamedBetween(family, paragraph, position))
        return false
      const paragraphStart = this.paragraphStarts[paragraph] ?? 0
      const prepared = this.model.paragraphs[paragraph]
      if (!prepared) return false
      const sentenceStart = paragraphStart + sentenceAt(prepared, last.start - paragraphStart)[0]
      const { text } = prepared
      const sentenceFirstAt = firstStartingFrom(fullNamed, sentenceStart)
      const read = this.sideBySideBefore(fullNamed, lastAt, sentenceFirstAt, text, paragraphStart)
      if (read === 'pair') return true
      if (read === 'again') return last.start >= windowStart ? last.namesake : false
      if (!last.inPassing) return false
      lastAt = sentenceFirstAt - 1
    }
    return false
  }

  /**
   * Whether the mention `fullNamed[lastAt]` is side by side with another namesake named before
   * it in its sentence (from `fullNamed[firstAt]` on; `text` is their paragraph's, starting at
   * `paragraphStart`), as `namesakesSideBySide` reads it. Across ", and" or ", but", only two
   * clause subjects of equal standing pair: not a possessive ("Tom Vale's lawyer spoke, and Ed
   * Vale…"), not the speaker of a quotation's cue ("“…,” Ed Vale said, and Tom Vale nodded":
   * the quoted speaker stays the topic), and not one named again alone in the later clause
   * ("Tom Vale and Ed Vale toured it, and Ed Vale stayed"): the text orders them there as a
   * semicolon between the clauses would.
   */
  private sideBySideBefore(
    fullNamed: Family['fullNamed'],
    lastAt: number,
    firstAt: number,
    text: string,
    paragraphStart: number,
  ): 'pair' | 'again' | 'none' {
    const possessive = ({ start, end }: { start: number; end: number }): boolean =>
      hasPossessiveEnding(text.slice(start - paragraphStart, end + 2 - paragraphStart)) ||
      hasPossessiveEnding(text.slice(start - paragraphStart, end + 1 - paragraphStart))
    // The mention read: the last, or the one a possessive of the same namesake hands over to.
    let readAt = lastAt
    reading: for (;;) {
      const last = fullNamed[readAt] as Family['fullNamed'][number]
      const opensClause = coordinatedClauseOpening.test(
        text.slice(
          Math.max(0, last.start - clauseOpeningReach - paragraphStart),
          last.start - paragraphStart,
        ),
      )
      for (let at = readAt - 1; at >= firstAt; at--) {
        const other = fullNamed[at] as Family['fullNamed'][number]
        if (other.end > last.start) continue
        if (other.namesake === last.namesake) {
          // "Tom Vale and Ed Vale toured it, and Ed Vale's daughter stayed": the daughter is the
          // clause's subject, not Ed Vale, so the earlier mention of him is read in its place
          // (a loop, not a call per possessive: a sentence may hold many).
          if (possessive(last)) {
            readAt = at
            continue reading
          }
          if (opensClause) return 'again'
          continue
        }
        if (!other.inPassing && !last.inPassing) return 'pair'
        const clauseOpening = text.slice(
          Math.max(other.end, last.start - clauseOpeningReach) - paragraphStart,
          last.start - paragraphStart,
        )
        if (
          coordinatedClauseOpening.test(clauseOpening) &&
          !possessive(other) &&
          !possessive(last) &&
          !quotationCueBefore.test(
            text.slice(
              Math.max(0, other.start - paragraphStart - cueOpeningReach),
              other.start - paragraphStart,
            ),
          )
        )
          return 'pair'
        // The gap's length is checked before it is cut: a long sentence naming the family often
        // would otherwise copy its text once per mention.
        if (last.start - other.end > coordinationReach) continue
        const between = text.slice(other.end - paragraphStart, last.start - paragraphStart)
        if (coordinatedNames.test(between)) return 'pair'
      }
      return 'none'
    }
  }

  /**
   * Where the mentions a family name in a paragraph carries on begin: its paragraph's start, or
   * the last sentence of the one before ("…asked the elder Vale if he agreed. ¶ “Rubbish,” Vale
   * said").
   */
  private namesakeWindowStart(paragraph: number): number {
    const previous = this.model.paragraphs[paragraph - 1]
    const lastSentence = previous?.sentences.at(-1)
    return previous && lastSentence
      ? this.articleOffset(paragraph - 1, lastSentence[0])
      : this.articleOffset(paragraph, 0)
  }

  /**
   * The mentions naming the family that a courtesy title fitting some of its namesakes
   * (`among`) looks back to: "Ed Vale spoke. Ann Vale spoke. ¶ Mr. Vale said" is Ed, the man
   * named last; a mention leaving the namesake open still counts.
   */
  private namedFitting(family: Family, among: readonly number[]): Family['named'] {
    if (among.length === family.namesakes.length) return family.named
    const key = among.join(' ')
    let named = family.namedByTitle.get(key)
    if (!named) {
      named = family.named.filter(({ namesake }) => namesake === -1 || among.includes(namesake))
      family.namedByTitle.set(key, named)
    }
    return named
  }

  /**
   * Whether a paragraph after `from` and before the one holding `position` names one of the
   * family's namesakes alone: a bare "Vale" there is as unclear as the one at `position`.
   */
  private familyNamedBetween(family: Family, from: number, position: number): boolean {
    const naming = family.namesakeParagraphs
    return firstAtLeast(naming, this.paragraphAt(position)) > firstAtLeast(naming, from + 1)
  }

  /** Whether every paragraph between two paragraphs names the family. */
  private familyNamedThroughout(family: Family, from: number, to: number): boolean {
    const naming = family.namingParagraphs
    return (
      from + 1 >= to || firstAtLeast(naming, to) - firstAtLeast(naming, from + 1) === to - from - 1
    )
  }

  /** The paragraph holding an article position (see `articleOffset`). */
  private paragraphAt(position: number): number {
    let low = 0
    let high = this.paragraphStarts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.paragraphStarts[middle] as number) <= position) low = middle + 1
      else high = middle
    }
    return Math.max(0, low - 1)
  }

  /**
   * The generation the article gives a person (see `namesakeGenerations`), read once per person:
   * an article may write "the younger Vale" many times, each a read of the paragraphs naming him.
   */
  private generationOfSole(person: number): Generation | null {
    let given = this.soleGenerations.get(person)
    if (given === undefined) {
      const parsed = (this.catalogue.people.clusters[person] as PersonCluster).parsed
      given = namesakeGenerations([parsed], this.familyIndex().kinWords())[0] ?? null
      this.soleGenerations.set(person, given)
    }
    return given
  }

  /**
   * Whether the article names a person in full by these words ("Chris Matthews") somewhere other
   * than a turn's label inside a quotation: the name finder takes a label for a person's name
   * whatever it is ("Mill Street:").
   */
  private namesPersonInFull(words: string): boolean {
    if (!this.namedOutsideLabels) {
      const named = new Set<string>()
      const { people, inputIndex, mentions } = this.catalogue
      for (const [index, mention] of mentions.entries()) {
        if (mention.kind !== 'person') continue
        const cluster = people.clusters[people.clusterOf[inputIndex[index] ?? -1] ?? -1]
        if (!cluster?.parsed.full) continue
        const paragraph = this.paragraphAt(mention.position)
        const start = mention.position - (this.paragraphStarts[paragraph] ?? 0)
        const text = this.model.paragraphs[paragraph]?.text ?? ''
        const label =
          labelsTurn(text, start, start + mention.text.length) && opensWithQuotationMark.test(text)
        if (!label) named.add(foldName(cluster.name))
      }
      this.namedOutsideLabels = named
    }
    return this.namedOutsideLabels.has(foldName(words))
  }

  /** The one person the article names in full with a family name; -1 when none or several. */
  private onlyPersonOfFamily(surname: string): number {
    const folded = foldName(surname)
    const { clusters } = this.catalogue.people
    const sharing = (this.peopleByKey().get(folded) ?? []).filter(
      (at) => foldName((clusters[at] as PersonCluster).parsed.surname) === folded,
    )
    return sharing.length === 1 ? (sharing[0] as number) : -1
  }

  /**
   * The people of the article sharing a family name (see `Family`), read once per name; null
   * when fewer than two distinct people share it.
   */
  private familyOf(surname: string): Family | null {
    const folded = foldName(surname)
    const known = this.families.get(folded)
    if (known !== undefined) return known
    const { clusters } = this.catalogue.people
    const sharing = (this.peopleByKey().get(folded) ?? []).filter(
      (at) => foldName((clusters[at] as PersonCluster).parsed.surname) === folded,
    )
    // Most names are one person's: no family, and no need to tell its people apart.
    const namesakes = sharing.length < 2 ? sharing : distinctNamesakes(sharing, clusters)
    let family: Family | null = null
    if (namesakes.length >= 2) {
      const generations = namesakeGenerations(
        namesakes.map((at) => (clusters[at] as PersonCluster).parsed),
        this.familyIndex().kinWords(),
      )
      // A titled mention of several namesakes keeps those its title fits, read once sorted.
      const named: Array<Family['named'][number] & { fitting?: readonly number[] }> = []
      const fullNamed: Family['fullNamed'] = []
      let first = namesakes[0] as number
      let firstAt = Number.POSITIVE_INFINITY
      // From their own full names: the short mentions the resolvers gave them are in question.
      const genders = namesakes.map((at) =>
        likelyPersonGender((clusters[at] as PersonCluster).parsed),
      )
      for (const at of this.mentionsOfFamily(folded)) {
        const mention = this.catalogue.mentions[at] as CatalogueMention
        if (foldName(withoutPossessiveEnding(mention.text)) === folded) continue
        // "Mr. Vale" names one of them only when the title's gender picks one. "Mr. Orrin" is
        // of another family: the resolvers' cluster says whom it names, as for any mention.
        const titled = familyNameMention(mention.text, '')
        if (titled?.title && foldName(titled.surname) === folded) {
          const fitting = titledNamesakes({ namesakes, genders }, titled.title.gender)
          if (fitting.length > 0 && mention.inPassing !== true)
            named.push({
              start: mention.position,
              paragraph: this.paragraphAt(mention.position),
              namesake: fitting.length === 1 ? (fitting[0] as number) : -1,
              ...(fitting.length > 1 ? { fitting } : {}),
            })
          continue
        }
        const cluster = personClusterOf(this.catalogue, at)
        const namesake = namesakes.find((candidate) => clusters[candidate] === cluster)
        if (namesake === undefined) continue
        fullNamed.push({
          start: mention.position,
          end: mention.position + mention.text.length,
          namesake,
          inPassing: mention.inPassing === true,
        })
        if (mention.position < firstAt) {
          first = namesake
          firstAt = mention.position
        }
        // A name in passing ("…mourned Anne Vale") is no topic a later "Vale said" continues.
        if (mention.inPassing !== true)
          named.push({
            start: mention.position,
            paragraph: this.paragraphAt(mention.position),
            namesake,
            ...(this.appositionSubjects.has(at) ? { apposition: true as const } : {}),
          })
      }
      const described = this.familyIndex().generationsOf(folded).length > 0
      for (const { paragraph, offset, generation } of this.familyIndex().generationsOf(folded))
        named.push({
          start: this.articleOffset(paragraph, offset),
          paragraph,
          namesake: namesakes[namesakeOfGeneration(generations, generation)] ?? -1,
        })
      // Stable: of two at one place, the later pushed (a generation description) counts last.
      named.sort((a, b) => a.start - b.start)
      // "Ed Vale spoke first. “…,” Mr. Vale said. ¶ “…,” Vale added": a titled mention of
      // several namesakes names the one of them named last when that is near, as a titled
      // speaker is read (`resolveBareNamesake`), so that the next short mention carries him on.
      // One pass in text order, remembering where each namesake (-1: none clear) was last named.
      const lastNamed = new Map<number, number>()
      for (const entry of named) {
        if (entry.fitting) {
          let latest = -1
          let latestStart = Number.NEGATIVE_INFINITY
          for (const at of [...entry.fitting, -1]) {
            const start = lastNamed.get(at)
            if (start !== undefined && start > latestStart) {
              latest = at
              latestStart = start
            }
          }
          if (latestStart >= this.namesakeWindowStart(entry.paragraph)) entry.namesake = latest
        }
        lastNamed.set(entry.namesake, entry.start)
      }
      fullNamed.sort((a, b) => a.start - b.start)
      const namesakeParagraphs: number[] = []
      for (const { paragraph, namesake } of named)
        if (namesake !== -1 && namesakeParagraphs.at(-1) !== paragraph)
          namesakeParagraphs.push(paragraph)
      const firstParagraph = this.paragraphAt(firstAt)
      const othersAt = fullNamed.find(({ namesake }) => namesake !== first)?.start
      const naming = this.familyIndex().paragraphsNaming(surname)
      const settledBeforeOthers =
        othersAt !== undefined &&
        firstAtLeast(naming, this.paragraphAt(othersAt)) > firstAtLeast(naming, firstParagraph + 1)
      const ordering = namesakeGenerations(
        namesakes.map((at) => (clusters[at] as PersonCluster).parsed),
        this.familyIndex().kinWords(),
        { ordering: true },
      )
      family = {
        namesakes,
        genders,
        generations,
        ordered: ordering.some((given) => given !== null),
        fullNamed,
        named,
        namedByTitle: new Map(),
        first,
        described,
        namingParagraphs: naming,
        namesakeParagraphs,
        settledBeforeOthers,
      }
    }
    this.families.set(folded, family)
    return family
  }

  /**
   * Whether two people the article names in full share a family name, folded: else no family
   * has two namesakes (`familyOf`), and no mention needs reading as a family name. Read once.
   */
  private sharesFamilyName(): boolean {
    if (this.familyNameShared === undefined) {
      this.familyNameShared = false
      const surnames = new Set<string>()
      for (const { parsed } of this.catalogue.people.clusters) {
        if (!parsed.full) continue
        const surname = foldName(parsed.surname)
        if (surnames.has(surname)) {
          this.familyNameShared = true
          break
        }
        surnames.add(surname)
      }
    }
    return this.familyNameShared
  }

  /**
   * The person mentions of the catalogue, in order, that may name a family (folded): those
   * after a courtesy title with its name, and those whose person has it. Indexed once for all
   * families: a look through every mention for each family would grow with their product.
   */
  private mentionsOfFamily(folded: string): readonly number[] {
    this.familyMentions ??= indexByFamily(this.familyNamesOfMentions())
    return this.familyMentions.get(folded) ?? []
  }

  /** Each person mention of the catalogue with a family name it may carry (`mentionsOfFamily`). */
  private *familyNamesOfMentions(): Generator<[number, string]> {
    for (const [at, mention] of this.catalogue.mentions.entries()) {
      if (mention.kind !== 'person') continue
      const titled = familyNameMention(mention.text, '')
      if (titled?.title) yield [at, foldName(titled.surname)]
      const cluster = personClusterOf(this.catalogue, at)
      if (cluster) yield [at, foldName(cluster.parsed.surname)]
    }
  }

  /** The paragraphs indexed for reading families, made once per article. */
  private familyIndex(): FamilyIndex {
    this.familyParagraphs ??= new FamilyIndex(this.model.paragraphs.map(({ text }) => text))
    return this.familyParagraphs
  }

  /** Whether the person mention at a place is joined to a next name by "and" or "or". */
  private coordinated(position: Position): boolean {
    const mentions = this.model.knownByParagraph.get(position.paragraph) ?? []
    const first = mentions[firstStartingFrom(mentions, position.offset)]
    const known = first?.start === position.offset ? first : undefined
    const text = this.model.paragraphs[position.paragraph]?.text
    if (!known || text === undefined) return false
    return /^,?\s+(?:and|or|&)\s+\p{Lu}/u.test(text.slice(known.end, known.end + 8))
  }

  /**
   * Whether a pronoun may mean a referent: it fits (`pronounFits`) and is not the one ruled out.
   * Methods, not closures made for each pronoun: most pronouns are settled before any is asked.
   */
  private fitsPronoun(
    referent: Referent,
    position: Position,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender | null,
    ruledOut: string | null,
  ): boolean {
    return referent.speaker.id !== ruledOut && this.pronounFits(referent, position, kinds, gender)
  }

  /**
   * `fitsPronoun`, for one who spoke. "Karl Brio said Ed Moss continued to hurt the harbour.
   * "…," he said": a cue subject opening a clause another speaker reports is who is reported
   * on, not the speaker a later sentence carries on; within that clause ("said Moss lost
   * because he…") it still is.
   */
  private fitsSpeakerPronoun(
    referent: Referent,
    position: Position,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender | null,
    ruledOut: string | null,
  ): boolean {
    return (
      this.fitsPronoun(referent, position, kinds, gender, ruledOut) &&
      !(this.reportedInClause(referent) && this.laterSentence(referent.position, position))
    )
  }

  private resolvePronoun(pronoun: string, position: Position, ruledOut: string | null): Resolved {
    const kinds = pronounKinds(pronoun)
    const gender: NameGender | null =
      pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null
    const { paragraph } = position
    // "Donald Trump … said he thought that drugs were "…"": the subject of the pronoun's own
    // sentence, when of its gender, is who it means.
    if (gender !== null) {
      const subject = this.sentenceSubjectBefore(paragraph, position.offset, gender, ruledOut)
      if (subject) return { speaker: subject, resolution: 'pronoun-subject' }
    }
    // "Ann Vale, a rapporteur who…, cautioned that… "…," she said": a person opening the
    // paragraph is its topic when no one has spoken in it yet.
    // Looked up by paragraph: a scan of every referent or mention per pronoun would grow with
    // the square of the article's length.
    const here = this.referentsByParagraph.get(paragraph)
    const spokeHere =
      here !== undefined &&
      here.findForward(
        lookupKey('spoke', kinds, gender),
        (referent) => !referent.spoke || this.neverFits(referent, kinds, gender),
        (referent) => this.pronounFits(referent, position, kinds, gender),
      ) !== -1
    const opener = spokeHere
      ? undefined
      : this.openersOf(paragraph).find(
          (mention) => comparePositions(mention.position, position) < 0,
        )
    // "Ann Vale and Petra Salo spoke…": a person opening the paragraph with another, joined by
    // "and", is half of a plural subject, no topic a singular pronoun can take.
    if (gender !== null && opener && !this.coordinated(opener.position)) {
      const speaker = this.personAt(opener.index)
      if (speaker && speaker.id !== ruledOut) {
        const known = this.genderOf(speaker)
        if (known === gender || known === null) return this.found(speaker, gender, 'pronoun-opener')
      }
    }
    // Someone who spoke in this or the previous paragraph (the topic) beats a name merely
    // mentioned since.
    const recent = this.referents.findBack(
      lookupKey('spoke', kinds, gender),
      (referent) => !referent.spoke || this.neverFits(referent, kinds, gender),
      this.referents.lastBefore({ paragraph: paragraph - 1, offset: 0 }),
      (referent) => this.fitsSpeakerPronoun(referent, position, kinds, gender, ruledOut),
    )
    if (recent !== -1) {
      const since =
        gender === null
          ? null
          : this.subjectSinceSpeaker(recent, position, kinds, gender, (referent) =>
              this.fitsPronoun(referent, position, kinds, gender, ruledOut),
            )
      if (since) return this.found(since, gender, 'pronoun-clause-subject')
      return this.foundReferent(recent, gender, 'pronoun-speaker')
    }
    // No one spoke nearby: the one person of that gender named in the previous paragraph or
    // this one, even outside a subject; of several, the one the article introduces there.
    if (gender !== null) {
      // A person known to be of the pronoun's gender beats people the names leave open.
      // "Prosecutors said the minister accepted the blame for the death of a reporter.
      // Speaking later, he said…": the subject of the nearest clause before the pronoun, not
      // a person merely named in it nor the topic of sentences further back.
      const chosen = this.peopleNear(position).choose(
        gender,
        (mainClauseOnly) => {
          const subject = this.nearestClauseSubject(position, gender, mainClauseOnly)
          return subject?.id === ruledOut ? null : subject
        },
        ruledOut,
      )
      // "Asked by moderator Ann Vale whether…, the former secretary dodged. "…," she said": a
      // person named in a phrase fronted before an unnamed person is not whom the pronoun
      // means; that person is, whom no name here gives.
      if (chosen && !this.namedBeforeUnnamedSubject(position, chosen.speaker))
        return this.found(chosen.speaker, gender, chosen.resolution)
    }
    // The latest referent that fits; a group that did not speak is what "they" means only in
    // this or the previous paragraph. Groups come in text order, so only the latest before the
    // pronoun can be that near.
    const lastGroup = this.groups.items[this.groups.lastBefore(position)]
    const group =
      lastGroup &&
      paragraph - lastGroup.position.paragraph <= 1 &&
      this.pronounFits(this.referents.items[lastGroup.index] as Referent, position, kinds, gender)
        ? lastGroup.index
        : -1
    const earlier = this.referents.findBack(
      lookupKey('earlier', kinds, gender),
      (referent) =>
        referent.group !== undefined ||
        referent.unnamed !== undefined ||
        this.neverFits(referent, kinds, gender),
      group,
      (referent) => this.fitsPronoun(referent, position, kinds, gender, ruledOut),
    )
    if (earlier !== -1) {
      // "Mo Vell must decide… But his wife, Jane, offered a preview. "…," she said": a relative
      // of the pronoun's gender the narration brought in since, in this paragraph or the
      // previous one, may be who it means; the latest named person is then a guess, kept as a
      // lean only.
      const { position: named } = this.referents.items[earlier] as Referent
      const passed = gender !== null && this.kinIntroducedBetween(named, position, gender)
      return this.foundReferent(earlier, gender, passed ? 'pronoun-kin-between' : 'pronoun-earlier')
    }
    if (group !== -1)
      return {
        speaker: this.roster.unnamed(
          (this.referents.items[group] as Referent).group as string,
          'group',
        ),
        resolution: 'pronoun-earlier',
      }
    return { speaker: null, resolution: 'none' }
  }

  /**
   * Whether the narration introduces a relative of a gender (`kinIntroductions`) after `from`
   * and before `to`, in `to`'s paragraph or the previous one. Each paragraph is read once.
   */
  private kinIntroducedBetween(from: Position, to: Position, gender: NameGender): boolean {
    for (
      let paragraph = Math.max(from.paragraph, to.paragraph - 1);
      paragraph <= to.paragraph;
      paragraph++
    ) {
      let introduced = this.kinByParagraph.get(paragraph)
      if (!introduced) {
        introduced = kinIntroductions(this.model.paragraphs[paragraph]?.tokens ?? [])
        this.kinByParagraph.set(paragraph, introduced)
      }
      for (const kin of introduced) {
        const at = { paragraph, offset: kin.offset }
        if (kin.gender === gender && comparePositions(at, from) > 0 && comparePositions(at, to) < 0)
          return true
      }
    }
    return false
  }

  /**
   * Whether a referent is a name that opens a reported clause (`opensReportedSubject`): its
   * place is the end of its name chain when it came from a cue's subject.
   */
  private reportedInClause(referent: Referent): boolean {
    const { paragraph, offset } = referent.position
    const chains = this.model.chainsByParagraph.get(paragraph) ?? []
    const chain = chains[firstStartingFrom(chains, offset) - 1]
    const prepared = this.model.paragraphs[paragraph]
    if (!chain || chain.end !== offset || !prepared) return false
    return opensReportedSubject(prepared.tokens, chain.start)
  }

  /**
   * "Luc Haddon said the vote was close. Mark Orrin disagreed. "…," he said.": the latest
   * subject is what a pronoun prefers, so a person of its gender opening a sentence as its
   * subject, after the sentence of the speaker found at `recent` and before the pronoun's, beats
   * that speaker; the speaker named again as a subject since keeps it. Not a person the pronoun's
   * own sentence names ("…," he told Rubio): a pronoun and a name of one clause are two people.
   * Null when there is none.
   */
  private subjectSinceSpeaker(
    recent: number,
    position: Position,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender,
    fits: (referent: Referent) => boolean,
  ): Speaker | null {
    const speaker = this.referents.items[recent] as Referent
    const at = this.referents.findBack(
      lookupKey('opens-sentence', kinds, gender),
      (referent) => !referent.opensSentence || this.neverFits(referent, kinds, gender),
      recent,
      (referent) => comparePositions(referent.position, position) < 0,
    )
    const subject = this.referents.items[at]
    if (!subject || subject.speaker.id === speaker.speaker.id || !fits(subject)) return null
    // "After Hale spoke, Vance-Moreno took the microphone": a subject opening its sentence past
    // a fronted phrase follows a speaker that phrase names, in the same sentence.
    if (
      !this.laterSentence(speaker.position, subject.position) &&
      !this.sameSentence(speaker.position, subject.position)
    )
      return null
    if (!this.laterSentence(subject.position, position)) return null
    if (this.saysSilent(subject.position)) return null
    if (this.actsOnAnother(subject.position, gender)) return null
    if (this.namedInSentence(subject.speaker, position)) return null
    return subject.unnamed === undefined
      ? subject.speaker
      : this.roster.unnamed(subject.unnamed, 'anonymous')
  }

  /**
   * Whether the sentence a subject opens says they gave no words ("Ruben Stask declined to
   * comment.", "…could not be reached", "never returned the call", "died in 2010"): a denial or
   * a refusal or death before the sentence's first verb of saying or clause of its own (a
   * subordinator, `that`, a subject pronoun: "bristles at the suggestion he won't be ready"),
   * whose words report what was said or thought rather than whether the subject had a turn. Such
   * a subject is no latest speaker a pronoun may prefer.
   */
  private saysSilent(position: Position): boolean {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return false
    const [, to] = sentenceAt(prepared, position.offset)
    const { tokens } = prepared
    for (let at = firstTokenFrom(tokens, position.offset); at < tokens.length; at++) {
      const token = tokens[at] as Token
      if (token.start >= to || token.kind === 'quote') break
      if (token.kind !== 'word') continue
      if (opensReportedClause(token.lower)) return false
      if (denials.test(token.lower) || silentVerbs.has(token.lower)) return true
    }
    return false
  }

  /**
   * Whether a word of a named person's name stands in the sentence of a place, possessive or
   * not ("he said of Stask's claim"), or in its quotations ("Stask is wrong," he said: the
   * speaker names someone else): read by words, as a name the finders did not keep as a mention
   * ("he told Rubio") names the person all the same. A quotation is one token, read by its
   * capitalized words.
   */
  private namedInSentence(speaker: Speaker, position: Position): boolean {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return false
    const names = new Set(
      speaker.name
        .split(spaces)
        .filter((word) => startsUppercase.test(word))
        .map(foldName),
    )
    const [from, to] = sentenceAt(prepared, position.offset)
    const { tokens } = prepared
    for (let at = firstTokenFrom(tokens, from); at < tokens.length; at++) {
      const token = tokens[at] as Token
      if (token.start >= to) break
      if (token.kind === 'word') {
        if (token.capital && names.has(foldName(withoutApostropheS(token.text)))) return true
      } else if (token.kind === 'quote') {
        for (const [word] of token.text.matchAll(capitalizedWords))
          if (names.has(foldName(withoutApostropheS(word)))) return true
      }
    }
    return false
  }

  /**
   * Whether the sentence a subject opens has the pronoun's gender as a direct object ("Ruben
   * Stask hired him", "died, leaving him the company"): the subject acted on another person of
   * that gender, most often the speaker before, who stays in view, so a pronoun after it is
   * theirs as much as the subject's. Not after a preposition ("disagreed with her", "replied to
   * him": a response, a turn of talk), and `her` only where no noun follows it (`hired her.`,
   * `hired her in May`), not as a possessive, which is most often the subject's own.
   */
  private actsOnAnother(position: Position, gender: NameGender): boolean {
    const prepared = this.model.paragraphs[position.paragraph]
    if (!prepared) return false
    const object = gender === 'male' ? 'him' : 'her'
    const [, to] = sentenceAt(prepared, position.offset)
    const { tokens } = prepared
    for (let at = firstTokenFrom(tokens, position.offset); at < tokens.length; at++) {
      const token = tokens[at] as Token
      if (token.start >= to) break
      if (token.kind !== 'word' || token.lower !== object) continue
      const before = tokens[at - 1]
      if (before?.kind === 'word' && prepositions.has(before.lower)) continue
      if (gender === 'male' || !possessiveHer(tokens, at, to)) return true
    }
    return false
  }

  /**
   * Whether the sentence before a pronoun's (the last of the paragraph before, when the
   * pronoun's opens its own) opens with a phrase fronted before its subject
   * (`opensFrontedPhrase`) that names `speaker` as no subject before its first comma (`Asked by
   * moderator Ann Vale whether…`), and the subject after that comma is an unnamed person: an
   * article, then lowercase words ending in a noun of one person ("the former labor
   * secretary"). Each sentence is read once, up to its first comma and a few words past it, and
   * its name chains before that comma (`frontedNames`), for the pronouns no one spoke before.
   */
  private namedBeforeUnnamedSubject(position: Position, speaker: Speaker): boolean {
    let paragraph = position.paragraph
    const prepared = this.model.paragraphs[paragraph]
    if (!prepared) return false
    let sentence = sentenceIndexAt(prepared, position.offset) - 1
    if (sentence < 0) {
      paragraph--
      sentence = (this.model.paragraphs[paragraph]?.sentences.length ?? 0) - 1
    }
    if (sentence < 0) return false
    let names = this.frontedNames.get(paragraph, sentence)
    if (names === undefined) {
      names = this.namesFrontedBeforeUnnamed(paragraph, sentence)
      this.frontedNames.set(paragraph, sentence, names)
    }
    if (names === null) return false
    for (const word of speaker.name.split(spaces))
      if (startsUppercase.test(word) && names.has(foldName(word))) return true
    return false
  }

  /**
   * The folded words of the names of people that are no subject before the first comma of a
   * sentence that opens with a fronted phrase and goes on with an unnamed person as its subject
   * (see `namedBeforeUnnamedSubject`), else null.
   */
  private namesFrontedBeforeUnnamed(paragraph: number, sentence: number): Set<string> | null {
    const prepared = this.model.paragraphs[paragraph]
    const bounds = prepared?.sentences[sentence]
    if (!prepared || !bounds) return null
    const [from, to] = bounds
    const { tokens } = prepared
    const first = pastOpeners(tokens, firstTokenFrom(tokens, from))
    if (!opensFrontedPhrase(tokens, first)) return null
    let comma = first
    while (comma < tokens.length && (tokens[comma] as Token).start < to) {
      if ((tokens[comma] as Token).text === ',') break
      comma++
    }
    if (tokens[comma]?.text !== ',' || !articles.includes(tokens[comma + 1]?.lower ?? ''))
      return null
    let head = comma + 2
    while (head - comma <= maxUnnamedSubjectWords) {
      const word = tokens[head]
      if (word?.kind !== 'word' || word.capital) return null
      if (isOnePersonHead(word.text)) break
      head++
    }
    if (head - comma > maxUnnamedSubjectWords) return null
    // Only people the phrase names as no subject ("by moderator Ann Vale"): the subject of a
    // fronted clause ("Though Vale was…, the front-runner…") is most often the one described.
    const names = new Set<string>()
    const chains = this.model.chainsByParagraph.get(paragraph) ?? []
    const end = (tokens[comma] as Token).start
    for (let at = firstStartingFrom(chains, from); at < chains.length; at++) {
      const chain = chains[at] as NameChain
      if (chain.start >= end) break
      if (chain.kind !== 'person' || chain.subject) continue
      for (const word of chain.text.split(spaces))
        if (startsUppercase.test(word)) names.add(foldName(withoutApostropheS(word)))
    }
    return names
  }

  /** Whether two places (in text order) are in one sentence. */
  private sameSentence(earlier: Position, later: Position): boolean {
    if (earlier.paragraph !== later.paragraph) return false
    const prepared = this.model.paragraphs[later.paragraph]
    if (!prepared) return false
    return sentenceIndexAt(prepared, earlier.offset) === sentenceIndexAt(prepared, later.offset)
  }

  /** Whether a place is in a later sentence than another (both in text order). */
  private laterSentence(earlier: Position, later: Position): boolean {
    if (earlier.paragraph !== later.paragraph) return earlier.paragraph < later.paragraph
    const prepared = this.model.paragraphs[later.paragraph]
    if (!prepared) return false
    return sentenceIndexAt(prepared, earlier.offset) < sentenceIndexAt(prepared, later.offset)
  }

  /**
   * The one an interview printed as a transcript asks (`A:`): the person the text names most
   * often before the interview's first turn (`paragraph`), as its introduction does (`Ann Vale
   * spoke to us in her office. Vale, 61, …`), more often than anyone else, and in full somewhere.
   * A headline naming them counts as one more mention. Null when it names no one, or two people
   * as often: the text does not say which of them answers. People are counted by their name
   * runs, one pass over those before the turn; a full name no resolver was given (`met Oskar
   * Frey`) counts for someone else.
   */
  interviewee(paragraph: number): Speaker | null {
    const counts = new Map<string, { cluster: PersonCluster | undefined; count: number }>()
    for (const chain of this.model.chains) {
      if (chain.paragraph >= paragraph) break
      if (chain.kind !== 'person') continue
      const cluster = this.clusterOfChain(chain)
      const parsed = cluster ? null : parsePersonName(personNameOf(chain))
      if (!cluster && !parsed?.full) continue
      const key = cluster ? cluster.name : `unresolved:${foldName(parsed?.name ?? '')}`
      const seen = counts.get(key)
      if (seen) seen.count++
      else counts.set(key, { cluster, count: 1 })
    }
    // An interview's headline names the one it asks (`Q&A with Ann Vale`): one more mention.
    const title = this.model.title === null ? '' : foldName(this.model.title)
    if (title !== '')
      for (const entry of counts.values())
        if (entry.cluster && title.includes(foldName(entry.cluster.name))) entry.count++
    let best: { cluster: PersonCluster | undefined; count: number } | null = null
    let tied = false
    for (const entry of counts.values()) {
      if (best === null || entry.count > best.count) {
        best = entry
        tied = false
      } else if (entry.count === best.count) tied = true
    }
    const cluster = tied ? undefined : best?.cluster
    return cluster?.parsed.full
      ? this.roster.named(cluster.name, 'person', '', cluster.roles)
      : null
  }

  /**
   * Walk the article in text order: quotations (resolving their mentions), the subjects of
   * cues (indirect speech), and the subjects of clauses (people and bodies "it" and "he" may
   * point back to), each updating the state the next ones are resolved with.
   */
  walk(quotes: readonly QuoteEvent[], subjects: readonly CueSubject[]): void {
    // Steps are data, run by `step` below: one closure a step would be one allocation (and,
    // from TypeScript sources, one `name` definition) for every name chain of the article.
    const steps: WalkStep[] = []
    const handled = new PlaceMap<true>()
    for (const [order, quote] of quotes.entries()) {
      const mention = quote.mention
      if (mention) handled.set(mention.paragraph, mention.phrase.start, true)
      const at =
        mention &&
        mention.paragraph === quote.start.paragraph &&
        mention.phrase.start < quote.start.offset
          ? { paragraph: mention.paragraph, offset: mention.phrase.start }
          : quote.start
      steps.push({ at, order, kind: 'quote', quote })
    }
    let order = quotes.length
    for (const subject of subjects) {
      const at = { paragraph: subject.paragraph, offset: subject.phrase.start }
      if (handled.has(subject.paragraph, subject.phrase.start)) {
        if (subject.introducesQuote) {
          steps.push({
            at: { paragraph: at.paragraph, offset: at.offset + 0.5 },
            order: order++,
            kind: 'introduces',
            subject,
          })
        }
        continue
      }
      steps.push({ at, order: order++, kind: 'subject', subject })
    }
    for (const subject of subjects) handled.set(subject.paragraph, subject.phrase.start, true)
    for (const [paragraph, prepared] of this.model.paragraphs.entries()) {
      // Where its sentences may open their subjects, read once for both kinds of subject.
      const subjectStarts = sentenceSubjectStarts(prepared)
      for (const unnamed of unnamedSubjects(prepared, subjectStarts))
        steps.push({
          at: { paragraph, offset: unnamed.start },
          order: order++,
          kind: 'unnamed',
          description: unnamed.description,
          end: { paragraph, offset: unnamed.end },
          cued: handled.has(paragraph, unnamed.start),
        })
      for (const group of pluralSubjects(prepared, subjectStarts, this.catalogue))
        steps.push({
          at: { paragraph, offset: group.start },
          order: order++,
          kind: 'group',
          description: group.description,
          end: { paragraph, offset: group.end },
        })
    }
    for (const chain of this.model.chains) {
      const step = this.chainStep(chain)
      if (step)
        steps.push({
          at: { paragraph: chain.paragraph, offset: chain.start },
          order: order++,
          kind: 'chain',
          chain: step,
        })
    }
    steps.sort((a, b) => comparePositions(a.at, b.at) || a.order - b.order)
    for (const step of steps) this.step(step)
  }

  /** Run one step of the walk. */
  private step(step: WalkStep): void {
    switch (step.kind) {
      case 'quote': {
        const { quote } = step
        const asker = this.askerAnswered(quote)
        const resolved = quote.mention
          ? asker !== null
            ? this.resolveAnswer(quote.mention, asker)
            : this.resolveNotQuoter(quote.mention, quote.quoter ?? null)
          : { speaker: null, resolution: 'none' as const }
        const attribution = quote.mention ? this.attributed(quote.mention, resolved) : resolved
        quote.attribute(attribution)
        // `Vale was asked, "…?"`: who is named is the one asked, and who asked is unknown.
        this.turn =
          resolved.speaker && attribution.resolution !== 'spoken-to'
            ? this.questionTurn(quote, resolved.speaker.id)
            : null
        if (!resolved.speaker) return
        this.lastInParagraph.set(quote.end.paragraph, resolved.speaker)
        // The writer is "I" throughout: no "he" or "she" means them.
        if (resolved.resolution === 'writer') return
        this.remember(spokenReferent(quote.end, resolved.speaker, resolved.resolution))
        return
      }
      case 'introduces': {
        const speaker = this.lastInParagraph.get(step.subject.paragraph)
        if (speaker) this.introducedBy.set(step.subject.paragraph, speaker)
        return
      }
      case 'subject': {
        const { subject } = step
        const { speaker, resolution } = this.resolve(subject)
        const prepared = this.model.paragraphs[subject.paragraph]
        this.turn =
          speaker && prepared && asksSomeone(prepared, subject.phrase.end, subject.cue)
            ? { asker: speaker.id, place: turnPlace(prepared, subject.phrase.end), mention: null }
            : null
        if (!speaker || resolution === 'writer') return
        this.remember(
          spokenReferent(
            { paragraph: subject.paragraph, offset: subject.phrase.end },
            speaker,
            resolution,
          ),
        )
        // "…," Wang said, according to CCTV: the source reports; the speaker stays.
        if (subject.cue === 'according to') return
        // "…," Vale said at the gala, where Mrs. Brio also spoke: a speaker in a subordinate
        // clause does not take over the paragraph's quotes.
        if (this.inSubordinateClause(subject.paragraph, subject.phrase.start)) return
        this.lastInParagraph.set(subject.paragraph, speaker)
        if (subject.introducesQuote) this.introducedBy.set(subject.paragraph, speaker)
        return
      }
      case 'chain':
        this.chainReferent(step.chain)
        return
      case 'unnamed':
        this.unnamedMentions.push({ position: step.end, description: step.description })
        // A subject a cue ties to words is remembered as a speaker once resolved; only one person
        // is a referent a singular pronoun may take.
        if (
          !step.cued &&
          isOnePersonHead(step.description.slice(step.description.lastIndexOf(' ') + 1))
        ) {
          const referent: Referent = {
            position: step.end,
            speaker: {
              id: '',
              name: step.description,
              kind: 'anonymous',
              roles: [],
              aliases: [],
              description: step.description,
              quoteCount: 0,
            },
            spoke: false,
            opensSentence: true,
            unnamed: step.description,
          }
          this.remember(referent)
          const prepared = this.model.paragraphs[step.end.paragraph]
          if (prepared)
            this.unnamedOpeners.set(
              step.end.paragraph,
              sentenceIndexAt(prepared, step.end.offset),
              referent,
            )
        }
        return
      case 'group':
        this.remember({
          position: step.end,
          speaker: {
            id: '',
            name: step.description,
            kind: 'group',
            roles: [],
            aliases: [],
            description: step.description,
            quoteCount: 0,
          },
          spoke: false,
          group: step.description,
        })
        return
    }
  }

  /**
   * The turn a quotation opens when it asks a question (its speaker the asker), ending after
   * the quotation and its cue mention (`"Was it rigged?" Orrin asked.`); else none.
   */
  private questionTurn(quote: QuoteEvent, asker: string): WalkTurn | null {
    const prepared = this.model.paragraphs[quote.end.paragraph]
    if (!prepared || !quotationAsks(prepared.text, quote.end.offset)) return null
    const mention = quote.mention
    const end =
      mention && mention.paragraph === quote.end.paragraph
        ? Math.max(quote.end.offset, mention.phrase.end)
        : quote.end.offset
    return {
      asker,
      place: turnPlace(prepared, end),
      mention: mention ? { paragraph: mention.paragraph, offset: mention.phrase.start } : null,
    }
  }

  /**
   * Who the quotation answers, when it answers a turn (`turns.ts`) and its cue is "he" or
   * "she": the asker of the turn, whom the pronoun then never means. An answer opens the
   * sentence after the turn's; it is not a question itself (`"By whom?" he asked` follows
   * up), nor the question's own cue going on (`"Who wants that?" she said. "I don't."`), nor a
   * speaker going on (`he added`), nor a quoting frame's object pronoun, which has its own rule.
   */
  private askerAnswered(quote: QuoteEvent): string | null {
    const { turn } = this
    const mention = quote.mention
    if (!turn || !mention || quote.quoter) return null
    const pronoun = mention.phrase.text.toLowerCase()
    if (pronoun !== 'he' && pronoun !== 'she') return null
    if (
      turn.mention &&
      turn.mention.paragraph === mention.paragraph &&
      turn.mention.offset === mention.phrase.start
    )
      return null
    const { paragraphs } = this.model
    const turnParagraph = paragraphs[turn.place.paragraph]
    const mentionParagraph = paragraphs[mention.paragraph]
    const startParagraph = paragraphs[quote.start.paragraph]
    const endParagraph = paragraphs[quote.end.paragraph]
    if (!turnParagraph || !mentionParagraph || !startParagraph || !endParagraph) return null
    if (goesOn(mentionParagraph, mention.phrase.end)) return null
    const opens =
      mention.paragraph === quote.start.paragraph && mention.phrase.start < quote.start.offset
        ? mention.phrase.start
        : quote.start.offset
    if (!opensNextSentence(turn.place, turnParagraph, startParagraph, opens)) return null
    return quotationAsks(endParagraph.text, quote.end.offset) ? null : turn.asker
  }

  /**
   * An answer's pronoun: whom it would mean other than the asker (the one asked, when the text
   * names them), else no one: an answer is never the asker's.
   */
  private resolveAnswer(mention: MentionAt, asker: string): Resolved {
    const resolved = this.resolve(mention, asker)
    return resolved.speaker?.id === asker ? { speaker: null, resolution: 'none' } : resolved
  }

  /** What a clause subject adds to the state: a person or a body later words may point back to. */
  private chainStep(chain: NameChain): ChainStep | null {
    const index = this.mentionAt.get(chain.paragraph, chain.start)
    if (index === undefined) return null
    // "The club's manager, Ann Vale, was delighted": the name is who the subject is.
    const apposition =
      chain.kind === 'person' &&
      this.appositionSubjects.has(index) &&
      this.namesDescribedSubject(chain)
    if (!chain.subject && !apposition && !this.subjectBeforeApposition(chain)) return null
    const known: KnownMention | undefined = knownAt(
      this.model,
      chain.paragraph,
      chain.start,
      chain.end,
    )
    const end = { paragraph: chain.paragraph, offset: chain.end }
    // "The Security Council … pledged": an organization "it" can point back to.
    if (chain.kind === 'organization' || known?.kind === 'organization') {
      if (this.catalogue.mentions[index]?.kind !== 'organization') return null
      // "Former CIA director Mark Vell testified": the body only qualifies a person's title; the
      // clause's subject is that person, and no later "it" means the body.
      const prepared = this.model.paragraphs[chain.paragraph] as PreparedParagraph
      const next = prepared.tokens[firstTokenFrom(prepared.tokens, chain.end)]
      if (
        next?.kind === 'word' &&
        !next.capital &&
        (isRoleHead(next.lower) || isPeopleNounWord(next))
      )
        return null
      return { kind: 'organization', index, end, personal: false, opensSentence: false }
    }
    if (chain.kind !== 'person') return null
    if (this.model.known.length > 0 && known?.kind !== 'person') return null
    // "Mr. Obama has seen…": a bare family name with a courtesy title is a person too, and so
    // is one retext-entities read as a person (the check above: "Judge Berman took a recess").
    const titled = isHonorific(chain.text.split(spaces)[0] ?? '')
    const prepared = this.model.paragraphs[chain.paragraph] as PreparedParagraph
    return {
      kind: 'person',
      index,
      end,
      personal: titled || known?.kind === 'person',
      opensSentence: apposition || opensSentenceSubject(prepared, chain.start),
    }
  }

  /**
   * Whether a person's name set off by a comma opens its sentence, maybe after a body's title
   * (`opensSentenceSubject`): "Linfield boss Roberta Sinclair, the only woman in the league,
   * was delighted", "Brown, the governor, hinted at that": the subject before its apposition.
   * The chains read such a name as a subject only at the sentence's start and of two words or
   * more ("Westmacott, who…" aside); a catalogue person mention is still needed after this.
   */
  /**
   * Whether a person's name stands in commas after the description opening its sentence
   * (`appositionOfSubject`) that no pronoun owns: "The club's manager, Ann Vale, was delighted"
   * is about her, but "Her mother, Jane Eng, was born in Texas" brings in a relative of whom
   * the text is about, as `kinIntroducedBetween` reads, and leaves the topic with them.
   */
  private namesDescribedSubject(chain: NameChain): boolean {
    const prepared = this.model.paragraphs[chain.paragraph]
    if (!prepared || !this.appositionOfSubject(chain.paragraph, chain.start, chain.end))
      return false
    const [sentenceStart] = sentenceAt(prepared, chain.start)
    const opening = prepared.tokens[subjectStartFrom(prepared.tokens, sentenceStart)]
    return opening === undefined || !possessiveDeterminers.includes(opening.lower)
  }

  private subjectBeforeApposition(chain: NameChain): boolean {
    if (chain.kind !== 'person') return false
    const prepared = this.model.paragraphs[chain.paragraph]
    if (!prepared) return false
    const after = prepared.tokens[firstTokenFrom(prepared.tokens, chain.end)]
    return after?.text === ',' && opensSentenceSubject(prepared, chain.start)
  }

  /** Add the person or body of a clause subject as a referent (not a speaker). */
  private chainReferent(step: ChainStep): void {
    const { index, end } = step
    if (step.kind === 'organization') {
      const cluster = organizationClusterOf(this.catalogue, index)
      if (!cluster || cluster.name === '') return
      const speaker = this.registry.named(cluster.name, 'organization', '', [])
      this.remember({ position: end, speaker, spoke: false })
      return
    }
    const cluster = personClusterOf(this.catalogue, index)
    if (!cluster || cluster.name === '' || !(cluster.parsed.full || step.personal)) return
    const speaker = this.registry.named(cluster.name, 'person', '', cluster.roles)
    const referent: Referent = { position: end, speaker, spoke: false }
    if (step.opensSentence) referent.opensSentence = true
    this.remember(referent)
  }

  /** The speaker a paragraph-opening quotation continues: who introduced it, or spoke last. */
  continued(paragraph: number): Speaker | null {
    return this.introducedBy.get(paragraph) ?? this.lastInParagraph.get(paragraph) ?? null
  }
}
