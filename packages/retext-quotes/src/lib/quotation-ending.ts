/**
 * How a quotation's words end, read back from its last characters: a comma (`"…," Vale said`), a
 * sentence's end (`"…." Vale said`) or a question or exclamation (`"…?" Vale asked`), past the
 * closing marks and brackets after it. Read in place, without copying the words: asked of every
 * quotation, a copy of its text, trimmed, and three patterns over all of it cost the length of the
 * quotation, where reading back costs a few characters.
 */

/** What a quotation's words end with (see `quotationEnding`). */
export interface QuotationEnding {
  /** A comma, past closing quotation marks only: `/,["'”’]*$/`. */
  comma: boolean
  /** A full stop, question or exclamation mark or ellipsis, past closers: `/[.!?…]["'”’)\]]*$/`. */
  stop: boolean
  /** A question or exclamation mark, past closers: `/[!?]["'”’)\]]*$/`. */
  asks: boolean
}

const space = /\s/u

/**
 * Whether the character at `at` is white space: `\s` of a pattern, the same characters as
 * `trimEnd` removes (WhiteSpace and LineTerminator of the language). Printable ASCII is none,
 * told by its code.
 */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code > 0x20 && code < 0x7f) return false
  return space.test(text[at] as string)
}

function isQuotationMark(char: string): boolean {
  return char === '"' || char === "'" || char === '”' || char === '’'
}

function isCloser(char: string): boolean {
  return isQuotationMark(char) || char === ')' || char === ']'
}

/**
 * The offset of the last character of `text[start, end)`, white space at its end aside, that is
 * not one of the characters `skipped` reads past; `start - 1` when there is none. Each pattern
 * above ends with a run of such characters after one that cannot be among them: it matches when
 * the character before the longest such run is one it wants.
 */
function lastBefore(
  text: string,
  start: number,
  end: number,
  skipped: (char: string) => boolean,
): number {
  let at = end - 1
  while (at >= start && skipped(text[at] as string)) at--
  return at
}

/**
 * How the words `text[start, end)` of a quotation end (see `QuotationEnding`), as the patterns
 * read them of the words with the white space at their end trimmed.
 */
export function quotationEnding(text: string, start: number, end: number): QuotationEnding {
  let last = end
  while (last > start && isSpaceAt(text, last - 1)) last--
  const beforeMarks = lastBefore(text, start, last, isQuotationMark)
  const beforeClosers = lastBefore(text, start, last, isCloser)
  const stopChar = beforeClosers >= start ? (text[beforeClosers] as string) : ''
  return {
    comma: beforeMarks >= start && text[beforeMarks] === ',',
    stop: stopChar === '.' || stopChar === '!' || stopChar === '?' || stopChar === '…',
    asks: stopChar === '!' || stopChar === '?',
  }
}
