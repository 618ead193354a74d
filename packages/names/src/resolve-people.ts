import { nicknames } from './data/nicknames.js'
import { foldName } from './fold.js'
import { isGivenName, type NameGender, personGender } from './gender.js'
import { listOnce } from './list-once.js'
import { isRoleWord, type RememberedParse, rememberedParse } from './parse-person-name.js'
import type { PersonName } from './person-name.js'

/** One person mention of an article, in any form: `"Foreign Minister Qin Gang"`, `"Qin"`. */
export interface PersonMentionInput {
  text: string
  /** Where the mention is (an offset or any increasing number): decides which person was introduced first. */
  position: number
  /**
   * The mention names someone in passing (an object: "Trump accused Rafael Cruz…"), not the
   * topic of its sentence: it does not make a later bare family name theirs by nearness.
   */
  inPassing?: boolean
}

/** One person of an article, with all the mentions that point at them. */
export interface PersonCluster {
  /** Canonical name: the fullest form anywhere in the article, titles dropped. */
  name: string
  /** The parsed canonical mention. */
  parsed: PersonName
  /** Other names used for the person in the article (`"Blinken"`, `"Mr Blinken"`), in order. */
  aliases: string[]
  /** Roles and titles found next to any mention, in order, without duplicates. */
  roles: string[]
  /** Indices into the input of the mentions that point at this person, in input order. */
  mentions: number[]
}

/** A short mention that more than one person of the article could own. */
export interface PersonAmbiguity {
  /** Index of the mention in the input. */
  mention: number
  /** Canonical names of every candidate. */
  candidates: string[]
  /** The candidate it was given to (gender agreement, else first introduced), or null. */
  chosen: string | null
}

export interface PersonResolution {
  clusters: PersonCluster[]
  /** For each input mention, the index of its cluster, or -1 when it holds no name. */
  clusterOf: number[]
  ambiguities: PersonAmbiguity[]
}

function isInitialOf(short: string, long: string): boolean {
  return isFoldedInitialOf(foldName(short), foldName(long))
}

/** `isInitialOf` of two words folded. */
function isFoldedInitialOf(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))
}

/**
 * Whether two given names, folded, are one, written in full or as a common short form
 * (Bobby/Robert).
 */
function sameFoldedGivenName(a: string, b: string): boolean {
  if (isFoldedInitialOf(a, b)) return true
  return (nicknames[a]?.includes(b) ?? false) || (nicknames[b]?.includes(a) ?? false)
}

/**
 * Whether two full names can be the same person: same family name, compatible given names. Each
 * comes with its folds (`foldsOf`), read rather than folded again for every pair.
 */
function compatibleFullNames(
  a: PersonName,
  b: PersonName,
  aFolds: NameFolds,
  bFolds: NameFolds,
): boolean {
  if (
    endsWithName(a.name, b.name, aFolds.name, bFolds.name) ||
    endsWithName(b.name, a.name, bFolds.name, aFolds.name)
  )
    return true
  if (aFolds.surname !== bFolds.surname) return false
  if (a.surnameFirst !== b.surnameFirst) return false
  if (a.surnameFirst) return foldName(a.given.join(' ')) === foldName(b.given.join(' '))
  if (!sameFoldedGivenName(aFolds.firstGiven, bFolds.firstGiven)) return false
  const [shorter, longer] =
    a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given]
  // The remaining given names of the shorter form appear, in order, in the longer one.
  let at = 1
  for (const word of shorter.slice(1)) {
    while (at < longer.length && !isInitialOf(word, longer[at] ?? '')) at++
    if (at >= longer.length) return false
    at++
  }
  return true
}

/**
 * Whether a name of two or more words ends another ("Suu Kyi" of "Aung San Suu Kyi"): the usual
 * short form of names with no single family name. Not when the short name opens with a given
 * name ("Adam Schiff" of "Represenative Adam Schiff"): it is a whole name then, and the longer
 * one a name with a title or affiliation stuck to it. `a` and `b` are the two names folded.
 */
function endsWithName(long: string, short: string, a: string, b: string): boolean {
  if (
    !b.includes(' ') ||
    a.length <= b.length ||
    a.charCodeAt(a.length - b.length - 1) !== 32 ||
    !a.endsWith(b)
  )
    return false
  const first = short.split(/\s+/)[0] ?? ''
  const extra = long.split(/\s+/).slice(0, -short.split(/\s+/).length)
  // "Man-kei Tam": a hyphenated romanized given name (Cantonese, Korean) opens a whole name too.
  const givenLike = isGivenName(first) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(first)
  return !givenLike && !extra.some((word) => isRoleWord(word))
}

function fullness(name: PersonName): number {
  return name.given.length + name.surname.split(' ').length + (name.suffix === null ? 0 : 1)
}

/**
 * What `mayBeCompatible` and `compatibleFullNames` compare of a name, folded once rather than for
 * every pair.
 */
interface NameFolds {
  name: string
  surname: string
  /** The first given name, `''` when there is none. */
  firstGiven: string
  /** The last word of `name`. */
  lastWord: string
}

function foldsOf(remembered: RememberedParse): NameFolds {
  return {
    name: remembered.folded,
    surname: remembered.foldedSurname,
    firstGiven: remembered.foldedFirstGiven,
    lastWord: remembered.foldedLastWord,
  }
}

/**
 * Whether two full names may be compatible at all (`compatibleFullNames` holds only then): one
 * family name, or one name ending the other. Most pairs of full names sharing a word differ
 * here, without the memo look-ups of the whole test.
 */
function mayBeCompatible(a: NameFolds, b: NameFolds): boolean {
  return a.surname === b.surname || a.name.endsWith(b.name) || b.name.endsWith(a.name)
}

interface Draft {
  canonical: PersonName
  /** The folds of `canonical`. */
  folds: NameFolds
  members: number[]
  /** Positions of full mentions that are not in passing, ascending. */
  fullPositions: number[]
  /** Position of the first full mention. */
  firstPosition: number
  /** The folded words the draft is listed under for the full-name look-up, each listed once. */
  listedUnder: Set<string>
}

function newDraft(canonical: PersonName, folds: NameFolds): Draft {
  return {
    canonical,
    folds,
    members: [],
    fullPositions: [],
    firstPosition: Number.POSITIVE_INFINITY,
    listedUnder: new Set(),
  }
}

/** How close (in position units, such as characters) a full mention must be to win outright. */
const recencyWindow = 200
/** How far (in position units) a bare name keeps meaning the person the previous one meant. */
const continuityWindow = 1000

/**
 * Cluster the person mentions of one article. Each full name ("Antony Blinken") starts or joins
 * a person (compatible full names merge: "John Bolton" and "John R. Bolton"); each short
 * mention ("Blinken", "Mr Wang", "Qin") goes to the person whose family name or short form it
 * is, earlier or later in the article. When two people share the short form (two Smiths),
 * `choose` below picks one and the case is reported in `ambiguities`. A short mention nobody
 * owns stays its own person ("Xi" in an article that never says "Xi Jinping"); if its only
 * match is a given name ("Katya" for "Katya Smith") it goes there.
 */
export function resolvePeople(mentions: readonly PersonMentionInput[]): PersonResolution {
  // Each mention's parse with its folds (kept with the parse, made once per name as written),
  // and the gender its title or given name tells, read once: the passes below ask for them of
  // the same mention again and again, and each asking was a look-up in a memo as large as the
  // vocabulary.
  const remembered = mentions.map((mention) => rememberedParse(mention.text))
  const parsed = remembered.map((entry) => entry.name)
  const folded = remembered.map((entry) => entry.folded)
  const genders: Array<NameGender | null | undefined> = []
  function genderAt(index: number): NameGender | null {
    let gender = genders[index]
    if (gender === undefined) {
      gender = personGender(parsed[index] as PersonName)
      genders[index] = gender
    }
    return gender
  }
  const drafts: Draft[] = []
  const clusterOf = parsed.map(() => -1)
  const ambiguities: PersonAmbiguity[] = []

  // The drafts of full names by the family name and by the last word of each name they have
  // been given (folded): two full names are compatible only when they share one of them (see
  // `compatibleFullNames`), so a full name is compared with those drafts, not with every person
  // before it. People sharing a family name (or a last word) are still compared pairwise: the
  // pass grows with the article and with the size of those groups, not with the article's
  // square. A draft keeps the words of a name it gave up for a fuller one: a list may hold more
  // drafts than can match, never fewer.
  const draftsByNameWord = new Map<string, number[]>()
  function indexDraft(target: number, folds: NameFolds): void {
    listDraft(folds.surname, target)
    if (folds.lastWord !== folds.surname) listDraft(folds.lastWord, target)
  }
  function listDraft(key: string, target: number): void {
    listOnce(draftsByNameWord, (drafts[target] as Draft).listedUnder, key, target)
  }
  /** The first draft (by index) a full name is compatible with, -1 when none. */
  function firstCompatibleDraft(name: PersonName, folds: NameFolds): number {
    const found = firstCompatibleListed(folds.surname, name, folds, -1)
    return folds.lastWord === folds.surname
      ? found
      : firstCompatibleListed(folds.lastWord, name, folds, found)
  }
  /** `firstCompatibleDraft` among the drafts listed by one word, or `found` if it comes first. */
  function firstCompatibleListed(
    key: string,
    name: PersonName,
    folds: NameFolds,
    found: number,
  ): number {
    let first = found
    for (const target of draftsByNameWord.get(key) ?? []) {
      const draft = drafts[target] as Draft
      if (
        (first < 0 || target < first) &&
        mayBeCompatible(draft.folds, folds) &&
        compatibleFullNames(draft.canonical, name, draft.folds, folds)
      )
        first = target
    }
    return first
  }

  // Full names first, wherever they are: a short mention may come before its full form.
  const order = mentions.map((_, index) => index).sort((a, b) => position(a) - position(b) || a - b)
  function position(index: number): number {
    return mentions[index]?.position ?? index
  }
  for (const index of order) {
    const name = parsed[index]
    if (name === undefined || !name.full) continue
    const folds = foldsOf(remembered[index] as RememberedParse)
    let target = firstCompatibleDraft(name, folds)
    if (target < 0) {
      target = drafts.length
      drafts.push(newDraft(name, folds))
      indexDraft(target, folds)
    }
    const draft = drafts[target]
    if (draft === undefined) continue
    if (fullness(name) > fullness(draft.canonical)) {
      draft.canonical = name
      draft.folds = folds
      indexDraft(target, folds)
    }
    draft.members.push(index)
    if (mentions[index]?.inPassing !== true) draft.fullPositions.push(position(index))
    draft.firstPosition = Math.min(draft.firstPosition, position(index))
    clusterOf[index] = target
  }

  // Index short forms and given names of the full people.
  const byKey = new Map<string, number[]>()
  const byGiven = new Map<string, number[]>()
  drafts.forEach((draft, target) => {
    const keys = new Set<string>()
    for (const member of draft.members) {
      const entry = remembered[member]
      if (entry !== undefined)
        // The name keys hold the short forms already.
        for (const key of entry.keys) keys.add(key)
    }
    for (const key of keys) {
      const targets = byKey.get(key)
      if (targets) targets.push(target)
      else byKey.set(key, [target])
    }
    const first = draft.canonical.surnameFirst ? undefined : draft.canonical.given[0]
    const givenKey = first === undefined ? '' : foldName(first)
    if (givenKey.length > 1) {
      const targets = byGiven.get(givenKey)
      if (targets) targets.push(target)
      else byGiven.set(givenKey, [target])
    }
  })

  // "Mr. Obama" is not Michelle Obama: a title's gender rules out a person of the other.
  const candidatesOf = (index: number): number[] => {
    const titled = genderAt(index)
    const key = folded[index] as string
    return (byKey.get(key) ?? byGiven.get(key) ?? []).filter(
      (candidate) =>
        titled === null || draftGender(candidate) !== (titled === 'male' ? 'female' : 'male'),
    )
  }
  // How many short mentions only one person can own: many "Mr. Obama" beside one "Michelle
  // Obama" make the president the one a bare "President Obama" means.
  const claims = new Map<number, number>()
  for (let index = 0; index < parsed.length; index++) {
    const name = parsed[index] as PersonName
    if (name.full || name.name === '') continue
    const candidates = candidatesOf(index)
    const [only] = candidates
    if (candidates.length === 1 && only !== undefined) claims.set(only, (claims.get(only) ?? 0) + 1)
  }

  const loneByKey = new Map<string, number>()
  /** The person each ambiguous bare name last went to, and where. */
  const lastChoice = new Map<string, { target: number; at: number }>()
  for (const index of order) {
    const name = parsed[index]
    if (name === undefined || name.full || name.name === '') continue
    const key = folded[index] as string
    const candidates = candidatesOf(index)
    let target: number
    if (candidates.length === 1) {
      target = candidates[0] ?? -1
    } else if (candidates.length > 1) {
      target = choose(candidates, index, position(index))
      lastChoice.set(key, { target, at: position(index) })
      ambiguities.push({
        mention: index,
        candidates: candidates.map((candidate) => drafts[candidate]?.canonical.name ?? ''),
        chosen: drafts[target]?.canonical.name ?? null,
      })
    } else {
      target = misspelled(key)
      if (target < 0) {
        const lone = loneByKey.get(key)
        if (lone === undefined) {
          target = drafts.length
          drafts.push(newDraft(name, foldsOf(remembered[index] as RememberedParse)))
          loneByKey.set(key, target)
        } else {
          target = lone
        }
      }
    }
    drafts[target]?.members.push(index)
    clusterOf[index] = target
  }

  /**
   * The one full person whose family name a short mention misspells (`Wines` in an article
   * about Leslie Wimes, `McLenney` for Tyresha McClenney): one edit apart, same first letter,
   * five letters or more; -1 when no one or more than one person fits.
   */
  function misspelled(key: string): number {
    if (key.length < 5 || key.includes(' ')) return -1
    let found = -1
    for (const [target, draft] of drafts.entries()) {
      if (!draft.canonical.full || draft.canonical.surnameFirst) continue
      const { surname } = draft.folds
      if (surname[0] !== key[0] || surname.length < 5 || !oneEditApart(key, surname)) continue
      if (found >= 0 && found !== target) return -1
      found = target
    }
    return found
  }

  /** The gender a person's own mentions tell (titles, given names), else null. */
  function draftGender(candidate: number): string | null {
    for (const member of drafts[candidate]?.members ?? []) {
      const known = genderAt(member)
      if (known !== null) return known
    }
    return null
  }

  /**
   * Of several people sharing a family name, the one a bare mention means: one whose gender
   * agrees with its title (`Mrs Quill`); else a full mention just before it, not in passing;
   * else whom the previous bare mention meant; else the one most short mentions can only mean;
   * else the one the article introduced first (writers give the others their first names).
   */
  function choose(candidates: readonly number[], mention: number, at: number): number {
    const gender = genderAt(mention)
    const genderOf = draftGender
    // A known gender that agrees beats an unknown one, which beats one that disagrees.
    const agreeing =
      gender === null
        ? candidates
        : ([
            candidates.filter((candidate) => genderOf(candidate) === gender),
            candidates.filter((candidate) => genderOf(candidate) === null),
          ].find((list) => list.length > 0) ?? [])
    const pool = agreeing.length > 0 ? agreeing : candidates
    if (pool.length === 1) return pool[0] ?? -1
    // "Her brother Martin Quill … Quill said": a full mention just before (within about a
    // sentence, in offset units) wins; otherwise the person introduced first.
    let recent = -1
    let recentDistance = Number.POSITIVE_INFINITY
    for (const candidate of pool) {
      for (const full of drafts[candidate]?.fullPositions ?? []) {
        if (full <= at && at - full < recentDistance) {
          recentDistance = at - full
          recent = candidate
        }
      }
    }
    if (recent >= 0 && recentDistance <= recencyWindow) return recent
    // The one person most short mentions can only mean, by a clear margin.
    const ranked = [...pool].sort((a, b) => (claims.get(b) ?? 0) - (claims.get(a) ?? 0))
    const [top = 0, second = 0] = ranked.map((candidate) => claims.get(candidate) ?? 0)
    if (top >= 3 && top >= 3 * second) return ranked[0] ?? -1
    // "Jeh Johnson says… Johnson tells… Johnson said": a bare name keeps meaning whom the
    // previous one meant, when close and no candidate was named in full since.
    const previous = lastChoice.get(folded[mention] as string)
    if (
      previous !== undefined &&
      pool.includes(previous.target) &&
      at - previous.at <= continuityWindow &&
      (recent < 0 || at - recentDistance <= previous.at)
    )
      return previous.target
    let best = pool[0] ?? -1
    let bestFirst = Number.POSITIVE_INFINITY
    for (const candidate of pool) {
      const first = drafts[candidate]?.firstPosition ?? Number.POSITIVE_INFINITY
      // Introduced before the mention beats introduced after it.
      const rank = first <= at ? first : Number.MAX_SAFE_INTEGER / 2 + first
      if (rank < bestFirst) {
        bestFirst = rank
        best = candidate
      }
    }
    return best
  }

  const clusters = drafts.map((draft) => {
    const members = [...draft.members].sort((a, b) => a - b)
    const canonicalKey = draft.folds.name
    const aliases: string[] = []
    const roles: string[] = []
    const seenAliases = new Set([canonicalKey])
    const seenRoles = new Set<string>()
    for (const member of members) {
      const name = parsed[member]
      if (name === undefined) continue
      const alias = name.name
      const aliasKey = alias === '' ? '' : (folded[member] as string)
      if (alias !== '' && !seenAliases.has(aliasKey)) {
        seenAliases.add(aliasKey)
        aliases.push(alias)
      }
      for (const role of name.roles) {
        const roleKey = foldName(role)
        if (!seenRoles.has(roleKey)) {
          seenRoles.add(roleKey)
          roles.push(role)
        }
      }
    }
    return {
      name: draft.canonical.name,
      parsed: draft.canonical,
      aliases,
      roles,
      mentions: members,
    }
  })
  return { clusters, clusterOf, ambiguities }
}

/** Whether two different words are one substitution, insertion, deletion or swap apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  if (restA.length <= 1 && restB.length <= 1) return true
  // A swap of two neighbouring letters: "Jonhson" for "Johnson".
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}
