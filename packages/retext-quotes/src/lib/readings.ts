import {
  articles,
  channelNouns,
  collectiveNouns,
  cueNouns,
  diseaseNames,
  documentNouns,
  thirdPersonPossessives,
} from '@newsroom/lexicon'
import {
  BoundedCache,
  foldName,
  isDictionaryWord,
  isGivenName,
  isOrganizationHead,
  isRoleHead,
  isRoleWord,
  parsePersonName,
  splitAfterOrganization,
} from '@newsroom/names'
import type { SpeakerKind } from '@newsroom/schema'
import { type Catalogue, organizationClusterOf, personClusterOf } from './article-names.js'
import { isBodyHead } from './body-kinds.js'
import { isHyphenatedModifier, type MentionPhrase, speakerPronounOf } from './mention-phrase.js'
import { isPeopleNoun, isSpeakerHead } from './people.js'
import { withoutPossessiveEnding } from './possessive.js'
import { connectingParticles, demonyms, determiners, nameConnectors } from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const affiliationLink = /\s+(?:of|from|at|for|with)\s+(?:the\s+)?/u
const anyLowercase = /\p{Ll}/u
const anySpace = /\s/u
const articleWord = new RegExp(`^(?:${articles.join('|')})$`, 'i')
const capitalizedPossessive = /^\p{Lu}.*['’]s$/u
const capitalsOnly = /^\p{Lu}{4,}$/u
const endsInS = /s$/
const initial = /^\p{Lu}\.?$/u
const leadingOfFor = /^(?:of|for)\s+(?:the\s+)?/u
const opensWithDeterminer = new RegExp(
  `^(?:${[...articles, ...thirdPersonPossessives].join('|')})\\s`,
  'iu',
)
const pluralPeopleEnding = /(?:people|men|women|police|staff|children)$/
const singularInS = /(?:ss|us|is)$/
const spaces = /\s+/
const startsLowercase = /^\p{Ll}/u
const startsUppercase = /^\p{Lu}/u

const indefinite = /^(?:a|an|one|another)\s/i
const leadingThe = /^the\s+/i
const opensWithThe = /^the\s/i
/** "Grassley and Leahy": two names joined by `and`. */
const namePair = /^\p{Lu}[^,]*\sand\s\p{Lu}/u
const quantified =
  /^(?:some|many|several|most|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|other|\d+)\s/i
const collective = new RegExp(`^(?:${collectiveNouns.join('|')})$`, 'i')
const definite = /^(?:the|his|her|their|its|our|this|that)\s|^[\p{L}.]+['’]s\s/iu

/** Lowercase the article of a description written at a sentence start ("A senior official"). */
function asWritten(description: string): string {
  return description.replace(sentenceArticle, lowercased)
}

const sentenceArticle = /^(A|An|One|Another|Some|Many|Several|The)\s/

/** A matched text in lowercase (a replacer made once, not a closure per call). */
function lowercased(word: string): string {
  return word.toLowerCase()
}

function isPlural(word: string): boolean {
  const lower = word.toLowerCase()
  // "the Saudis", "the Scots": a demonym's plural may end as a singular does (`-is`).
  if (demonyms.has(lower) && endsInS.test(lower) && demonyms.has(lower.slice(0, -1))) return true
  if (singularInS.test(lower)) return false
  return endsInS.test(lower) || pluralPeopleEnding.test(lower)
}

export type PhraseReading =
  | { type: 'person'; name: string; roles: string[]; alias: string }
  | { type: 'organization'; name: string; alias: string }
  | { type: 'anonymous' | 'group'; description: string }
  | { type: 'definite'; description: string; head: string }
  | { type: 'pronoun'; pronoun: string }
  /** Not a speaker ("a statement", "the WHO's website"); the owner named before `'s`, if any. */
  | { type: 'none'; owner: string | null }

/**
 * Whether a full name has the shape of a person's: a given name the name lists know, or a
 * family-name-first order, or words none of which is written in capitals only.
 */
function isPersonShaped(parsed: ReturnType<typeof parsePersonName>): boolean {
  if (parsed.surnameFirst) return true
  const words = parsed.name.split(spaces)
  if (words.some((word) => capitalsOnly.test(word))) return false
  const first = parsed.given[0] ?? ''
  return (
    isGivenName(first) ||
    initial.test(first) ||
    !isDictionaryWord(first) ||
    !isDictionaryWord(words.at(-1) ?? '')
  )
}

const diseases: ReadonlySet<string> = new Set(diseaseNames)

/**
 * Whether a phrase a cue ties to a quotation can be a name: not in capitals only (a headline),
 * not a disease, not one common word capitalized to open its sentence ("Continue", "Shortly").
 */
function isNameShaped(text: string, opensSentence: boolean): boolean {
  const words = text.split(spaces)
  if (words.some((word) => diseases.has(word.toLowerCase()))) return false
  if (words.length > 1 && words.every((word) => !anyLowercase.test(word))) return false
  return words.length > 1 || !opensSentence || !isDictionaryWord(withoutPossessiveEnding(text))
}

/** The appositions that describe rather than name ("the Speaker of the House"). */
export function roleAppositions(phrase: MentionPhrase): string[] {
  return phrase.appositions
    .map((apposition) => apposition.text)
    .filter((text) => !looksLikeName(text) && !clauseOpening.test(text) && !digitsOnly.test(text))
}

const clauseOpening = /^(?:speaking|who|which|whose)\b/i
const digitsOnly = /^\d+$/

function looksLikeName(text: string): boolean {
  const words = text.split(spaces)
  if (words.length === 0 || words.length > 5 || articleWord.test(words[0] ?? '')) return false
  return words.every((word) => startsUppercase.test(word) || connectingParticles.has(word))
}

const wordPattern = /\S+/gu

/**
 * A text of two words or more, and of three or more (words: runs of non-space), each asked in
 * one search that stops at the first such place: testing the global `wordPattern` once a word
 * paid the call's setup again for each.
 */
const twoWords = /\S\s+\S/u
const threeWords = /\S\s+\S+\s+\S/u

/**
 * Whether a text opens with a lowercase letter: an ASCII one is told by its code (most phrases
 * and words asked open with one), only others by `startsLowercase`.
 */
function opensLowercase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return startsLowercase.test(text)
}

/** The words of a text with their offsets (`exec` on one shared pattern: `matchAll` copies it). */
function wordsOf(text: string): RegExpExecArray[] {
  const words: RegExpExecArray[] = []
  wordPattern.lastIndex = 0
  for (let word = wordPattern.exec(text); word !== null; word = wordPattern.exec(text))
    words.push(word)
  return words
}

/** A parenthesis closing a text, with the spaces around it (`(D-Ostrava)`). */
const closingParenthesis = /\s*\([^)]*\)\s*$/u

/**
 * The full name closing an apposition, after any role words and before a party tag ("state
 * Del. Ann Vale (D-Ostrava)" → "Ann Vale"), with its place, else undefined.
 */
function roleLedName(
  appositions: readonly MentionPhrase['appositions'][number][],
): MentionPhrase['appositions'][number] | undefined {
  for (const apposition of appositions) {
    const text = apposition.text.replace(closingParenthesis, '')
    const words = wordsOf(text)
    const lastLower = words.findLastIndex((word) => startsLowercase.test(word[0]))
    if (lastLower === words.length - 1) continue
    const start = (words[lastLower + 1] as RegExpExecArray).index
    const parsed = parsePersonName(text.slice(start))
    if (!parsed.full || !looksLikeName(parsed.name)) continue
    // The name's words as written, a nickname in quotation marks between them included.
    const first = parsed.name.split(' ')[0] ?? ''
    const at = text.indexOf(first, start)
    if (at < 0) continue
    return { text: parsed.name, start: apposition.start + at, end: apposition.start + text.length }
  }
  return undefined
}

/**
 * Put the name first: "The Vice President, Mike Pence," names Mike Pence (the description
 * becomes a role), and "Mike Ryan of the World Health Organization" is Mike Ryan.
 */
export function normalizePhrase(given: MentionPhrase): MentionPhrase {
  if (given.form !== 'name' || given.appositions.length > 0) return reorder(given)
  // A name of one word with no appositions (most name runs near a quotation) is left as it is:
  // every reading below needs an apposition or a space in the text (the affiliation link, the
  // cut before the name, the organization split all match across spaces).
  if (!anySpace.test(given.text)) return given
  // A name of several words with no appositions is read again at each quotation near it, and
  // most are left as they are ("Ann Vale"): whether it is depends on its text alone (see
  // `namesLeftAsWritten`), known after the first reading.
  if (namesLeftAsWritten.get(given.text) === true) return given
  const read = reorder(given)
  if (read === given) namesLeftAsWritten.set(given.text, true)
  return read
}

/**
 * The texts of name phrases with no appositions that `reorder` returns as they are. For such a
 * phrase every test `reorder` makes reads its text only (the description and apposition
 * readings need a description or an apposition; the affiliation link, the cut before the name
 * and the organization split read the text's words and word lists), never its offsets: so
 * whether it is left as it is is a function of the text. Only that answer is kept, not a
 * phrase, so offsets and the phrase object are the caller's own. Across articles, bounded.
 */
const namesLeftAsWritten = new BoundedCache<string, true>(4096)

/** `normalizePhrase` itself, for every phrase but a one-word name with no appositions. */
function reorder(given: MentionPhrase): MentionPhrase {
  let phrase = given
  // "the director of Amnesty International, Ann Vale, said": a description (even one holding
  // an organization's name) with a person's name set off after it names that person. Only a
  // description or a phrase with appositions can: another finds no name among none, and most
  // phrases asked (the name runs near each quotation) are such, spared the patterns.
  if (
    (phrase.form === 'description' || phrase.appositions.length > 0) &&
    (phrase.form === 'description' ||
      opensLowercase(phrase.text) ||
      opensWithDeterminer.test(phrase.text))
  ) {
    const named =
      phrase.appositions.find(
        (apposition) =>
          // "The senator, R-Ky., said": the tag says which senator, it is not their name.
          !apposition.partyTag &&
          looksLikeName(apposition.text) &&
          (phrase.form === 'description' ||
            (apposition.text.includes(' ') && parsePersonName(apposition.text).full)),
      ) ?? (phrase.form === 'description' ? roleLedName(phrase.appositions) : undefined)
    if (named) {
      return {
        text: named.text,
        start: named.start,
        end: named.end,
        form: 'name',
        appositions: [{ text: phrase.text, start: phrase.start, end: phrase.end }],
      }
    }
  }
  if (phrase.form === 'name') {
    if (isNationalityDescription(phrase.text)) return { ...phrase, form: 'description' }
    // "Steve Peers of the University of Essex": the person before "of" speaks; the rest is
    // their affiliation. Not when the part before "of" is only a role ("Mayor of London …").
    const match = affiliationLink.exec(phrase.text)
    if (match) {
      const before = phrase.text.slice(0, match.index)
      const parsed = parsePersonName(before)
      // "Mr. Morgan of the Sierra Club": a courtesy title makes a family name a person.
      // Not when it ends in a role's head ("U.S. Secretary of State Ana Ruiz" is one title).
      if (
        (parsed.full || parsed.honorifics.length > 0) &&
        looksLikeName(parsed.name) &&
        parsed.name.split(spaces).some((word) => !isRoleWord(word)) &&
        !isRoleHead((before.split(spaces).at(-1) ?? '').toLowerCase()) &&
        // "Ostrava Center for Health" is one body's name, not a person and an affiliation.
        !isOrganizationHead((before.split(spaces).at(-1) ?? '').toLowerCase())
      ) {
        const rest = phrase.text.slice(match.index).trim()
        phrase = {
          ...phrase,
          text: before,
          end: phrase.start + before.length,
          appositions: [
            ...phrase.appositions,
            { text: rest, start: phrase.start + match.index, end: phrase.end },
          ],
        }
      }
    }
    // "protester Joshua Wong", "State Department spokesman Matthew Miller", "Amnesty
    // International's Man-kei Tam", "Rellmark-led Northern Council": the name is the
    // capitalized run after the last lowercase word, possessive or hyphenated modifier; the
    // words before it describe the person or body. A one-word phrase has no cut.
    const words = twoWords.test(phrase.text) ? wordsOf(phrase.text) : []
    let cut = -1
    // The last word is never a cut; a connector is looked up only for a lowercase word.
    for (let index = 0; index < words.length - 1; index++) {
      const text = (words[index] as RegExpExecArray)[0]
      if (opensLowercase(text)) {
        if (!nameConnectors.has(text) && text !== 'for' && text !== 'y') cut = index
      } else if (capitalizedPossessive.test(text) || isHyphenatedModifier(text)) cut = index
    }
    if (cut >= 0) {
      const cutWord = words[cut] as RegExpExecArray
      const nameStart = (words[cut + 1] as RegExpExecArray).index
      const role = phrase.text.slice(0, cutWord.index + cutWord[0].length)
      const name = phrase.text.slice(nameStart).replace(leadingOfFor, '')
      if (looksLikeName(name) && name.split(spaces).some((word) => !isRoleWord(word))) {
        phrase = {
          ...phrase,
          text: name,
          start: phrase.end - name.length,
          appositions: [
            ...phrase.appositions,
            { text: role, start: phrase.start, end: phrase.start + role.length },
          ],
        }
      }
    }
    phrase = afterOrganization(phrase)
  }
  return phrase
}

/**
 * Whether a phrase is a determiner, any modifiers, and a demonym closing it (`the Dutchman`,
 * `the 22-year-old Australian`, `a New Zealander`): a person described by their nationality,
 * whom the capitalized words do not name. One pass over the phrase's words.
 */
function isNationalityDescription(text: string): boolean {
  // Most name phrases open with a name, not a determiner: told by the first word alone.
  const space = text.search(anySpace)
  if (space < 0 || !determiners.has(text.slice(0, space).toLowerCase())) return false
  const words = wordsOf(text)
  // The capitalized run closing the phrase, after its last lowercase word or modifier.
  let first = words.length
  while (first > 1) {
    const word = (words[first - 1] as RegExpExecArray)[0]
    if (!startsUppercase.test(word) || isHyphenatedModifier(word)) break
    first--
  }
  if (first === words.length) return false
  const run = text.slice((words[first] as RegExpExecArray).index).toLowerCase()
  return demonyms.has(run.split(spaces).join(' '))
}

/**
 * "the Washington Post Trump said", "Speaker of the House Newt Gingrich": a name run that holds
 * an organization before a name is that organization (an affiliation) and then the person;
 * `knownEnd`, when given, is where an entity recognizer found the organization to end.
 */
export function afterOrganization(phrase: MentionPhrase, knownEnd?: number): MentionPhrase {
  // Most phrases are a word or two, which `splitAfterOrganization` never splits without an end.
  if (knownEnd === undefined && !threeWords.test(phrase.text)) return phrase
  const words = wordsOf(phrase.text)
  const split = splitAfterOrganization(
    words.map((word) => word[0]),
    knownEnd === undefined
      ? undefined
      : words.findIndex((word) => phrase.start + word.index >= knownEnd),
  )
  if (split < 0) return phrase
  const first = words[split] as RegExpExecArray
  const previous = words[split - 1] as RegExpExecArray
  const affiliationEnd = previous.index + previous[0].length
  return {
    ...phrase,
    text: phrase.text.slice(first.index),
    start: phrase.start + first.index,
    appositions: [
      ...phrase.appositions,
      {
        text: phrase.text.slice(0, affiliationEnd),
        start: phrase.start,
        end: phrase.start + affiliationEnd,
      },
    ],
  }
}

/**
 * The body a definite description with an organization's head word means ("the court"), by
 * the text around it: given the folded head word, a name or null. See `readPhrase`.
 */
export type SalientBody = (head: string) => string | null

/**
 * Read a speaker phrase: a person or organization name, a description, or a pronoun.
 * `salientBody`, when given, names the body "the court" means where the article names several
 * courts; without it (or when it knows none), the first the article names.
 */
export function readPhrase(
  phrase: MentionPhrase,
  catalogue: Catalogue,
  phraseIndex: number | undefined,
  knownKind: 'person' | 'organization' | 'place' | null,
  knownName: string | null,
  cued = true,
  opensSentence = false,
  salientBody?: SalientBody,
): PhraseReading {
  if (phrase.form === 'pronoun')
    return { type: 'pronoun', pronoun: speakerPronounOf(phrase.text.toLowerCase()) }
  if (phrase.form === 'name') {
    // "Protesters said", "Democrats argued": a capitalized plural noun of people is a group.
    if (
      !phrase.text.includes(' ') &&
      knownKind !== 'person' &&
      isPlural(phrase.text) &&
      isPeopleNoun(phrase.text) &&
      // "Times", "News": a name's plural-looking head is the organization, not a group.
      !isOrganizationHead(phrase.text)
    ) {
      return { type: 'group', description: phrase.text.toLowerCase() }
    }
    // "China condemned": a country speaking is its government.
    if (knownKind === 'organization' || knownKind === 'place') {
      // "IMF" after "International Monetary Fund": the resolver's fullest name of the body.
      const cluster =
        phraseIndex !== undefined ? organizationClusterOf(catalogue, phraseIndex) : undefined
      return {
        type: 'organization',
        name: knownName ?? (cluster?.name || phrase.text.replace(leadingThe, '')),
        alias: phrase.text,
      }
    }
    const mention = phraseIndex === undefined ? undefined : catalogue.mentions[phraseIndex]
    if (mention?.kind === 'organization' && phraseIndex !== undefined) {
      const cluster = organizationClusterOf(catalogue, phraseIndex)
      return {
        type: 'organization',
        name: knownName ?? cluster?.name ?? phrase.text,
        alias: phrase.text,
      }
    }
    if (phraseIndex !== undefined) {
      const cluster = personClusterOf(catalogue, phraseIndex)
      const parsed = parsePersonName(phrase.text)
      // Only a name the article shows to be a person's speaks as one: in full, with a title,
      // or found as a person by retext-entities (not "COVID-19", not "Obama Speech").
      const evidence =
        knownKind === 'person' ||
        parsed.honorifics.length > 0 ||
        parsed.roles.length > 0 ||
        (cluster !== undefined && cluster.roles.length > 0) ||
        (cluster?.parsed.full === true && isPersonShaped(cluster.parsed)) ||
        (cued && isNameShaped(phrase.text, opensSentence))
      if (cluster && cluster.name !== '' && evidence) {
        return {
          type: 'person',
          name: knownName ?? cluster.name,
          roles: [...parsed.roles, ...cluster.roles, ...roleAppositions(phrase)],
          alias: parsed.name || phrase.text,
        }
      }
    }
    // A name with no evidence that it is a person's or a body's names no speaker.
    if (!isPeopleNoun(phrase.text.split(spaces).at(-1) ?? '')) return { type: 'none', owner: null }
  }
  // "An Egyptian textbook … explains": a demonym no cue ties to the quotation may be a
  // modifier of what speaks, and names no one (as a name it needed a cue as its evidence).
  if (!cued && phrase.form === 'description' && isNationalityDescription(phrase.text))
    return { type: 'none', owner: null }
  // "Grassley and Leahy": two names speaking together are a group.
  if (phrase.form === 'description' && namePair.test(phrase.text))
    return { type: 'group', description: phrase.text }
  // A description: a named apposition identifies it ("the group's leader, Ann Vale, said").
  const description = asWritten(phrase.text)
  const head = personHead(description)
  // "a statement", "the case", "the WHO's website": only people and bodies of people speak
  // (a lowercase "post" is a message, not a newspaper).
  if ((!isSpeakerHead(head) || saidThings.has(head)) && !startsUppercase.test(head)) {
    // "the campaign's statement", "the minister's remarks": the owner described speaks.
    const owner = describedOwner.exec(description)?.[1]
    if (owner !== undefined && isSpeakerHead(descriptionHead(owner)))
      return readPhrase(
        { ...phrase, text: owner, end: phrase.start + owner.length, appositions: [] },
        catalogue,
        undefined,
        null,
        null,
        cued,
        opensSentence,
        salientBody,
      )
    return { type: 'none', owner: possessiveOwner(description) }
  }
  if (definite.test(description) && isBodyHead(head)) {
    // "the ministry", "the watchdog": the article's organization with that head word (the one
    // the text is about, when it names several), else an unnamed body.
    const folded = foldName(head)
    const name =
      salientBody?.(folded) ??
      catalogue.organizations.clusters.find((cluster) =>
        foldName(cluster.name).split(' ').includes(folded),
      )?.name
    if (name !== undefined) return { type: 'organization', name, alias: phrase.text }
    return { type: 'group', description }
  }
  if (
    quantified.test(description) ||
    collective.test(head) ||
    (isPlural(head) && !indefinite.test(description) && !opensWithThe.test(description))
  ) {
    return { type: 'group', description }
  }
  if (opensWithThe.test(description) && isPlural(head)) return { type: 'group', description }
  if (definite.test(description) && isRoleHead(head)) return { type: 'definite', description, head }
  // "U.S. senator", "current Democratic presidential nominee": a bare singular role with no
  // article names one specific person, as "the senator" does.
  if (!indefinite.test(description) && isRoleHead(head) && !isPlural(head))
    return { type: 'definite', description, head }
  return { type: 'anonymous', description }
}

/** A lowercase description owning what follows: `the campaign’s statement` → `the campaign`. */
const describedOwner = /^((?:the|a|an|his|her|their|its)(?:\s+[\p{Ll}-]+(?:['’]s)?){1,3})['’]s\s/u

/** Nouns of what is said or published: a description ending in one is no person's. */
const saidThings: ReadonlySet<string> = new Set([...cueNouns, ...channelNouns, ...documentNouns])

/** "a spokesman for the company": an indefinite article, words, a link and what it links to. */
const indefiniteAffiliate =
  /^[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:at|for|from|with)\s/u

/**
 * The person an indefinite description with an affiliation names ("a spokesman for the
 * company", "a lawyer for the family", "an official at the ministry"): the noun of people
 * before the link, which is its head (`descriptionHead` reads its last word, the body); else
 * null. Not a body ("a unit at the plant") nor a word of no person ("a statement from the
 * union"). `of` is left to `descriptionHead`, which reads the word before it already. One
 * match anchored at the start, its words bounded: linear in the description.
 */
export function unnamedAffiliateHead(description: string): string | null {
  const word = indefiniteAffiliate.exec(description)?.[1]
  if (word === undefined || !isPeopleNoun(word) || isOrganizationHead(word)) return null
  return word
}

/**
 * The head noun of a description of someone: the person before an affiliation link ("a
 * spokesman for the club" → `spokesman`), else `descriptionHead`'s.
 */
export function personHead(description: string): string {
  return unnamedAffiliateHead(description) ?? descriptionHead(description)
}

/**
 * The head noun of a description: the word before its first "of" ("a group of protesters" →
 * `group`), else its last word, without a possessive; when that is no noun of people but an
 * earlier word is, that one ("a source close", "a person familiar"), unless the last word is a
 * noun of a statement, a channel or a document ("his social media account": the account).
 */
export function descriptionHead(description: string): string {
  const words = description.split(spaces)
  const of = words.indexOf('of')
  const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? ''
  const bare = withoutPossessiveEnding(head)
  if (of > 0 || isPeopleNoun(bare) || saidThings.has(bare.toLowerCase())) return bare
  for (let at = words.length - 2; at > 0; at--) {
    const word = withoutPossessiveEnding(words[at] as string)
    if (startsLowercase.test(word) && isPeopleNoun(word)) return word
  }
  return bare
}

const modifiedDescription =
  /^(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,4})(?:\s+[\p{Ll}-]+){1,3}$/u

/**
 * The capitalized name modifying a description of something said or written, the body it
 * speaks for: `the G9 joint statement` → `G9`, `a Rellmark Port report` → `Rellmark Port`;
 * else null. Only lowercase words may stand between the name and the head noun.
 */
export function modifierOwner(description: string): string | null {
  const match = modifiedDescription.exec(description)
  if (!match) return null
  const head = description.slice(description.lastIndexOf(' ') + 1).toLowerCase()
  return saidThings.has(head) ? (match[1] as string) : null
}

const possessiveDescription =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,4})['’]s?\s/u

/** The capitalized owner of a possessive description: `the WHO's website` → `WHO`. */
export function possessiveOwner(description: string): string | null {
  const match = possessiveDescription.exec(description)
  return match?.[1] ?? null
}

const personKinds: ReadonlySet<SpeakerKind> = new Set(['person', 'anonymous'])
const organizationKinds: ReadonlySet<SpeakerKind> = new Set(['organization'])
const anyKinds: ReadonlySet<SpeakerKind> = new Set(['group', 'organization', 'person', 'anonymous'])
const collectiveKinds: ReadonlySet<SpeakerKind> = new Set(['group', 'organization'])

/** Kinds a pronoun can point back to. */
export function pronounKinds(pronoun: string): ReadonlySet<SpeakerKind> {
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'i') return personKinds
  if (pronoun === 'it') return organizationKinds
  // News copy uses "they" for groups and bodies, seldom for one named person.
  if (pronoun === 'they') return collectiveKinds
  return anyKinds
}
