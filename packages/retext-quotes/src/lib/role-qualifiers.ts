import { partyMemberNouns, stateNames } from '@newsroom/lexicon'
import { isRoleHead } from '@newsroom/names'
import { isWrittenState } from './party-tag.js'

/**
 * The qualifiers a role is stated with: the US states (`Florida Sen.`, `the senator from
 * Vermont`), the state abbreviations of a party tag (`R-Fla.`, kept apart: they are compared
 * by their letters) and the parties (`Republican presidential candidate`, `D-Vt.`).
 */
export interface RoleQualifiers {
  states: Set<string>
  abbreviatedStates: Set<string>
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

const wordPattern = /[\p{L}][\p{L}.'’-]*/gu
const closingPoint = /\.$/
const possessiveEnd = /['’]s?$/

export function emptyQualifiers(): RoleQualifiers {
  return { states: new Set(), abbreviatedStates: new Set(), parties: new Set() }
}

export function hasQualifiers(qualifiers: RoleQualifiers): boolean {
  return qualifiers.states.size > 0 || qualifiers.parties.size > 0
}

/** The states and parties a role text names (`the New Jersey governor`, `Vermont's senator`). */
export function addQualifiersOf(text: string, into: RoleQualifiers): RoleQualifiers {
  const words = (text.toLowerCase().match(wordPattern) ?? []).map((word) =>
    word.replace(closingPoint, '').replace(possessiveEnd, ''),
  )
  for (let at = 0; at < words.length; at++) {
    const party = partyOfWord.get(words[at] as string)
    if (party) into.parties.add(party)
    for (let length = longestStateWords; length >= 1; length--) {
      const name = words.slice(at, at + length).join(' ')
      if (!states.has(name)) continue
      into.states.add(name)
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
    const state = (tag[2] as string).toLowerCase().replace(closingPoint, '')
    if (states.has(state)) into.states.add(state)
    else into.abbreviatedStates.add(state.replaceAll('.', ''))
    return
  }
  const apposition = appositionAfterName.exec(after)
  if (apposition && (apposition[1] as string).split(/\s+/).some((word) => isRoleHead(word)))
    addQualifiersOf(apposition[1] as string, into)
}

/**
 * Whether an abbreviation may be written for a state: its letters in order in the state's name,
 * the first letters alike (`fla` of `florida`, `vt` of `vermont`); a state of two words opens
 * with both initials (`nj` of `new jersey`, `wva` of `west virginia`, not `ny`).
 */
function mayAbbreviate(abbreviation: string, state: string): boolean {
  const words = state.split(' ')
  const letters = words.join('')
  if (abbreviation[0] !== letters[0]) return false
  if (words.length > 1 && abbreviation[1] !== words[1]?.[0]) return false
  let at = 0
  for (const letter of abbreviation) {
    at = letters.indexOf(letter, at)
    if (at === -1) return false
    at++
  }
  return true
}

/**
 * Whether what the text states of a person's roles says a description is someone else: the
 * description names a state and the person is stated with states and none of them (`the New
 * Jersey governor` for `former Florida governor Ada Vale`), or it names a party and the person
 * is stated with the other one only (`the Democratic candidate` for `R-Ohio`).
 */
export function qualifiersContradict(description: RoleQualifiers, holder: RoleQualifiers): boolean {
  if (description.states.size > 0) {
    const stated = holder.states.size > 0 || holder.abbreviatedStates.size > 0
    const agrees =
      [...description.states].some((state) => holder.states.has(state)) ||
      [...holder.abbreviatedStates].some((abbreviation) =>
        [...description.states].some((state) => mayAbbreviate(abbreviation, state)),
      )
    if (stated && !agrees) return true
  }
  if (description.parties.size > 0 && holder.parties.size > 0)
    return ![...description.parties].some((party) => holder.parties.has(party))
  return false
}
