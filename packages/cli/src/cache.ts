import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Article, Diagnostic } from '@newsroom/schema'
import { z } from 'zod'
import { toJsonText } from './json.js'

/** What processing one content file gives: its article (when it has one) and its diagnostics. */
export const CacheEntry = z.object({
  article: Article.nullable(),
  diagnostics: z.array(Diagnostic),
})
export type CacheEntry = z.infer<typeof CacheEntry>

/**
 * Per-article cache, keyed by the file's path and bytes and the pipeline version: an unchanged
 * article under an unchanged pipeline is not ingested or enriched again. Entries are validated when
 * read; an unreadable or invalid entry counts as a miss.
 */
export class ArticleCache {
  readonly folder: string
  readonly version: string

  constructor(folder: string, version: string) {
    this.folder = folder
    this.version = version
  }

  key(sourceFile: string, contents: Uint8Array): string {
    return createHash('sha256')
      .update(this.version)
      .update('\u0000')
      .update(sourceFile)
      .update('\u0000')
      .update(contents)
      .digest('hex')
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    let text: string
    try {
      text = await readFile(join(this.folder, `${key}.json`), 'utf8')
    } catch {
      return undefined
    }
    try {
      const parsed = CacheEntry.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : undefined
    } catch {
      return undefined
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    const target = join(this.folder, `${key}.json`)
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, toJsonText(entry))
    await rename(temporary, target)
  }
}
