import type { Code, Parent, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** Fence languages of blocks that are programs. */
const programLanguages: Record<string, 'js' | 'ts'> = {
  js: 'js',
  javascript: 'js',
  mjs: 'js',
  ts: 'ts',
  typescript: 'ts',
  mts: 'ts',
}

/** Fence languages of blocks that show what a program prints. */
const outputLanguages = new Set(['txt', 'text'])

/** The paragraph that introduces an output block, as the unified collective writes it. */
const yieldsLine = /yields:$/i

/** One program of a Markdown file, and what the file says it prints. */
export interface ProgramBlock {
  /** The Markdown file, relative to the workspace root. */
  file: string
  /** Line of the opening fence (1-based). */
  line: number
  /** The program's position among the programs of its file (1-based). */
  ordinal: number
  language: 'js' | 'ts'
  code: string
  /** What the program prints, or `undefined` when the file shows no output: it must print nothing. */
  expected: string | undefined
}

/**
 * The programs of a Markdown file: every fenced block in `js`/`ts` (and their synonyms), each with
 * the `txt` block that follows it when a paragraph ending in "yields:" stands between them.
 */
export function programBlocks(markdown: string, file: string): ProgramBlock[] {
  const tree: Root = unified().use(remarkParse).parse(markdown)
  const blocks: ProgramBlock[] = []
  visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
    const language = programLanguages[node.lang ?? '']
    if (language === undefined) return
    blocks.push({
      file,
      line: node.position?.start.line ?? 0,
      ordinal: blocks.length + 1,
      language,
      code: node.value,
      expected:
        index === undefined || parent === undefined ? undefined : outputAfter(parent, index),
    })
  })
  return blocks
}

function outputAfter(parent: Parent, index: number): string | undefined {
  const intro = parent.children[index + 1]
  const output = parent.children[index + 2]
  if (intro?.type !== 'paragraph' || output?.type !== 'code') return undefined
  if (!outputLanguages.has(output.lang ?? '')) return undefined
  const text = intro.children.map((child) => ('value' in child ? child.value : '')).join('')
  return yieldsLine.test(text.trim()) ? output.value : undefined
}
