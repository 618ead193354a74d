import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
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

/** An entry as read or written, with the SHA-256 of its JSON text (what the entry is made of). */
export interface StoredEntry {
  entry: CacheEntry
  digest: string
}

// An entry file is this line, the SHA-256 of the JSON below it, then the JSON text.
const digestPrefix = 'sha256:'
const digestLineLength = digestPrefix.length + 64 + 1

const sha256 = (text: string | Uint8Array): string =>
  createHash('sha256').update(text).digest('hex')

/**
 * Per-article cache, keyed by the file's path and bytes and the pipeline version: an unchanged
 * article under an unchanged pipeline is not ingested or enriched again. Each entry is written
 * with the hash of its JSON text: an entry whose bytes still match it is the entry this cache
 * wrote after validating nothing more (zod took a worker about 0.1 ms an article, a tenth of a
 * warm run's work); one that does not match (damaged, edited by hand, or written before the hash
 * was) is validated with the schema, and an unreadable or invalid entry counts as a miss.
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
    return (await this.read(key))?.entry
  }

  /**
   * The entry under `key` with the hash of its JSON text, or nothing for a miss. Read
   * synchronously: the cache is read from worker threads that do one file at a time, where the
   * thread pool's round trips of an asynchronous read cost more than the read.
   */
  async read(key: string): Promise<StoredEntry | undefined> {
    let text: string
    try {
      text = readFileSync(join(this.folder, `${key}.json`), 'utf8')
    } catch {
      return undefined
    }
    const recorded = text.startsWith(digestPrefix)
      ? text.slice(digestPrefix.length, digestLineLength - 1)
      : undefined
    const json = recorded === undefined ? text : text.slice(digestLineLength)
    const digest = sha256(json)
    try {
      if (digest === recorded) return { entry: JSON.parse(json) as CacheEntry, digest }
      const parsed = CacheEntry.safeParse(JSON.parse(json))
      return parsed.success ? { entry: parsed.data, digest } : undefined
    } catch {
      return undefined
    }
  }

  /** Store `entry` under `key`; returns the hash of its JSON text. */
  async set(key: string, entry: CacheEntry): Promise<string> {
    await mkdir(this.folder, { recursive: true })
    const target = join(this.folder, `${key}.json`)
    const temporary = `${target}.${process.pid}.tmp`
    const json = toJsonText(entry)
    const digest = sha256(json)
    await writeFile(temporary, `${digestPrefix}${digest}\n${json}`)
    await rename(temporary, target)
    return digest
  }
}
