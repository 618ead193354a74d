/**
 * Shared by the evaluation scripts: where the shared corpus is, and how its texts read. Texts go
 * through @newsroom/ingest, as in `newsroom process`, so the plugins see what the pipeline sees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ingest } from '@newsroom/ingest'
import { VFile } from 'vfile'

/**
 * The repository root; the shared corpus sits beside it, in `../shared/corpus`, unless
 * `NEWSROOM_SHARED` names the shared folder (a git worktree elsewhere has no `../shared`).
 */
export const repository = fileURLToPath(new URL('../../../', import.meta.url))
export const shared = process.env.NEWSROOM_SHARED || resolve(repository, '../shared')
export const corpus = join(shared, 'corpus')

/**
 * A content file as the retext plugins see it in the pipeline: its blocks joined by blank
 * lines, with the ingested article (title included) and block ids on `file.data`.
 */
export function articleFile(path: string, contents: Uint8Array): VFile {
  const article = ingest({ path, contents }).data.article
  const blocks = article?.blocks ?? []
  return new VFile({
    path,
    value: blocks.map((block) => block.text).join('\n\n'),
    data: article
      ? { article, blockIds: blocks.map((block) => block.id) }
      : { blockIds: blocks.map((block) => block.id) },
  })
}

/** The `.txt` files of a folder, sorted, with their bytes; none when the folder is absent. */
export function textFiles(directory: string): Array<{ name: string; contents: Buffer }> {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, contents: readFileSync(join(directory, name)) }))
}

/** A unified processor over retext, as the scripts run it (a file parsed, then run). */
export interface RetextProcessor {
  parse: (file: VFile) => unknown
  run: (tree: never, file: VFile) => Promise<unknown>
}

/** Parse and run one file through a processor. */
export async function runOn(processor: RetextProcessor, file: VFile): Promise<void> {
  await processor.run(processor.parse(file) as never, file)
}

/** The annotation file of a PolNeAR article: the first annotator's, by file name. */
export function annotationOf(directory: string, article: string): string | null {
  const stem = article.replace(/\.txt$/, '')
  const folder = join(directory, 'attributions')
  if (!existsSync(folder)) return null
  const name = readdirSync(folder)
    .filter((file) => file.startsWith(`${stem}_`) && file.endsWith('.ann'))
    .sort()[0]
  return name === undefined ? null : readFileSync(join(folder, name), 'utf8')
}
