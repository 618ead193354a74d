/**
 * `"…," Ann Vale, who runs a bakery in Dover, said`: a clause set off by commas between the
 * subject of an attribution after a quotation and its cue. An apposition of a few words opened
 * by a determiner, a number or a name is read with the phrase (`phraseAfter`); a relative clause
 * ("who served as chief of staff"), an adjunct ("after a long pause") or a long description
 * with commas of its own ("52, of Dover, Kent,") is not, and the cue after it was lost: the
 * phrase nearest a cue then was the cue's object ("told Harbour Radio", "said of Brio").
 */

import { isCue, isCueModifier } from './mention-phrase.js'
import type { Token } from './paragraphs.js'
import { determiners, possessives, prepositions } from './words.js'

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
  let commas = 0
  const limit = Math.min(tokens.length, comma + 1 + maxClauseTokens)
  for (let index = comma + 1; index < limit; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') return -1
    if (token.text === ',') {
      if (index === comma + 1) return -1
      const cue = cueAt(tokens, index + 1)
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
  if (
    !(determiners.has(opening) || possessives.has(opening) || !startsUppercase.test(words[0] ?? ''))
  )
    return false
  for (let at = 1; at < words.length - 1; at++)
    if (prepositions.has(words[at] as string) && startsUppercase.test(words[at + 1] as string))
      return true
  return false
}
