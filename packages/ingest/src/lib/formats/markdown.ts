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
  const tree = parser.parse(text) as Root
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
  draft.segments = takeLeadingMetadata(draft, segments, file)
  return draft
}
