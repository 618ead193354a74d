import type { Nodes, Paragraph, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Draft, Segment } from '../draft.js'
import { emptyDraft } from '../draft.js'
import { readFrontMatter } from '../front-matter.js'
import { takeLeadingMetadata } from '../header.js'
import { type Place, report, startOfFile } from '../messages.js'
import { normalizeBlockText } from '../normalize.js'
import { printable } from '../printable.js'
import { lineStarts, placeAt } from '../text-places.js'
import { holdsWords, htmlBlockText } from './markdown-html-text.js'
import {
  blanksAfter,
  blanksBefore,
  type Chunk,
  limitMarkdown,
  type MarkdownLimits,
  maxContainerDepth,
  maxContainerLines,
  maxContainerWork,
  maxIndent,
  maxInlineMarkers,
  maxMarkerDensity,
  normalizeLabel,
  type PlainParagraph,
} from './markdown-limits.js'
import { linesOf, plainLinesOf } from './markdown-lines.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

const skipped: Partial<Record<RootContent['type'], string>> = {
  code: 'code block',
  table: 'table',
}

/**
 * Parse Markdown with YAML front matter (remark): paragraphs, headings, block quotes and list
 * items become segments; the title comes from front matter, else the first `#` heading.
 */
export function parseMarkdown(text: string, file: VFile): Draft | undefined {
  const draft = emptyDraft('markdown')
  const limited = limitMarkdown(text)
  reportPlainText(limited.plain, file)
  const segments: Segment[] = []
  const starts = lineStarts(text)
  let frontMatterSeen = false
  const skippedCode: SkippedCode[] = []
  const onSkipped = (name: string, offset: number) => {
    skippedCode.push({ name, place: offset >= 0 ? placeAt(starts, offset) : startOfFile })
  }

  let stopped = false
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (stopped) return
      switch (node.type) {
        case 'yaml': {
          frontMatterSeen = true
          const firstLine = (node.position?.start.line ?? 1) + 1
          if (!readFrontMatter(node.value, firstLine, draft, file)) stopped = true
          break
        }
        case 'heading': {
          const lines = linesOf(node, text, starts, onSkipped)
          if (lines.length === 0) break
          const headingText = normalizeBlockText(lines.map((line) => line.text).join(' '))
          if (node.depth === 1 && draft.title === null && segments.length === 0) {
            const [first] = lines
            if (first) draft.title = { value: headingText, place: first }
          } else if (
            !(node.depth === 1 && headingText === normalizeBlockText(draft.title?.value ?? ''))
          ) {
            segments.push({ type: 'heading', lines })
          }
          break
        }
        case 'paragraph': {
          const lines = linesOf(node, text, starts, onSkipped)
          if (lines.length > 0) segments.push({ type: 'paragraph', lines })
          break
        }
        case 'html':
          reportHtmlBlock(node.value, node.position?.start ?? startOfFile, file)
          break
        case 'blockquote':
        case 'list':
        case 'listItem':
          walk(node.children as RootContent[])
          break
        default: {
          const kind = skipped[node.type]
          if (kind) {
            report(file, 'info', `Skipped ${kind}: only prose is ingested`, {
              rule: 'markdown-skipped',
              place: node.position?.start ?? { line: 1, column: 1 },
              note: 'Code and tables are not article text; write the text as paragraphs to keep it.',
            })
          }
        }
      }
    }
  }
  for (const chunk of limited.chunks) {
    if (stopped) break
    if (chunk.kind === 'paragraph') {
      // Most paragraphs of an article: their lines are read from the file, not placed character
      // by character.
      const lines = plainLinesOf(text, chunk.start, chunk.end, starts)
      if (lines !== undefined) {
        segments.push({ type: 'paragraph', lines })
        continue
      }
    }
    walk(
      chunk.kind === 'paragraph'
        ? [plainParagraph(text, chunk)]
        : (onlyFrontMatter(limited, chunk) ?? parseChunk(limited, chunk).children),
    )
  }

  if (!frontMatterSeen && /^---[ \t]*\n/.test(text)) {
    report(file, 'error', 'Expected a closing `---` line after the front matter', {
      rule: 'front-matter-syntax',
      place: { line: 1, column: 1 },
      note: 'Front matter starts and ends with a line of three dashes; add the closing `---`.',
    })
    return draft
  }
  reportSkippedCode(skippedCode, file)
  draft.segments = takeLeadingMetadata(draft, inOrder(segments, limited.plain), file)
  return draft
}

/** An inline `<script>` or `<style>` whose content was left out, where its tag starts. */
interface SkippedCode {
  name: string
  place: Place
}

/** Inline scripts and styles named one by one; more are counted in one message. */
const maxSkippedCodeMessages = 5

function reportSkippedCode(skipped: readonly SkippedCode[], file: VFile): void {
  for (const { name, place } of skipped.slice(0, maxSkippedCodeMessages)) {
    report(file, 'warning', `Skipped inline \`<${name}>\` element: its content is code, not text`, {
      rule: 'markdown-skipped',
      place,
      note: 'A script or style in Markdown is not article text; what it holds up to its closing tag is left out.',
    })
  }
  const more = skipped.length - maxSkippedCodeMessages
  if (more > 0) {
    report(file, 'warning', `Skipped ${more} more inline scripts and styles`, {
      rule: 'markdown-skipped',
      place: skipped[maxSkippedCodeMessages]?.place,
      note: 'Only the first few are named.',
    })
  }
}

/** The opening of an HTML block, as a message names it: `<div>`, `<!--`. */
const htmlOpening = /^\s*<(!--|[?!]|\/?[A-Za-z][A-Za-z\d-]{0,30})/

/** Characters of a skipped block's words quoted in its message. */
const maxQuoted = 60

/**
 * Report a skipped HTML block (remark keeps it as raw HTML; ingest does not read it): a warning
 * where it holds words, which the article then lacks (a paragraph or quotation written as
 * `<p>…</p>`, a comment left open), else an info, as for code.
 */
function reportHtmlBlock(html: string, place: Place, file: VFile): void {
  const { words, unclosedComment } = htmlBlockText(html)
  const opening = htmlOpening.exec(html)?.[1]
  const name =
    opening === undefined
      ? 'HTML block'
      : `HTML block \`<${opening}${/^[A-Za-z/]/.test(opening) ? '>' : ''}\``
  if (!holdsWords(words)) {
    report(file, 'info', `Skipped ${name}: only prose is ingested`, {
      rule: 'markdown-skipped',
      place,
      note: 'HTML in Markdown is not read for its text; write the text as Markdown to keep it.',
    })
    return
  }
  const quoted = words.length > maxQuoted ? `${words.slice(0, maxQuoted - 1)}…` : words
  report(
    file,
    'warning',
    `Skipped ${name} holding text “${printable(quoted)}”: only Markdown is read`,
    {
      rule: 'markdown-skipped',
      place,
      note: `${unclosedComment ? 'A comment opened with `<!--` and never closed with `-->` hides everything after it. ' : ''}HTML in Markdown is not read for its text; write the text as Markdown (paragraphs, \`>\` quotations, *emphasis*) to keep it.`,
    },
  )
}

/**
 * Parse one piece of the text, placed where it is in the file. Link reference definitions from
 * elsewhere that the piece uses are appended to it, so `[label]` links resolve as they would in
 * the whole text.
 */
function parseChunk(limited: MarkdownLimits, chunk: Chunk): Root {
  let source = limited.text.slice(chunk.start, chunk.end)
  if (limited.definitions.size > 0) {
    const used: string[] = []
    for (const match of source.matchAll(/\[([^[\]\n]{1,999})\]/g)) {
      const definition = limited.definitions.get(normalizeLabel(match[1] ?? ''))
      if (definition !== undefined && !used.includes(definition)) used.push(definition)
      if (used.length >= maxAppendedDefinitions) break
    }
    if (used.length > 0) source = `${source}\n\n${used.join('\n')}\n`
  }
  const tree = parser.parse(source) as Root
  if (chunk.start === 0) return tree
  const lines = chunk.line - 1
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const position = node.position
    if (position) {
      for (const point of [position.start, position.end]) {
        point.line += lines
        if (point.offset !== undefined) point.offset += chunk.start
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return tree
}

/**
 * The paragraph remark makes of a piece of plain lines (see `Chunk`): one text node of the lines
 * with their outer spaces and tabs stripped, joined by line breaks, placed in the file.
 */
function plainParagraph(file: string, chunk: Chunk): Paragraph {
  const lines = file.slice(chunk.start, chunk.end).split('\n')
  const value = lines.map((line) => line.slice(blanksBefore(line), blanksAfter(line))).join('\n')
  const last = lines.at(-1) ?? ''
  const lastLength = blanksAfter(last)
  const position = {
    start: { line: chunk.line, column: 1, offset: chunk.start },
    end: {
      line: chunk.line + lines.length - 1,
      column: lastLength + 1,
      offset: chunk.end - last.length + lastLength,
    },
  }
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position }
}

/**
 * The front matter node remark makes of a piece that holds nothing else (the piece before the
 * first plain paragraph, most often), without the parser, whose set-up alone costs more.
 */
function onlyFrontMatter(limited: MarkdownLimits, chunk: Chunk): RootContent[] | undefined {
  const frontMatter = limited.frontMatter
  if (chunk.start !== 0 || frontMatter === undefined) return undefined
  if (/[^ \t\n]/.test(limited.text.slice(frontMatter.end, chunk.end))) return undefined
  const start = { line: 1, column: 1, offset: 0 }
  return [{ type: 'yaml', value: frontMatter.value, position: { start, end: frontMatter.closing } }]
}

/** Definitions appended to one piece at most (a piece is a few kilobytes). */
const maxAppendedDefinitions = 100

/** The parsed segments and the paragraphs read as plain text, in the order of the file. */
function inOrder(segments: Segment[], plain: readonly PlainParagraph[]): Segment[] {
  if (plain.length === 0) return segments
  return [
    ...segments,
    ...plain.map((paragraph): Segment => ({ type: 'paragraph', lines: paragraph.lines })),
  ].sort((a, b) => (a.lines[0]?.line ?? 0) - (b.lines[0]?.line ?? 0))
}

/** Paragraphs named one by one when read as plain text; more are counted in one message. */
const maxPlainTextMessages = 5

function reportPlainText(paragraphs: readonly PlainParagraph[], file: VFile): void {
  for (const paragraph of paragraphs.slice(0, maxPlainTextMessages)) {
    const { count, reason } = paragraph
    const problem =
      reason === 'markers'
        ? `with ${count} emphasis, link and reference markers, expected at most ${maxInlineMarkers} and one character in ${Math.round(1 / maxMarkerDensity)}`
        : reason === 'depth'
          ? `nested ${count} block quotes or lists deep, expected at most ${maxContainerDepth}`
          : reason === 'indent'
            ? `indented ${count} columns, expected at most ${maxIndent}`
            : `in a list or block quote of ${count} lines, expected at most ${maxContainerLines} (fewer when nested: lines × depth at most ${maxContainerWork})`
    report(file, 'warning', `Unexpected paragraph ${problem}: read as plain text`, {
      rule: 'markdown-plain-text',
      place: paragraph.lines[0],
      note: 'Markdown this dense takes the parser too long; the paragraph is kept as written, markup included. Simplify its markup to have it read as Markdown.',
    })
  }
  const more = paragraphs.length - maxPlainTextMessages
  if (more > 0) {
    report(file, 'warning', `Unexpected ${more} more paragraphs read as plain text`, {
      rule: 'markdown-plain-text',
      place: paragraphs[maxPlainTextMessages]?.lines[0],
      note: 'Only the first few are named; each broke one of the bounds above.',
    })
  }
}
