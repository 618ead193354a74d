/**
 * Text normalization that keeps evidence: Unicode NFC and unified line endings for the file;
 * single spaces for block text. Quotation marks, apostrophes and dashes are kept as written,
 * because attribution depends on them.
 */

/** Normalize a decoded file: drop a leading BOM, turn CRLF and CR into LF, compose to NFC. */
export function normalizeFile(text: string): string {
  return composed(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
}

/**
 * A code unit from U+0300 on. Below it every character is its own composed form and no two
 * compose or reorder (the combining marks, which do, start at U+0300): a text without one is in
 * NFC as it is.
 */
const mayNeedComposing = /[^\0-\u02FF]/

/**
 * `text` in Unicode NFC. A text of Latin-1 and Latin Extended letters, most English text with
 * straight quotes, is found to be so by one search, where `normalize` ran ICU's check over it
 * (ingest's calls of it were 0.35% of the pipeline's instructions on the bench's articles).
 */
export function composed(text: string): string {
  return mayNeedComposing.test(text) ? text.normalize('NFC') : text
}

/**
 * Invisible characters that carry no text: zero-width space, word joiner, BOM, soft hyphen, and
 * C0/C1 controls other than whitespace. Zero-width (non-)joiners stay: scripts such as Persian
 * need them. The controls, U+FFFE, U+FFFF and unpaired surrogates are also characters XML
 * forbids: one of them in a title would make every feed that lists the article invalid.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const invisible = /[\0-\x08\x0E-\x1F\x7F-\x9F\u00AD\u200B\u2060\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/gu

/**
 * Characters removed because they cannot be published (see `invisible`), but not whitespace.
 * Both expressions are one character class: the controls (`\p{Cc}`, U+0000–U+001F and
 * U+007F–U+009F) less tab, line feed, vertical tab, form feed and carriage return are written as
 * ranges, where `(?![\t\n\f\r\v])\p{Cc}` tested a look-ahead at every character (the class
 * scans a block in two thirds of the time). With the `u` flag, `\uD800-\uDFFF` matches only a
 * surrogate that is not half of a pair.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const unpublishable = /[\0-\x08\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/gu

/**
 * The characters of `unpublishable`, and any surrogate, paired or not: the same class read by code
 * unit, without the `u` flag. The search takes half the time, and a text without any (nearly every
 * file) has none of `unpublishable` either.
 */
const unpublishableOrSurrogate = new RegExp(unpublishable.source)

/** The first character of `text` that cannot be published, where it is, and how many there are. */
export function findUnpublishable(
  text: string,
): { index: number; character: string; count: number } | undefined {
  if (!unpublishableOrSurrogate.test(text)) return undefined
  unpublishable.lastIndex = 0
  let first: RegExpExecArray | null = null
  let count = 0
  for (let match = unpublishable.exec(text); match !== null; match = unpublishable.exec(text)) {
    first ??= match
    count++
  }
  return first === null ? undefined : { index: first.index, character: first[0], count }
}

/** `text` without the characters that cannot be published (for values not otherwise normalized). */
export function stripUnpublishable(text: string): string {
  return text.replace(unpublishable, '')
}

/** Whether `character` is one of the invisible characters `normalizeBlockText` removes. */
export function isInvisible(character: string): boolean {
  invisible.lastIndex = 0
  return invisible.test(character)
}

/**
 * A run of white space other than one plain space: one that starts with another white space
 * character, or a space with more white space after it. A lone space between words, which is
 * nearly every run of a block, is left alone rather than replaced by itself.
 */
const spaceToCollapse = / (?=\s)\s*|[^\S ]\s*/gu

/**
 * Whether a character other than a space may be white space or invisible (see `invisible`): any
 * control, white space or invisible character, and any surrogate (unpaired ones are invisible);
 * a few other characters too (U+FEFF and above, fullwidth and CJK punctuation included), which
 * only costs them the slower path.
 */
export function mayBeSpaceOrInvisible(code: number): boolean {
  if (code < 0x7f) return code < 0x20
  return (
    code <= 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code >= 0xfeff
  )
}

/**
 * Matches in every text that has a character to remove (`invisible`) or a run of white space to
 * collapse (`spaceToCollapse`): white space other than a space, a space before white space, or
 * an invisible character. Without the `u` flag the last class takes every surrogate, paired or
 * not, which only costs a text with one (an emoji) the replacements. One search of the text, which
 * took some half the time of a loop over its codes (measured on the bench's blocks, warm).
 */
const spaceOrInvisibleToClean = new RegExp(`[^\\S ]| \\s|${invisible.source}`)

/** Normalize one block of text: no invisible characters, whitespace runs to one space, trimmed. */
export function normalizeBlockText(text: string): string {
  const inNfc = composed(text)
  // Nearly every block has nothing to remove or collapse: one search is cheaper than the two
  // replacements.
  if (!spaceOrInvisibleToClean.test(inNfc)) return inNfc.trim()
  return inNfc.replace(invisible, '').replace(spaceToCollapse, ' ').trim()
}

/** Count words: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  // One pass over the characters, with no string made per word: ASCII is decided by its code,
  // anything else by the same classes as \s and [\p{L}\p{N}].
  let count = 0
  let hasWordCharacter = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let space: boolean
    let wordCharacter: boolean
    if (code < 128) {
      space = code === 32 || (code >= 9 && code <= 13)
      const lower = code | 32
      wordCharacter = (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)
    } else {
      const point = text.codePointAt(index) as number
      if (point > 0xffff) index++
      const character = String.fromCodePoint(point)
      space = whiteSpace.test(character)
      wordCharacter = !space && letterOrDigit.test(character)
    }
    if (space) {
      if (hasWordCharacter) count++
      hasWordCharacter = false
    } else if (wordCharacter) hasWordCharacter = true
  }
  return hasWordCharacter ? count + 1 : count
}

const whiteSpace = /\s/u
const letterOrDigit = /[\p{L}\p{N}]/u

/** Whether the character code is white space: what `\s` matches. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether `text` holds at least `count` words (runs of non-space). That many words take at
 * least `2 * count - 1` characters, a space between each two: a shorter text, which is nearly
 * every paragraph asked, is answered by its length, without reading its characters.
 */
export function hasWords(text: string, count: number): boolean {
  if (text.length < 2 * count - 1) return false
  return wordsBetween(text, 0, text.length, count) >= count
}

/** Words (runs of non-space) of `text` from `from` to `to`, counting at most `limit`. */
export function wordsBetween(
  text: string,
  from: number,
  to: number,
  limit = Number.POSITIVE_INFINITY,
) {
  let words = 0
  let inWord = false
  for (let index = from; index < to && words < limit; index++) {
    const code = text.charCodeAt(index)
    // ASCII decided here: a call per character (V8 does not inline it in the workers) was some
    // 40% of the time of reading a long paragraph.
    const space = code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : isSpace(code)
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

const punctuation = /^\p{P}$/u

/**
 * The word without punctuation around it. Walked character by character: the regex
 * `/[\p{P}]+$/` retries at each mark of a long run, quadratic on a long token of dashes.
 */
export function bare(word: string): string {
  const characters = [...word]
  let start = 0
  let end = characters.length
  while (start < end && punctuation.test(characters[start] as string)) start++
  while (end > start && punctuation.test(characters[end - 1] as string)) end--
  return start === 0 && end === characters.length ? word : characters.slice(start, end).join('')
}
