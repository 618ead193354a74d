import type { Nodes } from 'mdast'
import type { Line, Run } from '../draft.js'
import { isInvisible } from '../normalize.js'
import { placeAt } from '../text-places.js'

/** One character of inline text and its offset in the file (`-1`: not in the file, a break). */
interface Character {
  value: string
  offset: number
}

/** A character reference (`&amp;`, `&#8220;`, `&#x201C;`) where `lastIndex` says. */
const characterReference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y

/**
 * How far ahead a character of a text node is looked for in its source: past the markup the
 * value leaves out (line prefixes, which `limitMarkdown` keeps short, escapes and references).
 * Bounded so that characters not found cannot make alignment quadratic.
 */
const lookahead = 1024

/**
 * Pair each character of a text node's `value` with its offset in the file, given the node's
 * source (`source`, starting at file offset `base`). The value differs from the source where
 * Markdown escapes (`\*`), decodes references (`&amp;`) or strips line prefixes (`> `, indents).
 */
function align(value: string, source: string, base: number): Character[] {
  const characters: Character[] = []
  let at = 0
  let fromReference = false
  // Code units, not code points: offsets in the file are UTF-16 offsets.
  for (const unit of value.split(''))
    characters.push({ value: unit, offset: base + locateUnit(unit) })
  return characters

  function locateUnit(unit: string): number {
    // The low half of an astral character decoded from one reference shares its place.
    if (fromReference && /[\uDC00-\uDFFF]/.test(unit)) {
      fromReference = false
      return Math.max(0, at - 1)
    }
    fromReference = false
    const here = source[at]
    if (here === unit || (unit === ' ' && here === '\n')) return at++
    if (here === '\\' && source[at + 1] === unit) {
      at += 2
      return at - 1
    }
    characterReference.lastIndex = at
    const reference = here === '&' ? characterReference.exec(source) : null
    if (reference) {
      const start = at
      at += reference[0].length
      fromReference = true
      return start
    }
    const found = source.slice(at, at + lookahead).indexOf(unit)
    if (found >= 0) {
      at += found + 1
      return at - 1
    }
    return Math.min(at, Math.max(0, source.length - 1))
  }
}

/** The source of an inline code node without its backtick fences and padding space. */
function codeContent(source: string): { text: string; start: number } {
  const fence = /^`+/.exec(source)?.[0].length ?? 0
  let start = fence
  let end = source.length - fence
  const inner = source.slice(start, end)
  if (inner.length > 2 && /^[ \n]/.test(inner) && /[ \n]$/.test(inner) && inner.trim() !== '') {
    start++
    end--
  }
  return { text: source.slice(start, end), start }
}

/** The characters of the inline content of `node`, as `mdast-util-to-string` reads it. */
function charactersOf(node: Nodes, file: string, into: Character[]): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  switch (node.type) {
    case 'text':
      if (start === undefined || end === undefined) {
        for (const value of node.value) into.push({ value, offset: -1 })
      } else
        for (const character of align(node.value, file.slice(start, end), start))
          into.push(character)
      return
    case 'inlineCode': {
      if (start === undefined || end === undefined) {
        for (const value of node.value) into.push({ value, offset: -1 })
      } else {
        const content = codeContent(file.slice(start, end))
        for (const character of align(node.value, content.text, start + content.start)) {
          into.push(character)
        }
      }
      return
    }
    case 'break':
      into.push({ value: '\n', offset: -1 })
      return
    // Images, raw HTML and footnote markers are not text (alt text is not read either).
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return
    default:
      if ('children' in node) for (const child of node.children) charactersOf(child, file, into)
  }
}

/**
 * The lines of a paragraph or heading, one per line break, each normalized as block text
 * (invisible characters dropped, whitespace collapsed, trimmed) and placed character by
 * character in the file: where markup sits between characters, the line has `runs`.
 */
export function linesOf(node: Nodes, file: string, starts: readonly number[]): Line[] {
  const characters: Character[] = []
  charactersOf(node, file, characters)
  const lines: Line[] = []
  let current: Character[] = []
  const flush = () => {
    const line = toLine(current, starts)
    if (line) lines.push(line)
    current = []
  }
  for (const character of characters) {
    const isBreak =
      character.value === '\n' || (character.offset >= 0 && file[character.offset] === '\n')
    if (isBreak) flush()
    else current.push(character)
  }
  flush()
  return lines
}

function toLine(characters: readonly Character[], starts: readonly number[]): Line | undefined {
  const kept: Character[] = []
  for (const [index, character] of characters.entries()) {
    // Code units: the halves of a surrogate pair are one character, not two unpaired ones.
    const paired =
      (isHighSurrogate(character.value) && isLowSurrogate(characters[index + 1]?.value)) ||
      (isLowSurrogate(character.value) && isHighSurrogate(characters[index - 1]?.value))
    if (!paired && isInvisible(character.value)) continue
    if (/\s/u.test(character.value)) {
      const last = kept.at(-1)
      if (last === undefined || last.value === ' ') continue
      kept.push({ value: ' ', offset: character.offset })
    } else kept.push(character)
  }
  if (kept.at(-1)?.value === ' ') kept.pop()
  const first = kept[0]
  if (first === undefined) return undefined
  const text = kept.map((character) => character.value).join('')
  const place = first.offset >= 0 ? placeAt(starts, first.offset) : { line: 1, column: 1 }
  const runs: Run[] = []
  kept.forEach((character, index) => {
    const previous = kept[index - 1]
    if (previous && character.offset === previous.offset + 1 && character.offset >= 0) return
    const at = character.offset >= 0 ? placeAt(starts, character.offset) : place
    runs.push({ offset: index, column: at.column })
  })
  return runs.length > 1 ? { text, ...place, runs } : { text, ...place }
}

function isHighSurrogate(unit: string | undefined): boolean {
  return unit !== undefined && unit >= '\uD800' && unit <= '\uDBFF'
}

function isLowSurrogate(unit: string | undefined): boolean {
  return unit !== undefined && unit >= '\uDC00' && unit <= '\uDFFF'
}
