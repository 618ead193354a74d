import { olderStateAbbreviations, stateAbbreviations, stateNames } from '@newsroom/lexicon'
import type { Token } from './paragraphs.js'

// Older forms too: copy still writes a lawmaker's tag `R-Kans.`, `D-Wisc.`, `(R-Nebr.)`.
const abbreviations: ReadonlySet<string> = new Set([
  ...stateAbbreviations,
  ...olderStateAbbreviations,
])
const names: ReadonlySet<string> = new Set(stateNames)
// News copy sets the tag with a hyphen, or an en dash or a non-breaking hyphen typed for one.
const partyTag = /^[RDI][-\u2010\u2011\u2013](\S.*)$/
const startsUppercase = /^\p{Lu}/u

const dash = /^[-\u2010\u2011\u2013]$/

/** "R–Ky.": the tokenizer splits at an en dash, which the tag writes without spaces. */
function tagText(words: readonly Token[]): string {
  let written = ''
  words.forEach((token, index) => {
    const joined = index === 0 || dash.test(token.text) || dash.test(words[index - 1]?.text ?? '')
    written += joined ? token.text : ` ${token.text}`
  })
  return written
}

/**
 * The most tokens a party tag takes: "D-New York", "R-South Carolina", and "R – New York" when
 * the tokenizer splits at the dash.
 */
const maxTagWords = 4

/**
 * Whether a capitalized text is a US state as news copy writes it: an abbreviation with its
 * period ("Mich.", "N.Y.", "W.Va.", the older "Kans."), in capitals ("NY", "TX") or a full
 * name ("Ohio", "New York"). A postal code in lowercase letters is an English word ("In", "Or", "Me").
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
    if (words.some((token) => token.kind !== 'word' && !dash.test(token.text))) return -1
    return isPartyTag(tagText(words)) ? open : -1
  }
  return -1
}

/** Whether a phrase is only a party tag ("R-Ky.", "D-New York"): a lawmaker's apposition, no name. */
export function isPartyTag(written: string): boolean {
  const party = partyTag.exec(written)
  return party !== null && isWrittenState(party[1] as string)
}
