import {
  auxiliaries,
  bodyNameLinks,
  calendarWords,
  companyNameHeads,
  emphasisWords,
  givenNameAuxiliaries,
  listCoordinators,
  nameParticles,
  organizationHeadLinks,
  pronouns,
} from '@newsroom/lexicon'
import {
  isDictionaryWord,
  isGivenName,
  type OrganizationCluster,
  type OrganizationResolution,
  type PersonCluster,
  type PersonMentionInput,
  type PersonResolution,
  resolveOrganizations,
  resolvePeople,
  splitAfterOrganization,
} from '@newsroom/names'
import {
  headlineSupportKeyOf,
  isHeadlineCaseRun,
  isHeadlineNameToken,
} from '@newsroom/nlcst-tokens'
import { isHyphenatedModifier } from './mention-phrase.js'
import { type PreparedParagraph, sentenceIndexAt, type Token } from './paragraphs.js'
import { isPeopleNounToken } from './people.js'
import { endsInApostropheS, hasPossessiveEnding, withoutApostropheS } from './possessive.js'
import {
  articles,
  cueVerbs,
  isOrganizationHeadToken,
  isPluralNounToken,
  isRoleHeadToken,
  isRoleHeadWord,
  lowercaseFact,
  nameConnectors,
  nounlikeCueVerbs,
  prepositions,
  runOpeners,
} from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const acronymShape = /^(?:\p{Lu}\.?){2,6}s?$/u
const anyLowercase = /\p{Ll}/u
const bodyConnector = new RegExp(`^(?:${organizationHeadLinks.join('|')})$`)
const possessiveOrStop = /['’]s$|\.$/u
const spaces = /\s+/
const startsUppercase = /^\p{Lu}/u

/** A capitalized run of words outside quotations: a name of a person or an organization. */
export interface NameChain {
  text: string
  paragraph: number
  start: number
  end: number
  kind: 'person' | 'organization'
  /** Whether the chain reads as the subject of a clause ("Flynn made…", not "by Trump"). */
  subject: boolean
}

/** A named thing another plugin found (retext-entities), in paragraph coordinates. */
export interface KnownMention {
  kind: 'person' | 'organization' | 'place'
  /** Canonical name from the other plugin, when known. */
  name: string | null
  text: string
  paragraph: number
  start: number
  end: number
}

const emphasisWordSet: ReadonlySet<string> = new Set(emphasisWords)

/** Most connecting words in a row inside a name (`de los`, `van der`, `bin Abdul`'s one). */
const maxConnectorRun = 3

const particleWords: ReadonlySet<string> = new Set(nameParticles)

/** A name particle in lowercase, such as may follow a connecting one (`de los`, `van der`). */
function isLowercaseParticle(token: Token | undefined): boolean {
  return token?.kind === 'word' && !token.capital && particleWords.has(token.lower)
}

const calendar: ReadonlySet<string> = new Set(calendarWords.filter((word) => word !== 'may'))

/** Words before a name that make it an object, not the subject of its clause. */
const objectMarkers: ReadonlySet<string> = new Set([...prepositions, ...listCoordinators])

function isCapitalWord(token: Token | undefined): boolean {
  return token?.capital === true
}

function isAcronym(text: string): boolean {
  // An acronym's second character is a capital or a stop: most words of names ("Vale") have a
  // lowercase ASCII letter there and are spared the replacement and the pattern.
  const second = text.charCodeAt(1)
  if (second >= 0x61 && second <= 0x7a) return false
  return acronymShape.test(withoutApostropheS(text))
}

/** A suffix of a name in Roman numerals (`Brent Bozell III`), not an acronym. */
const generationSuffix = /^(?:II|III|IV)$/

/**
 * Whether a chain ending in capitals is a person's name all the same: a given name and a
 * generation (`Brent Bozell III`), or a given name and a family name in capitals as a
 * transcript's label writes them (`TOM BRILL:`). Not `Karl Rove's PAC`.
 */
function isPersonNameInCapitals(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || !isGivenName((tokens[start] as Token).text)) return false
  if (generationSuffix.test((tokens[end - 1] as Token).text)) return true
  for (let at = start; at < end; at++)
    if (anyLowercase.test((tokens[at] as Token).text)) return false
  return true
}

/**
 * A name without the sentence openers a capitalized run swept up (`Even China` → `China`,
 * `But Ann Vale` → `Ann Vale`); a name that is only openers stays as it is.
 */
export function withoutOpeners(name: string): string {
  const words = name.split(spaces)
  let start = 0
  while (start < words.length - 1 && runOpeners.has((words[start] as string).toLowerCase())) start++
  return words.slice(start).join(' ')
}

/** Find the capitalized name chains of the paragraphs, classified person or organization. */
export function nameChains(paragraphs: readonly PreparedParagraph[]): NameChain[] {
  const chains: NameChain[] = []
  const headlineCase = readHeadlineCase(paragraphs)
  const { runningTextCapitals } = headlineCase
  // An index loop, and no closure made per paragraph (`entries()` made a pair per paragraph).
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const prepared = paragraphs[paragraph] as PreparedParagraph
    const { tokens } = prepared
    const context: ChainParagraph = { paragraph, prepared }
    // In headline case every word is capitalized: only the words running text also writes as
    // names make or lengthen one ("President Vorn Speech at…" is "President Vorn").
    const headline = headlineCase.headlines.get(paragraph)
    let index = 0
    while (index < tokens.length) {
      if (!isNameWord(tokens, index, headline, runningTextCapitals)) {
        index++
        continue
      }
      let end = index + 1
      // Most runs skip nothing: the set is made only for one that does.
      let skipped: Set<number> | undefined
      // Whether the run is a body's name made by `opensBodyName`: a title after it opens a
      // person's name ("Centers for Disease Control Director Thomas Frieden").
      let bodyName = false
      while (end < tokens.length) {
        const token = tokens[end] as Token
        if (bodyName && token.capital && isRoleHeadToken(token) && isCapitalWord(tokens[end + 1]))
          break
        if (isNameWord(tokens, end, headline, runningTextCapitals, tokens[end - 1])) end++
        // Robert C. "Bobby" Scott: a quoted nickname inside a name is left out of it.
        else if (
          token.kind === 'quote' &&
          token.end - token.start < 20 &&
          isCapitalWord(tokens[end + 1])
        ) {
          skipped ??= new Set<number>()
          skipped.add(end)
          end++
        } else if (nameConnectors.has(token.lower)) {
          // "Maria de los Santos", "Jan van der Kolk": particles in a row, then the family name.
          let after = end + 1
          while (after < end + maxConnectorRun && isLowercaseParticle(tokens[after])) after++
          if (!isCapitalWord(tokens[after])) break
          end = after + 1
        }
        // "Commission on Presidential Debates", "Center for Disease Control": after a body.
        else if (
          (token.lower === 'on' || token.lower === 'for') &&
          isOrganizationHeadToken(tokens[end - 1] as Token) &&
          isCapitalWord(tokens[end + 1]) &&
          !runOpeners.has((tokens[end + 1] as Token).lower)
        )
          end += 2
        // "Medics for Refugees said": a plural noun before `for` and a common word names a body.
        else if (end === index + 1 && opensBodyName(tokens, index)) {
          bodyName = true
          end += 2
        } else break
      }
      let runStart = index
      // "Said Ellis, …": a capitalized speech verb opening the sentence is not part of a name,
      // nor is a modifier such as "Rellmark-led" before it.
      while (
        runStart < end &&
        (runOpeners.has((tokens[runStart] as Token).lower) ||
          isHyphenatedModifier((tokens[runStart] as Token).text) ||
          (cueVerbs.has((tokens[runStart] as Token).lower) &&
            !nounlikeCueVerbs.has((tokens[runStart] as Token).lower)))
      )
        runStart++
      // "South Korean-born Monte Haines": the words before a modifier inside the run are part
      // of it ("South Korean-born"), not of the name after it.
      for (let at = runStart + 1; at < end - 1; at++)
        if (isHyphenatedModifier((tokens[at] as Token).text)) runStart = at + 1
      // "told Parliament Thursday that…": a day or a month is no part of a name.
      let runEnd = end
      while (runEnd > runStart && isCalendarWord(tokens[runEnd - 1] as Token)) runEnd--
      // A headline or a shout in capitals ("HAS INVESTIGATED HIM") is not a run of names. Most
      // runs are a sentence's capitalized first word, an opener ("The", "But"), and hold none.
      if (runStart < runEnd && !(runEnd - runStart > 1 && isShouted(tokens, runStart, runEnd))) {
        const split = splitAtOrganization(tokens, runStart, runEnd)
        if (split < 0) pushChain(chains, context, runStart, runEnd, skipped ?? noneSkipped)
        else {
          pushChain(chains, context, runStart, split, skipped ?? noneSkipped)
          pushChain(chains, context, split, runEnd, skipped ?? noneSkipped)
        }
      }
      index = end
    }
  }
  return chains
}

/**
 * Whether `tokens[at]` may be a word of a name: capitalized, and in a headline-case sentence
 * (`headline`: the paragraph's flags, if any) only a word running text also writes as a name;
 * `previous` is the token before it in the run being lengthened, if any.
 */
function isNameWord(
  tokens: readonly Token[],
  at: number,
  headline: readonly boolean[] | undefined,
  runningTextCapitals: ReadonlySet<string>,
  previous?: Token,
): boolean {
  return (
    isCapitalWord(tokens[at]) &&
    !(
      headline !== undefined &&
      headline[at] === true &&
      !isHeadlineNameToken(tokens[at] as Token, runningTextCapitals, previous)
    )
  )
}

/** Which sentences of an article are in headline case, and which words running text capitalizes. */
interface HeadlineCaseReading {
  /**
   * By paragraph, whether each token is in a headline-case sentence, by token index: asked per
   * token of a name chain, where a search for the token's sentence cost a look-up per word. No
   * entry for a paragraph with no such sentence.
   */
  headlines: Map<number, boolean[]>
  /** `headlineSupportKey` of each word running text capitalizes where no sentence opens. */
  runningTextCapitals: Set<string>
}

/**
 * Read the article's sentences for headline case (`isHeadlineCaseRun` of @newsroom/nlcst-tokens,
 * which retext-entities reads too): all of them before any name chain, since a headline usually
 * comes before the text that supports its names. A word after a colon opens a sentence too
 * ("Video: Full Speech").
 */
function readHeadlineCase(paragraphs: readonly PreparedParagraph[]): HeadlineCaseReading {
  const headlines = new Map<number, boolean[]>()
  // The token ranges of running text, read for its capitals only when some sentence is a
  // headline: most articles' bodies have none, and then no name asks.
  const runningText: Array<{ tokens: readonly Token[]; first: number; end: number }> = []
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const { tokens, sentences } = paragraphs[paragraph] as PreparedParagraph
    let at = 0
    for (let sentence = 0; sentence < sentences.length; sentence++) {
      const sentenceEnd = (sentences[sentence] as [number, number])[1]
      const first = at
      while (at < tokens.length && (tokens[at] as Token).start < sentenceEnd) at++
      if (capitalsAfterFirstWord(tokens, first, at) && isHeadlineCaseRun(tokens, first, at)) {
        let flags = headlines.get(paragraph)
        if (flags === undefined) {
          flags = []
          headlines.set(paragraph, flags)
        }
        for (let index = first; index < at; index++) flags[index] = true
        continue
      }
      runningText.push({ tokens, first, end: at })
    }
  }
  const runningTextCapitals = new Set<string>()
  if (headlines.size === 0) return { headlines, runningTextCapitals }
  for (const { tokens, first, end } of runningText) {
    let opening = true
    for (let index = first; index < end; index++) {
      const token = tokens[index] as Token
      if (token.kind === 'word') {
        if (token.capital && !opening) runningTextCapitals.add(headlineSupportKeyOf(token))
        opening = false
      } else if (token.text === ':' || token.kind === 'quote') opening = true
    }
  }
  return { headlines, runningTextCapitals }
}

/**
 * Whether at least three words of `tokens[first]` to `tokens[end - 1]` after the first word are
 * capitalized: headline case needs three ordinary English words capitalized after the first
 * (`isHeadlineCase` of @newsroom/names; `isHeadlineCaseRun` counts them among the words whose
 * token is \`capital\`), so a sentence with fewer is running text, told by the tokens' flags
 * alone. Most sentences are, and were asked about their lowercase words' classes first.
 */
function capitalsAfterFirstWord(tokens: readonly Token[], first: number, end: number): boolean {
  let seenFirst = false
  let capitals = 0
  for (let at = first; at < end; at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word') continue
    if (!seenFirst) seenFirst = true
    else if (token.capital && ++capitals === 3) return true
  }
  return false
}

/** No token skipped in a run. */
const noneSkipped: ReadonlySet<number> = new Set()

/**
 * Words that make a run in capitals a clause ("HAS INVESTIGATED HIM"), never a name: auxiliaries
 * but the given names among them ("WILL"), and the personal pronouns but those an abbreviation
 * spells too ("US", "ME", "IT", "I").
 */
const clauseWordsInCapitals: ReadonlySet<string> = new Set([
  ...auxiliaries.filter((word) => !givenNameAuxiliaries.includes(word)),
  ...pronouns
    .filter((pronoun) => pronoun.lemma !== 'i' && pronoun.lemma !== 'it' && pronoun.form !== 'us')
    .map((pronoun) => pronoun.form),
])

/**
 * Whether every word of `tokens[start]` to `tokens[end - 1]` is in capitals, and either all have
 * more than three letters or digits ("HARBOUR FLOODS AGAIN") or one is an auxiliary or a pronoun
 * ("HAS INVESTIGATED HIM"). A run of short abbreviations ("RHA MPO") is no shout.
 */
function isShouted(tokens: readonly Token[], start: number, end: number): boolean {
  let allLong = true
  let clauseWord = false
  for (let at = start; at < end; at++) {
    const { text, lower } = tokens[at] as Token
    if (anyLowercase.test(text)) return false
    if (text.replace(/\W/gu, '').length <= 3) allLong = false
    if (clauseWordsInCapitals.has(lower)) clauseWord = true
  }
  return allLong || clauseWord
}

/**
 * "Ostrava Mining, which runs the pit, said": a name that `, which` refers back to is a thing or
 * a body, not a person (people take `who`). A possessive ("Vale's book, which…") or a chain
 * opening with a given name ("Ann Vale, which…", where `which` takes the clause) is left alone.
 */
function relativeWhich(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1] as Token
  return (
    tokens[end]?.text === ',' &&
    tokens[end + 1]?.lower === 'which' &&
    !hasPossessiveEnding(last.text) &&
    !isGivenName((tokens[start] as Token).text)
  )
}

/** Whether a token's word is a day or a month ("Thursday", "March's"), kept on its lexeme. */
const isCalendarWord = lowercaseFact((lower) => calendar.has(lower.replace(possessiveOrStop, '')))

/** The paragraph a name chain is read from. */
interface ChainParagraph {
  paragraph: number
  prepared: PreparedParagraph
}

/** Whether a sentence of a paragraph starts at an offset (sentences start in order, once each). */
function startsSentence(prepared: PreparedParagraph, offset: number): boolean {
  return (prepared.sentences[sentenceIndexAt(prepared, offset)] as [number, number])[0] === offset
}

/** The words of `tokens[start]` to `tokens[end - 1]` but the skipped ones, joined by spaces. */
function wordsWithout(
  tokens: readonly Token[],
  start: number,
  end: number,
  skipped: ReadonlySet<number>,
): string {
  const kept: string[] = []
  for (let at = start; at < end; at++) if (!skipped.has(at)) kept.push((tokens[at] as Token).text)
  return kept.join(' ')
}

/**
 * Whether a word of `tokens[start]` to `tokens[end - 1]` is an organization's head before "of",
 * "on" or "for" ("University of Essex", "Center for Disease Control").
 */
function headsBody(tokens: readonly Token[], start: number, end: number): boolean {
  for (let at = start; at < end - 1; at++)
    if (
      bodyConnector.test((tokens[at + 1] as Token).lower) &&
      isOrganizationHeadToken(tokens[at] as Token)
    )
      return true
  return false
}

const bodyNameLinkSet: ReadonlySet<string> = new Set(bodyNameLinks)
const companyNameHeadSet: ReadonlySet<string> = new Set(companyNameHeads)

/**
 * Whether the plural noun at `tokens[at]` opens a body's name with a lowercase `for` after it
 * ("Medics for Refugees", "Americans for Prosperity", "Students for Fair Admissions"): the word
 * after `for` is capitalized and a dictionary word. Before a name, `for` ties people to whom
 * they work for ("Attorneys for Clinton", "Executives for Mondelez"), which no name holds.
 */
function opensBodyName(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at + 1]
  const next = tokens[at + 2]
  return (
    link?.text === 'for' &&
    next !== undefined &&
    isCapitalWord(next) &&
    !runOpeners.has(next.lower) &&
    isPluralNounToken(tokens[at] as Token) &&
    isDictionaryWord(next.text)
  )
}

/**
 * Whether a body's name link stands between the words of `tokens[start]` to `tokens[end - 1]`
 * ("Doctors Without Borders", "Medics for Refugees"): no person's name holds one (see
 * `bodyNameLinks`). Reads the chain's own words once.
 */
function holdsBodyNameLink(tokens: readonly Token[], start: number, end: number): boolean {
  for (let at = start + 1; at < end - 1; at++)
    if (bodyNameLinkSet.has((tokens[at] as Token).lower)) return true
  return false
}

/** Add the chain of tokens `start` to `end` (exclusive), when it can be a name. */
function pushChain(
  chains: NameChain[],
  { paragraph, prepared }: ChainParagraph,
  start: number,
  end: number,
  skipped: ReadonlySet<number>,
): void {
  const { tokens, text } = prepared
  if (start < end) {
    // The chain's words are read in place, by index: no copy of them is made.
    const first = tokens[start] as Token
    const last = tokens[end - 1] as Token
    const chainText = withoutApostropheS(
      skipped.size === 0
        ? text.slice(first.start, last.end)
        : wordsWithout(tokens, start, end, skipped),
    )
    const single = end - start === 1
    // "they COULD be", "ALL of them": a closed-class word in capitals is emphasis, no name.
    if (single && isAcronym(first.text) && emphasisWordSet.has(first.text.toLowerCase())) return
    // "The Rellmark-led Northern Council met": the chain stands where its modifiers start.
    let lead = start
    while (lead > 0 && isHyphenatedModifier((tokens[lead - 1] as Token).text)) lead--
    const atSentenceStart = startsSentence(prepared, (tokens[lead] as Token).start)
    // Organizations are head-final ("State Department", "CCTV", a company's "Belmark Lines")
    // or head-first before "of" ("University of Essex"); an acronym that is a title ("MP")
    // leaves a person's name.
    const organization =
      isOrganizationHeadToken(last) ||
      (!single && companyNameHeadSet.has(last.lower)) ||
      relativeWhich(tokens, start, end) ||
      (isAcronym(last.text) &&
        !isRoleHeadToken(last) &&
        !isPersonNameInCapitals(tokens, start, end)) ||
      headsBody(tokens, start, end) ||
      holdsBodyNameLink(tokens, start, end)
    if (!(single && atSentenceStart && !organization && chainText.length < 3)) {
      const next = tokens[end]
      // Not read at -1: V8 reads `tokens[-1]` as a property named "-1", through a slow generic
      // path, and many chains open their paragraph.
      const previous = lead > 0 ? tokens[lead - 1] : undefined
      // "Asked by moderator Ann Vale whether…", "met with coach Ann Vale": a lowercase role
      // word between a preposition and the name is the name's title, and the name the
      // preposition's object all the same.
      const objectBefore =
        previous !== undefined &&
        (objectMarkers.has(previous.lower) ||
          (lead > 1 &&
            previous.kind === 'word' &&
            previous.text === previous.lower &&
            (isRoleHeadWord(previous) || isPeopleNounToken(previous)) &&
            objectMarkers.has((tokens[lead - 2] as Token).lower)))
      // "Ann Vale, a developer and spokeswoman for …, said that…": a name opening its
      // sentence before an apposition is its subject too.
      const subject =
        (next !== undefined &&
          next.kind === 'word' &&
          !startsUppercase.test(next.text) &&
          !objectMarkers.has(next.lower) &&
          !endsInApostropheS(last.text) &&
          !objectBefore &&
          // "the Clinton campaign took…": a person's name after an article modifies a noun.
          !(!organization && previous && articles.has(previous.lower))) ||
        (atSentenceStart && !single && next?.text === ',' && !endsInApostropheS(last.text)) ||
        // "Westmacott, who will retire soon, praised…": one word opening its sentence before a
        // relative "who" is a person's name, and its subject; "However," never takes "who".
        (atSentenceStart && single && next?.text === ',' && tokens[end + 1]?.lower === 'who') ||
        // "The United Nations Security Council on Friday made…": a body opening its sentence
        // is its subject, an adjunct after it or not.
        (organization &&
          (atSentenceStart ||
            (previous?.lower === 'the' && startsSentence(prepared, previous.start))) &&
          !endsInApostropheS(last.text))
      // "archbishop Monsenor Jorge Scheinig": a lowercase role word before a person's name
      // is their role ("the archbishop said" finds them later).
      const roleBefore = start > 0 ? tokens[start - 1] : undefined
      const withRole =
        !organization &&
        roleBefore?.kind === 'word' &&
        roleBefore.text === roleBefore.lower &&
        isRoleHeadWord(roleBefore)
          ? `${roleBefore.text} ${chainText}`
          : chainText
      chains.push({
        text: withRole,
        paragraph,
        start: first.start,
        end: last.end,
        kind: organization ? 'organization' : 'person',
        subject,
      })
    }
  }
}

/**
 * "the Washington Post Trump said", "House Newt Gingrich": a run holding an organization's
 * head word before a name is split in two (see `splitAfterOrganization` of @newsroom/names):
 * the index of the token the second part starts at, -1 for a run left whole.
 */
function splitAtOrganization(tokens: readonly Token[], start: number, end: number): number {
  // A run of fewer than three words is never split (see `splitAfterOrganization`): most runs
  // are one word, so no copy of them is made.
  if (end - start < 3) return -1
  const head = lastHeadBeforeEnd(tokens, start, end)
  if (head < 0) return -1
  // The organization ends at that head, as `splitAfterOrganization` would find it again by the
  // words; given as where it ends, it is left to judge only the name after it.
  const split = splitAfterOrganization(
    tokens.slice(start, end).map((token) => token.text),
    head + 1 - start,
  )
  return split < 0 ? -1 : start + split
}

/**
 * The last capitalized organization's head word of a run before its last word, when its last
 * word is none (else -1): where `splitAfterOrganization` splits a run, asked of the tokens' own
 * word facts, so that the run's words are neither copied nor looked up by the word.
 */
function lastHeadBeforeEnd(tokens: readonly Token[], start: number, end: number): number {
  if (isOrganizationHeadToken(tokens[end - 1] as Token)) return -1
  for (let at = end - 2; at >= start; at--) {
    const token = tokens[at] as Token
    if (startsUppercase.test(token.text) && isOrganizationHeadToken(token)) return at
  }
  return -1
}

/** One person or organization mention given to the shared resolvers of @newsroom/names. */
export interface CatalogueMention {
  text: string
  kind: 'person' | 'organization'
  position: number
  /** Named in passing, not as the subject of a clause (see `PersonMentionInput`). */
  inPassing?: boolean
}

/** The article's people and organizations, resolved once with @newsroom/names. */
export interface Catalogue {
  mentions: CatalogueMention[]
  people: PersonResolution
  organizations: OrganizationResolution
  /** Index of each mention in its resolver's input. */
  inputIndex: number[]
  /** Text of each person-resolver input (what `PersonCluster.mentions` index). */
  personTexts: string[]
}

/**
 * The person cluster a catalogue mention (by its index in `mentions`) belongs to, if any. Each
 * resolver numbers its own input, so an organization mention has no person cluster (its input
 * index would name an unrelated person).
 */
export function personClusterOf(catalogue: Catalogue, mention: number): PersonCluster | undefined {
  if (catalogue.mentions[mention]?.kind !== 'person') return undefined
  const people = catalogue.people
  return people.clusters[people.clusterOf[catalogue.inputIndex[mention] ?? -1] ?? -1]
}

/** The organization cluster a catalogue mention belongs to, if any (none for a person's). */
export function organizationClusterOf(
  catalogue: Catalogue,
  mention: number,
): OrganizationCluster | undefined {
  if (catalogue.mentions[mention]?.kind !== 'organization') return undefined
  const organizations = catalogue.organizations
  return organizations.clusters[organizations.clusterOf[catalogue.inputIndex[mention] ?? -1] ?? -1]
}

/** Resolve every mention at once, so short forms find their fullest form anywhere in the article. */
export function buildCatalogue(mentions: CatalogueMention[]): Catalogue {
  const personInputs: PersonMentionInput[] = []
  const organizationInputs: Array<{ text: string; position: number }> = []
  const inputIndex = mentions.map((mention) => {
    if (mention.kind === 'organization') {
      organizationInputs.push({ text: mention.text, position: mention.position })
      return organizationInputs.length - 1
    }
    personInputs.push(
      mention.inPassing === undefined
        ? { text: mention.text, position: mention.position }
        : { text: mention.text, position: mention.position, inPassing: mention.inPassing },
    )
    return personInputs.length - 1
  })
  return {
    mentions,
    people: resolvePeople(personInputs),
    organizations: resolveOrganizations(organizationInputs),
    inputIndex,
    personTexts: personInputs.map((input) => input.text),
  }
}
