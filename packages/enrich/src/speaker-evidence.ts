import {
  calendarWords,
  clauseAdverbs,
  collectiveNouns,
  determiners,
  peopleNouns,
  placeNouns,
  pronouns,
} from '@newsroom/lexicon'
import { foldName, isOrganizationHead, isRoleHead, slugify } from '@newsroom/names'
import type { Entities, Quote, Speaker } from '@newsroom/schema'
import { foldedNames } from './entity-names.js'
import { renameTo, type SpeakerRename, withRenamedSpeakers } from './speaker-renames.js'
import { withQuotesTaken } from './speaker-sources.js'

const places: ReadonlySet<string> = new Set(placeNouns)
const peopleWords: ReadonlySet<string> = new Set([...peopleNouns, ...collectiveNouns])
/** Words that open a phrase without being part of a role: "another eyewitness", "also CIA". */
const roleOpeners: ReadonlySet<string> = new Set([...clauseAdverbs, 'another', 'also'])

const functionWords: ReadonlySet<string> = new Set([...determiners, ...roleOpeners])

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean)
/** A name without a leading "the": "the Ostravian Mining Union" is the Ostravian Mining Union. */
const withoutThe = (name: string): string => name.replace(/^the\s+/iu, '')
const bare = (word: string): string =>
  word
    .replace(/['’]s?$/u, '')
    // The lookbehind starts the match only at the start of the closing run: linear in a long word.
    .replace(/(?<![.,;:])[.,;:]+$/u, '')
    .toLowerCase()

/** A word that names a person's function or a body of people: `minister`, `witness`, `union`. */
function namesFunction(word: string): boolean {
  const lower = bare(word)
  const singular = lower.replace(/(?<=[^s])s$/u, '')
  return (
    isRoleHead(lower) ||
    isRoleHead(singular) ||
    peopleWords.has(lower) ||
    peopleWords.has(singular) ||
    isOrganizationHead(lower)
  )
}

/** The folded names of the places an article mentions that it never names as a person or body. */
function placeNames(entities: Entities): Set<string> {
  const named = foldedNames([...entities.people, ...entities.organizations])
  const found = new Set<string>()
  for (const entity of entities.places)
    for (const name of [entity.name, ...entity.aliases]) {
      const folded = foldName(withoutThe(name))
      if (!named.has(folded)) found.add(folded)
    }
  return found
}

/** Whether a role describes a place ("eastern province", "the capital"), not a person. */
function isPlaceRole(role: string): boolean {
  const words = wordsOf(role)
  const last = words.at(-1)
  return (
    last !== undefined &&
    last === last.toLowerCase() &&
    places.has(bare(last)) &&
    // "mayor of the capital" is a person's role; "eastern province" only says where.
    !words.some((word) => namesFunction(word) || /^(?:of|for|at|in)$/u.test(word))
  )
}

/**
 * Whether the article's evidence says a named speaker is a bare place: every name it goes by is a
 * place the article never names as a person or a body ("Tehran called it…", "Northern Ireland
 * has suggested…"), or it is described only as a place ("Nangarhar", the "eastern province").
 * A place that speaks stands for someone the text does not name, so the quote is left unclear.
 */
export function isPlaceSpeaker(
  speaker: Speaker,
  placeNamesOfArticle: ReadonlySet<string>,
): boolean {
  if (speaker.kind !== 'person' && speaker.kind !== 'organization') return false
  const names = [speaker.name, ...speaker.aliases].map((name) => foldName(withoutThe(name)))
  if (names.every((name) => placeNamesOfArticle.has(name))) return true
  // A one-word name the article calls a province or a town is that place, whoever was said to
  // be from it; a full name keeps a stray role of that kind ("Ann Vale" stays a person).
  return wordsOf(speaker.name).length === 1 && speaker.roles.some(isPlaceRole)
}

const calendar: ReadonlySet<string> = new Set(calendarWords.map((word) => word.toLowerCase()))
const pronounForms: ReadonlySet<string> = new Set(pronouns.map((pronoun) => pronoun.form))

/**
 * Whether a one-word name is a word that names no one: a day or a month ("Wednesday"), a
 * pronoun ("He"), an abbreviation with its closing period ("Colo.", "R-Calif.": a state or a
 * party-and-state tag written after a name), a capitalized word joined to a lowercase one
 * ("Trump-style", "T-shirts"), or the plural of a person the article names ("the Clintons": a
 * family, not one speaker).
 */
export function isNoPersonName(name: string, personNamesOfArticle: ReadonlySet<string>): boolean {
  if (/\s/u.test(name.trim())) return false
  const lower = name.toLowerCase()
  if (calendar.has(lower.replace(/\.$/u, '')) || pronounForms.has(lower)) return true
  // Two letters or more before the period: an initial ("J.") is part of a name, never all of it.
  if (/^[\p{L}-]*\p{L}{2}\.$/u.test(name)) return true
  if (/^\p{Lu}[\p{L}]*-\p{Ll}/u.test(name)) return true
  return /\p{Ll}s$/u.test(name) && personNamesOfArticle.has(foldName(name.slice(0, -1)))
}

/**
 * A role as a speaker page shows it: without a word that opens a phrase but says nothing of the
 * speaker ("another eyewitness" → "eyewitness", "also CIA" → "CIA"); `null` when what is left
 * says nothing of what the speaker does: a bare place ("Georgia"), a body's head word alone
 * ("University"), one lowercase word that names no function ("process", "younger"), or a
 * participle phrase ("Helping newcomers").
 */
export function cleanRole(role: string, placeNamesOfArticle: ReadonlySet<string>): string | null {
  const words = wordsOf(role)
  while (words.length > 1 && roleOpeners.has((words[0] as string).toLowerCase())) words.shift()
  const first = words[0]
  if (first === undefined) return null
  const text = words.join(' ')
  if (placeNamesOfArticle.has(foldName(text)) || isPlaceRole(text)) return null
  if (words.length === 1) {
    const lower = bare(first)
    if (isOrganizationHead(lower) && !isRoleHead(lower) && !lower.endsWith('s')) return null
    // An affiliation by name ("Harvard", "Democrat") is capitalized.
    return namesFunction(first) || /^\p{Lu}/u.test(first) ? text : null
  }
  const participle =
    /ing$/iu.test(first) &&
    !namesFunction(first) &&
    words.slice(1).every((word) => !/^\p{Lu}/u.test(word))
  return participle ? null : text
}

/**
 * Whether an alias is only a fragment of an organization's name: its head word alone ("Office"
 * for "Alachua Sheriff's Office") or words of the name that leave out every head word it has
 * ("International Religious Freedom" for "Commission on International Religious Freedom").
 * Acronyms and forms that keep a head word ("Harbour Authority") stay.
 */
export function isOrganizationFragment(alias: string, name: string): boolean {
  const aliasWords = wordsOf(withoutThe(alias))
  if (aliasWords.length === 0) return true
  if (aliasWords.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(aliasWords[0] as string))
    return false
  const nameWords = wordsOf(withoutThe(name)).map(bare)
  const heads = nameWords.filter((word) => isOrganizationHead(word))
  if (heads.length === 0) return false
  const folded = aliasWords.map(bare)
  const inside = folded.every((word) => nameWords.includes(word))
  if (!inside || folded.length >= nameWords.length) return false
  if (folded.length === 1 && heads.includes(folded[0] as string)) return true
  return !folded.some((word) => heads.includes(word))
}

/** Whether an alias of a person names no one: no capitalized word ("the", "process"). */
function isEmptyPersonAlias(alias: string): boolean {
  return !wordsOf(alias).some(
    (word) => /^\p{Lu}/u.test(word) && !functionWords.has(word.toLowerCase()),
  )
}

/** An alias without a sentence's closing period ("Livermore." → "Livermore"); initials keep theirs. */
function withoutClosingPeriod(alias: string): string {
  // Two letters, not `{2,}`: the same test, without rescanning a long word from each letter.
  return /\p{L}{2}\.$/u.test(alias) && !/(?:^|\s)(?:Jr|Sr|St)\.$/u.test(alias)
    ? alias.slice(0, -1)
    : alias
}

/**
 * "Kurdish-led Syrian Democratic Forces", "U.S.-backed Example Front": a hyphenated modifier in
 * `-led`, `-backed`, `-based` (any `-ed` participle) before a body's name says who leads or
 * backs it and is no part of the name.
 */
export function withoutNameModifiers(name: string): string {
  const stripped = name.replace(/^(?:[\p{L}.]+-(?:\p{Ll}+ed|based)\s+)+(?=\p{Lu})/u, '')
  return stripped.length > 0 ? stripped : name
}

/** Whether an unpublished quote leans to a body named with a modifier ("Yemen-based Houthi"). */
function hasModifiedCandidate(quote: Quote): boolean {
  const candidate = quote.candidate
  return (
    !quote.speaker &&
    candidate?.kind === 'organization' &&
    withoutNameModifiers(candidate.name) !== candidate.name
  )
}

function withPlainCandidate(quote: Quote): Quote {
  const candidate = quote.candidate as NonNullable<Quote['candidate']>
  const name = withoutNameModifiers(candidate.name)
  return { ...quote, candidate: { ...candidate, name, id: slugify(name) || candidate.id } }
}

/**
 * Hold named speakers to what the article gives evidence of. A speaker that is a bare place goes
 * off the speakers (its quotes keep it as their unpublished `candidate`); the others keep only
 * roles that say something of them and aliases that are names of them, and an organization loses
 * hyphenated modifiers before its name (on its quotes' `speaker` and on a `candidate` that leaned
 * to it). A candidate that is no speaker's loses such a modifier too, its id made from what is
 * left.
 */
export function requireSpeakerEvidence(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  entities: Entities,
): { quotes: Quote[]; speakers: Speaker[] } {
  const placesOfArticle = placeNames(entities)
  const peopleOfArticle = foldedNames(entities.people)
  const entityIds = new Set(
    [...entities.people, ...entities.organizations].map((entity) => entity.id),
  )
  const speakerIds = new Set(speakers.map((speaker) => speaker.id))
  const unclear = new Set<string>()
  const renamed = new Map<string, SpeakerRename>()
  const kept: Speaker[] = []
  for (const speaker of speakers) {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') {
      kept.push(speaker)
      continue
    }
    if (
      isPlaceSpeaker(speaker, placesOfArticle) ||
      (speaker.kind === 'person' && isNoPersonName(speaker.name, peopleOfArticle))
    ) {
      unclear.add(speaker.id)
      continue
    }
    const name = speaker.kind === 'organization' ? withoutNameModifiers(speaker.name) : speaker.name
    const roles = [
      ...new Set(
        speaker.roles
          .map((role) => cleanRole(role, placesOfArticle))
          .filter((role): role is string => role !== null),
      ),
    ]
    const aliases = [
      ...new Set(
        speaker.aliases
          .map(withoutClosingPeriod)
          .filter((alias) =>
            speaker.kind === 'organization'
              ? !isOrganizationFragment(alias, name)
              : !isEmptyPersonAlias(alias),
          )
          .filter((alias) => alias !== name),
      ),
    ].sort()
    const next: Speaker = { ...speaker, name, roles, aliases }
    if (name !== speaker.name) {
      // An id that is an entity's stays; one made from the old name follows the new name.
      const id = entityIds.has(speaker.id) ? speaker.id : slugify(name) || speaker.id
      if (!speakerIds.has(id)) next.id = id
      renamed.set(speaker.id, renameTo(next))
    }
    kept.push(next)
  }
  const unclearOrPlain = quotes.map((quote) => {
    const ref = quote.speaker
    if (ref && unclear.has(ref.id)) return { ...quote, speaker: null, candidate: ref }
    // A candidate that leaned to a renamed speaker takes that speaker's new name and id below.
    const speakersOwn = quote.candidate !== undefined && renamed.has(quote.candidate.id)
    return !speakersOwn && hasModifiedCandidate(quote) ? withPlainCandidate(quote) : quote
  })
  return { speakers: kept, quotes: withRenamedSpeakers(unclearOrPlain, renamed) }
}

/** "told reporters", "telling the council": a name right after these verbs is who was told. */
const addresseeBefore = /\b(?:told|tells|tell|telling)\s+(?:the\s+)?$/iu

/**
 * Take the speaker off quotes whose mention stands right after "told" ("…, told VOA"): whoever is
 * told is the hearer, never the speaker (English puts no speaker after "told", as it may after
 * "said"). The quote keeps no candidate, and a named speaker left without quotes goes. `textOf`
 * gives the text of each block by its id.
 */
export function withoutAddressees(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  textOf: ReadonlyMap<string, string>,
): { quotes: Quote[]; speakers: Speaker[] } {
  const dropped = new Map<string, number>()
  const kept = quotes.map((quote) => {
    const span = quote.mentionSpan
    if (!quote.speaker || !span) return quote
    const before = (textOf.get(span.blockId) ?? '').slice(Math.max(0, span.start - 20), span.start)
    if (!addresseeBefore.test(before)) return quote
    dropped.set(quote.speaker.id, (dropped.get(quote.speaker.id) ?? 0) + 1)
    const { candidate: _, ...rest } = quote
    return { ...rest, speaker: null }
  })
  return { quotes: kept, speakers: withQuotesTaken(speakers, dropped) }
}
