import {
  acronymStopWords,
  agentShapedWords,
  articles,
  capitalizedTitleWords,
  companyNameHeads,
  coordinators,
  cueModifiers,
  emphasisWords,
  locativePrepositions,
  monthNames,
  nonEntityWords,
  nonPersonHeads,
  nounlikeCueVerbs,
  possessiveDeterminers,
  roleComplementWords,
  roleModifiers,
  speechVerbs,
  weekdayNames,
} from '@newsroom/lexicon'
import {
  BoundedCache,
  foldName,
  isDictionaryWord,
  isGivenName,
  isHonorific,
  isNameParticle,
  isOrganizationHead,
  isRoleHead,
  isSurnameFirstFamilyName,
  likelyGivenNameGender,
  mentionNameKeys,
  parsePersonName,
  stripPossessive,
} from '@newsroom/names'
import {
  headlineSupportKeyOf,
  isHeadlineCaseRun,
  isHeadlineNameToken,
  type Token,
  tokenFact,
} from '@newsroom/nlcst-tokens'
import { acronymLetters, isAcronym, spellsAcronym } from './acronym.js'
import {
  type EntityKind,
  foldPhrase,
  type Gazetteer,
  type GazetteerEntry,
  type PhraseNode,
} from './gazetteer.js'
import { compromisePeople, isListedPerson, knowledgeOf } from './lexicon.js'
import { premodifierHead } from './premodifier.js'
import type { Sentence } from './sentences.js'

/** A surface mention found in the text, before resolution. */
export interface RawMention {
  kind: EntityKind
  /** The words of the name as written, possessive dropped (`"Blinken"`, `"US"`). */
  text: string
  /** Offsets into the file's text of `text`. */
  start: number
  end: number
  paragraph: number
  /** For places and organizations from the gazetteer: the canonical name. */
  canonical: string | null
  /** For people: the mention with the role words around it, for the name parser. */
  personText: string | null
}

const nonEntities = new Set(nonEntityWords)
const capitalizedTitleWordSet = new Set(capitalizedTitleWords)
const nonPersonHeadSet = new Set(nonPersonHeads)
const calendarWordSet = new Set([...monthNames, ...weekdayNames])
const monthNameSet = new Set(monthNames)
const acronymStopWordSet = new Set(acronymStopWords)
const emphasisWordSet = new Set(emphasisWords)
const placePrepositions = new Set(locativePrepositions)
const nounlikeCues = new Set(nounlikeCueVerbs)
/** Verbs that report speech: a single capitalized word before or after one is a name. */
const speechVerbSet = new Set(speechVerbs.filter((verb) => !nounlikeCues.has(verb)))
/** Words between a name and its speech verb ("Vale also said"). */
const speechAdverbs = new Set(cueModifiers)
/** Lowercase words a role may hold before its head ("state security minister"). */
const functionWords = new Set([...articles, ...coordinators])
const roleModifierSet = new Set([
  ...roleModifiers,
  ...roleComplementWords.filter((word) => !functionWords.has(word)),
])
/** Words that open an apposition after a name ("Vale, a lawyer, …", "Vale, whose…"). */
const appositiveStarts = new Set([
  ...articles,
  ...possessiveDeterminers,
  'who',
  'whose',
  'one',
  'now',
  'then',
  'also',
])
const orgConnectors = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'la', 'the', '&'])

const notAgents: ReadonlySet<string> = new Set(agentShapedWords)

/** A lowercase job noun written before a name ("astronomer", "broadcaster", "novelist"). */
function isAgentNoun(word: string): boolean {
  return (
    /^\p{Ll}{4,}(?:er|or|ist|ian)$/u.test(word) &&
    !notAgents.has(word) &&
    isDictionaryWord(word) &&
    !knowledgeOf(word).familyName
  )
}

// Regular expressions asked of many words are made once here: a literal in a function is a new
// object at each call.
const capitalStart = /^\p{Lu}/u
const particleCapitalStart = /^(?:al|el|bin|ibn|abu|ul)-\p{Lu}/u
const hyphenOrDash = /[-–]/

function isCapitalized(word: string): boolean {
  // Most words are plain ASCII: decide those without a regular expression.
  const code = word.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code >= 97 && code <= 122 && !word.includes('-')) return false
  return capitalStart.test(word) || particleCapitalStart.test(word)
}

/**
 * `isCapitalized` of a token's word: the parser has said whether it starts with a capital
 * letter, which is most of the question, asked of nearly every word by every scanner.
 */
function isCapitalizedToken(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (token.capital) return true
  // Else only a lowercase particle joined to a capital (`al-Assad`): most words, with no
  // hyphen, are told without the regular expression, which was a test of every lowercase word.
  const { text } = token
  const code = text.charCodeAt(0)
  return code >= 97 && code <= 122 && text.includes('-') && particleCapitalStart.test(text)
}

function isPossessive(word: string): boolean {
  return /['’]s$|s['’]$/i.test(word)
}

// Each word is cleaned and folded by several scanners: a bounded memo does it once.
const cleanCache = new BoundedCache<string, string>(50_000)
const foldCache = new BoundedCache<string, string>(50_000)

function remember(cache: BoundedCache<string, string>, key: string, value: string): string {
  cache.set(key, value)
  return value
}

function clean(word: string): string {
  return cleanCache.get(word) ?? remember(cleanCache, word, stripPossessive(word))
}

function fold(word: string): string {
  return foldCache.get(word) ?? remember(foldCache, word, foldName(clean(word)))
}

/**
 * A word that is no entity in itself: a pronoun or other function word, with a contracted verb
 * or not (`I've`, `We’re`), or a word with a digit. Demonyms are the gazetteer's to say.
 */
function isNonEntityWord(word: string): boolean {
  const bare = fold(word).replace(/'(?:ve|m|ll|d|re|s)$/, '')
  return nonEntities.has(bare) || isTitleWord(word, bare) || /\d/.test(word)
}

/**
 * A title's verb or question word (`capitalizedTitleWords`; `folded` is `word` folded): no
 * name word, unless written in capitals as an acronym (`WHO`) or borne as a given name (`Can`,
 * `Will`, `May`: the given-name tables know them, as they know `Per`).
 */
function isTitleWord(word: string, folded: string): boolean {
  return (
    capitalizedTitleWordSet.has(folded) && !isAcronym(word) && likelyGivenNameGender(word) === null
  )
}

/**
 * What the scanners ask of a token's word, read once per word (see `tokenFact`): the same
 * questions of the same words, sentence after sentence, were each a memo look-up of the word.
 */
const roleHeadToken = tokenFact(isRoleHead)
const honorificToken = tokenFact(isHonorific)
const nameParticleToken = tokenFact(isNameParticle)
/** A name particle in lowercase: it opens a family name said alone (`bin Salman`), not a title. */
const isLowercaseParticle = (token: Token): boolean => nameParticleToken(token) && !token.capital
const possessiveToken = tokenFact(isPossessive)
const organizationHeadToken = tokenFact(isOrganizationHead)
const cleanOrganizationHeadToken = tokenFact((word) => isOrganizationHead(clean(word)))
const companyNameHeadSet: ReadonlySet<string> = new Set(companyNameHeads)
/** A company's head ("Lines", "Mining"): a body's head only after another word of its name. */
const companyNameHeadToken = tokenFact((word) => companyNameHeadSet.has(clean(word).toLowerCase()))
const agentNounToken = tokenFact(isAgentNoun)
/** The word as the scanners compare it: possessive dropped (`cleanToken`), then folded. */
const cleanToken = tokenFact(clean)
const foldToken = tokenFact(fold)
const cleanFoldToken = tokenFact((word) => fold(clean(word)))
/** Listed as no entity, as written (`The`, `He`); see `isNonEntityWord` for the full test. */
const listedNonEntityToken = tokenFact(
  (word) => nonEntities.has(fold(word)) || isTitleWord(word, fold(word)),
)
/** A title's verb or question word, possessive dropped (see `isTitleWord`). */
const titleWordToken = tokenFact((text) => {
  const word = clean(text)
  return isTitleWord(word, fold(word))
})
/** What the name lexicons know of the word, possessive dropped: one slot for every question. */
const knowledgeToken = tokenFact((word) => knowledgeOf(clean(word)))
/** A first word that makes a run a person by the lexicon (see `lexiconNamesPerson`). */
const firstWordNamesPersonToken = tokenFact((text) => {
  const word = clean(text)
  return !/^\p{Lu}{2,}$/u.test(word) && isGivenName(word) && !isDictionaryWord(word)
})
/** A word that is never a name alone, but for being a demonym (see `finish`). */
const notSingleNameToken = tokenFact((text) => {
  const word = clean(text)
  return isNonEntityWord(word) || isRoleHead(word) || isHonorific(word)
})
const lowercaseLetter = /\p{Ll}/u
/**
 * A word in capitals that is an English word once lowercased (`TEXT`, `LETTERS`, possessive
 * dropped: `WHAT’S`): what a heading or a slogan in capitals is made of (see `isShoutedWord`).
 */
const shoutedDictionaryToken = tokenFact((text) => {
  const word = clean(text).replace(/['’]S$/u, '')
  return (
    word.length > 1 &&
    !lowercaseLetter.test(word) &&
    /^\p{Lu}/u.test(word) &&
    isDictionaryWord(word.toLowerCase())
  )
})
/** The word before the hyphen of a premodifier (`state` of `state-run`), asked of every word. */
const premodifierHeadToken = tokenFact(premodifierHead)
/** The gazetteer key of the word alone (see `scanGazetteer`). */
const phraseKeyToken = tokenFact((word) => foldPhrase(clean(word)))
/** A word that may be part of a person's name, but for being a demonym (`validNameWord`). */
const nameWordToken = tokenFact((text) => {
  const word = clean(text)
  return (
    (isCapitalized(word) || isNameParticle(word)) &&
    !isNonEntityWord(word) &&
    !isOrganizationHead(word)
  )
})

/** A capitalized word that is an ordinary English word, at the start of a sentence. */
function isOrdinaryInitial(sentence: Sentence, index: number): boolean {
  return sentence.initial(index) === true && ordinaryWordToken(sentence.words[index] as Token)
}

function ordinaryWordToken(token: Token): boolean {
  const knowledge = knowledgeToken(token)
  return knowledge.common && !knowledge.givenName
}

/** What `looksLikeUnknownName` asks of a word, possessive dropped: bits of `unknownNameFacts`. */
const unknownNameFacts = { notName: 1, ordinary: 2 } as const

const unknownNameToken = tokenFact((text) => {
  const word = clean(text)
  if (/^\p{Lu}{2,}$/u.test(word) || /-\p{Ll}/u.test(word)) return unknownNameFacts.notName
  // Family names of family-name-first traditions are names even when also words ("Xi").
  const ordinary =
    !isSurnameFirstFamilyName(word) && (isDictionaryWord(word) || knowledgeOf(word).common)
  return ordinary ? unknownNameFacts.ordinary : 0
})

/**
 * Weak evidence that the unknown capitalized words `tokens[from..to)` are a name: no more than
 * one of them is an English word, the first is not (unless it is a known given name), none is in
 * capitals only.
 */
function looksLikeUnknownName(tokens: readonly Token[], from: number, to: number): boolean {
  let ordinaryCount = 0
  for (let at = from; at < to; at++) {
    const facts = unknownNameToken(tokens[at] as Token)
    if (facts & unknownNameFacts.notName) return false
    if (facts & unknownNameFacts.ordinary) ordinaryCount++
  }
  if (ordinaryCount > (to - from > 1 ? 1 : 0)) return false
  const first = tokens[from] as Token
  return !(unknownNameToken(first) & unknownNameFacts.ordinary) || knowledgeToken(first).givenName
}

const initialWord = /^\p{Lu}\.$/u

/** Whether a word between the first and the last of a name is an initial (`Warren E. Buffett`). */
function hasMiddleInitial(nameWords: readonly string[]): boolean {
  for (let at = 1; at < nameWords.length - 1; at++) {
    if (initialWord.test(nameWords[at] as string)) return true
  }
  return false
}

/**
 * Whether the words of a name after its first, `tokens(from..to)`, look like a family name
 * (`Tad Devine`) rather than an ordinary noun that makes the run a place, a firm or a paper
 * (`Holly Springs`, `Iris Energy`, `El Universal`): `looksLikeUnknownName` of them, name
 * particles in front left out (`Chandler Van Voorhis`: `Van` is a word too).
 */
function restLooksLikeFamilyName(tokens: readonly Token[], from: number, to: number): boolean {
  let rest = from + 1
  while (rest < to - 1 && nameParticleToken(tokens[rest] as Token)) rest++
  return rest < to && looksLikeUnknownName(tokens, rest, to)
}

const startsWithDigit = /^\d/

/**
 * Whether the word at `at` is a month borne as a family name (`Ruben May`, `Jill June`): the
 * second word of a name whose first is a given name the lexicon knows as no common word, with no
 * number right after it (`Ruben May 5` is a date). A month is otherwise no name word
 * (`nonEntityWords`).
 */
function monthFamilyName(sentence: Sentence, nameStart: number, at: number): boolean {
  const tokens = sentence.words
  const word = tokens[at] as Token
  if (at !== nameStart + 1 || !word.capital || !monthNameSet.has(foldToken(word))) return false
  if (
    tokens[at + 1] !== undefined &&
    sentence.before(at + 1) === '' &&
    startsWithDigit.test(tokens[at + 1]?.text ?? '')
  )
    return false
  const first = knowledgeToken(tokens[nameStart] as Token)
  return first.givenName && !first.common
}

/** The most name particles a name runs through in a row (`de la`, `van der`, `von und zu`). */
const maxParticleRun = 3

/**
 * Where a name running through the particles at `tokens[from..]` goes on: the index of the
 * capitalized word after one to `maxParticleRun` particles (`Ursula *von der* Leyen`, `Carlos
 * *de la* Cruz`), or `from` when none follows. A particle with no capitalized word after it is an
 * ordinary word (`de facto`, `la carte`). Bounded, so a long run of particles costs no more.
 */
function particlesEnd(sentence: Sentence, from: number): number {
  const tokens = sentence.words
  let at = from
  while (at < tokens.length && at - from < maxParticleRun) {
    const token = tokens[at] as Token
    if (sentence.before(at) !== '' || !nameParticleToken(token)) break
    at++
    const next = tokens[at]
    if (next !== undefined && sentence.before(at) === '' && isCapitalizedToken(next)) return at
    // Only a lowercase particle goes on to another (`von der`); a capitalized one ended the run.
    if (token.capital) break
  }
  return from
}

/**
 * What the name lexicons say of a run of capitalized words with no other evidence: a person
 * when the lexicon lists the whole name (`Mitt Romney`), when a word after the first is a given
 * name (`Pope Francis`, `Kino Gabriel`: family names are often given names too), or when the
 * first is a given name that is no English word (`Agnès`, `Franky`; a first word that is also a
 * word, `Rock`, `Wells`, `El`, is too weak). Places that follow a preposition are left out by
 * the caller ("in Fort Wayne"). `words` are the words of `tokens[from..to)`, possessives dropped;
 * what is asked of each word alone is read from its token.
 */
function lexiconNamesPerson(
  words: readonly string[],
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  if (isListedPerson(words)) return true
  for (let at = from + 1; at < to; at++) {
    const knowledge = knowledgeToken(tokens[at] as Token)
    if (knowledge.givenName || knowledge.person) return true
  }
  return firstWordNamesPersonToken(tokens[from] as Token)
}

/**
 * The node of the gazetteer's phrases after `node` for one more word, whose gazetteer key is
 * `key` (see `scanGazetteer`): a word that folds to nothing (a lone `'s`) adds nothing to a
 * phrase and starts none; one that folds to several words (`St.Louis`) takes as many steps.
 */
function nextPhraseNode(node: PhraseNode, key: string, first: boolean): PhraseNode | undefined {
  if (key === '') return first ? undefined : node
  if (!key.includes(' ')) return node.next.get(key)
  let at: PhraseNode | undefined = node
  for (const word of key.split(' ')) {
    at = at.next.get(word)
    if (at === undefined) return undefined
  }
  return at
}

/**
 * The words `tokens[from..to)` as written, joined by spaces. Built by concatenation: slicing the
 * tokens, mapping them to their texts and joining made three arrays for each run of names.
 */
function wordsText(tokens: readonly Token[], from: number, to: number): string {
  let text = ''
  for (let at = from; at < to; at++) {
    const word = (tokens[at] as Token).text
    text = at === from ? word : `${text} ${word}`
  }
  return text
}

/** The number of words of a name whose words are joined by single spaces. */
function wordCount(name: string): number {
  let count = 1
  for (let at = 0; at < name.length; at++) if (name.charCodeAt(at) === 32) count++
  return count
}

/** Words of context on each side of a run that compromise reads (see `askCompromise`). */
const compromiseContext = 4

/** Finds the people, organizations and places of one article's sentences. */
export class Recognizer {
  readonly mentions: RawMention[] = []
  /**
   * Acronyms the article defines, "Syrian Democratic Forces (SDF)": folded letters (`sdf`) →
   * the organization mention they abbreviate.
   */
  readonly acronymDefinitions = new Map<string, RawMention>()
  /** Spans an acronym definition settled: later passes add no mention inside them. */
  private readonly claimed: Array<[number, number]> = []
  private readonly singles: Array<{ sentence: Sentence; index: number; evidence: boolean }> = []
  private readonly personKeys = new Set<string>()
  /**
   * Which words of the sentence being scanned a scanner took, by index: one list for every
   * sentence, cleared at each, rather than a new one per sentence.
   */
  private used: boolean[] = []
  /** Multi-word runs with no evidence yet: people if their family name is known by the end. */
  private readonly pendingRuns: Array<{ sentence: Sentence; from: number; to: number }> = []

  /**
   * Runs no cheaper evidence decided, for compromise to decide when the article is scanned:
   * `text` is their mention text as a person, `afterPreposition` whether they follow one.
   */
  private readonly undecided: Array<{
    sentence: Sentence
    from: number
    to: number
    text: string
    afterPreposition: boolean
  }> = []

  /**
   * Sentences in headline case (`isHeadlineCaseRun` of @newsroom/nlcst-tokens), noted by
   * `readCase`.
   */
  private readonly headlines = new Set<Sentence>()
  /** Whether each sentence asked has a lowercase word (`hasLowercaseWord`). */
  private readonly lowercaseSentences = new Map<Sentence, boolean>()
  /**
   * Words, folded, that running text (a sentence not in headline case) capitalizes where no
   * sentence opens: what makes a capitalized word of a headline a word of a name.
   */
  private readonly runningTextCapitals = new Set<string>()

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly text: string,
    private readonly useCompromise: boolean,
  ) {}

  private isDemonym(word: string): boolean {
    return this.gazetteer.demonyms.has(fold(word))
  }

  private isNonEntity(word: string): boolean {
    return isNonEntityWord(word) || this.isDemonym(word)
  }

  private push(
    kind: EntityKind,
    sentence: Sentence,
    from: number,
    to: number,
    canonical: string | null,
    personText: string | null = null,
  ): void {
    const tokens = sentence.words
    const first = tokens[from]
    const last = tokens[to - 1]
    if (first === undefined || last === undefined) return
    const lastWord = cleanToken(last)
    const text = to - from > 1 ? `${wordsText(tokens, from, to - 1)} ${lastWord}` : lastWord
    const end = last.end - (last.text.length - lastWord.length)
    for (const [claimedStart, claimedEnd] of this.claimed) {
      if (first.start < claimedEnd && claimedStart < end) return
    }
    this.mentions.push({
      kind,
      text,
      start: first.start,
      end,
      paragraph: sentence.paragraph,
      canonical,
      personText,
    })
  }

  /**
   * Note which of the article's sentences are in headline case and which words running text
   * capitalizes: asked before `scan`, since a headline usually comes before the text that
   * supports its names.
   */
  readCase(sentences: readonly Sentence[]): void {
    const runningText: Sentence[] = []
    for (const sentence of sentences) {
      if (isHeadlineCaseRun(sentence.words, 0, sentence.words.length)) this.headlines.add(sentence)
      else runningText.push(sentence)
    }
    // Only a headline's words ask for running text's capitals: most articles have no headline.
    if (this.headlines.size === 0) return
    for (const sentence of runningText) {
      const tokens = sentence.words
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index] as Token
        if (token.capital && sentence.initial(index) !== true)
          this.runningTextCapitals.add(headlineSupportKeyOf(token))
      }
    }
  }

  /** Whether a capitalized word of a headline may be a word of a name (`isHeadlineNameToken`). */
  private headlineNameWord(token: Token, previous?: Token): boolean {
    return isHeadlineNameToken(token, this.runningTextCapitals, previous)
  }

  /** First pass over one sentence: organizations, gazetteer names, multi-word people. */
  scan(sentence: Sentence): void {
    const size = sentence.words.length
    if (this.used.length < size) this.used = new Array(size)
    const used = this.used.fill(false, 0, size)
    this.scanPremodifiers(sentence, used)
    this.scanOrganizations(sentence, used)
    this.scanGazetteer(sentence, used)
    this.scanPeople(sentence, used)
    this.scanAcronymDefinitions(sentence)
  }

  /**
   * "U.S.-backed", "Kurdish-led", "state-run": never part of a name. The place before the
   * hyphen is still a mention of that place ("Germany-based" names Germany).
   */
  private scanPremodifiers(sentence: Sentence, used: boolean[]): void {
    const tokens = sentence.words
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      const head = premodifierHeadToken(token)
      if (head === undefined) continue
      used[index] = true
      const entry = this.gazetteer.phrases.get(foldPhrase(head))
      if (entry?.kind !== 'place' || !isCapitalized(head)) continue
      // Short names only in capitals ("US-backed"), as for single words elsewhere.
      if (acronymLetters(head).length <= 3 && head !== head.toUpperCase()) continue
      this.mentions.push({
        kind: 'place',
        text: head,
        start: token.start,
        end: token.start + head.length,
        paragraph: sentence.paragraph,
        canonical: entry.canonical,
        personText: null,
      })
    }
  }

  /**
   * "the Syrian Democratic Forces (SDF)": an acronym in parentheses right after a name defines
   * it. The name is the longest run before the parenthesis that spells the acronym (found even
   * when the scanners split it: "University College London (UCL)"), else the organization
   * mention just before, when it starts with the acronym's first letter.
   */
  private scanAcronymDefinitions(sentence: Sentence): void {
    const tokens = sentence.words
    // The test of each word is kept apart from `defineAcronym`: a loop body with variables that
    // a closure reads makes a new scope object at every word, which is most of what it allocated.
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index] as Token
      const before = sentence.before(index) as string
      const after = sentence.after(index) as string
      // Most words have no parenthesis on either side: tested before any string is trimmed.
      if (!before.includes('(') || !after.includes(')')) continue
      if (!before.trim().endsWith('(') || !after.trim().startsWith(')')) continue
      if (isAcronym(token.text)) this.defineAcronym(sentence, index)
    }
  }

  /** The definition of the acronym `tokens[index]`, written in parentheses, if it has one. */
  private defineAcronym(sentence: Sentence, index: number): void {
    const tokens = sentence.words
    const token = tokens[index] as Token
    const key = foldName(acronymLetters(token.text))
    const known = this.gazetteer.phrases.get(foldPhrase(token.text))
    if (known?.kind === 'place') return
    const last = tokens[index - 1]
    if (last === undefined) return
    let definition: RawMention | undefined
    for (let from = index - 1; from >= Math.max(0, index - 10); from--) {
      const first = tokens[from]
      // Commas may separate the words of a name: "Educational, Scientific and Cultural".
      const joint = sentence.before(from + 1)?.trim()
      if (first === undefined || (from < index - 1 && joint !== '' && joint !== ',')) break
      if (!isCapitalizedToken(first)) continue
      const span = tokens.slice(from, index)
      // Names of organizations are capitalized ("Ebola virus disease (EVD)" is none), and
      // do not open with a role ("Member of Parliament (MP)").
      if (roleHeadToken(first) && !organizationHeadToken(first)) continue
      if (
        span.some(
          (word) => !isCapitalizedToken(word) && !acronymStopWordSet.has(word.text.toLowerCase()),
        )
      )
        continue
      const name = span.map(cleanToken).join(' ')
      if (!spellsAcronym(name, token.text)) continue
      definition = this.replaceSpan(span, sentence.paragraph, name)
      break
    }
    if (definition === undefined) {
      definition = this.mentions.find(
        (mention) =>
          mention.kind === 'organization' &&
          mention.end === last.end &&
          foldName(mention.text).charAt(0) === key.charAt(0),
      )
    }
    if (definition !== undefined && !this.acronymDefinitions.has(key)) {
      this.acronymDefinitions.set(key, definition)
    }
  }

  /**
   * Make one organization mention of a span, dropping the mentions the scanners found in it; an
   * organization mention that starts earlier and runs into the span extends it ("Johns Hopkins
   * Center for Systems Science" before "and Engineering (CSSE)").
   */
  private replaceSpan(span: Token[], paragraph: number, name: string): RawMention | undefined {
    const first = span[0]
    const last = span[span.length - 1]
    if (first === undefined || last === undefined) return undefined
    const end = last.end - (last.text.length - cleanToken(last).length)
    const existing = this.mentions.find(
      (mention) =>
        mention.kind === 'organization' && mention.start === first.start && mention.end === end,
    )
    if (existing !== undefined) return existing
    let start = first.start
    for (const mention of this.mentions) {
      if (mention.kind === 'organization' && mention.start < start && mention.end > start) {
        start = mention.start
      }
    }
    for (let at = this.mentions.length - 1; at >= 0; at--) {
      const mention = this.mentions[at]
      if (mention !== undefined && mention.start < end && start < mention.end) {
        this.mentions.splice(at, 1)
      }
    }
    const text = this.text.slice(start, end).replace(/\s+/g, ' ')
    const known =
      this.gazetteer.phrases.get(foldPhrase(name)) ?? this.gazetteer.phrases.get(foldPhrase(text))
    const mention: RawMention = {
      kind: 'organization',
      text,
      start,
      end,
      paragraph,
      canonical: known?.kind === 'organization' ? known.canonical : null,
      personText: null,
    }
    this.mentions.push(mention)
    this.claimed.push([start, end])
    return mention
  }

  /** "State Department", "University of Essex", "Thames Valley Police": names ending in a head. */
  private scanOrganizations(sentence: Sentence, used: boolean[]): void {
    const tokens = sentence.words
    for (let index = 0; index < tokens.length; index++) {
      const first = tokens[index]
      if (first === undefined || used[index] || !isCapitalizedToken(first)) continue
      if (isOrdinaryInitial(sentence, index) && !organizationHeadToken(first)) continue
      let end = -1
      let headSeen = false
      /** A head word after the first: without one, no later start in this run finds a name. */
      let headAfterFirst = false
      let afterOf = false
      let at = index
      for (; at < tokens.length; at++) {
        const token = tokens[at]
        if (token === undefined || used[at]) break
        if (at > index && sentence.before(at) !== '') break
        if (isCapitalizedToken(token)) {
          if (at > index && roleHeadToken(token) && !organizationHeadToken(token)) break
          if (cleanOrganizationHeadToken(token) || (at > index && companyNameHeadToken(token))) {
            headSeen = true
            if (at > index) {
              end = at + 1
              headAfterFirst = true
            }
          } else if (afterOf && headSeen) {
            end = at + 1
          }
          if (possessiveToken(token)) break
        } else {
          const next = tokens[at + 1]
          const lower = token.lower
          if (
            !orgConnectors.has(lower) ||
            at === index ||
            next === undefined ||
            sentence.before(at + 1) !== ''
          )
            break
          if (!isCapitalizedToken(next) && !(lower === 'of' && next.text === 'the')) break
          // "Steve Peers of the University": "of" joins a name only after a head word.
          if ((lower === 'of' || lower === 'for') && !headSeen) break
          if (lower === 'of' || lower === 'for') afterOf = true
        }
      }
      if (end <= index) {
        // Each later start in the run would stop at the same word, finding no head either:
        // skipping them keeps a long run of capitalized words linear.
        if (!headAfterFirst) index = Math.max(index, at - 1)
        continue
      }
      let from = index
      // "Thursday the United States Commission …": a day or month is no part of the name, nor
      // is the lowercase word that linked it to the name ("Friday on TV").
      while (
        from < end &&
        (/^the$/i.test(tokens[from]?.text ?? '') ||
          calendarWordSet.has((tokens[from]?.text ?? '').toLowerCase()) ||
          (from > index && !isCapitalizedToken(tokens[from] as Token)))
      )
        from++
      if (end - from < 2) continue
      const known = this.phraseEntry(tokens, from, end) ?? this.countryPrefixed(tokens, from, end)
      // "Russian Federation" ends in a head word but names a country.
      const kind = known?.kind === 'place' ? 'place' : 'organization'
      this.push(kind, sentence, from, end, known?.canonical ?? null)
      for (let mark = from; mark < end; mark++) used[mark] = true
      index = end - 1
    }
  }

  /**
   * The gazetteer's entry for the words `tokens[from..to)`: what `phrases` holds for the fold of
   * the phrase, found word by word (the fold of a phrase is the folds of its words joined by
   * spaces), with no phrase string built.
   */
  private phraseEntry(
    tokens: readonly Token[],
    from: number,
    to: number,
  ): GazetteerEntry | undefined {
    let node: PhraseNode | undefined = this.gazetteer.phraseWords
    for (let at = from; at < to && node !== undefined; at++)
      node = nextPhraseNode(node, phraseKeyToken(tokens[at] as Token), false)
    return node?.entry
  }

  /**
   * "United States Central Intelligence Agency", "U.S. State Department": a country before a
   * known organization (the words `tokens[from..to)`) names that organization, so it keeps one id.
   */
  private countryPrefixed(
    tokens: readonly Token[],
    from: number,
    to: number,
  ): GazetteerEntry | undefined {
    for (let length = 1; length < Math.min(to - from, 4); length++) {
      const prefix = this.phraseEntry(tokens, from, from + length)
      if (prefix?.kind !== 'place') continue
      const rest = this.phraseEntry(tokens, from + length, to)
      if (rest?.kind === 'organization') return rest
    }
    return undefined
  }

  /** Countries, cities, regions and known organizations, longest phrase first. */
  private scanGazetteer(sentence: Sentence, used: boolean[]): void {
    const tokens = sentence.words
    for (let index = 0; index < tokens.length; index++) {
      const first = tokens[index]
      if (first === undefined || used[index] || !isCapitalizedToken(first)) continue
      if (this.scanCompound(first, sentence.paragraph)) {
        used[index] = true
        continue
      }
      // The known phrases that start here, shortest first: words joined by spaces only, none
      // taken yet, no possessive but on the last word. Most words start none, and then no list
      // is made.
      let found: Array<[entry: GazetteerEntry, length: number]> | undefined
      const limit = Math.min(this.gazetteer.maxWords, tokens.length - index)
      let node: PhraseNode | undefined = this.gazetteer.phraseWords
      for (let length = 1; length <= limit; length++) {
        if (length > 1) {
          const previous = tokens[index + length - 2] as Token
          if (
            used[index + length - 1] ||
            sentence.before(index + length - 1) !== '' ||
            possessiveToken(previous)
          )
            break
        }
        node = nextPhraseNode(
          node,
          phraseKeyToken(tokens[index + length - 1] as Token),
          length === 1,
        )
        if (node === undefined) break
        const entry = node.entry
        if (entry === undefined) continue
        if (found === undefined) found = [[entry, length]]
        else found.push([entry, length])
      }
      if (found === undefined) continue
      for (let at = found.length - 1; at >= 0; at--) {
        const [entry, length] = found[at] as [GazetteerEntry, number]
        // Short acronyms only in capitals ("US", "UN"), never "Us" or "Un".
        const word = cleanToken(first)
        if (length === 1 && word.replace(/\./g, '').length <= 3 && word !== word.toUpperCase())
          continue
        const previous = tokens[index - 1]
        // "George Washington", "Paula Kent": a given name just before makes it a person.
        if (
          length === 1 &&
          previous !== undefined &&
          sentence.before(index) === '' &&
          !used[index - 1] &&
          isCapitalizedToken(previous) &&
          (knowledgeOf(previous.text).givenName ||
            (!sentence.initial(index - 1) &&
              !isDictionaryWord(previous.text) &&
              !this.isNonEntity(previous.text) &&
              !isRoleHead(previous.text) &&
              !this.gazetteer.phrases.has(foldPhrase(previous.text))))
        ) {
          break
        }
        this.push(entry.kind, sentence, index, index + length, entry.canonical)
        for (let mark = index; mark < index + length; mark++) used[mark] = true
        index += length - 1
        break
      }
    }
  }

  /** "China-US", "US-China": a compound of known places names each of them. */
  private scanCompound(token: Token, paragraph: number): boolean {
    // Most words have no hyphen or dash: no compound, and no array of parts to make.
    if (!token.text.includes('-') && !token.text.includes('–')) return false
    const word = clean(token.text)
    // "Guinea-Bissau" is one country, not Guinea and Bissau.
    if (this.gazetteer.phrases.has(foldPhrase(word))) return false
    const parts = word.split(hyphenOrDash)
    if (parts.length < 2) return false
    for (const part of parts) if (!this.gazetteer.phrases.has(foldPhrase(part))) return false
    let offset = token.start
    parts.forEach((part) => {
      const entry = this.gazetteer.phrases.get(foldPhrase(part))
      if (entry !== undefined) {
        this.mentions.push({
          kind: entry.kind,
          text: part,
          start: offset,
          end: offset + part.length,
          paragraph,
          canonical: entry.canonical,
          personText: null,
        })
      }
      offset += part.length + 1
    })
    return true
  }

  /**
   * Where the role words written before a run of names begin ("State Department spokesman",
   * "US"): they are `tokens[result..runStart)`, none (`runStart`) when they hold no role.
   */
  private rolePrefixStart(sentence: Sentence, runStart: number): number {
    const tokens = sentence.words
    const opener = tokens[runStart]
    const runOpensWithRole = opener !== undefined && roleHeadToken(opener)
    let from = runStart
    for (let at = runStart - 1; at >= 0 && runStart - from < 8; at--) {
      const token = tokens[at]
      const after = tokens[at + 1]
      if (token === undefined || after === undefined || sentence.before(at + 1) !== '') break
      if (premodifierHeadToken(token) !== undefined) break
      const lower = token.lower
      const capitalized = isCapitalizedToken(token)
      if (
        !(capitalized && !listedNonEntityToken(token)) &&
        !roleHeadToken(token) &&
        !agentNounToken(token) &&
        !roleModifierSet.has(lower) &&
        !(lower === 'of' && from < runStart)
      ) {
        break
      }
      if (capitalized && isOrdinaryInitial(sentence, at) && !roleHeadToken(token)) break
      from = at
    }
    while (from < runStart) {
      const token = tokens[from] as Token
      if (isCapitalizedToken(token) || roleHeadToken(token) || roleModifierSet.has(token.lower)) {
        break
      }
      from++
    }
    if (runOpensWithRole) return from
    for (let at = from; at < runStart; at++) {
      const token = tokens[at] as Token
      if (roleHeadToken(token) || honorificToken(token)) return from
    }
    return runStart
  }

  private validNameWord(token: Token): boolean {
    return nameWordToken(token) && !this.gazetteer.demonyms.has(cleanFoldToken(token))
  }

  /** Runs of capitalized words: people with roles, full names, and single names for later. */
  private scanPeople(sentence: Sentence, used: boolean[]): void {
    const tokens = sentence.words
    // In headline case every word is capitalized: only the words running text also writes as
    // names make or lengthen one ("President Vorn Speech at…" is "President Vorn").
    const headline = this.headlines.has(sentence)
    let index = 0
    while (index < tokens.length) {
      const first = tokens[index]
      if (
        first === undefined ||
        used[index] ||
        !isCapitalizedToken(first) ||
        (headline && !this.headlineNameWord(first))
      ) {
        index++
        continue
      }
      let end = index + 1
      while (end < tokens.length && !possessiveToken(tokens[end - 1] as Token)) {
        const token = tokens[end]
        if (token === undefined || used[end] || sentence.before(end) !== '') break
        const next = tokens[end + 1]
        if (
          isCapitalizedToken(token) &&
          !(headline && !this.headlineNameWord(token, tokens[end - 1]))
        )
          end++
        else if (
          (token.text === 'of' || token.text === 'for') &&
          roleHeadToken(tokens[end - 1] as Token) &&
          next !== undefined &&
          sentence.before(end + 1) === '' &&
          isCapitalizedToken(next)
        ) {
          end++
        } else {
          const after = particlesEnd(sentence, end)
          if (after === end) break
          end = after
        }
      }
      this.takeRun(sentence, index, end)
      index = end
    }
  }

  private takeRun(sentence: Sentence, runStart: number, runEnd: number): void {
    const tokens = sentence.words
    let start = runStart
    while (start < runEnd) {
      const token = tokens[start]
      if (token === undefined) break
      if (isOrdinaryInitial(sentence, start) && !roleHeadToken(token) && !honorificToken(token)) {
        // Kept as a single candidate: it may still be a known name ("Wang told …").
        this.singles.push({ sentence, index: start, evidence: false })
        start++
      } else if (listedNonEntityToken(token)) start++
      else break
    }
    if (start >= runEnd) return
    // The run with the role words before it: what the name parser reads, and the mention's
    // text as a person when the parser finds a role in it.
    const personText = wordsText(tokens, this.rolePrefixStart(sentence, start), runEnd)
    const parsed = parsePersonName(personText)
    if (parsed.name === '') return
    const nameLength = wordCount(parsed.name)
    let nameStart = Math.max(start, runEnd - nameLength)
    // Drop words that cannot be part of a name from the front ("Chinese", "Monday"). A title's
    // verb or question word inside the run ("The Spy *Who* Shagged Me", "Women *Who* Work")
    // makes it a title: the words after it name no one either.
    while (nameStart < runEnd && !this.validNameWord(tokens[nameStart] as Token)) {
      if (nameStart > start && titleWordToken(tokens[nameStart] as Token)) return
      nameStart++
    }
    if (nameStart >= runEnd) return
    for (let at = nameStart; at < runEnd; at++) {
      if (!this.validNameWord(tokens[at] as Token) && !monthFamilyName(sentence, nameStart, at))
        return
    }
    // "Broadcaster Piers Morgan": a first word that is not a given name, before one that is,
    // describes the person.
    const lead = tokens[nameStart]
    const second = tokens[nameStart + 1]
    if (
      runEnd - nameStart >= 3 &&
      lead !== undefined &&
      second !== undefined &&
      !knowledgeToken(lead).givenName &&
      !nameParticleToken(lead) &&
      !nameParticleToken(second) &&
      (knowledgeToken(second).givenName ||
        (sentence.initial(nameStart) === true && isAgentNoun(clean(lead.text).toLowerCase())))
    ) {
      nameStart++
    }
    const nameTokenCount = runEnd - nameStart
    const hasRole = parsed.roles.length > 0 || parsed.honorifics.length > 0
    if (
      nameTokenCount === 1 ||
      (nameTokenCount === 2 &&
        parsed.given.length === 0 &&
        !parsed.full &&
        !isLowercaseParticle(tokens[nameStart] as Token))
    ) {
      // A title makes one word a person ("President Xi"); a role word only when the name is
      // not an ordinary word too ("Act", "State").
      const evidence =
        parsed.honorifics.length > 0 ||
        (parsed.roles.length > 0 &&
          looksLikeUnknownName(tokens, nameStart, nameStart + 1) &&
          nameStart === runEnd - 1)
      this.singles.push({ sentence, index: nameStart, evidence })
      return
    }
    const nameWords: string[] = []
    for (let at = nameStart; at < runEnd; at++) nameWords.push(cleanToken(tokens[at] as Token))
    const firstWord = nameWords[0] ?? ''
    const before = tokens[nameStart - 1]
    const afterPreposition =
      before !== undefined && nameStart === start && placePrepositions.has(before.lower)
    for (let at = nameStart; at < runEnd; at++) {
      if (nonPersonHeadSet.has(foldToken(tokens[at] as Token))) {
        if (afterPreposition) this.push('place', sentence, nameStart, runEnd, null)
        return
      }
    }
    if (nameTokenCount > 5) {
      this.takeNotPerson(sentence, nameStart, runEnd, afterPreposition)
      return
    }
    const nameText = nameWords.join(' ')
    // The parser reads roles only from role words; otherwise the name alone is the mention.
    const text = parsed.name === nameText ? personText : nameText
    const evidence =
      hasRole ||
      parsed.tradition !== 'western' ||
      knowledgeToken(tokens[nameStart] as Token).givenName ||
      knowledgeToken(tokens[runEnd - 1] as Token).familyName ||
      ((this.contextEvidence(sentence, nameStart, runEnd - 1) ||
        !(sentence.initial(nameStart) ?? true)) &&
        looksLikeUnknownName(tokens, nameStart, runEnd))
    if (
      evidence ||
      (!afterPreposition && lexiconNamesPerson(nameWords, tokens, nameStart, runEnd))
    ) {
      this.takePerson(sentence, nameStart, runEnd, text)
      return
    }
    if (isGivenName(firstWord)) {
      // A given name that is also a word (`Tad`, `Warren`) opens a person's name where a
      // middle initial follows it, or where the context says a person (a cue verb, an age or a
      // role in apposition) and the words after it are no ordinary nouns: what spelling alone
      // leaves open (`looksLikeUnknownName` refuses a first word that is a word), the sentence
      // decides. The cue alone is not enough: a firm or a paper speaks too (`Holly Farms said`,
      // `told El Universal`), a town after a place preposition is a place (`in Sandy Springs`),
      // as in the lexicon rule above, and a given name that is a name particle is as often a
      // Romance article opening a paper's name (`told La Stampa`, `El País`).
      if (
        hasMiddleInitial(nameWords) ||
        (!afterPreposition &&
          !nameParticleToken(tokens[nameStart] as Token) &&
          restLooksLikeFamilyName(tokens, nameStart, runEnd) &&
          this.contextEvidence(sentence, nameStart, runEnd - 1))
      ) {
        this.takePerson(sentence, nameStart, runEnd, text)
        return
      }
      // Last: compromise is by far the costliest signal, so it reads only the runs no other
      // signal decided, all at once when the article is scanned (see `askCompromise`), and of
      // those only the runs that open with a given name that is also a word (`Hunter`,
      // `Rusty`): the lexicons decide the others about as well, and most articles then never
      // call it.
      if (this.useCompromise) {
        this.undecided.push({ sentence, from: nameStart, to: runEnd, text, afterPreposition })
        return
      }
    }
    this.takeNotPerson(sentence, nameStart, runEnd, afterPreposition)
  }

  /** A run of names is a person: its mention, and the keys of its name for single words. */
  private takePerson(sentence: Sentence, from: number, to: number, text: string): void {
    this.push('person', sentence, from, to, null, text)
    for (const key of mentionNameKeys(text)) this.personKeys.add(key)
  }

  /**
   * A run of names nothing made a person: a place after a preposition ("in Fort Wayne"), else
   * a person if its family name is known by the end of the article (see `finish`).
   */
  private takeNotPerson(
    sentence: Sentence,
    from: number,
    to: number,
    afterPreposition: boolean,
  ): void {
    if (afterPreposition) this.push('place', sentence, from, to, null)
    else this.pendingRuns.push({ sentence, from, to })
  }

  /**
   * Decide the runs left to compromise: a person where compromise reads one overlapping the run.
   * compromise is slow, its cost grows faster than the sentence it reads (a sentence of thousands
   * of words, as in prose without punctuation, takes minutes), and each call has a large fixed
   * cost: it reads each run with a few words of context either side, all of them in one call,
   * one line each.
   */
  private askCompromise(): void {
    if (this.undecided.length === 0) return
    const windows = this.undecided.map(({ sentence: { words: tokens }, from, to }) => {
      const first = tokens[Math.max(0, from - compromiseContext)] as Token
      const last = tokens[Math.min(tokens.length, to + compromiseContext) - 1] as Token
      return {
        start: first.start,
        text: this.text.slice(first.start, last.end).replace(/\n/g, ' '),
      }
    })
    const separator = '\n\n'
    const spans = compromisePeople(windows.map((window) => window.text).join(separator))
    let base = 0
    let next = 0
    for (const [
      index,
      { sentence, from, to, text, afterPreposition },
    ] of this.undecided.entries()) {
      const tokens = sentence.words
      const window = windows[index] as { start: number; text: string }
      const start = (tokens[from] as Token).start - window.start + base
      const end = (tokens[to - 1] as Token).end - window.start + base
      // Spans are in order of the text: skip those wholly before this window.
      while (next < spans.length && (spans[next] as [number, number])[1] <= base) next++
      let found = false
      for (let at = next; at < spans.length; at++) {
        const [spanStart, spanEnd] = spans[at] as [number, number]
        if (spanStart >= base + window.text.length) break
        if (spanStart < end && start < spanEnd) {
          found = true
          break
        }
      }
      if (found) this.takePerson(sentence, from, to, text)
      else this.takeNotPerson(sentence, from, to, afterPreposition)
      base += window.text.length + separator.length
    }
    this.undecided.length = 0
  }

  /**
   * Evidence from the sentence that the capitalized words `first..index` name a person: a speech
   * verb just before them or just after (`said Tad Devine`, `Tad Devine said`), an age in commas
   * after them (`Rose Okafor, 61,`) or a role in apposition (`Xi, China's leader`). A firm or a
   * paper speaks too: callers weigh it with what the words themselves look like.
   */
  private contextEvidence(sentence: Sentence, first: number, index: number): boolean {
    const tokens = sentence.words
    const token = tokens[index]
    if (token === undefined) return false
    // Not read at -1: V8 reads `tokens[-1]` as a property named "-1", through a slow generic path.
    const previous = first > 0 ? tokens[first - 1] : undefined
    if (
      previous !== undefined &&
      sentence.before(first) === '' &&
      speechVerbSet.has(previous.lower)
    ) {
      return true
    }
    let at = index + 1
    const after = sentence.after(index) as string
    if (after === '') {
      while (speechAdverbs.has(tokens[at]?.lower ?? '') && sentence.after(at) === '') at++
      if (speechVerbSet.has(tokens[at]?.lower ?? '')) return true
    }
    if (after.trim() === ',') {
      const next = tokens[index + 1]
      if (next === undefined) return false
      // "Sudesh Amman, 20, was …": an age after a name.
      if (/^\d{1,3}$/.test(next.text) && sentence.after(index + 1)?.trim() === ',') return true
      const opensAppositive =
        appositiveStarts.has(next.lower) || possessiveToken(next) || roleHeadToken(next)
      if (!opensAppositive) return false
      for (let look = index + 1; look < Math.min(tokens.length, index + 9); look++) {
        const word = tokens[look]
        if (word === undefined || (look > index + 1 && sentence.before(look) !== '')) break
        if (roleHeadToken(word) && !organizationHeadToken(word)) return true
      }
    }
    return false
  }

  /**
   * Whether the capitals word `sentence.words[index]` is an English word shouted rather than an
   * acronym: page furniture and headings in capitals ("FULL TEXT.", "LETTERS.", "CORRECTION:",
   * "WHAT’S BREWING."), a slogan ("MAKE AMERICA GREAT AGAIN"). A dictionary word is shouted
   * when another capitals dictionary word stands next to it, when its sentence has no word in
   * lowercase, or when it opens its sentence as a label before a colon. An acronym among
   * running text ("EDGE, an environmental group"), or beside a name no dictionary holds ("USA
   * TODAY"), stays an organization; so does any the article defines (see `finish`).
   */
  private isShoutedWord(sentence: Sentence, index: number): boolean {
    const tokens = sentence.words
    if (!shoutedDictionaryToken(tokens[index] as Token)) return false
    const previous = index > 0 ? tokens[index - 1] : undefined
    const next = tokens[index + 1]
    if (
      (previous !== undefined && shoutedDictionaryToken(previous)) ||
      (next !== undefined && shoutedDictionaryToken(next))
    )
      return true
    if (index === 0 && (sentence.after(index) ?? '').trimStart().startsWith(':')) return true
    return !this.hasLowercaseWord(sentence)
  }

  /**
   * Whether a sentence has a word with a lowercase letter, read once per sentence: a scan per
   * capitals word would grow with the square of a long sentence in capitals.
   */
  private hasLowercaseWord(sentence: Sentence): boolean {
    let known = this.lowercaseSentences.get(sentence)
    if (known === undefined) {
      known = sentence.words.some((token) => lowercaseLetter.test(token.text))
      this.lowercaseSentences.set(sentence, known)
    }
    return known
  }

  /** Second pass, once every full name of the article is known: single words. */
  finish(): void {
    this.askCompromise()
    for (const run of this.pendingRuns) {
      const tokens = run.sentence.words
      const last = tokens[run.to - 1]
      if (last !== undefined && this.personKeys.has(foldToken(last)) && run.to - run.from <= 3) {
        const text = tokens.slice(run.from, run.to).map(cleanToken).join(' ')
        this.push('person', run.sentence, run.from, run.to, null, text)
      }
    }
    const evidenced = new Set<string>()
    for (const single of this.singles) {
      if (
        single.evidence ||
        (this.contextEvidence(single.sentence, single.index, single.index) &&
          looksLikeUnknownName(single.sentence.words, single.index, single.index + 1))
      ) {
        const token = single.sentence.words[single.index]
        if (token !== undefined) evidenced.add(foldToken(token))
      }
    }
    for (const single of this.singles) {
      const { sentence, index } = single
      const token = sentence.words[index]
      if (token === undefined) continue
      const word = cleanToken(token)
      const key = cleanFoldToken(token)
      if (notSingleNameToken(token) || this.gazetteer.demonyms.has(key)) continue
      if (this.personKeys.has(key) || evidenced.has(key)) {
        const prefixStart = this.rolePrefixStart(sentence, index)
        const text =
          prefixStart < index ? `${wordsText(sentence.words, prefixStart, index)} ${word}` : word
        this.push('person', sentence, index, index + 1, null, text)
        continue
      }
      if (isOrdinaryInitial(sentence, index)) continue
      if (
        /^\p{Lu}[\p{Lu}\d&]+$/u.test(word) &&
        !/^[IVXLC]+$/.test(word) &&
        ((!emphasisWordSet.has(word.toLowerCase()) && !this.isShoutedWord(sentence, index)) ||
          this.acronymDefinitions.has(foldName(acronymLetters(word))))
      ) {
        this.push('organization', sentence, index, index + 1, null)
        continue
      }
      const previous = sentence.words[index - 1]
      if (
        previous !== undefined &&
        sentence.before(index) === '' &&
        placePrepositions.has(previous.lower)
      ) {
        if (!knowledgeOf(word).common) this.push('place', sentence, index, index + 1, null)
      }
    }
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end)
  }
}
