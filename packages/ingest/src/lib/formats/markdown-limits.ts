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
}

export interface Chunk {
  /** Offset in the text where the piece starts (a line start) and where it ends. */
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
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
 * Find the paragraphs of `text` (lines starting at file line `firstLine`) that break a bound,
 * blank them and keep them as plain text. Front matter and fenced code are not paragraphs.
 */
export function limitMarkdown(text: string): MarkdownLimits {
  const lines = text.split('\n')
  const plain: PlainParagraph[] = []
  const blanked = new Set<number>()
  let index = 0
  if (lines[0] !== undefined && /^---[ \t]*$/.test(lines[0])) {
    index = 1
    while (index < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(lines[index] ?? '')) index++
    index++
  }
  let open: { marker: string; length: number } | undefined
  let unit: number[] = []
  const units: number[][] = []
  const close = () => {
    if (unit.length > 0) {
      check(unit)
      units.push(unit)
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
      if (!isHtml) for (const character of line) if ('*_[]<&'.includes(character)) markers++
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
      close()
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
      chunks.push({ start: chunk.start, end: offset, line: chunk.line })
      chunk = { start: offset, line: index + 1 }
    }
    if (fenceMatch?.[1]) {
      close()
      open = { marker: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length }
      continue
    }
    if (unit.length === 0) {
      const block = htmlBlockEnds.find(([start]) => start.test(line))
      if (block && !block[1].test(line.replace(block[0], ''))) htmlEnd = block[1]
    }
    const definition = definitionStart.exec(line)
    if (definition?.[1] !== undefined && prefix.depth === 0) {
      const label = normalizeLabel(definition[1])
      if (!definitions.has(label)) definitions.set(label, line.trim())
    }
    // A list item or heading starts a new inline block, even without a blank line before it.
    const after = line.slice(splitPrefixStart(line))
    if (unit.length > 0 && itemStart.test(after)) close()
    unit.push(index)
  }
  close()
  chunks.push({ start: chunk.start, end: text.length, line: chunk.line })
  checkContainers(lines, units, keepAsPlain)
  plain.sort((a, b) => (a.lines[0]?.line ?? 0) - (b.lines[0]?.line ?? 0))
  if (blanked.size === 0) return { text, plain, chunks, definitions }
  const result = lines.map((line, at) => (blanked.has(at) ? ' '.repeat(line.length) : line))
  return { text: result.join('\n'), plain, chunks, definitions }
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
