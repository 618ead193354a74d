/**
 * How a diagnostic prints text from an article (a front-matter key, an override entry, a
 * refused value): its invisible control and format characters by code point (`<U+202E>`),
 * never raw. A right-to-left override (U+202E) printed into a terminal reorders the rest of the
 * message, so a diagnostic would show other text than the file holds; a zero-width space
 * (U+200B) or a line separator would hide why two keys that look the same differ.
 */

/**
 * Control and format characters but the zero-width (non-)joiners, which scripts need inside
 * words (Persian names), and the line and paragraph separators, which break a terminal's line.
 */
const invisibleCharacter = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
const invisibleCharacters = new RegExp(invisibleCharacter.source, 'gu')

/** `U+202E`: how a message names a character, never printing it. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Whether a character is one `printable` shows by code point. */
export function isInvisibleCharacter(character: string): boolean {
  return invisibleCharacter.test(character)
}

/** `text` with its invisible control and format characters shown by code point, for messages. */
export function printable(text: string): string {
  return text.replace(invisibleCharacters, (character) => `<${codePoint(character)}>`)
}
