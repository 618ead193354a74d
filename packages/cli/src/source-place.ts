import type { BlockSource } from '@newsroom/ingest'
import type { Block } from '@newsroom/schema'

export interface SourcePlace {
  line: number
  column: number
}

/**
 * Enrichment sees the article's blocks joined by blank lines; its messages are placed in that
 * text. This maps such an offset back to the line and column of the original content file, through
 * the source lines ingestion recorded for each block. Whitespace that ingestion collapsed can shift
 * the column by a few characters; the line is exact.
 */
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
          return { line: line.line, column: line.column + within }
        }
        within -= line.length + 1
      }
      return undefined
    }
    blockStart = blockEnd + 2
  }
  return undefined
}
