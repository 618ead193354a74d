// C0 and C1 control characters, DEL, and the line and paragraph separators: a file name or an
// article string holding one could move the cursor, recolour or clear the terminal, or forge a line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Text from a file name or an article, safe to print on a terminal: every control character is
 * shown as an escape (`\n`, `\x1b`, `\u2028`), the rest is left as it is.
 */
export function escapeControl(text: string): string {
  return text.replace(controlCharacter, (character) => {
    const code = character.charCodeAt(0)
    return (
      named[character] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
    )
  })
}
