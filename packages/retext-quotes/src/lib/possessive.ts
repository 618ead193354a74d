/**
 * The possessive endings of a word as written: `'s` or `’s` (`Vale's`, `Vale’s`), and with a
 * bare apostrophe (`Jones'`). The readers ask this of tens of thousands of words and phrases an
 * article: read at the end by char code, where an end-anchored pattern searched the whole text
 * from its start (the pattern `/['’]s$/u` alone was ~0.9% of a profile of the pipeline).
 * `stripPossessive` of @newsroom/names reads otherwise, for folding names: `'S` too, and a bare
 * apostrophe only after an s (`Jones'`); these keep the readings the patterns gave.
 */

const apostrophe = 39
const rightSingleQuote = 0x2019
const lowercaseS = 115

function isApostropheAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === apostrophe || code === rightSingleQuote
}

/** Whether `text` ends in `'s` or `’s`. */
export function endsInApostropheS(text: string): boolean {
  const last = text.length - 1
  return last > 0 && text.charCodeAt(last) === lowercaseS && isApostropheAt(text, last - 1)
}

/** `text` without a final `'s` or `’s`. */
export function withoutApostropheS(text: string): string {
  return endsInApostropheS(text) ? text.slice(0, -2) : text
}

/** The length of `text`'s possessive ending: 2 for `'s` or `’s`, 1 for a final apostrophe. */
function possessiveEndingLength(text: string): number {
  if (endsInApostropheS(text)) return 2
  return text.length > 0 && isApostropheAt(text, text.length - 1) ? 1 : 0
}

/** Whether `text` ends in a possessive: `'s`, `’s` or a bare apostrophe. */
export function hasPossessiveEnding(text: string): boolean {
  return possessiveEndingLength(text) > 0
}

/** `text` without its possessive ending (`'s`, `’s` or a bare apostrophe). */
export function withoutPossessiveEnding(text: string): string {
  const length = possessiveEndingLength(text)
  return length === 0 ? text : text.slice(0, -length)
}
