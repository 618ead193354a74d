import { articles } from '@newsroom/lexicon'
import { BoundedCache, casedNameInCapitals, foldName, slugify } from '@newsroom/names'
import type { Speaker } from '@newsroom/schema'
import { hasPossessiveEnding, withoutPossessiveEnding } from './possessive.js'
import { determiners, nameConnectors, phraseBreakers, prepositions } from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const spaces = /\s+/
const startsUppercaseOrDigit = /^[\p{Lu}\p{N}]/u
const leadingArticle = /^the\s+/i
const leadingFunctionWord = new RegExp(`^(?:${[...articles, 'of'].join('|')})$`, 'i')

/** What two forms of one name have in common: folded, without a possessive ending. */
function aliasKey(name: string): string {
  return foldName(withoutPossessiveEnding(name.replace(leadingArticle, '')))
}

/**
 * Where resolving a mention takes its speakers from: the article's registry, or a draft of it
 * that changes nothing (`SpeakerDraft`).
 */
export interface SpeakerSource {
  readonly speakers: ReadonlyMap<string, Speaker>
  named(
    name: string,
    kind: 'person' | 'organization',
    alias: string,
    roles: readonly string[],
  ): Speaker
  unnamed(description: string, kind: 'anonymous' | 'group'): Speaker
  addRole(speaker: Speaker, role: string): void
}

/** A named speaker as first made, before any alias, role or quote. */
export function newNamedSpeaker(
  id: string,
  name: string,
  kind: 'person' | 'organization',
): Speaker {
  // A transcript's label (`TOM BRILL:`) names its speaker in capitals: shown as a name is.
  const shown = kind === 'person' ? casedNameInCapitals(name) : name
  return { id, name: shown, kind, roles: [], aliases: [], description: null, quoteCount: 0 }
}

/** The `count`th unnamed speaker of a kind in an article, as first made. */
export function newUnnamedSpeaker(
  description: string,
  kind: 'anonymous' | 'group',
  count: number,
): Speaker {
  return {
    id: `${kind}-${count}`,
    name: description,
    kind,
    roles: [],
    aliases: [],
    description,
    quoteCount: 0,
  }
}

/** What tells one unnamed speaker from another: its kind and its folded description. */
export const descriptionKey = (description: string, kind: 'anonymous' | 'group'): string =>
  `${kind}:${foldName(description)}`

/** Builds the article's speakers; each resolved phrase gets a speaker id. */
export class SpeakerRegistry implements SpeakerSource {
  readonly speakers = new Map<string, Speaker>()
  private readonly order: string[] = []
  private anonymousCount = 0
  private groupCount = 0
  private readonly byDescription = new Map<string, string>()

  get(id: string): Speaker | undefined {
    return this.speakers.get(id)
  }

  /** A named person or organization: id is the slug of the canonical name. */
  private readonly slugs = new Map<string, string>()

  named(
    name: string,
    kind: 'person' | 'organization',
    alias: string,
    roles: readonly string[],
  ): Speaker {
    let id = this.slugs.get(name)
    if (id === undefined) {
      id = this.idOf(name, alias)
      this.slugs.set(name, id)
    }
    let speaker = this.speakers.get(id)
    if (!speaker) {
      speaker = newNamedSpeaker(id, name, kind)
      this.speakers.set(id, speaker)
      this.order.push(id)
    }
    // A name's aliases and roles come again with each of its mentions: one already added
    // changes nothing the second time (a role stays said by it or by a fuller one), so it is
    // not read again.
    let added = this.added.get(speaker)
    if (added === undefined) {
      added = { aliases: new Set(), roles: new Set() }
      this.added.set(speaker, added)
    }
    if (!added.aliases.has(alias)) {
      added.aliases.add(alias)
      this.addAlias(speaker, alias)
    }
    for (const role of roles) {
      if (added.roles.has(role)) continue
      added.roles.add(role)
      this.addRole(speaker, role)
    }
    return speaker
  }

  /** The id `named` gives a name (the slug of the name, else of the alias it comes with). */
  idOf(name: string, alias: string): string {
    return this.slugs.get(name) ?? (slugify(name) || slugify(alias) || 'speaker')
  }

  /** What `named` has given each speaker as an alias and as a role, as written. */
  private readonly added = new Map<Speaker, { aliases: Set<string>; roles: Set<string> }>()

  /** An unnamed person or a group: one article-local id per distinct description. */
  unnamed(description: string, kind: 'anonymous' | 'group'): Speaker {
    const existing = this.describedAs(description, kind)
    if (existing) return existing
    const count = kind === 'anonymous' ? ++this.anonymousCount : ++this.groupCount
    const speaker = newUnnamedSpeaker(description, kind, count)
    this.speakers.set(speaker.id, speaker)
    this.byDescription.set(descriptionKey(description, kind), speaker.id)
    this.order.push(speaker.id)
    return speaker
  }

  /** The unnamed speaker `unnamed` has given a description, if any. */
  describedAs(description: string, kind: 'anonymous' | 'group'): Speaker | undefined {
    const id = this.byDescription.get(descriptionKey(description, kind))
    return id === undefined ? undefined : this.speakers.get(id)
  }

  /** How many unnamed speakers of a kind `unnamed` has made. */
  unnamedCount(kind: 'anonymous' | 'group'): number {
    return kind === 'anonymous' ? this.anonymousCount : this.groupCount
  }

  /**
   * Add another name of a speaker. A description ("Beijing's top diplomat", "the police") is no
   * name: it is a person's role, and says nothing an organization's name does not. A form that
   * differs from a known one only by a leading article or a possessive is no other name ("The
   * Coast Guard" of Coast Guard, "The SDF" beside "SDF"); a possessive is cut from an alias
   * unless the speaker's own name ends in one (McDonald's), and of two such forms the shorter
   * is kept.
   */
  addAlias(speaker: Speaker, alias: string): void {
    if (!isNameShaped(alias)) {
      if (speaker.kind === 'person') this.addRole(speaker, alias)
      return
    }
    const written = alias.trim()
    const clean = hasPossessiveEnding(speaker.name) ? written : withoutPossessiveEnding(written)
    const key = aliasKey(clean)
    if (key === '' || key === aliasKey(speaker.name)) return
    const known = speaker.aliases.findIndex((other) => aliasKey(other) === key)
    if (known === -1) speaker.aliases.push(clean)
    else if (clean.length < (speaker.aliases[known] as string).length)
      speaker.aliases[known] = clean
  }

  /**
   * Add a role unless a fuller one already says it: "spokesman" adds nothing to "State
   * Department spokesman", while the fuller form replaces the shorter one.
   */
  addRole(speaker: Speaker, role: string): void {
    const clean = roleOf(role)
    if (clean === null) return
    const folded = ` ${foldName(clean)} `
    // One pass, each known role folded once. The kept roles go into an array made here, where
    // they went into the one `filter` returns: pushing a string onto that array when it came
    // back empty threw the optimized `addRole` away ("not a Smi").
    const kept: string[] = []
    for (const known of speaker.roles) {
      const knownFolded = ` ${foldName(known)} `
      if (knownFolded.includes(folded)) return
      if (!folded.includes(knownFolded)) kept.push(known)
    }
    kept.push(clean)
    speaker.roles = kept
  }

  /**
   * Speakers with at least one quote, in order of first appearance. Unnamed speakers are
   * numbered among these first (`anonymous-1`, `group-1`), so the listed ids have no gaps; the
   * unnamed ones left out (a quotation's unpublished candidate) are numbered after them, so
   * that no candidate shares a listed speaker's id. Ids change here: a reference to a speaker
   * copied before (`{id, name, kind}`) must take its id again after.
   */
  list(): Speaker[] {
    const all = this.order.map((id) => this.speakers.get(id) as Speaker)
    const listed = all.filter((speaker) => speaker.quoteCount > 0)
    const counts = { anonymous: 0, group: 0 }
    for (const speaker of [...listed, ...all.filter((speaker) => speaker.quoteCount === 0)]) {
      if (speaker.kind === 'anonymous' || speaker.kind === 'group') {
        speaker.id = `${speaker.kind}-${++counts[speaker.kind]}`
      }
    }
    return listed
  }
}

/**
 * Whether a phrase is written as a name: every word capitalized (or a number), except the
 * connectors names run through ("Bank of America", "Ahmad bin Ali"). "The" may open it.
 */
export function isNameShaped(phrase: string): boolean {
  let shaped = nameShapes.get(phrase)
  if (shaped === undefined) {
    shaped = readNameShape(phrase)
    nameShapes.set(phrase, shaped)
  }
  return shaped
}

/**
 * `isNameShaped` by the phrase: a pure function of its text, asked again and again of the same
 * names (each speaker's name each time a walk back passes it, each alias each time it comes).
 */
const nameShapes = new BoundedCache<string, boolean>(20_000)

function readNameShape(phrase: string): boolean {
  const words = phrase.trim().split(spaces)
  return words.every(
    (word, at) =>
      startsUppercaseOrDigit.test(word) ||
      nameConnectors.has(word) ||
      ((word === 'the' || word === 'and' || word === '&') && at > 0),
  )
}

/**
 * A phrase as a role to show, or null when it is none. Leading articles and an "of" go ("of the
 * University of Essex" is "University of Essex"); a phrase opening with another preposition is
 * an adjunct the mention reader took along ("in a statement delivered via the press secretary",
 * "on radio"), and one of function words only ("the") says nothing.
 */
export function roleOf(phrase: string): string | null {
  let role = phraseRoles.get(phrase)
  if (role === undefined) {
    role = readRole(phrase)
    phraseRoles.set(phrase, role)
  }
  return role
}

/**
 * `roleOf` by the phrase: a pure function of its text, read for every role a speaker is given
 * (the same descriptions and titles again with each mention and each question's draft).
 */
const phraseRoles = new BoundedCache<string, string | null>(20_000)

function readRole(phrase: string): string | null {
  const words = phrase.split(spaces).filter((word) => word !== '')
  while (words.length > 0 && leadingFunctionWord.test(words[0] as string)) words.shift()
  const first = (words[0] ?? '').toLowerCase()
  if (words.length === 0 || prepositions.has(first)) return null
  const lowered = words.map((word) => word.toLowerCase())
  if (
    lowered.every(
      (word) => determiners.has(word) || prepositions.has(word) || phraseBreakers.has(word),
    )
  )
    return null
  return words.join(' ')
}
