/** Shared by this package's scripts: where the repository is, and how a corpus text reads. */
import { fileURLToPath } from 'node:url'

/** The repository root; the shared corpus sits beside it, in `../shared/corpus`. */
export const repository = fileURLToPath(new URL('../../../', import.meta.url))

/** Body text of an article file: the title line dropped, paragraphs joined by blank lines. */
export function body(text: string): string {
  const [, ...rest] = text.replace(/\r\n?/g, '\n').split('\n')
  return rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}
