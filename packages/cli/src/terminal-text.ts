// C0 and C1 control characters, DEL, and the line and paragraph separators: a file name or an
// article string holding one could move the cursor, recolour or clear the terminal, or forge a line.
// Format characters too (bidi overrides and isolates, zero-width space, byte-order mark): a
// right-to-left override reorders what follows it on the line, so a diagnostic would show its
// field backwards; the zero-width joiners, part of how Persian and emoji are written, stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|(?![\u200c\u200d])\p{Cf}/gu

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Text from a file name or an article, safe to print on a terminal: every control and format
 * character is shown as an escape (`\n`, `\x1b`, `\u2028`, `\u202e`), the rest is left as it is.
 */
export function escapeControl(text: string): string {
  return text.replace(controlCharacter, (character) => {
    const code = character.codePointAt(0) ?? 0
    return (
      named[character] ??
      (code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : code <= 0xffff
          ? `\\u${code.toString(16).padStart(4, '0')}`
          : `\\u{${code.toString(16)}}`)
    )
  })
}
