import type { Line } from '../draft.js'

/**
 * Bounds on the Markdown that remark parses. The parser (micromark) takes time quadratic in the
 * emphasis, link and reference markers of one paragraph and in the lines of a list or quote
 * that nests, and recurses once per level of nesting, so a few kilobytes of `*a*a…`, `[a](`,
 * `>>>…` or `> - > - …` lines can stall a build or overflow the stack. A paragraph past a bound
 * is read as plain text instead: its lines are blanked in the text remark sees (replaced by
 * spaces, so every other place stays where it is) and kept, markers and all, as a paragraph of
 * their own. The bounds are far above what articles use; `scripts/hostile-growth.ts` measures
 * that the parse stays linear and fast up to them.
 */

/** Emphasis, link and reference markers (`*_[]<&`) in one paragraph; prose has a few dozen. */
export const maxInlineMarkers = 200
/**
 * Share of a paragraph's characters that may be markers once it has a few dozen: prose has a
 * few percent. Each marker costs the parser as much as dozens of letters, so text made mostly
 * of markers parses slowly however short its paragraphs.
 */
export const maxMarkerDensity = 0.2
const densityFrom = 32
/** Nesting of block quotes and lists on one line (`> > - x`); real text nests a few levels. */
export const maxContainerDepth = 8
/** Indentation of a line, in columns; nested lists and their code blocks need a few dozen. */
export const maxIndent = 64
/** Lines of one list or block quote (with its nested ones): long lists are a few dozen. */
export const maxContainerLines = 1000
/** Lines × nesting depth of one list or block quote: nesting makes each line dearer. */
export const maxContainerWork = 1600

export interface PlainParagraph {
  /** The paragraph's lines, without their container markers and indentation. */
  lines: Line[]
  /** Which bound it broke, for the message. */
  reason: 'markers' | 'depth' | 'indent' | 'container'
  /** What was counted. */
  count: number
}

export interface MarkdownLimits {
  /** The text for remark, with the paragraphs read as plain text blanked. */
  text: string
  plain: PlainParagraph[]
  /**
   * Pieces of `text` that can be parsed one by one: each starts at a line that closes every list,
   * quote, fence and HTML block before it. The parser has costs that grow with the square of the
   * whole document (each list or setext heading revisits all events before it), so it is given
   * pieces of about `chunkSize` characters.
   */
  chunks: Chunk[]
  /** Link reference definitions (`[label]: url`) by normalized label, to give each piece. */
  definitions: Map<string, string>
  /**
   * The YAML front matter as remark reads it, when it closes with `---`: its lines between the
   * fences, and the offset where the line after the closing fence starts.
   */
  frontMatter:
    | { value: string; end: number; closing: { line: number; column: number; offset: number } }
    | undefined
}

export interface Chunk {
  /** Offset in the text where the piece starts (a line start) and where it ends. */
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
  /**
   * `paragraph`: the piece is one top-level paragraph of plain lines, with nothing Markdown
   * would read as markup (see `isPlainLine`), which needs no parser: its text is its lines.
   */
  kind: 'markdown' | 'paragraph'
}

/** Size past which the text is cut at the next safe line. */
export const chunkSize = 4096

const fence = /^ {0,3}(`{3,}|~{3,})/
const itemStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^#{1,6}(?:[ \t]|$)/
/** HTML blocks that go on past blank lines, to the end marker. */
const htmlBlockEnds: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]
const definitionStart = /^ {0,3}\[((?:[^\\\]]|\\.){1,999})\]:/

/**
 * Characters that start a block where a line starts (headings, quotes, lists, thematic breaks,
 * setext underlines, fences, HTML, link definitions), and characters that start inline markup
 * anywhere (escapes, entities, code, emphasis, links, images, autolinks and HTML), or that
 * micromark rewrites (NUL) or that line ends may carry (`\r`).
 */
const blockStartCharacters = '#>-+*=_~`<[ \t'
const inlineMarkup = /[\\`*_[\]<&\0\r]/
const orderedItem = /^\d{1,9}[.)]/

/**
 * Whether Markdown reads a line of a paragraph that starts a top-level block as text and nothing
 * else: then the paragraph's text is its lines with their outer spaces and tabs stripped, as
 * CommonMark makes it (a hard break, from trailing spaces, also ends a line), and it can skip
 * the parser, which costs far more than the plain prose most articles are made of.
 */
function isPlainLine(line: string): boolean {
  return (
    line.length > 0 &&
    !blockStartCharacters.includes(line.charAt(0)) &&
    !orderedItem.test(line) &&
    !inlineMarkup.test(line)
  )
}

/** Where a line's text starts after its spaces and tabs. */
export function blanksBefore(line: string): number {
  let at = 0
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++
  return at
}

/**
 * Where a line's text ends before its trailing spaces and tabs (a loop: `/[ \t]+$/` is
 * quadratic on a long run of them).
 */
export function blanksAfter(line: string): number {
  let at = line.length
  while (at > 0 && (line[at - 1] === ' ' || line[at - 1] === '\t')) at--
  return at
}

/** A blank line as CommonMark has it: `trim` also takes other white space, such as U+00A0. */
function isBlank(line: string): boolean {
  return blanksBefore(line) === line.length
}

/** A link label as CommonMark matches it: case-folded, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim()
}

const htmlBlockStart =
  /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?(?:script|pre|style|textarea)\b|\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>\s*$|\/?(?:address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s|\/?>|$))/i

/** A line split into its container prefix (block quote and list markers, indentation) and rest. */
function splitPrefix(text: string): { depth: number; indent: number; rest: number } {
  let at = 0
  let depth = 0
  let indent = 0
  for (;;) {
    let columns = 0
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) {
      columns += text[at] === '\t' ? 4 : 1
      at++
    }
    indent = Math.max(indent, columns)
    const marker = /^(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(text.slice(at, at + 12))
    if (!marker) break
    depth++
    at += marker[0].length
  }
  return { depth, indent, rest: at }
}

/**
 * How many characters of a line may open or close emphasis, a link or an HTML tag or entity
 * (`*`, `_`, `[`, `]`, `<`, `&`): its code units compared, where iterating its characters made
 * a string of each and searched the six for it, on every line of a Markdown file.
 */
function inlineMarkers(line: string): number {
  let count = 0
  for (let at = 0; at < line.length; at++) {
    const code = line.charCodeAt(at)
    if (
      code === 0x2a ||
      code === 0x5f ||
      code === 0x5b ||
      code === 0x5d ||
      code === 0x3c ||
      code === 0x26
    )
      count++
  }
  return count
}

/**
 * Find the paragraphs of `text` (lines starting at file line `firstLine`) that break a bound,
 * blank them and keep them as plain text. Front matter and fenced code are not paragraphs.
 */
export function limitMarkdown(text: string): MarkdownLimits {
  const lines = text.split('\n')
  const plain: PlainParagraph[] = []
  const blanked = new Set<number>()
  let index = 0
  // Plain paragraphs skip the parser only where this reads the blocks as remark does: not when
  // the front matter closes with `...` (remark's YAML front matter does not take it), nor with a
  // fence, an HTML block that spans blank lines (which this tells from other lines only
  // roughly), or a link definition (which pieces parsed apart need appended).
  let plainParagraphs = true
  let frontMatter: MarkdownLimits['frontMatter']
  if (lines[0] !== undefined && /^---[ \t]*$/.test(lines[0])) {
    index = 1
    while (index < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(lines[index] ?? '')) index++
    plainParagraphs = /^---[ \t]*$/.test(lines[index] ?? '')
    if (plainParagraphs) {
      const body = lines.slice(1, index)
      let end = 0
      for (let at = 0; at <= index; at++) end += (lines[at]?.length ?? 0) + 1
      const closingLength = lines[index]?.length ?? 0
      frontMatter = {
        value: body.join('\n'),
        end: Math.min(end, text.length),
        closing: { line: index + 1, column: closingLength + 1, offset: end - 1 },
      }
    }
    index++
  }
  const bodyStart = index
  let open: { marker: string; length: number } | undefined
  let unit: number[] = []
  const units: number[][] = []
  // Whether the open unit is a plain paragraph so far, and where it starts and ends in `text`.
  let unitPlain = false
  let unitStart = 0
  let unitEnd = 0
  const paragraphs: Chunk[] = []
  /** Close the open unit; `ended` when a blank line or the end of the text closes it. */
  const close = (ended = false) => {
    if (unit.length > 0) {
      check(unit)
      units.push(unit)
      if (unitPlain && ended && !blanked.has(unit[0] ?? 0)) {
        const line = (unit[0] ?? 0) + 1
        paragraphs.push({ start: unitStart, end: unitEnd, line, kind: 'paragraph' })
      }
    }
    unit = []
  }
  const check = (members: number[]) => {
    const first = lines[members[0] ?? 0] ?? ''
    // HTML blocks and link definitions are not parsed for emphasis and links.
    const isHtml =
      htmlBlockStart.test(first) ||
      members.every((member) => definitionStart.test(lines[member] ?? ''))
    let markers = 0
    let depth = 0
    let indent = 0
    let length = 0
    for (const member of members) {
      const line = lines[member] ?? ''
      length += line.length
      const prefix = splitPrefix(line)
      depth = Math.max(depth, prefix.depth)
      indent = Math.max(indent, prefix.indent)
      if (!isHtml) markers += inlineMarkers(line)
    }
    const reason =
      depth > maxContainerDepth
        ? 'depth'
        : indent > maxIndent
          ? 'indent'
          : markers > maxInlineMarkers ||
              (markers >= densityFrom && markers > length * maxMarkerDensity)
            ? 'markers'
            : undefined
    if (reason !== undefined)
      keepAsPlain(
        members,
        reason,
        reason === 'depth' ? depth : reason === 'indent' ? indent : markers,
      )
  }
  const keepAsPlain = (
    members: readonly number[],
    reason: PlainParagraph['reason'],
    count: number,
  ) => {
    const kept: Line[] = []
    for (const member of members) {
      if (blanked.has(member)) continue
      blanked.add(member)
      const line = lines[member] ?? ''
      const rest = splitPrefix(line).rest
      const body = line.slice(rest)
      const lead = body.length - body.trimStart().length
      if (body.trim() !== '') {
        kept.push({ text: body.trim(), line: member + 1, column: rest + lead + 1 })
      }
    }
    if (kept.length > 0) plain.push({ lines: kept, reason, count })
  }

  const chunks: Chunk[] = []
  const definitions = new Map<string, string>()
  let chunk = { start: 0, line: 1 }
  let offset = 0
  for (let at = 0; at < index; at++) offset += (lines[at]?.length ?? 0) + 1
  let htmlEnd: RegExp | undefined
  for (; index < lines.length; offset += (lines[index]?.length ?? 0) + 1, index++) {
    const line = lines[index] ?? ''
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
      unit.push(index)
      unitPlain = false
      continue
    }
    const fenceMatch = fence.exec(line)
    if (open) {
      if (
        fenceMatch?.[1]?.[0] === open.marker &&
        (fenceMatch[1]?.length ?? 0) >= open.length &&
        line.trim() === fenceMatch[0].trim()
      ) {
        open = undefined
      }
      continue
    }
    if (line.trim() === '') {
      close(isBlank(line))
      continue
    }
    const previousBlank = index > 0 && (lines[index - 1] ?? '').trim() === ''
    const prefix = splitPrefix(line)
    if (
      previousBlank &&
      unit.length === 0 &&
      prefix.depth === 0 &&
      prefix.indent === 0 &&
      offset - chunk.start >= chunkSize
    ) {
      chunks.push({ start: chunk.start, end: offset, line: chunk.line, kind: 'markdown' })
      chunk = { start: offset, line: index + 1 }
    }
    if (fenceMatch?.[1]) {
      plainParagraphs = false
      close()
      open = { marker: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length }
      continue
    }
    const block = htmlBlockEnds.find(([start]) => start.test(line))
    if (block) {
      plainParagraphs = false
      if (unit.length === 0 && !block[1].test(line.replace(block[0], ''))) htmlEnd = block[1]
    }
    const definition = definitionStart.exec(line)
    if (definition !== null) plainParagraphs = false
    if (definition?.[1] !== undefined && prefix.depth === 0) {
      const label = normalizeLabel(definition[1])
      if (!definitions.has(label)) definitions.set(label, line.trim())
    }
    // A list item or heading starts a new inline block, even without a blank line before it.
    const after = line.slice(splitPrefixStart(line))
    if (unit.length > 0 && itemStart.test(after)) close()
    if (unit.length === 0) {
      // A paragraph after a blank line (or first in the body) starts at the top level: every
      // list, quote, fence and HTML block before it is closed.
      unitPlain =
        plainParagraphs &&
        (index === bodyStart || isBlank(lines[index - 1] ?? '')) &&
        isPlainLine(line)
      unitStart = offset
    } else {
      unitPlain &&= isPlainLine(line)
    }
    unitEnd = offset + line.length
    unit.push(index)
  }
  close(true)
  chunks.push({ start: chunk.start, end: text.length, line: chunk.line, kind: 'markdown' })
  checkContainers(lines, units, keepAsPlain)
  plain.sort((a, b) => (a.lines[0]?.line ?? 0) - (b.lines[0]?.line ?? 0))
  const pieces = plainParagraphs ? withParagraphs(chunks, paragraphs, text) : chunks
  if (blanked.size === 0) return { text, plain, chunks: pieces, definitions, frontMatter }
  const result = lines.map((line, at) => (blanked.has(at) ? ' '.repeat(line.length) : line))
  return { text: result.join('\n'), plain, chunks: pieces, definitions, frontMatter }
}

/**
 * The pieces of the text in order: the plain paragraphs, and the Markdown between them cut at
 * the chunks' bounds. A plain paragraph lies within one chunk (chunks are cut where a unit
 * starts), and the Markdown after it starts on the line after it, where nothing is open.
 * Pieces of only blank lines (spaces, tabs) are left out: they hold nothing to parse.
 */
function withParagraphs(
  chunks: readonly Chunk[],
  paragraphs: readonly Chunk[],
  text: string,
): Chunk[] {
  if (paragraphs.length === 0) return [...chunks]
  const pieces: Chunk[] = []
  const markdown = (start: number, end: number, line: number) => {
    if (end > start && /[^ \t\n]/.test(text.slice(start, end)))
      pieces.push({ start, end, line, kind: 'markdown' })
  }
  let next = 0
  for (const chunk of chunks) {
    let start = chunk.start
    let line = chunk.line
    for (; next < paragraphs.length; next++) {
      const paragraph = paragraphs[next] as Chunk
      if (paragraph.start >= chunk.end) break
      markdown(start, paragraph.start, line)
      pieces.push(paragraph)
      start = Math.min(paragraph.end + 1, chunk.end)
      line = paragraph.line + countLines(text, paragraph.start, paragraph.end) + 1
    }
    markdown(start, chunk.end, line)
  }
  return pieces
}

/** Line breaks in `text` from `start` to `end`. */
function countLines(text: string, start: number, end: number): number {
  let count = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1))
    count++
  return count
}

/** Where a line's text starts after block quote markers and indentation (not list markers). */
function splitPrefixStart(line: string): number {
  let at = 0
  while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '>')) at++
  return at
}

/**
 * Group paragraphs into the lists and block quotes that hold them, and read every paragraph of
 * one that is too long for its nesting as plain text. A container starts at a paragraph opening
 * with a marker and goes on through indented paragraphs and marked ones; an unindented,
 * unmarked paragraph ends it.
 */
function checkContainers(
  lines: readonly string[],
  units: readonly number[][],
  keepAsPlain: (members: readonly number[], reason: 'container', count: number) => void,
): void {
  let group: number[][] = []
  let count = 0
  let depth = 0
  const flush = () => {
    if (
      group.length > 0 &&
      (count > maxContainerLines || count * Math.max(1, depth) > maxContainerWork)
    ) {
      for (const members of group) keepAsPlain(members, 'container', count)
    }
    group = []
    count = 0
    depth = 0
  }
  for (const members of units) {
    const first = splitPrefix(lines[members[0] ?? 0] ?? '')
    const inContainer = first.depth > 0 || first.indent >= 2
    if (!inContainer) {
      flush()
      continue
    }
    group.push(members)
    for (const member of members) {
      const prefix = splitPrefix(lines[member] ?? '')
      count++
      depth = Math.max(depth, prefix.depth + Math.floor(prefix.indent / 2))
    }
  }
  flush()
}
