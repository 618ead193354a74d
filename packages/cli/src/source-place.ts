import type { BlockSource } from '@newsroom/ingest'
import type { Block } from '@newsroom/schema'

export interface SourcePlace {
  line: number
  column: number
}

/**
 * Enrichment sees the article's blocks joined by blank lines; its messages are placed in that
 * text. This maps such an offset back to the line and column of the original content file, through
 * the source lines ingestion recorded for each block (and, where a line is not one unbroken stretch
 * of the file, as in Markdown with inline markup, its runs). In plain text, whitespace that
 * ingestion collapsed can shift the column by a few characters; the line is exact.
 */
/** The column of `offset` within one source line, through the runs ingestion recorded for it. */
function columnAt(line: BlockSource[number], offset: number): number {
  let run = { offset: 0, column: line.column }
  for (const candidate of line.runs ?? []) if (candidate.offset <= offset) run = candidate
  return run.column + offset - run.offset
}

export function toSourcePlace(
  offset: number,
  blocks: readonly Block[],
  sources: Readonly<Record<string, BlockSource>>,
): SourcePlace | undefined {
  let blockStart = 0
  for (const block of blocks) {
    const blockEnd = blockStart + block.text.length
    if (offset <= blockEnd) {
      let within = Math.max(0, offset - blockStart)
      const lines = sources[block.id] ?? []
      for (const [index, line] of lines.entries()) {
        // Lines of one block are joined by a single space.
        if (within <= line.length || index === lines.length - 1) {
          return { line: line.line, column: columnAt(line, within) }
        }
        within -= line.length + 1
      }
      return undefined
    }
    blockStart = blockEnd + 2
  }
  return undefined
}
