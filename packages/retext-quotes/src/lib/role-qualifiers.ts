import {
  constituencyLinks,
  partyMemberNouns,
  roleConnectors,
  stateNames,
  stateOfAbbreviation,
} from '@newsroom/lexicon'
import { isRoleHead, isRoleWord } from '@newsroom/names'
import { isWrittenState } from './party-tag.js'

/**
 * The qualifiers a role is stated with: the US states (`Florida Sen.`, `the senator from
 * Vermont`, `R-Fla.` read by the lexicon's table of abbreviations) and the parties
 * (`Republican presidential candidate`, `D-Vt.`).
 */
export interface RoleQualifiers {
  states: Set<string>
  parties: Set<Party>
}

type Party = 'democratic' | 'republican'

const partyOfWord: ReadonlyMap<string, Party> = new Map([
  ['democratic', 'democratic'],
  ['democrat', 'democratic'],
  ['democrats', 'democratic'],
  ['republican', 'republican'],
  ['republicans', 'republican'],
  ['gop', 'republican'],
])

const partyOfTag: ReadonlyMap<string, Party> = new Map([
  ['D', 'democratic'],
  ['R', 'republican'],
])

const states: ReadonlySet<string> = new Set(stateNames)
const partyNouns: ReadonlySet<string> = new Set(partyMemberNouns)
/** The longest state name in words ("District of Columbia"). */
const longestStateWords = Math.max(...stateNames.map((name) => name.split(' ').length))
/**
 * The words state names open with (`new` of "New Jersey"): words are joined with single spaces
 * into a state's name only from one of these, as a joined run's text up to its first space is
 * its first word. Most words of a role open none, and no run of them is built.
 */
const stateOpenings: ReadonlySet<string> = new Set(
  stateNames.map((name) => name.split(' ')[0] as string),
)

const wordPattern = /[\p{L}][\p{L}.'’-]*/gu
const closingPoint = /\.$/
const possessiveEnd = /['’]s?$/

export function emptyQualifiers(): RoleQualifiers {
  return { states: new Set(), parties: new Set() }
}

export function hasQualifiers(qualifiers: RoleQualifiers): boolean {
  return qualifiers.states.size > 0 || qualifiers.parties.size > 0
}

const connectors: ReadonlySet<string> = new Set(roleConnectors)
const statePrepositions: ReadonlySet<string> = new Set(constituencyLinks)
/** The most words between a state and the role head it qualifies (`Ohio Republican state Sen.`). */
const modifiersBetween = 3

/** Whether a word is the head of a role a state may qualify: a title or a party noun. */
function qualifiableHead(word: string): boolean {
  return isRoleHead(word) || partyNouns.has(word)
}

/** Whether a word may stand between a state and its role's head (`junior`, `Republican`). */
function roleModifier(word: string): boolean {
  return (
    partyOfWord.has(word) || titleModifiers.has(word) || (isRoleWord(word) && !connectors.has(word))
  )
}

/**
 * Whether the state at words `start`…`end` (exclusive) qualifies a role of the text: it goes
 * before the role's head, at most a few modifiers between (`the Ohio senator`, `Vermont's junior
 * senator`), or after it behind a preposition (`senator from Ohio`, `governor of New Jersey`). A
 * state elsewhere is another fact of the person (`a senator who was raised in Ohio`), not the
 * state of the office.
 */
function qualifiesRole(words: readonly string[], start: number, end: number): boolean {
  for (let at = end; at < words.length && at <= end + modifiersBetween; at++) {
    const word = words[at] as string
    if (qualifiableHead(word)) return true
    if (!roleModifier(word)) break
  }
  return statePrepositions.has(words[start - 1] ?? '') && qualifiableHead(words[start - 2] ?? '')
}

/**
 * The states and parties a role text names (`the New Jersey governor`, `Vermont's senator`): a
 * state only where it qualifies the role (`qualifiesRole`), a party word anywhere.
 */
export function addQualifiersOf(text: string, into: RoleQualifiers): RoleQualifiers {
  const words = (text.toLowerCase().match(wordPattern) ?? []).map((word) =>
    word.replace(closingPoint, '').replace(possessiveEnd, ''),
  )
  for (let at = 0; at < words.length; at++) {
    const party = partyOfWord.get(words[at] as string)
    if (party) into.parties.add(party)
    if (!stateOpenings.has(words[at] as string)) continue
    for (let length = longestStateWords; length >= 1; length--) {
      const name = words.slice(at, at + length).join(' ')
      if (!states.has(name)) continue
      if (qualifiesRole(words, at, at + length)) into.states.add(name)
      at += length - 1
      break
    }
  }
  return into
}

// A party tag after a name: `, R-Fla.,`, `(D-New York)`, with a hyphen or a dash typed for one.
const tagAfterName = /^,?\s*\(?([RDI])[-\u2010\u2011\u2013]\s?([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)/
// An apposition after a name that states a role: `, the senator from Vermont,`.
const appositionAfterName = /^,\s+(?:the|a|an)\s+([^,.;:()"“”]{1,80})/
const stopBefore = /[,;:()"“”—]$/
const startsUppercase = /^\p{Lu}/u
/** Lowercase words a title before a name carries besides its head (`former Florida governor`). */
const titleModifiers: ReadonlySet<string> = new Set(['former', 'presidential', 'current', 'then'])
/** The most words read before a name for its title (`former Republican New Jersey Gov.`). */
const titleWords = 6
/** The most characters read on either side of a name for its title or apposition. */
const reach = 90

/**
 * Adds the qualifiers of the roles a paragraph states with a name at `start`…`end`: the title
 * before it when it ends in a role head or a party noun (`Florida Sen. Ada Vale`, `Democrat Ada
 * Vale`), a party tag after it (`Ada Vale (D-Vt.)`) and an apposition holding a role head
 * (`Ada Vale, the senator from Vermont,`).
 */
export function addQualifiersAroundName(
  text: string,
  start: number,
  end: number,
  into: RoleQualifiers,
): void {
  const before = text.slice(Math.max(0, start - reach), start).split(/\s+/)
  if (before.at(-1) === '') before.pop()
  const title: string[] = []
  for (let at = before.length - 1; at >= 0 && title.length < titleWords; at--) {
    const word = before[at] as string
    if (word === '' || stopBefore.test(word)) break
    const bare = word.toLowerCase().replace(closingPoint, '')
    if (!startsUppercase.test(word) && !titleModifiers.has(bare) && !isRoleHead(bare)) break
    title.unshift(word)
  }
  const nearest = title.at(-1)?.toLowerCase().replace(closingPoint, '')
  if (nearest !== undefined && (isRoleHead(nearest) || partyNouns.has(nearest)))
    addQualifiersOf(title.join(' '), into)
  const after = text.slice(end, end + reach)
  const tag = tagAfterName.exec(after)
  if (tag && isWrittenState(tag[2] as string)) {
    const party = partyOfTag.get(tag[1] as string)
    if (party) into.parties.add(party)
    const written = (tag[2] as string).toLowerCase().replace(closingPoint, '')
    const state = states.has(written)
      ? written
      : stateOfAbbreviation.get(written.replaceAll('.', ''))
    if (state !== undefined) into.states.add(state)
    return
  }
  const apposition = appositionAfterName.exec(after)
  if (apposition && (apposition[1] as string).split(/\s+/).some((word) => isRoleHead(word)))
    addQualifiersOf(apposition[1] as string, into)
}

/**
 * Whether what the text states of a person's roles says a description is someone else: the
 * description names a state and the person is stated with states and none of them (`the New
 * Jersey governor` for `former Florida governor Ada Vale`), or it names a party and the person
 * is stated with the other one only (`the Democratic candidate` for `R-Ohio`).
 */
export function qualifiersContradict(description: RoleQualifiers, holder: RoleQualifiers): boolean {
  if (description.states.size > 0) {
    const agrees = [...description.states].some((state) => holder.states.has(state))
    if (holder.states.size > 0 && !agrees) return true
  }
  if (description.parties.size > 0 && holder.parties.size > 0)
    return ![...description.parties].some((party) => holder.parties.has(party))
  return false
}
