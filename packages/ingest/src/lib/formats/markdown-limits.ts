import type { Line } from '../draft.js'

/**
 * Bounds on the Markdown that remark parses. The parser (micromark) takes time quadratic in the
 * emphasis and link markers of one paragraph, in the nesting of block quotes and lists, and
 * recurses once per level of nesting, so a few kilobytes of `*a*a…`, `[a](` or `>>>…` can stall
 * a build or overflow the stack. A paragraph past a bound is read as plain text instead: its
 * lines are blanked in the text remark sees (replaced by spaces, so every other place stays
 * where it is) and kept, markers and all, as a paragraph of their own.
 */

/** Emphasis and link markers (`*`, `_`, `[`, `]`, `<`) in one paragraph; prose has a few dozen. */
export const maxInlineMarkers = 200
/** Block quote and list markers opening one line (`> > - x`); real text nests a few levels. */
export const maxContainerDepth = 16
/** Indentation of a line, in columns; nested lists and their code blocks need a few dozen. */
export const maxIndent = 64

export interface PlainParagraph {
  /** The paragraph's lines, without their container markers and indentation. */
  lines: Line[]
  /** Which bound it broke, for the message. */
  reason: 'markers' | 'depth' | 'indent'
  /** What was counted. */
  count: number
}

export interface MarkdownLimits {
  /** The text for remark, with the paragraphs read as plain text blanked. */
  text: string
  plain: PlainParagraph[]
}

const fence = /^ {0,3}(`{3,}|~{3,})/
const itemStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^#{1,6}(?:[ \t]|$)/
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
  const close = () => {
    if (unit.length > 0) check(unit)
    unit = []
  }
  const check = (members: number[]) => {
    const first = lines[members[0] ?? 0] ?? ''
    const isHtml = htmlBlockStart.test(first)
    let markers = 0
    let depth = 0
    let indent = 0
    for (const member of members) {
      const line = lines[member] ?? ''
      const prefix = splitPrefix(line)
      depth = Math.max(depth, prefix.depth)
      indent = Math.max(indent, prefix.indent)
      if (!isHtml) for (const character of line) if ('*_[]<'.includes(character)) markers++
    }
    const reason =
      depth > maxContainerDepth
        ? 'depth'
        : indent > maxIndent
          ? 'indent'
          : markers > maxInlineMarkers
            ? 'markers'
            : undefined
    if (reason === undefined) return
    const kept: Line[] = []
    for (const member of members) {
      blanked.add(member)
      const line = lines[member] ?? ''
      const rest = splitPrefix(line).rest
      const body = line.slice(rest)
      const lead = body.length - body.trimStart().length
      if (body.trim() !== '') {
        kept.push({ text: body.trim(), line: member + 1, column: rest + lead + 1 })
      }
    }
    if (kept.length > 0) {
      plain.push({
        lines: kept,
        reason,
        count: reason === 'depth' ? depth : reason === 'indent' ? indent : markers,
      })
    }
  }

  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
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
    if (fenceMatch?.[1]) {
      close()
      open = { marker: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length }
      continue
    }
    if (line.trim() === '') {
      close()
      continue
    }
    // A list item or heading starts a new inline block, even without a blank line before it.
    const after = line.slice(splitPrefixStart(line))
    if (unit.length > 0 && itemStart.test(after)) close()
    unit.push(index)
  }
  close()
  if (blanked.size === 0) return { text, plain }
  const result = lines.map((line, at) => (blanked.has(at) ? ' '.repeat(line.length) : line))
  return { text: result.join('\n'), plain }
}

/** Where a line's text starts after block quote markers and indentation (not list markers). */
function splitPrefixStart(line: string): number {
  let at = 0
  while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '>')) at++
  return at
}
