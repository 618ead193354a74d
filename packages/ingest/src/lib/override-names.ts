import { codePoint, isInvisibleCharacter } from './printable.js'

/**
 * What a canonical speaker name in `overrides.speakerNames` may be: it is published as a person's
 * or a body's name, on pages, in feeds and in URLs' slugs. Names are written with far more than
 * letters (`AC/DC`, `Ke$ha`, `Dan + Shay`, `唐纳德·特朗普`, Persian with its zero-width non-joiner),
 * and every page escapes them, so only what is harmful or no name is refused: markup and template
 * characters, invisible control and format characters (a right-to-left override, U+202E, makes a
 * name read otherwise than it is written), a name without a letter, and a path.
 */

/** Markup and template characters, by the names Unicode gives them, for messages. */
const markupCharacters: ReadonlyMap<string, string> = new Map([
  ['<', 'LESS-THAN SIGN'],
  ['>', 'GREATER-THAN SIGN'],
  ['{', 'LEFT CURLY BRACKET'],
  ['}', 'RIGHT CURLY BRACKET'],
  ['`', 'GRAVE ACCENT'],
  ['\\', 'REVERSE SOLIDUS'],
])

const letter = /\p{L}/u
/** A leading `/`, or `..` as a part of a path (`../../etc/passwd`, `a/../b`). */
const pathShape = /^\/|(?:^|\/)\.\.(?:\/|$)/

/** Why `text` is no name (a reason for a message), or undefined when it can be one. */
export function nameProblem(text: string): string | undefined {
  for (const character of text) {
    const markup = markupCharacters.get(character)
    if (markup !== undefined)
      return `names are not written with ${codePoint(character)} ${markup}, a markup or template character`
    if (isInvisibleCharacter(character))
      return `it holds ${codePoint(character)}, an invisible control or format character`
  }
  if (!letter.test(text)) return 'it has no letter'
  if (pathShape.test(text)) return 'it is shaped like a path (a leading `/` or a `..` part)'
  return undefined
}
