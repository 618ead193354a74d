/**
 * `"…," Ann Vale, who runs a bakery in Dover, said`: a clause set off by commas between the
 * subject of an attribution after a quotation and its cue. An apposition of a few words opened
 * by a determiner, a number or a name is read with the phrase (`phraseAfter`); a relative clause
 * ("who served as chief of staff"), an adjunct ("after a long pause") or a long description
 * with commas of its own ("52, of Dover, Kent,") is not, and the cue after it was lost: the
 * phrase nearest a cue then was the cue's object ("told Harbour Radio", "said of Brio").
 */

import { listCoordinators } from '@newsroom/lexicon'
import { isCue, isCueModifier } from './mention-phrase.js'
import type { Token } from './paragraphs.js'
import { determiners, possessives, prepositions } from './words.js'

const coordinators: ReadonlySet<string> = new Set(listCoordinators)

/** Tokens a set-off clause may span: long descriptions run to some 25. */
const maxClauseTokens = 32

/** Commas inside the clause ("52, of Dover, Del.,"). */
const maxInnerCommas = 3

/** Cue modifiers between the closing comma and the cue ("also", "later"). */
const maxModifiers = 3

/**
 * Given the comma after an attribution's subject (token `comma`), the index of the cue that
 * follows a clause set off from that comma to a later one, else -1. The clause holds words and
 * inner punctuation only: no quotation, and no stop but an abbreviation's ("Del.,"), so it
 * never runs into the next sentence; the scan is bounded.
 */
export function cueAfterSetOffClause(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1
  // A list, not a clause ("Rusk, Meyer and Hugo Varga, who lead the unions, said"; "Mia Sand, 52,
  // and Greta Lind, 60, said"): its cue is the group's, read as a coordination elsewhere.
  const opening = tokens[comma + 1]
  if (
    opening === undefined ||
    startsUppercase.test(opening.text) ||
    coordinators.has(opening.lower)
  )
    return -1
  // "Ivan Petrov, whose lawyer, Mia Sand, said he would appeal, told reporters": a pair of commas
  // inside a clause opened by "whose" sets off its noun's apposition, and the cue after the pair
  // is that noun's; the subject's cue follows an odd comma, at the clause's own level.
  const whose = opening.lower === 'whose'
  let commas = 0
  const limit = Math.min(tokens.length, comma + 1 + maxClauseTokens)
  for (let index = comma + 1; index < limit; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') return -1
    if (token.text === ',') {
      if (index === comma + 1 || coordinators.has(tokens[index + 1]?.lower ?? '')) return -1
      const cue = whose && commas % 2 === 1 ? -1 : cueAt(tokens, index + 1)
      if (cue !== -1) return cue
      if (++commas > maxInnerCommas) return -1
      continue
    }
    // "Dover, Del.,": an abbreviation's stop, glued to the comma after it.
    if (
      stop.test(token.text) &&
      !(tokens[index + 1]?.text === ',' && tokens[index + 1]?.start === token.end)
    )
      return -1
  }
  return -1
}

const stop = /^[.!?;:]$/

/** Tokens a listed name may span before its comma ("Hugo Varga Jr."). */
const maxListedTokens = 8

/**
 * Whether a list goes on after the comma at token `comma` ("Tom Rusk, Dana Meyer and Hugo Varga,";
 * "Mia Sand, 52, and Greta Lind"): "and" or "or" right after it, or a capitalised word opening a
 * stretch that holds one before the next comma. Read as an apposition, the list's first name
 * took the group's cue.
 */
export function listAfter(tokens: readonly Token[], comma: number): boolean {
  const opening = tokens[comma + 1]
  if (tokens[comma]?.text !== ',' || opening === undefined) return false
  if (coordinators.has(opening.lower)) return true
  if (!startsUppercase.test(opening.text)) return false
  const limit = Math.min(tokens.length, comma + 1 + maxListedTokens)
  for (let index = comma + 2; index < limit; index++) {
    const token = tokens[index] as Token
    if (token.kind !== 'word') return false
    if (coordinators.has(token.lower)) return true
  }
  return false
}

/** The index of a cue at token `from` or after a few modifiers, else -1. */
function cueAt(tokens: readonly Token[], from: number): number {
  let next = from
  while (next - from < maxModifiers && isCueModifier(tokens[next])) next++
  return isCue(tokens[next]) ? next : -1
}

const spaces = /\s+/u
const startsUppercase = /^\p{Lu}/u

/**
 * Whether a phrase describes someone by another it names after a preposition ("the parents of
 * Ann Vale", "a lawyer for Tom Rusk"): its mention may be read as the one named, the wrong person,
 * so no set-off clause is read past to tie it to a cue that nothing tied it to before.
 */
export function describesAnother(text: string): boolean {
  const words = text.split(spaces)
  const opening = (words[0] ?? '').toLowerCase()
  // "Relatives of Peter Holm", "Lawyers for Tom Rusk" open a sentence capitalised: a preposition
  // second names another whatever the first word's case.
  if (
    !(
      determiners.has(opening) ||
      possessives.has(opening) ||
      !startsUppercase.test(words[0] ?? '') ||
      prepositions.has((words[1] ?? '').toLowerCase())
    )
  )
    return false
  for (let at = 1; at < words.length - 1; at++)
    if (prepositions.has(words[at] as string) && startsUppercase.test(words[at + 1] as string))
      return true
  return false
}
