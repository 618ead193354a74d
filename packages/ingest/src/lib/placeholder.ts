import type { Block } from '@newsroom/schema'
import type { VFile } from 'vfile'
import type { BlockSource } from './block-source.js'
import { report } from './messages.js'

/**
 * The body `newsroom new` writes into a new article, for the writer to replace. Exported so the
 * CLI writes exactly the text this package warns about.
 */
export const newArticlePlaceholder = 'Write the article here, one paragraph per block.'

/** Warn about each paragraph that is still the placeholder of a new article. */
export function reportPlaceholders(
  blocks: readonly Block[],
  sources: Readonly<Record<string, BlockSource>>,
  file: VFile,
): void {
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.text !== newArticlePlaceholder) continue
    const source = sources[block.id]?.[0]
    report(file, 'warning', `Unexpected placeholder text “${newArticlePlaceholder}”`, {
      rule: 'placeholder-text',
      place: source ? { line: source.line, column: source.column } : undefined,
      note: 'Replace the placeholder with the article text, paragraphs separated by blank lines.',
    })
  }
}
