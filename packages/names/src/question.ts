import { givenNameAuxiliaries, questionReportingVerbs } from '@newsroom/lexicon'

const givenAuxiliarySet: ReadonlySet<string> = new Set(givenNameAuxiliaries)
const reportingVerbSet: ReadonlySet<string> = new Set(questionReportingVerbs)
const letters = /\p{L}+/gu

/** Whether a word is an auxiliary borne as a given name (`Can`, `Will`, `May`). */
export function isGivenNameAuxiliary(word: string): boolean {
  return givenAuxiliarySet.has(word.toLowerCase())
}

/**
 * Whether a sentence's text asks a question: a question mark in it, or a verb that reports a
 * question after its last comma (`Can Vale hold the seat, analysts asked.`). A given-name
 * auxiliary opening such a sentence is its verb ("Can Vale deliver?"), while one opening a
 * statement is a name ("Can Yilderen said"). One pass over the text.
 */
export function asksQuestion(text: string): boolean {
  if (text.includes('?')) return true
  const comma = text.lastIndexOf(',')
  if (comma < 0) return false
  for (const [word] of text.slice(comma).matchAll(letters)) {
    if (reportingVerbSet.has(word.toLowerCase())) return true
  }
  return false
}
