/**
 * Quotation marks typed as two apostrophes (`''We will appeal,'' Vale said.`), as text taken from
 * some news archives prints every quotation. They are not read as quotation marks: the gold
 * quotations this plugin is measured on leave them out, and two apostrophes also close a nested
 * quotation (`'…he said ''no'''`) or mark inches. They are found so that the article says why its
 * quotations are missing, rather than losing them without a word.
 */
import type { MarkProblem } from './marks.js'

/** Fewer than this many in an article is a typo or a measure, no way of marking quotations. */
const leastMarks = 2

const letterOrDigit = /[\p{L}\p{N}]/u
const digit = /\p{N}/u
/** What stands before an opening mark: a space, an opening bracket or a dash. */
const spaceOrOpening = /[\s([{—–-]/u

function isLetterOrDigit(character: string | undefined): boolean {
  return character !== undefined && letterOrDigit.test(character)
}

function isSpaceOrEdge(character: string | undefined): boolean {
  return character === undefined || spaceOrOpening.test(character)
}

/**
 * The first doubled apostrophe that opens or closes a quotation (`''` before a word after a
 * space, or after a word or a stop, not a digit, before a space or the end), with how many the
 * article has; null when it has fewer than two. One `indexOf` pass over each paragraph.
 */
export function doubledApostrophes(paragraphs: readonly string[]): MarkProblem | null {
  let first: MarkProblem | null = null
  let count = 0
  for (const [paragraph, text] of paragraphs.entries()) {
    for (let at = text.indexOf("''"); at !== -1; at = text.indexOf("''", at + 2)) {
      const before = at > 0 ? text[at - 1] : undefined
      const after = text[at + 2]
      // A third apostrophe: a nested quotation's close, not a doubled mark.
      if (before === "'" || after === "'") continue
      const opens = isSpaceOrEdge(before) && isLetterOrDigit(after)
      // After a digit, two apostrophes are inches (`40'' wide`).
      const closes =
        !isSpaceOrEdge(before) && !digit.test(before as string) && !isLetterOrDigit(after)
      if (!opens && !closes) continue
      count++
      first ??= { paragraph, offset: at, ruleId: 'doubled-apostrophes', mark: "''" }
    }
  }
  return first !== null && count >= leastMarks ? { ...first, count } : null
}
