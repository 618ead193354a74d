/**
 * Text normalization that keeps evidence: Unicode NFC and unified line endings for the file;
 * single spaces for block text. Quotation marks, apostrophes and dashes are kept as written,
 * because attribution depends on them.
 */

/** Normalize a decoded file: drop a leading BOM, turn CRLF and CR into LF, compose to NFC. */
export function normalizeFile(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
}

/**
 * Invisible characters that carry no text: zero-width space, word joiner, BOM, soft hyphen, and
 * C0/C1 controls other than whitespace. Zero-width (non-)joiners stay: scripts such as Persian
 * need them.
 */
const invisible = /[\u200B\u2060\uFEFF\u00AD]|(?![\t\n\f\r\v])\p{Cc}/gu

/** Whether `character` is one of the invisible characters `normalizeBlockText` removes. */
export function isInvisible(character: string): boolean {
  invisible.lastIndex = 0
  return invisible.test(character)
}

/** Normalize one block of text: no invisible characters, whitespace runs to one space, trimmed. */
export function normalizeBlockText(text: string): string {
  return text.normalize('NFC').replace(invisible, '').replace(/\s+/gu, ' ').trim()
}

/** Count words: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  let count = 0
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count++
  return count
}
