import { acronymStopWords, numberWords } from '@newsroom/lexicon'
import { BoundedCache } from './bounded-cache.js'
import { foldName, lastWord, stripPossessive } from './fold.js'
import { listOnce } from './list-once.js'
import { wordClass, wordClasses } from './word-classes.js'

/** One organization mention of an article: `"the State Department"`, `"CIA"`. */
export interface OrganizationMentionInput {
  text: string
  position: number
}

export interface OrganizationCluster {
  /** Canonical name: the fullest form in the article, without a leading "the". */
  name: string
  aliases: string[]
  /** Indices into the input, in input order. */
  mentions: number[]
}

export interface OrganizationResolution {
  clusters: OrganizationCluster[]
  /** For each input mention, the index of its cluster, or -1 for an empty mention. */
  clusterOf: number[]
}

const stopWords = new Set(acronymStopWords)

/** Whether a word is the generic head of an organization name (`Department`, `University`). */
export function isOrganizationHead(word: string): boolean {
  return (wordClasses(word) & wordClass.organizationHead) !== 0
}

/** Whitespace that is more than one plain space between words: the only kind that needs fixing. */
const untidySpace = /^\s|\s$|\s\s|[^\S ]/

/** An organization name as written, without a leading article or possessive. */
export function cleanOrganizationName(text: string): string {
  // Asked of every mention of every article: most are tidy names with no article, and skipping
  // the regular expressions that would change nothing in them is most of the cost.
  const spaced = untidySpace.test(text) ? text.trim().replace(/\s+/g, ' ') : text
  const name = stripPossessive(spaced)
  const first = name.charCodeAt(0)
  if (first !== 84 && first !== 116 && name === spaced) return name
  return name.replace(/^the\s+/i, '').trim()
}

/**
 * The acronym of a multi-word name: initials of its words, function words left out
 * ("Organisation of Islamic Cooperation" → "OIC"). Returns `''` for one-word names.
 */
export function acronymOf(name: string): string {
  const words = cleanOrganizationName(name)
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && !stopWords.has(word.toLowerCase()))
  if (words.length < 2) return ''
  return words.map((word) => word.charAt(0).toUpperCase()).join('')
}

/**
 * The abbreviation of a body's name with its number in digits ("Group of Nine" → "G9", "Group
 * of 20" → "G20", "Group of Seventy-Seven" → "G77", "Council of One Hundred" → "C100"), or null
 * when the name has no number. The number is written in digits or in English number words; a
 * word that multiplies (`hundred`, `thousand`, `million`) counts only after another number word,
 * so "Million Man March" holds no number.
 */
export function numberedAcronym(name: string): string | null {
  let letters = ''
  let number = ''
  let run: string[] = []
  const words = name.split(/\s+/)
  for (const [at, word] of words.entries()) {
    const parts = word.toLowerCase().split('-')
    if (isNumberWord(parts, run.length > 0)) {
      run.push(...parts)
      continue
    }
    // "One Hundred and Twenty": `and` between two number words goes on with the number.
    const next = words[at + 1]?.toLowerCase().split('-')
    if (run.length > 0 && word.toLowerCase() === 'and' && next && isNumberWord(next, true)) continue
    if (run.length > 0) number += String(numberValue(run))
    run = []
    if (/^\d+$/.test(word)) number += word
    else if (/^\p{Lu}/u.test(word)) letters += (word[0] as string).toUpperCase()
  }
  if (run.length > 0) number += String(numberValue(run))
  return number !== '' && letters !== '' ? `${letters}${number}` : null
}

/** The words among the number words that multiply what comes before them. */
const multipliers: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
])

/**
 * The value of each other number word of the lexicon, by its place in the lexicon's list:
 * `one` … `nineteen`, then the tens `twenty` … `ninety`.
 */
const numberValues: ReadonlyMap<string, number> = new Map(
  numberWords
    .filter((word) => !multipliers.has(word))
    .map((word, at) => [word, at < 19 ? at + 1 : (at - 17) * 10]),
)

/**
 * Whether the parts of a word (split at hyphens, lowercase) are all number words; a multiplier
 * may start it only when it goes on from a number (`afterNumber`).
 */
function isNumberWord(parts: readonly string[], afterNumber: boolean): boolean {
  return parts.every(
    (part, at) => numberValues.has(part) || (multipliers.has(part) && (afterNumber || at > 0)),
  )
}

/** The value of a run of number words: `seventy seven` → 77, `two hundred fifty` → 250. */
function numberValue(words: readonly string[]): number {
  let total = 0
  let group = 0
  for (const word of words) {
    const multiplier = multipliers.get(word)
    if (multiplier === undefined) group += numberValues.get(word) ?? 0
    else if (multiplier === 100) group *= 100
    else {
      total += group * multiplier
      group = 0
    }
  }
  return total + group
}

/** Fold an acronym: `U.S.` → `us`, `N.A.S.A.` → `nasa`. */
function foldAcronym(text: string): string {
  return foldName(text).replace(/[\s.]/g, '')
}

/** "Department of State" ↔ "State Department": the head-last form of a head-of-X name. */
function headLastForm(name: string): string | null {
  const match = /^(\w+) of (?:the )?([\w\s]+)$/i.exec(name)
  if (match === null) return null
  const [, head = '', rest = ''] = match
  if (!isOrganizationHead(head) || rest.split(' ').length > 2) return null
  return foldName(`${rest} ${head}`)
}

/**
 * Cluster the organization mentions of one article: the same name with or without "the",
 * an acronym and its expansion ("CIA", "Central Intelligence Agency"), "Department of State" and
 * "State Department", and a name that ends another one ("State Department" within
 * "US State Department"). The canonical name is the fullest form.
 */
export function resolveOrganizations(
  mentions: readonly OrganizationMentionInput[],
): OrganizationResolution {
  // An article names its bodies in the same few words again and again: each distinct text is
  // cleaned, counted and keyed once (`firstOfText`: the first mention of its text), not at every
  // mention, nor (the counts) at every comparison of the sort.
  const names: string[] = []
  const wordCounts: number[] = []
  const firstOfText: number[] = []
  const textsSeen = new Map<string, number>()
  for (const [index, { text }] of mentions.entries()) {
    const first = textsSeen.get(text)
    if (first === undefined) {
      textsSeen.set(text, index)
      const name = cleanOrganizationName(text)
      names.push(name)
      wordCounts.push(wordCount(name))
      firstOfText.push(index)
    } else {
      names.push(names[first] as string)
      wordCounts.push(wordCounts[first] as number)
      firstOfText.push(first)
    }
  }
  const keysAt: Array<NameKeys | undefined> = []
  const order = mentions
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (wordCounts[b] ?? 0) - (wordCounts[a] ?? 0) ||
        (mentions[a]?.position ?? 0) - (mentions[b]?.position ?? 0) ||
        a - b,
    )
  const clusterOf = mentions.map(() => -1)
  const drafts: Draft[] = []
  const byKey = new Map<string, number>()
  /**
   * The drafts by the last word of their folded name and of each of their keys, each listed once
   * under a word (the one-word rule below counts the drafts of a list).
   */
  const byLastWord = new Map<string, number[]>()
  function listByLastWord(word: string, target: number): void {
    listOnce(byLastWord, (drafts[target] as Draft).listedUnder, word, target)
  }

  for (const index of order) {
    const name = names[index] ?? ''
    if (name === '') continue
    const first = firstOfText[index] as number
    const keyed = keysAt[first] ?? keysOf(name)
    keysAt[first] = keyed
    const { folded, keys, register } = keyed
    let target = -1
    for (const key of keys) {
      const found = byKey.get(key)
      if (found !== undefined) {
        target = found
        break
      }
    }
    const words = wordCounts[index] ?? 0
    // Of one name ending another, the two end in the same word: only the drafts holding a key
    // or a name that ends in the name's last word are compared with it, not every body before
    // it. Bodies sharing a head word ("… Agency") are still compared pairwise among themselves.
    const sharingLastWord = target < 0 ? (byLastWord.get(keyed.lastWord) ?? []) : []
    if (target < 0 && words >= 2) {
      // "State Department" inside "US State Department": a multi-word name ending a longer one.
      for (const at of sharingLastWord) {
        if ((target < 0 || at < target) && hasKeyEndingOrEnded(drafts[at] as Draft, folded))
          target = at
      }
    }
    if (target < 0 && words === 1) {
      // "the Times" after "The New York Times": a one-word name that ends exactly one longer
      // name of the article is its short form.
      let longer = -1
      let count = 0
      for (const at of sharingLastWord) {
        const draft = drafts[at] as Draft
        if (draft.words >= 2 && endsWithWords(draft.folded, folded)) {
          longer = at
          count++
        }
      }
      if (count === 1) target = longer
    }
    if (target < 0) {
      target = drafts.length
      drafts.push({ name, folded, words, keys: new Set(), members: [], listedUnder: new Set() })
      listByLastWord(keyed.lastWord, target)
    }
    const draft = drafts[target]
    if (draft === undefined) continue
    draft.members.push(index)
    clusterOf[index] = target
    for (let at = 0; at < register.length; at++) {
      const key = register[at] as string
      if (!draft.keys.has(key)) {
        draft.keys.add(key)
        listByLastWord(keyed.registerLastWords[at] as string, target)
      }
      if (!byKey.has(key)) byKey.set(key, target)
    }
  }

  const clusters = drafts.map((draft) => {
    const members = [...draft.members].sort((a, b) => a - b)
    const aliases: string[] = []
    const seen = new Set([draft.folded])
    for (const member of members) {
      const alias = names[member] ?? ''
      if (alias === '') continue
      // Every member was keyed above, its name folded there.
      const folded = (keysAt[firstOfText[member] as number] as NameKeys).folded
      if (!seen.has(folded)) {
        seen.add(folded)
        aliases.push(alias)
      }
    }
    return { name: draft.name, aliases, mentions: members }
  })
  return { clusters, clusterOf }
}

/** A body of the article as its mentions are clustered. */
interface Draft {
  name: string
  /**
   * The name folded, and its word count: compared with the later mentions ending in the same
   * word as the name or one of its keys (see `byLastWord`).
   */
  folded: string
  words: number
  keys: Set<string>
  members: number[]
  /** The words the draft is listed under in `byLastWord`. */
  listedUnder: Set<string>
}

/** Whether a key of a draft ends a folded name, or the name ends it, at a word. */
function hasKeyEndingOrEnded(draft: Draft, folded: string): boolean {
  for (const key of draft.keys)
    if (endsWithWords(key, folded) || endsWithWords(folded, key)) return true
  return false
}

/** The keys an organization's name is found by, and those it registers. */
interface NameKeys {
  folded: string
  /** Its folded form, its folded acronym, its head-last form. */
  keys: readonly string[]
  /** The keys and the folded acronym of its words, empty ones left out. */
  register: readonly string[]
  /** `lastWord` of `folded`, and of each key of `register`, in order. */
  lastWord: string
  registerLastWords: readonly string[]
}

/**
 * Keys by name, shared across articles: the same bodies are named in the same words again and
 * again, and the keys depend on the name alone.
 */
const keyCache = new BoundedCache<string, NameKeys>(10_000)

function keysOf(name: string): NameKeys {
  let known = keyCache.get(name)
  if (known === undefined) {
    const folded = foldName(name)
    const keys = [folded, foldAcronym(name), headLastForm(name) ?? folded]
    const register = [...keys, foldAcronym(acronymOf(name))].filter((key) => key !== '')
    known = {
      folded,
      keys,
      register,
      lastWord: lastWord(folded),
      registerLastWords: register.map(lastWord),
    }
    keyCache.set(name, known)
  }
  return known
}

/** Whether `text` ends with a space and then `words` (`"us state department"`, `"state department"`), with no string built. */
function endsWithWords(text: string, words: string): boolean {
  return (
    text.length > words.length &&
    text.charCodeAt(text.length - words.length - 1) === 32 &&
    text.endsWith(words)
  )
}

/** The words of a text between spaces, counted where each starts: no list of them is made. */
function wordCount(text: string): number {
  let count = 0
  for (let at = 0; at < text.length; at++)
    if (text.charCodeAt(at) !== 32 && (at === 0 || text.charCodeAt(at - 1) === 32)) count++
  return count
}
