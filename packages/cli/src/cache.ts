import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Article, Diagnostic } from '@newsroom/schema'
import { z } from 'zod'
import { toJsonText } from './json.js'
import { writerVersion } from './writer-version.js'

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

// An entry file is this line, the SHA-256 of the writer's version and the JSON below it, then
// the JSON text.
const digestPrefix = 'sha256:'
const digestLineLength = digestPrefix.length + 64 + 1

/**
 * The digest of an entry's JSON as this version writes it: with the version in it, an entry that
 * another version of this package wrote (another CacheEntry schema or diagnostics cap, under the
 * same pipeline version, which covers only the packages that make the article) does not match
 * and is validated with the schema rather than trusted.
 */
const digestOf = async (json: string): Promise<string> =>
  createHash('sha256')
    .update(await writerVersion())
    .update('\u0000')
    .update(json)
    .digest('hex')

/**
 * Per-article cache, keyed by the file's path and bytes and the pipeline version: an unchanged
 * article under an unchanged pipeline is not ingested or enriched again. Each entry is written
 * with a hash of its JSON text and of this package's version: an entry whose bytes still match it
 * is one this version wrote, served after validating nothing more (zod took a worker about 0.1 ms
 * an article, a tenth of a warm run's work); one that does not match (damaged, edited by hand,
 * written by another version or before the hash was) is validated with the schema, and an
 * unreadable or invalid entry counts as a miss.
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

  /** The file of the entry under `key`. */
  entryFile(key: string): string {
    return join(this.folder, `${key}.json`)
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
      text = readFileSync(this.entryFile(key), 'utf8')
    } catch {
      return undefined
    }
    const recorded = text.startsWith(digestPrefix)
      ? text.slice(digestPrefix.length, digestLineLength - 1)
      : undefined
    const json = recorded === undefined ? text : text.slice(digestLineLength)
    const digest = await digestOf(json)
    try {
      if (digest === recorded) return { entry: JSON.parse(json) as CacheEntry, digest }
      const parsed = CacheEntry.safeParse(JSON.parse(json))
      return parsed.success ? { entry: parsed.data, digest } : undefined
    } catch {
      return undefined
    }
  }

  /**
   * The entry under `key`, known to be one this run can serve as it is (the content index holds
   * the state its file had when a run read and checked it, and the file is still so): parsed, not
   * hashed or validated again. Nothing when it cannot be read or parsed.
   */
  readKnown(key: string): CacheEntry | undefined {
    try {
      const text = readFileSync(this.entryFile(key), 'utf8')
      return JSON.parse(
        text.startsWith(digestPrefix) ? text.slice(digestLineLength) : text,
      ) as CacheEntry
    } catch {
      return undefined
    }
  }

  /** Store `entry` under `key`; returns the hash of its JSON text. */
  async set(key: string, entry: CacheEntry): Promise<string> {
    await mkdir(this.folder, { recursive: true })
    const target = this.entryFile(key)
    const temporary = `${target}.${process.pid}.tmp`
    const json = toJsonText(entry)
    const digest = await digestOf(json)
    await writeFile(temporary, `${digestPrefix}${digest}\n${json}`)
    await rename(temporary, target)
    return digest
  }
}
