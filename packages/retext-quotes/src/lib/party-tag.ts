import { stateAbbreviations, stateNames } from '@newsroom/lexicon'
import type { Token } from './paragraphs.js'

const abbreviations: ReadonlySet<string> = new Set(stateAbbreviations)
const names: ReadonlySet<string> = new Set(stateNames)
const partyTag = /^[RDI]-(\S.*)$/
const startsUppercase = /^\p{Lu}/u

/** The longest state a party tag writes out: "D-New York", "R-South Carolina". */
const maxTagWords = 2

/**
 * Whether a capitalized text is a US state as news copy writes it: an abbreviation with its
 * period ("Mich.", "N.Y.", "W.Va."), in capitals ("NY", "TX") or a full name ("Ohio", "New
 * York"). A postal code in lowercase letters is an English word ("In", "Or", "Me").
 */
export function isWrittenState(written: string): boolean {
  if (!startsUppercase.test(written)) return false
  const bare = written.endsWith('.') ? written.slice(0, -1) : written
  const lower = bare.toLowerCase()
  if (names.has(lower)) return true
  return abbreviations.has(lower) && (bare !== written || bare === bare.toUpperCase())
}

/**
 * "Dana Vale, R-Ky., said": the comma opening a lawmaker's party and state set off by commas
 * after their name, when token `comma` is the comma closing it, else -1. The tag is an
 * apposition of the name, never a speaker, and its periods end no clause.
 */
export function partyTagOpening(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1
  for (let open = comma - 2; open >= comma - 1 - maxTagWords && open > 0; open--) {
    if (tokens[open]?.text !== ',') continue
    const words = tokens.slice(open + 1, comma)
    if (words.some((token) => token.kind !== 'word')) return -1
    const party = partyTag.exec(words.map((token) => token.text).join(' '))
    return party && isWrittenState(party[1] as string) ? open : -1
  }
  return -1
}
