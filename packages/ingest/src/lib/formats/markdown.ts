import type { Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { Draft, Segment } from '../draft.js'
import { emptyDraft } from '../draft.js'
import { readFrontMatter } from '../front-matter.js'
import { takeLeadingMetadata } from '../header.js'
import { report } from '../messages.js'
import { normalizeBlockText } from '../normalize.js'
import { lineStarts } from '../text-places.js'
import {
  limitMarkdown,
  maxContainerDepth,
  maxIndent,
  maxInlineMarkers,
  type PlainParagraph,
} from './markdown-limits.js'
import { linesOf } from './markdown-lines.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

const skipped: Partial<Record<RootContent['type'], string>> = {
  code: 'code block',
  html: 'HTML block',
  table: 'table',
}

/**
 * Parse Markdown with YAML front matter (remark): paragraphs, headings, block quotes and list
 * items become segments; the title comes from front matter, else the first `#` heading.
 */
export function parseMarkdown(text: string, file: VFile): Draft | undefined {
  const draft = emptyDraft('markdown')
  const limited = limitMarkdown(text)
  for (const paragraph of limited.plain) reportPlainText(paragraph, file)
  const tree = parser.parse(limited.text) as Root
  const segments: Segment[] = []
  const starts = lineStarts(text)
  let frontMatterSeen = false

  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'yaml': {
          frontMatterSeen = true
          const firstLine = (node.position?.start.line ?? 1) + 1
          if (!readFrontMatter(node.value, firstLine, draft, file)) return
          break
        }
        case 'heading': {
          const lines = linesOf(node, text, starts)
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
          const lines = linesOf(node, text, starts)
          if (lines.length > 0) segments.push({ type: 'paragraph', lines })
          break
        }
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
              note: 'Code, HTML and tables are not article text; write the text as paragraphs to keep it.',
            })
          }
        }
      }
    }
  }
  walk(tree.children)

  if (!frontMatterSeen && /^---[ \t]*\n/.test(text)) {
    report(file, 'error', 'Expected a closing `---` line after the front matter', {
      rule: 'front-matter-syntax',
      place: { line: 1, column: 1 },
      note: 'Front matter starts and ends with a line of three dashes; add the closing `---`.',
    })
    return draft
  }
  draft.segments = takeLeadingMetadata(draft, inOrder(segments, limited.plain), file)
  return draft
}

/** The parsed segments and the paragraphs read as plain text, in the order of the file. */
function inOrder(segments: Segment[], plain: readonly PlainParagraph[]): Segment[] {
  if (plain.length === 0) return segments
  return [
    ...segments,
    ...plain.map((paragraph): Segment => ({ type: 'paragraph', lines: paragraph.lines })),
  ].sort((a, b) => (a.lines[0]?.line ?? 0) - (b.lines[0]?.line ?? 0))
}

function reportPlainText(paragraph: PlainParagraph, file: VFile): void {
  const { count, reason } = paragraph
  const problem =
    reason === 'markers'
      ? `with ${count} emphasis and link markers, expected at most ${maxInlineMarkers}`
      : reason === 'depth'
        ? `nested ${count} block quotes or lists deep, expected at most ${maxContainerDepth}`
        : `indented ${count} columns, expected at most ${maxIndent}`
  report(file, 'warning', `Unexpected paragraph ${problem}: read as plain text`, {
    rule: 'markdown-plain-text',
    place: paragraph.lines[0],
    note: 'Markdown this dense takes the parser too long; the paragraph is kept as written, markup included. Simplify its markup to have it read as Markdown.',
  })
}
