import type { Nodes } from 'mdast'
import type { Line, Run } from '../draft.js'
import { isInvisible, mayBeSpaceOrInvisible } from '../normalize.js'
import { placeAt } from '../text-places.js'

/**
 * The characters of inline text and their offsets in the file (`-1`: not in the file, a break),
 * as two parallel lists: one object per character of a whole article made a large share of
 * ingest's allocation.
 */
interface Characters {
  values: string[]
  offsets: number[]
}

/**
 * Where an inline element whose content is code (`<script>…</script>`) was left out, by the
 * element's name and the offset of its tag in the file (`-1`: not known).
 */
export type OnSkipped = (name: string, offset: number) => void

/** What reading one paragraph's inline content carries from node to node. */
interface InlineState {
  /** An open `<script>` or `<style>`: where its content starts among the characters. */
  code: { name: string; mark: number; offset: number } | undefined
  onSkipped: OnSkipped
}

/** An inline tag, as remark makes a node of each: its name, and whether it closes. */
const inlineTag = /^<(\/?)([A-Za-z][A-Za-z\d-]*)/

/** Inline elements whose content is code, not words, left out up to their closing tag. */
const codeElements = new Set(['script', 'style'])
/**
 * Elements a browser shows as blocks of their own (or cells), whose tags part the words on either
 * side as `<br>` does: `first<div>second</div>` reads "first second", and `He said:</p><p>"We…`
 * keeps the space between the cue and the quotation. Any other tag (`<em>`, `<span>`, a custom
 * one) sits inside a word's run, as in a browser.
 */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

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
 * source (`source`, starting at file offset `base`), onto `into`. The value differs from the
 * source where Markdown escapes (`\*`), decodes references (`&amp;`) or strips line prefixes
 * (`> `, indents).
 */
function align(value: string, source: string, base: number, into: Characters): void {
  let at = 0
  let fromReference = false
  // Code units, not code points: offsets in the file are UTF-16 offsets.
  for (let index = 0; index < value.length; index++) {
    const unit = value.charAt(index)
    into.values.push(unit)
    into.offsets.push(base + locateUnit(unit))
  }

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

/** Characters not in the file: each code point of `value`. */
function pushUnplaced(value: string, into: Characters): void {
  for (const character of value) {
    into.values.push(character)
    into.offsets.push(-1)
  }
}

/**
 * The characters of the inline content of `node`, as `mdast-util-to-string` reads it, but for
 * raw HTML (see `inlineHtml`).
 */
function charactersOf(node: Nodes, file: string, into: Characters, state: InlineState): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  switch (node.type) {
    case 'text':
      if (start === undefined || end === undefined) pushUnplaced(node.value, into)
      else align(node.value, file.slice(start, end), start, into)
      return
    case 'inlineCode': {
      if (start === undefined || end === undefined) pushUnplaced(node.value, into)
      else {
        const content = codeContent(file.slice(start, end))
        align(node.value, content.text, start + content.start, into)
      }
      return
    }
    case 'break':
      into.values.push('\n')
      into.offsets.push(-1)
      return
    case 'html':
      inlineHtml(node.value, start ?? -1, into, state)
      return
    // Images and footnote markers are not text (alt text is not read either).
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return
    default:
      if ('children' in node)
        for (const child of node.children) charactersOf(child, file, into, state)
  }
}

/**
 * One inline tag or comment (its markup is never text): `<br>` and a block element's tags part
 * the words around them, as a browser shows them; a `<script>` or `<style>` closed in the same paragraph takes what it holds
 * out of the text (left open, it drops nothing: a writer who mentions `<script>` in prose
 * keeps the words after it).
 */
function inlineHtml(html: string, offset: number, into: Characters, state: InlineState): void {
  const match = inlineTag.exec(html)
  if (match === null) return
  const closing = match[1] === '/'
  const name = (match[2] as string).toLowerCase()
  if (name === 'br' || blockElements.has(name)) {
    into.values.push(' ')
    into.offsets.push(-1)
  } else if (codeElements.has(name)) {
    const code = state.code
    if (!closing) state.code ??= { name, mark: into.values.length, offset }
    else if (code?.name === name) {
      into.values.length = code.mark
      into.offsets.length = code.mark
      state.code = undefined
      state.onSkipped(name, code.offset)
    }
  }
}

/**
 * The lines of a paragraph or heading, one per line break, each normalized as block text
 * (invisible characters dropped, whitespace collapsed, trimmed) and placed character by
 * character in the file: where markup sits between characters, the line has `runs`.
 */
export function linesOf(
  node: Nodes,
  file: string,
  starts: readonly number[],
  onSkipped: OnSkipped,
): Line[] {
  const characters: Characters = { values: [], offsets: [] }
  charactersOf(node, file, characters, { code: undefined, onSkipped })
  const { values, offsets } = characters
  const lines: Line[] = []
  let lineStart = 0
  for (let index = 0; index < values.length; index++) {
    const offset = offsets[index] as number
    if (values[index] === '\n' || (offset >= 0 && file.charCodeAt(offset) === 10)) {
      const line = toLine(characters, lineStart, index, starts)
      if (line) lines.push(line)
      lineStart = index + 1
    }
  }
  const line = toLine(characters, lineStart, values.length, starts)
  if (line) lines.push(line)
  return lines
}

/**
 * Whether a character is a plain ASCII letter or digit: neither invisible nor white space, the
 * most common by far (a test of its code, not a regular expression per character).
 */
function isPlain(value: string): boolean {
  if (value.length !== 1) return false
  const code = value.charCodeAt(0)
  const letter = code | 0x20
  return (code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a)
}

/** The line of the characters `from` to `to` (exclusive), normalized, or none if empty. */
function toLine(
  { values, offsets }: Characters,
  from: number,
  to: number,
  starts: readonly number[],
): Line | undefined {
  const kept: string[] = []
  const keptOffsets: number[] = []
  for (let index = from; index < to; index++) {
    const value = values[index] as string
    if (!isPlain(value)) {
      // Code units: the halves of a surrogate pair are one character, not two unpaired ones.
      const paired =
        (isHighSurrogate(value) && index + 1 < to && isLowSurrogate(values[index + 1])) ||
        (isLowSurrogate(value) && index > from && isHighSurrogate(values[index - 1]))
      if (!paired && isInvisible(value)) continue
      if (/\s/u.test(value)) {
        const last = kept.at(-1)
        if (last === undefined || last === ' ') continue
        kept.push(' ')
        keptOffsets.push(offsets[index] as number)
        continue
      }
    }
    kept.push(value)
    keptOffsets.push(offsets[index] as number)
  }
  if (kept.at(-1) === ' ') {
    kept.pop()
    keptOffsets.pop()
  }
  if (kept.length === 0) return undefined
  const text = kept.join('')
  const first = keptOffsets[0] as number
  const place = first >= 0 ? placeAt(starts, first) : { line: 1, column: 1 }
  const runs: Run[] = []
  for (let index = 0; index < keptOffsets.length; index++) {
    const offset = keptOffsets[index] as number
    if (index > 0 && offset === (keptOffsets[index - 1] as number) + 1 && offset >= 0) continue
    const at = offset >= 0 ? placeAt(starts, offset) : place
    runs.push({ offset: index, column: at.column })
  }
  return runs.length > 1 ? { text, ...place, runs } : { text, ...place }
}

function isHighSurrogate(unit: string | undefined): boolean {
  return unit !== undefined && unit >= '\uD800' && unit <= '\uDBFF'
}

function isLowSurrogate(unit: string | undefined): boolean {
  return unit !== undefined && unit >= '\uDC00' && unit <= '\uDFFF'
}

/**
 * The lines of a plain paragraph (a `paragraph` chunk of `limitMarkdown`: text from `start` to
 * `end` of `file`, no markup), as `linesOf` makes them of the paragraph remark would make, read
 * straight from the file: each line is a stretch of it, so when a line has no trailing blanks,
 * no run of white space and nothing invisible, its text is that stretch and it has one run.
 * Undefined when a line has any of these: `linesOf` then places it character by character.
 */
export function plainLinesOf(
  file: string,
  start: number,
  end: number,
  starts: readonly number[],
): Line[] | undefined {
  const lines: Line[] = []
  let lineStart = start
  while (lineStart <= end) {
    let lineEnd = file.indexOf('\n', lineStart)
    if (lineEnd < 0 || lineEnd > end) lineEnd = end
    if (lineEnd === lineStart) return undefined
    let previous = 0
    for (let index = lineStart; index < lineEnd; index++) {
      const code = file.charCodeAt(index)
      // Printable ASCII but the space, nearly every character, is passed without a call: the
      // workers run without inlining, and a call for each character cost a third of this scan.
      if (
        !(code > 32 && code < 0x7f) &&
        (code === 32 ? previous === 32 : mayBeSpaceOrInvisible(code))
      )
        return undefined
      previous = code
    }
    // Leading blanks never start a plain line (`isPlainLine`); trailing ones are left to `linesOf`.
    if (previous === 32 || file.charCodeAt(lineStart) === 32) return undefined
    lines.push({ text: file.slice(lineStart, lineEnd), ...placeAt(starts, lineStart) })
    lineStart = lineEnd + 1
  }
  return lines
}
