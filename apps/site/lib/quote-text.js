/**
 * A quotation shown on its own, between quotation marks the site adds (`“…”`), away from the
 * sentence it was taken from. The span of a quote often ends with the comma, colon or
 * semicolon that joins it to its attribution (`“We will rebuild,” she said`): that mark belongs
 * to the sentence, so alone the quote reads `“We will rebuild”`. Marks that end the quoted
 * words themselves (`.`, `?`, `!`, `…`) stay.
 *
 * @param {string} text
 * @returns {string}
 */
export function displayQuote(text) {
  const trimmed = text.trim()
  // Cut joining punctuation at the end, but never down to nothing.
  const cut = trimmed.replace(/[\s,;:]+$/u, '')
  return cut.length > 0 ? cut : trimmed
}

/** Closing quotation marks: straight and curly, single and double, guillemets and corner marks. */
const closingMarks = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', '\u203A', '\u300D', '\u300F'])
/** Closing marks that can only close: a quote within a quote may end with two (`’”`). */
const onlyClosing = new Set(['\u201D', '\u2019', '\u00BB', '\u203A', '\u300D', '\u300F'])
/** Punctuation that may sit between the quoted words and their closing mark (`rebuild,”`). */
const innerPunctuation = new Set([',', '.', ';', ':', '!', '?', '\u2026'])
/** How far past the quoted words the closing mark is looked for. */
const LOOKAHEAD = 4

/**
 * Where a quotation's closing mark ends, so that what follows the quotation (its speaker's
 * name, a link) is placed after the mark instead of inside it: `“…rebuild,” [Rosa Vance]`, not
 * `“…rebuild [Rosa Vance],”`. The quote span usually stops before the mark, sometimes before a
 * comma and the mark. Returns `end` when no closing mark follows within a few characters (a
 * quotation that runs on into the next paragraph, or a span that already includes it).
 *
 * @param {string} text block text
 * @param {number} end exclusive end of the quoted words
 * @param {number} [limit] do not look at or past this offset (where the next quotation starts)
 * @returns {number}
 */
export function afterClosingMark(text, end, limit = text.length) {
  const stop = Math.min(limit, text.length, end + LOOKAHEAD)
  let position = end
  while (position < stop && innerPunctuation.has(text.charAt(position))) position++
  if (position >= stop || !closingMarks.has(text.charAt(position))) return end
  position++
  // A straight mark after the first may open the next quotation (`"Yes" "No"`): only marks
  // that cannot open one are taken with it.
  while (position < stop && onlyClosing.has(text.charAt(position))) position++
  return position
}
