import {
  acronymOf,
  foldName,
  isDictionaryWord,
  isGivenName,
  isHonorific,
  isOrganizationHead,
  isRoleHead,
  isRoleWord,
  likelyGivenNameGender,
  likelyPersonGender,
  type NameGender,
  nameKeys,
  parsePersonName,
  personGender,
  titleGender,
} from '@newsroom/names'
import type { Speaker, SpeakerKind } from '@newsroom/schema'
import {
  type Attribution,
  attributeQuote,
  type CueSubject,
  cueSubjects,
  type PreparedParagraph,
  prepareParagraph,
} from './attribution.js'
import {
  buildCatalogue,
  type CatalogueMention,
  type KnownMention,
  type NameChain,
  nameChains,
  organizationClusterOf,
  personClusterOf,
  withoutOpeners,
} from './catalogue.js'
import { findQuotes, type RawQuote } from './find-quotes.js'
import { isHumanNoun } from './human-nouns.js'
import type { MarkProblem } from './marks.js'
import type { MentionPhrase } from './mention-phrase.js'
import { normalizePhrase, pronounKinds, readPhrase, SpeakerRegistry } from './speakers.js'

/** The occupation word of a role (its head: "lawyer", "Mayor" of "Mayor of X"), else null. */
function roleHeadOf(role: string): string | null {
  const words = role.split(/\s+/)
  const of = words.indexOf('of')
  const head = of > 0 ? words[of - 1] : words.at(-1)
  return head !== undefined && isRoleHead(head) ? foldName(head).replace(/\.$/, '') : null
}

/**
 * Role heads that news copy uses for one person interchangeably ("Rep. Vale" is "the
 * congresswoman" and "the lawmaker"; a nominee is "the businessman" or "the candidate").
 */
const roleKinds: ReadonlyArray<ReadonlySet<string>> = [
  new Set([
    'rep',
    'representative',
    'congressman',
    'congresswoman',
    'congressmember',
    'lawmaker',
    'legislator',
    'senator',
    'sen',
    'member',
    'politician',
    'democrat',
    'republican',
    'mp',
    'chairman',
    'chairwoman',
    'chair',
  ]),
  new Set([
    'candidate',
    'nominee',
    'businessman',
    'businesswoman',
    'billionaire',
    'developer',
    'mogul',
    'tycoon',
    'governor',
    'gov',
    'senator',
    'sen',
    'secretary',
    'politician',
    'democrat',
    'republican',
  ]),
  new Set(['president', 'leader', 'head', 'chief', 'premier', 'chancellor', 'prime']),
  new Set(['ceo', 'executive', 'founder', 'chairman', 'chairwoman', 'boss', 'head', 'chief']),
]

/** Whether a role has the folded head word (`State Department spokesman` holds `spokesman`). */
function holdsRole(roles: readonly string[], head: string): boolean {
  return roles.some((role) => foldName(role).split(' ').includes(head))
}

function sameRoleKind(a: string, b: string): boolean {
  const x = foldName(a).replace(/\.$/, '')
  const y = foldName(b).replace(/\.$/, '')
  return x === y || roleKinds.some((kind) => kind.has(x) && kind.has(y))
}

/** Settings of one extraction run (see the plugin options). */
export interface ExtractSettings {
  minUnattributedWords: number
  /** The article's title, when known: full names there count as the article's (`Hillary Clinton`). */
  title?: string | null | undefined
}

/** One speech quote with its attribution, in paragraph coordinates. */
export interface ExtractedQuote {
  raw: RawQuote
  cue: string | null
  mention: string | null
  /** Where the mention stands: its paragraph and offsets there. */
  mentionAt: { paragraph: number; start: number; end: number } | null
  speaker: Speaker | null
  confidence: number
}

export interface Extraction {
  quotes: ExtractedQuote[]
  speakers: Speaker[]
  problems: MarkProblem[]
}

const methodConfidence: Record<Attribution['method'], number> = {
  after: 0.9,
  'sentence-end': 0.85,
  before: 0.8,
  'according-to': 0.7,
  continuation: 0.6,
  none: 0,
}

/** Two capitalized words in a row, the least a "Given Family" pair needs. */
const capitalizedPair = /\p{Lu}\p{Ll}+\s+\p{Lu}/u

/** Whether a word starts with an uppercase letter (ASCII checked without a pattern). */
function startsUppercase(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return /^\p{Lu}/u.test(word)
}

/** A word without the punctuation after it, and without a full stop after two letters or more. */
function withoutTrailingMarks(word: string): string {
  return word.replace(/[^\p{L}'’.-]+$/u, '').replace(/(\p{L}{2,})\.$/u, '$1')
}

/** Words opening a subordinate clause before its subject. */
const subordinators = new Set([
  'where',
  'when',
  'while',
  'whereas',
  'although',
  'though',
  'because',
])

/** Net pronoun votes that outweigh the usual gender of a given name. */
const strongPronounEvidence = 2

const malePronouns = new Set(['he', 'him', 'his', 'himself'])
const femalePronouns = new Set(['she', 'her', 'hers', 'herself'])

const countedWord = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const titleWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/** Words of a text, counted up to `limit`: callers only ask whether there are that many. */
function wordCount(text: string, limit: number): number {
  let count = 0
  countedWord.lastIndex = 0
  while (count < limit && countedWord.exec(text) !== null) count++
  return count
}

/** A title of a work or a name in quotation marks: every long word capitalized, no sentence end. */
function looksLikeTitle(text: string): boolean {
  // Most quotations are sentences: stop reading words as soon as there are too many.
  const words: string[] = []
  titleWord.lastIndex = 0
  for (let match = titleWord.exec(text); match !== null; match = titleWord.exec(text)) {
    words.push(match[0])
    if (words.length > 7) return false
  }
  if (words.length === 0) return false
  if (/[.!?]["'”’]*$/.test(text.trim()) && words.length > 3) return false
  // "a con" is a phrase, not a title: a title has at least one capitalized word.
  return (
    words.some((word) => /^[\p{Lu}\p{N}]/u.test(word)) &&
    words.every((word) => word.length < 4 || /^[\p{Lu}\p{N}]/u.test(word))
  )
}

/** Whether a quotation is speech (not a scare quote, a title or a coined term). */
function isSpeech(
  quote: RawQuote,
  attribution: Attribution,
  settings: ExtractSettings,
  followsAttributed: boolean,
): boolean {
  const words = wordCount(quote.text, Math.max(settings.minUnattributedWords, 1))
  if (words === 0) return false
  const attributed = attribution.method !== 'none' && attribution.method !== 'continuation'
  if (looksLikeTitle(quote.text)) return attributed && attribution.method === 'after'
  if (attributed) return true
  // `"…," Ann said. "Short."`: a quote after an attributed one in the same paragraph is theirs.
  return followsAttributed || words >= settings.minUnattributedWords
}

/** Whether only the previous quote's attribution clause separates two quotes. */
function startsSentenceAfterQuote(
  previous: RawQuote,
  quote: RawQuote,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  const last = previous.segments.at(-1)
  const first = quote.segments[0]
  if (!last || !first) return false
  const between = (paragraphs[first.paragraph] as PreparedParagraph).text.slice(
    last.close,
    first.open,
  )
  return (
    between.length < 80 &&
    !/[\p{L}]{2,}[^.!?,:;]*[.!?]\s+\p{Lu}/u.test(
      between.replace(/^[^\p{L}]*[\p{L}\s'’.-]*?[.!?:,]\s*$/u, ''),
    )
  )
}

function positionKey(paragraph: number, offset: number): string {
  return `${paragraph}:${offset}`
}

function startsParagraph(quote: RawQuote, paragraphs: readonly PreparedParagraph[]): boolean {
  const first = quote.segments[0]
  if (!first) return false
  const text = (paragraphs[first.paragraph] as PreparedParagraph).text
  return first.open === text.length - text.trimStart().length
}

/** Who a pronoun may point back to; `spoke` marks speakers and cue subjects. */
interface Referent {
  position: number
  speaker: Speaker
  spoke?: boolean
}

interface Event {
  paragraph: number
  offset: number
  order: number
  run: () => void
}

/**
 * Find the speech quotes of an article's paragraphs and attribute each to a canonical speaker.
 * `known` carries mentions found by retext-entities, when it ran first.
 */
export function extractQuotes(
  texts: readonly string[],
  known: readonly KnownMention[],
  settings: ExtractSettings,
): Extraction {
  const { quotes: raw, problems } = findQuotes(texts)
  // Mentions by paragraph, in their order: lookups below scan one paragraph, not the article.
  const knownByParagraph = new Map<number, KnownMention[]>()
  for (const mention of known) {
    const list = knownByParagraph.get(mention.paragraph)
    if (list) list.push(mention)
    else knownByParagraph.set(mention.paragraph, [mention])
  }
  // Each paragraph's quotation segments, gathered in one pass over the quotations.
  const segments = texts.map((): RawQuote['segments'][number][] => [])
  for (const quote of raw)
    for (const segment of quote.segments) segments[segment.paragraph]?.push(segment)
  const paragraphs = texts.map((text, index) => prepareParagraph(text, segments[index] ?? []))
  // "the Washington Post Trump said", "United Nations ambassador Nikki Haley": when a name
  // phrase starts with an organization or place retext-entities found, the person after it
  // speaks and the organization is their affiliation.
  const splitAffiliation = (phrase: MentionPhrase, paragraph: number): MentionPhrase => {
    if (phrase.form !== 'name') return phrase
    const leading = knownByParagraph
      .get(paragraph)
      ?.find(
        (mention) =>
          mention.kind !== 'person' &&
          mention.end > phrase.start &&
          mention.end < phrase.end - 2 &&
          (mention.start <= phrase.start ||
            /^the\s+$/i.test(phrase.text.slice(0, mention.start - phrase.start))),
      )
    if (!leading) return phrase
    const offset = leading.end - phrase.start
    const rest = phrase.text.slice(offset).replace(/^['’]s?\s+|^\s+/u, '')
    const words = rest.split(/\s+/)
    const nameLike =
      rest !== '' &&
      words.every((word) => /^\p{Lu}/u.test(word)) &&
      words.some((word) => !isRoleWord(word))
    if (!nameLike) return phrase
    return normalizePhrase({
      ...phrase,
      text: rest,
      start: phrase.end - rest.length,
      appositions: [
        ...phrase.appositions,
        { text: phrase.text.slice(0, offset), start: phrase.start, end: leading.end },
      ],
    })
  }
  const attributions = raw.map((quote) => {
    const attribution = attributeQuote(quote, paragraphs)
    return attribution.phrase
      ? {
          ...attribution,
          phrase: splitAffiliation(normalizePhrase(attribution.phrase), attribution.paragraph),
        }
      : attribution
  })
  const kept = raw
    .map((quote, index) => ({ quote, attribution: attributions[index] as Attribution }))
    .filter(({ quote, attribution }, index, all) => {
      const previous = all[index - 1]
      const followsAttributed =
        previous !== undefined &&
        previous.attribution.method !== 'none' &&
        previous.quote.segments.at(-1)?.paragraph === quote.segments[0]?.paragraph &&
        startsSentenceAfterQuote(previous.quote, quote, paragraphs)
      return isSpeech(quote, attribution, settings, followsAttributed)
    })
  const subjects = paragraphs
    .flatMap((paragraph, index) => cueSubjects(paragraph, index))
    .map((subject) => ({
      ...subject,
      phrase: splitAffiliation(normalizePhrase(subject.phrase), subject.paragraph),
    }))
  const chains = nameChains(paragraphs)
  const chainsByParagraph = new Map<number, NameChain[]>()
  for (const chain of chains) {
    const list = chainsByParagraph.get(chain.paragraph)
    if (list) list.push(chain)
    else chainsByParagraph.set(chain.paragraph, [chain])
  }

  /**
   * The first named person before `offset` who is a subject in the same sentence (the main
   * clause's, as a rule) and of the given gender, else null.
   */
  const sentenceSubjectBefore = (
    paragraph: number,
    offset: number,
    gender: NameGender,
  ): Speaker | null => {
    const prepared = paragraphs[paragraph]
    const sentence = prepared?.sentences.find(([start, end]) => offset >= start && offset < end)
    if (!sentence) return null
    const candidates = (chainsByParagraph.get(paragraph) ?? []).filter(
      (chain) =>
        chain.subject &&
        chain.kind === 'person' &&
        chain.start >= sentence[0] &&
        chain.end < offset,
    )
    for (const chain of candidates) {
      const index = mentionAt.get(positionKey(paragraph, chain.start))
      if (index === undefined) continue
      const cluster = personClusterOf(catalogue, index)
      if (!cluster?.parsed.full) continue
      const speaker = registry.named(cluster.name, 'person', '', cluster.roles)
      if (genderOf(speaker) === gender) return speaker
    }
    return null
  }
  /** Whether the phrase starting at `offset` follows a subordinating word (`where`, `while`). */
  const inSubordinateClause = (paragraph: number, offset: number): boolean => {
    const tokens = paragraphs[paragraph]?.tokens ?? []
    const at = tokens.findIndex((token) => token.start === offset)
    return at > 0 && subordinators.has((tokens[at - 1] as { lower: string }).lower)
  }
  /** Whether an offset starts a sentence of its paragraph (spaces aside). */
  const opensSentence = (paragraph: number, offset: number): boolean => {
    const prepared = paragraphs[paragraph]
    return (
      prepared?.sentences.some(
        ([start]) => offset >= start && prepared.text.slice(start, offset).trim() === '',
      ) ?? false
    )
  }
  /** Whether a name is (inside) the subject of a clause, as its name chain reads. */
  const isSubject = (paragraph: number, start: number, end: number): boolean =>
    chainsByParagraph
      .get(paragraph)
      ?.some((chain) => chain.subject && chain.start <= start && chain.end >= end) ?? false
  // Every name of the article goes through the shared resolvers once.
  const mentions: CatalogueMention[] = []
  const mentionAt = new Map<string, number>()
  const globalPosition = (paragraph: number, offset: number): number =>
    paragraph * 1_000_000 + offset
  // The resolvers measure nearness in characters of the article, across paragraph breaks
  // ("Secretary Jeh Johnson says… / Johnson tells…").
  const paragraphStarts: number[] = []
  texts.reduce((start, text, index) => {
    paragraphStarts[index] = start
    return start + text.length + 2
  }, 0)
  const articleOffset = (paragraph: number, offset: number): number =>
    (paragraphStarts[paragraph] ?? 0) + offset
  const knownAt = new Map<string, KnownMention>()
  /** Every person mention retext-entities found: its place and its index in `mentions`. */
  const personMentions: Array<{ paragraph: number; position: number; index: number }> = []
  for (const mention of known) {
    if (mention.kind === 'place') continue
    const position = globalPosition(mention.paragraph, mention.start)
    mentions.push({
      text: withoutOpeners(mention.text),
      kind: mention.kind,
      position: articleOffset(mention.paragraph, mention.start),
      inPassing: !isSubject(mention.paragraph, mention.start, mention.end),
    })
    if (mention.kind === 'person')
      personMentions.push({ paragraph: mention.paragraph, position, index: mentions.length - 1 })
  }
  // A headline is written in title case, and quoted text is masked from the name finders, so
  // from both only "Given Family" pairs whose family name the body uses for a person are taken
  // ("Clinton said" under "Hillary Clinton Goes…"; "Barack Obama Election Day" in quotes).
  let bodyWords: Set<string> | undefined
  const isBodyWord = (word: string): boolean => {
    bodyWords ??= new Set(
      [...known.filter((mention) => mention.kind === 'person'), ...chains]
        .flatMap((mention) => mention.text.split(/\s+/))
        .map((word) => foldName(word.replace(/['’]s$/u, ''))),
    )
    return bodyWords.has(foldName(word))
  }
  const takeGivenFamilyPairs = (text: string, position: number): void => {
    if (!capitalizedPair.test(text)) return
    const words = text.split(/\s+/)
    for (let at = 0; at + 1 < words.length; at++) {
      // Most words are not capitalized pairs: test that first, cheaply.
      if (!startsUppercase(words[at] as string) || !startsUppercase(words[at + 1] as string))
        continue
      // A headline may end in a full stop: "…for Hillary Clinton." (an initial keeps its own).
      const given = withoutTrailingMarks(words[at] as string)
      const family = withoutTrailingMarks(words[at + 1] as string).replace(/['’]s$/u, '')
      if (
        /^\p{Lu}\p{Ll}+$/u.test(given) &&
        /^\p{Lu}\p{Ll}+/u.test(family) &&
        (isGivenName(given) ||
          (likelyGivenNameGender(given) !== null && !isDictionaryWord(given))) &&
        !isGivenName(family) &&
        isBodyWord(family)
      ) {
        mentions.push({ text: `${given} ${family}`, kind: 'person', position })
      }
    }
  }
  if (settings.title) takeGivenFamilyPairs(settings.title, -1)
  for (const quote of raw) {
    const first = quote.segments[0]
    if (first) takeGivenFamilyPairs(quote.text, articleOffset(first.paragraph, first.open))
  }
  const knownOverlapping = (
    paragraph: number,
    start: number,
    end: number,
  ): KnownMention | undefined =>
    knownByParagraph
      .get(paragraph)
      ?.find((mention) => mention.start < end && mention.end > start && mention.end >= end - 1)
  // Only names that can matter go to the resolvers: those sharing a word with a speaker phrase,
  // and the subjects that pronouns may point back to.
  const speakerWords = new Set<string>()
  const addSpeakerWords = (phrase: MentionPhrase | null): void => {
    if (phrase?.form === 'name')
      for (const word of phrase.text.split(/\s+/))
        speakerWords.add(word.replace(/['’]s$/, '').toLowerCase())
  }
  for (const { attribution } of kept) addSpeakerWords(attribution.phrase)
  for (const subject of subjects) addSpeakerWords(subject.phrase)
  for (const chain of chains) {
    const relevant =
      chain.subject ||
      chain.kind === 'organization' ||
      /^\p{Ll}/u.test(chain.text) ||
      chain.text.split(/\s+/).some((word) => speakerWords.has(word.toLowerCase()))
    if (!relevant) continue
    mentions.push({
      text: chain.text,
      kind: chain.kind,
      position: articleOffset(chain.paragraph, chain.start),
      inPassing: !chain.subject,
    })
    mentionAt.set(positionKey(chain.paragraph, chain.start), mentions.length - 1)
  }
  const phraseMentions = (phrase: MentionPhrase, paragraph: number): void => {
    if (phrase.form !== 'name') return
    const knownMention = knownOverlapping(paragraph, phrase.start, phrase.end)
    if (knownMention) knownAt.set(positionKey(paragraph, phrase.start), knownMention)
    const chain = chainsByParagraph
      .get(paragraph)
      ?.find((candidate) => candidate.start < phrase.end && candidate.end >= phrase.end - 1)
    const kind =
      knownMention?.kind === 'organization' ||
      knownMention?.kind === 'place' ||
      chain?.kind === 'organization'
        ? 'organization'
        : 'person'
    mentions.push({ text: phrase.text, kind, position: articleOffset(paragraph, phrase.start) })
    mentionAt.set(positionKey(paragraph, phrase.start), mentions.length - 1)
  }
  for (const { attribution } of kept)
    if (attribution.phrase) phraseMentions(attribution.phrase, attribution.paragraph)
  for (const subject of subjects) phraseMentions(subject.phrase, subject.paragraph)
  const catalogue = buildCatalogue(mentions)
  let namedPeopleList: typeof personMentions | undefined
  /**
   * Every person mention retext-entities found, plus the subjects of clauses it missed
   * ("Wines believes…"), in text order.
   */
  const namedPeople = (): typeof personMentions => {
    if (namedPeopleList) return namedPeopleList
    const found = new Set(personMentions.map((mention) => mention.position))
    const extra = chains.flatMap((chain) => {
      const position = globalPosition(chain.paragraph, chain.start)
      const index = mentionAt.get(positionKey(chain.paragraph, chain.start))
      // Not a name retext-entities read as a place or an organization ("RAF Croughton").
      const other = knownOverlapping(chain.paragraph, chain.start, chain.end)
      return chain.subject &&
        chain.kind === 'person' &&
        !found.has(position) &&
        index !== undefined &&
        (other === undefined || other.kind === 'person')
        ? [{ paragraph: chain.paragraph, position, index }]
        : []
    })
    namedPeopleList = [...personMentions, ...extra].sort((a, b) => a.position - b.position)
    return namedPeopleList
  }
  /** Where person names open their sentence as its subject, as global positions. */
  const subjectStarts = new Set(
    chains
      .filter(
        (chain) =>
          chain.subject && chain.kind === 'person' && opensSentence(chain.paragraph, chain.start),
      )
      .map((chain) => globalPosition(chain.paragraph, chain.start)),
  )

  const registry = new SpeakerRegistry()
  /** Who a pronoun may point back to, in text order; `spoke` marks speakers and cue subjects. */
  const referents: Referent[] = []
  const lastInParagraph = new Map<number, Speaker>()
  const lastMention = new Map<
    number,
    { text: string; paragraph: number; start: number; end: number }
  >()
  const introducedBy = new Map<number, Speaker>()

  // The article's main named speaker, for definite descriptions ("Beijing's top diplomat").
  const namedCounts = new Map<string, number>()
  for (const { attribution } of kept) {
    const phrase = attribution.phrase
    if (phrase?.form !== 'name') continue
    const index = mentionAt.get(positionKey(attribution.paragraph, phrase.start))
    if (index === undefined || catalogue.mentions[index]?.kind !== 'person') continue
    const cluster = personClusterOf(catalogue, index)
    if (cluster?.parsed.full)
      namedCounts.set(cluster.name, (namedCounts.get(cluster.name) ?? 0) + 1)
  }
  const principal = [...namedCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null

  // Folded names and name keys of the people clusters, computed once each: every bare name
  // and every owner is compared with all of them.
  const personFolds: Array<string | undefined> = []
  const personKeyLists: Array<readonly string[] | undefined> = []
  const personFold = (at: number): string =>
    (personFolds[at] ??= foldName((catalogue.people.clusters[at] as { name: string }).name))
  const personKeys = (at: number): readonly string[] =>
    (personKeyLists[at] ??= nameKeys(
      (catalogue.people.clusters[at] as (typeof catalogue.people.clusters)[number]).parsed,
    ))

  const genders = new Map<string, NameGender | null>()
  let pronounVotes: Map<string, number> | undefined

  /**
   * Gender from the article itself, for names the given-name lists leave open (`Hillary`,
   * `Donald`): the pronouns of sentences whose only named person is that person
   * ("Clinton said her plan…").
   */
  function pronounEvidence(): Map<string, number> {
    const votes = new Map<string, number>()
    for (const [index, paragraph] of paragraphs.entries()) {
      const inParagraph = chainsByParagraph.get(index) ?? []
      // One pass over the tokens: the pronoun vote of each sentence.
      const sentenceVotes = paragraph.sentences.map(() => 0)
      let sentence = 0
      for (const token of paragraph.tokens) {
        while ((paragraph.sentences[sentence]?.[1] ?? Number.POSITIVE_INFINITY) <= token.start)
          sentence++
        const vote = malePronouns.has(token.lower) ? 1 : femalePronouns.has(token.lower) ? -1 : 0
        if (vote !== 0) sentenceVotes[sentence] = (sentenceVotes[sentence] ?? 0) + vote
      }
      for (const [position, [start, end]] of paragraph.sentences.entries()) {
        const vote = sentenceVotes[position] ?? 0
        if (vote === 0) continue
        const people = new Set<string>()
        for (const chain of inParagraph) {
          if (chain.start < start || chain.start >= end || chain.kind !== 'person') continue
          const at = mentionAt.get(positionKey(index, chain.start))
          if (at === undefined) continue
          const cluster = personClusterOf(catalogue, at)
          if (cluster?.parsed.full) people.add(cluster.name)
        }
        if (people.size !== 1) continue
        const [name] = people
        if (name !== undefined) votes.set(name, (votes.get(name) ?? 0) + Math.sign(vote))
      }
    }
    return votes
  }
  function resolvePhrase(
    phrase: MentionPhrase,
    paragraph: number,
  ): { speaker: Speaker | null; certainty: number } {
    const index = mentionAt.get(positionKey(paragraph, phrase.start))
    const knownMention = knownAt.get(positionKey(paragraph, phrase.start))
    // The kind comes from retext-entities when it ran; the name always from the shared resolver.
    // "Dean", "Jordan", "Clinton": a bare word that is the short name of a person the article
    // names in full is that person, even when it is also a role word or a place.
    if (phrase.form !== 'pronoun' && /^\p{Lu}[\p{L}'’-]+$/u.test(phrase.text)) {
      if (knownMention?.kind === 'place' || !/^\p{Lu}/u.test(phrase.text.slice(1))) {
        const folded = foldName(phrase.text.replace(/['’]s$/u, ''))
        const person = catalogue.people.clusters.find(
          (cluster, at) =>
            cluster.parsed.full && personFold(at) !== folded && personKeys(at).includes(folded),
        )
        if (person && (knownMention?.kind === 'place' || phrase.form === 'description')) {
          return {
            speaker: registry.named(person.name, 'person', phrase.text, person.roles),
            certainty: 0.9,
          }
        }
      }
    }
    // "Preys on our worst fears…, and calls people "losers"": a common word that opens its
    // sentence, that no name finder took for a name and that names no one in the article.
    if (
      phrase.form === 'name' &&
      !phrase.text.includes(' ') &&
      knownMention === undefined &&
      isDictionaryWord(phrase.text) &&
      !isHumanNoun(phrase.text) &&
      opensSentence(paragraph, phrase.start) &&
      !catalogue.people.clusters.some(
        (cluster, at) => cluster.parsed.full && personKeys(at).includes(foldName(phrase.text)),
      ) &&
      !catalogue.organizations.clusters.some(
        (cluster) => foldName(cluster.name) === foldName(phrase.text),
      )
    )
      return { speaker: null, certainty: 0 }
    const reading = readPhrase(phrase, catalogue, index, knownMention?.kind ?? null, null)
    switch (reading.type) {
      case 'person':
        return {
          speaker: registry.named(reading.name, 'person', reading.alias, reading.roles),
          certainty: 1,
        }
      case 'organization':
        return {
          speaker: registry.named(reading.name, 'organization', reading.alias, []),
          certainty: 1,
        }
      case 'anonymous':
      case 'group': {
        // "the union", "the agency": a body no article name carries the head word of is the
        // organization the text was just talking about (within the previous paragraph).
        const head = reading.description.split(/\s+/).at(-1) ?? ''
        if (
          reading.type === 'group' &&
          /^the\s+\S+$/i.test(reading.description) &&
          isOrganizationHead(head) &&
          !isRoleHead(head)
        ) {
          const speaker = recentOrganization(globalPosition(paragraph, phrase.start), paragraph)
          if (speaker) return { speaker, certainty: 0.6 }
        }
        return { speaker: registry.unnamed(reading.description, reading.type), certainty: 0.9 }
      }
      case 'definite': {
        const head = foldName(reading.head)
        const headGender = titleGender(reading.head)
        const byRole =
          catalogue.people.clusters.find(
            (cluster) => cluster.parsed.full && holdsRole(cluster.roles, head),
          )?.name ??
          [...registry.speakers.values()].find(
            (speaker) => speaker.kind === 'person' && holdsRole(speaker.roles, head),
          )?.name
        // "the senator said", "the New York businessman added": a definite description of a
        // person picks up the person the article is talking about (the latest named person
        // before it), as a reader would; "Beijing's top diplomat" falls back to the main speaker.
        const position = globalPosition(paragraph, phrase.start)
        const salient = latestPerson(position, headGender, 3, (speaker) => {
          // Someone the article already gave another job ("lawyer Pell Arden") is not "the
          // judge"; "Rep. Ann Vale" can be "the congresswoman".
          const heads = speaker.roles.map(roleHeadOf).filter((role) => role !== null)
          return (
            heads.length === 0 ||
            holdsRole(speaker.roles, head) ||
            heads.some((role) => sameRoleKind(role, reading.head))
          )
        })
        const possessive = /^[\p{L}.]+['’]s\s/u.test(reading.description)
        const name = byRole ?? (possessive ? principal : salient?.name) ?? null
        if (name !== null && name !== undefined) {
          const speaker = registry.named(name, 'person', reading.description, [])
          registry.addRole(speaker, reading.description)
          return { speaker, certainty: byRole ? 0.8 : 0.6 }
        }
        return { speaker: registry.unnamed(reading.description, 'anonymous'), certainty: 0.7 }
      }
      case 'none': {
        // "the WHO's website" speaks for the WHO; "a statement" for whoever the context says.
        if (reading.owner !== null) {
          const speaker = namedInArticle(reading.owner)
          if (speaker) return { speaker, certainty: 0.7 }
        }
        // "the article read", "said the ruling": a document the text just named the
        // organization of (in this or the previous paragraph) speaks for it.
        if (reading.owner === null && /^the\s/i.test(phrase.text)) {
          const speaker = recentOrganization(globalPosition(paragraph, phrase.start), paragraph)
          if (speaker) return { speaker, certainty: 0.5 }
        }
        return { speaker: null, certainty: 0 }
      }
      case 'pronoun': {
        const kinds = pronounKinds(reading.pronoun)
        const gender =
          reading.pronoun === 'he' ? 'male' : reading.pronoun === 'she' ? 'female' : null
        const position = globalPosition(paragraph, phrase.start)
        // "Donald Trump … bemoaned the unrest and said he thought that drugs were "…"": the
        // subject of the pronoun's own sentence, when of its gender, is who it means.
        if (gender !== null) {
          const subject = sentenceSubjectBefore(paragraph, phrase.start, gender)
          if (subject) return { speaker: subject, certainty: 0.8 }
        }
        // "he said" after a paragraph that only mentions others: someone who spoke in this or
        // the previous paragraph (the topic) beats a name merely mentioned since.
        // "Ann Vale, a rapporteur who…, cautioned that… "…," she said": a person opening the
        // paragraph is its topic when no one has spoken in it yet.
        const spokeHere = referents.some(
          (referent) =>
            referent.spoke &&
            pronounFits(referent, position, kinds, gender) &&
            Math.floor(referent.position / 1_000_000) === paragraph,
        )
        const opener = spokeHere
          ? undefined
          : personMentions.find(
              (mention) =>
                mention.paragraph === paragraph &&
                mention.position - globalPosition(paragraph, 0) <= 1 &&
                mention.position < position,
            )
        if (gender !== null && opener) {
          const cluster = personClusterOf(catalogue, opener.index)
          if (cluster?.parsed.full) {
            const speaker = registry.named(cluster.name, 'person', '', cluster.roles)
            const known = genderOf(speaker)
            if (known === gender || known === null)
              return { speaker: learnGender(speaker, gender), certainty: 0.8 }
          }
        }
        for (let at = referents.length - 1; at >= 0; at--) {
          const referent = referents[at] as (typeof referents)[number]
          if (paragraph - Math.floor(referent.position / 1_000_000) > 1) break
          if (referent.spoke && pronounFits(referent, position, kinds, gender))
            return { speaker: learnGender(referent.speaker, gender), certainty: 0.85 }
        }
        // No one spoke nearby: the one person of that gender named in the previous paragraph
        // or this one before the pronoun is the topic, even outside a subject ("…, with Ann
        // Vale attacking the plan. / "…," she said").
        // Of several, the one the article introduces there ("…, which concerns Ann Vale,
        // president of the caucus. / "…," she said") is the new topic.
        if (gender !== null) {
          const nearby = new Set<Speaker>()
          const subjectsNearby = new Set<Speaker>()
          const introduced = new Set<Speaker>()
          const seen = new Set<string>()
          for (const mention of namedPeople()) {
            if (mention.position >= position) break
            const cluster = personClusterOf(catalogue, mention.index)
            if (!cluster?.parsed.full) continue
            const first = !seen.has(cluster.name)
            seen.add(cluster.name)
            if (mention.paragraph < paragraph - 1) continue
            const speaker = registry.named(cluster.name, 'person', '', cluster.roles)
            const known = genderOf(speaker)
            if (known !== gender && known !== null) continue
            nearby.add(speaker)
            if (subjectStarts.has(mention.position)) subjectsNearby.add(speaker)
            if (first) introduced.add(speaker)
          }
          // A person known to be of the pronoun's gender beats people the names leave open.
          const agreeing = [...nearby].filter((speaker) => genderOf(speaker) === gender)
          const [sure] = agreeing
          if (agreeing.length === 1 && sure)
            return { speaker: learnGender(sure, gender), certainty: 0.7 }
          const [only] = nearby
          if (nearby.size === 1 && only)
            return { speaker: learnGender(only, gender), certainty: 0.7 }
          const [newcomer] = introduced
          if (introduced.size === 1 && newcomer)
            return { speaker: learnGender(newcomer, gender), certainty: 0.65 }
          // With no newcomer, the subject of a clause beats a name in passing ("Wimes
          // believes that the Clinton campaign…" / "…," she said).
          const subjects = agreeing.filter((speaker) => subjectsNearby.has(speaker))
          const [subject] = subjects
          if (subjects.length === 1 && subject)
            return { speaker: learnGender(subject, gender), certainty: 0.6 }
        }
        for (let at = referents.length - 1; at >= 0; at--) {
          const referent = referents[at] as (typeof referents)[number]
          if (pronounFits(referent, position, kinds, gender))
            return { speaker: learnGender(referent.speaker, gender), certainty: 0.8 }
        }
        return { speaker: null, certainty: 0 }
      }
    }
  }

  /**
   * The person or organization a bare name stands for in this article (`WHO` → World Health
   * Organization, `Erdogan` → Recep Tayyip Erdoğan), else null.
   */
  function namedInArticle(text: string): Speaker | null {
    const folded = foldName(text.replace(/^the\s+/i, ''))
    const organization = catalogue.organizations.clusters.find(
      (cluster) =>
        foldName(cluster.name) === folded ||
        foldName(acronymOf(cluster.name)) === folded ||
        cluster.aliases.some((alias) => foldName(alias.replace(/^the\s+/i, '')) === folded),
    )
    if (organization) return registry.named(organization.name, 'organization', text, [])
    const person = catalogue.people.clusters.find(
      (cluster, at) => cluster.parsed.full && personKeys(at).includes(folded),
    )
    if (person) return registry.named(person.name, 'person', text, person.roles)
    return null
  }

  /** The latest organization before a position, in its paragraph or the previous one. */
  function recentOrganization(position: number, paragraph: number): Speaker | null {
    for (let at = referents.length - 1; at >= 0; at--) {
      const referent = referents[at] as (typeof referents)[number]
      if (referent.position >= position) continue
      if (paragraph - Math.floor(referent.position / 1_000_000) > 1) break
      if (referent.speaker.kind === 'organization') return referent.speaker
    }
    return null
  }

  /** The latest named person before a position, within `paragraphs` paragraphs, of a gender. */
  function latestPerson(
    position: number,
    gender: NameGender | null,
    paragraphs: number,
    fits: (speaker: Speaker) => boolean = () => true,
  ): Speaker | null {
    // Someone who spoke (or was the subject of a cue) first, then anyone named.
    for (const spokeOnly of [true, false]) {
      for (let at = referents.length - 1; at >= 0; at--) {
        const referent = referents[at] as (typeof referents)[number]
        if (referent.position >= position) continue
        if (position - referent.position > paragraphs * 1_000_000) break
        if (referent.speaker.kind !== 'person' || (spokeOnly && !referent.spoke)) continue
        const known = genderOf(referent.speaker)
        if (gender !== null && known !== null && known !== gender) continue
        if (!fits(referent.speaker)) continue
        return referent.speaker
      }
    }
    return null
  }

  /** Gender of a named person from their titles, roles and given name, when they tell. */
  function genderOf(speaker: Speaker): NameGender | null {
    if (speaker.kind !== 'person') return null
    const cached = genders.get(speaker.id)
    if (cached !== undefined) return cached
    let gender: NameGender | null = null
    const cluster = catalogue.people.clusters.find((candidate) => candidate.name === speaker.name)
    const texts = [
      speaker.name,
      ...speaker.aliases,
      ...(cluster?.mentions.map((index) => catalogue.personTexts[index] ?? '') ?? []),
    ]
    for (const text of texts) {
      const parsed = parsePersonName(text)
      gender = personGender(parsed)
      if (gender) break
    }
    if (!gender)
      for (const role of speaker.roles)
        for (const word of role.split(/\s+/)) gender ??= titleGender(word)
    if (!gender) {
      // Then the article's own pronouns, and what most people of that given name are
      // (`Hillary`, `Donald`). Pronouns win when they agree or say it often enough (`Terry
      // Strada… she said`): in a narrative, "she" near a name may well be someone else.
      pronounVotes ??= pronounEvidence()
      const vote = pronounVotes.get(speaker.name) ?? 0
      const evidence: NameGender | null = vote > 0 ? 'male' : vote < 0 ? 'female' : null
      let likely: NameGender | null = null
      for (const text of texts) {
        likely = likelyPersonGender(parsePersonName(text))
        if (likely) break
      }
      gender =
        likely === null || Math.abs(vote) >= strongPronounEvidence ? (evidence ?? likely) : likely
    }
    genders.set(speaker.id, gender)
    return gender
  }

  /** Whether a pronoun at `position` can point back to a referent: kind, order and gender. */
  function pronounFits(
    referent: Referent,
    position: number,
    kinds: ReadonlySet<SpeakerKind>,
    gender: NameGender | null,
  ): boolean {
    if (referent.position >= position || !kinds.has(referent.speaker.kind)) return false
    const known = genderOf(referent.speaker)
    return gender === null || known === null || known === gender
  }

  /**
   * A person the lists leave open takes the gender of the pronoun that found them, so a later
   * "he" skips the "she" of the paragraph before ("McLenney… she said… he said").
   */
  function learnGender(speaker: Speaker, gender: NameGender | null): Speaker {
    if (gender !== null && genderOf(speaker) === null) genders.set(speaker.id, gender)
    return speaker
  }

  const events: Event[] = []
  const extracted: ExtractedQuote[] = []
  const handledPhrases = new Set<string>()
  kept.forEach(({ quote, attribution }, order) => {
    const first = quote.segments[0]
    if (!first) return
    const phrase = attribution.phrase
    if (phrase) handledPhrases.add(positionKey(attribution.paragraph, phrase.start))
    const at =
      phrase && attribution.paragraph === first.paragraph
        ? Math.min(phrase.start, first.open)
        : first.open
    events.push({
      paragraph: first.paragraph,
      offset: at,
      order,
      run() {
        let speaker: Speaker | null = null
        let confidence = methodConfidence[attribution.method]
        let method = attribution.method
        if (phrase) {
          const resolved = resolvePhrase(phrase, attribution.paragraph)
          speaker = resolved.speaker
          confidence *= resolved.certainty
        } else if (startsParagraph(quote, paragraphs)) {
          speaker =
            introducedBy.get(first.paragraph - 1) ??
            lastInParagraph.get(first.paragraph - 1) ??
            null
          method = 'continuation'
          confidence = speaker ? methodConfidence.continuation : 0
        } else {
          speaker = lastInParagraph.get(first.paragraph) ?? null
          confidence = speaker ? 0.5 : 0
        }
        let mentionAt = phrase
          ? {
              text: phrase.text,
              paragraph: attribution.paragraph,
              start: phrase.start,
              end: phrase.end,
            }
          : null
        if (!mentionAt && speaker) {
          const previous = lastMention.get(
            method === 'continuation' ? first.paragraph - 1 : first.paragraph,
          )
          if (previous && lastInParagraph.get(previous.paragraph) === speaker) mentionAt = previous
        }
        if (speaker) {
          speaker.quoteCount++
          const last = quote.segments.at(-1) ?? first
          if (mentionAt) lastMention.set(last.paragraph, mentionAt)
          lastInParagraph.set(last.paragraph, speaker)
          referents.push({
            position: globalPosition(last.paragraph, last.close),
            speaker,
            spoke: true,
          })
        }
        extracted.push({
          raw: quote,
          cue: attribution.cue,
          mention: mentionAt?.text ?? null,
          mentionAt,
          speaker,
          confidence: speaker ? Math.round(confidence * 100) / 100 : 0,
        })
        void method
      },
    })
  })
  subjects.forEach((subject: CueSubject, order) => {
    if (handledPhrases.has(positionKey(subject.paragraph, subject.phrase.start))) {
      if (subject.introducesQuote) {
        events.push({
          paragraph: subject.paragraph,
          offset: subject.phrase.start + 0.5,
          order: kept.length + order,
          run() {
            const speaker = lastInParagraph.get(subject.paragraph)
            if (speaker) introducedBy.set(subject.paragraph, speaker)
          },
        })
      }
      return
    }
    events.push({
      paragraph: subject.paragraph,
      offset: subject.phrase.start,
      order: kept.length + order,
      run() {
        const { speaker } = resolvePhrase(subject.phrase, subject.paragraph)
        if (!speaker) return
        referents.push({
          position: globalPosition(subject.paragraph, subject.phrase.end),
          speaker,
          spoke: true,
        })
        // "…," Wang said, according to CCTV: the source reports; the next paragraph's
        // quote stays with the speaker.
        if (subject.cue === 'according to') return
        // "…," Mr. Obama said at the gala, where Mrs. Clinton also spoke. "…": a speaker in a
        // subordinate clause does not take over the paragraph's quotes.
        if (inSubordinateClause(subject.paragraph, subject.phrase.start)) return
        lastInParagraph.set(subject.paragraph, speaker)
        if (subject.introducesQuote) introducedBy.set(subject.paragraph, speaker)
      },
    })
  })
  chains.forEach((chain: NameChain, order) => {
    if (!chain.subject) return
    const index = mentionAt.get(positionKey(chain.paragraph, chain.start))
    if (index === undefined) return
    // "China and the United States must…": retext-entities, when it ran, decides who is a
    // person; "The Security Council … pledged" is an organization "it" can point back to.
    const knownMention = knownOverlapping(chain.paragraph, chain.start, chain.end)
    if (chain.kind === 'organization' || knownMention?.kind === 'organization') {
      if (catalogue.mentions[index]?.kind !== 'organization') return
      events.push({
        paragraph: chain.paragraph,
        offset: chain.start,
        order: kept.length + subjects.length + order,
        run() {
          const cluster = organizationClusterOf(catalogue, index)
          if (!cluster || cluster.name === '') return
          const speaker = registry.named(cluster.name, 'organization', '', [])
          referents.push({ position: globalPosition(chain.paragraph, chain.end), speaker })
        },
      })
      return
    }
    if (chain.kind !== 'person') return
    if (known.length > 0 ? knownMention?.kind !== 'person' : false) return
    // "Mr. Obama has seen…": a bare family name with a courtesy title is a person too.
    const titled = isHonorific(chain.text.split(/\s+/)[0] ?? '')
    events.push({
      paragraph: chain.paragraph,
      offset: chain.start,
      order: kept.length + subjects.length + order,
      run() {
        const cluster = personClusterOf(catalogue, index)
        if (!cluster || cluster.name === '' || !(cluster.parsed.full || titled)) return
        const speaker = registry.named(cluster.name, 'person', '', cluster.roles)
        referents.push({ position: globalPosition(chain.paragraph, chain.end), speaker })
      },
    })
  })
  events.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset || a.order - b.order)
  for (const event of events) event.run()

  extracted.sort(
    (a, b) =>
      (a.raw.segments[0]?.paragraph ?? 0) - (b.raw.segments[0]?.paragraph ?? 0) ||
      (a.raw.segments[0]?.open ?? 0) - (b.raw.segments[0]?.open ?? 0),
  )
  return { quotes: extracted, speakers: registry.list(), problems }
}
