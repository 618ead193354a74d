import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { maxFileBytes, tooLarge } from '@newsroom/ingest'
import type { ArticleCache, CacheEntry } from './cache.js'
import { type FileState, stateOf } from './content-index.js'
import { capRepeated, fileDiagnostic, toDiagnostics } from './diagnostics.js'
import { describeFileError } from './errors.js'

/** What a worker sends back for one content file. */
export type FileOutcome = {
  entry: CacheEntry
  /** Served from the cache. */
  cached: boolean
  /** Why the cache could not be written, when it could not: the article is there all the same. */
  cacheError?: string
  /** Milliseconds the ingestion and enrichment took (not for a file served from the cache). */
  milliseconds?: number
  /**
   * SHA-256 of the entry's JSON text as the cache holds it, when it is in the cache: the same
   * digest is the same entry, so its output need not be made again to be known unchanged.
   */
  digest?: string
  /** The file's cache key and its state when it was read, for the content index. */
  key?: string
  content?: FileState
}

function readContentFile(
  contentDir: string,
  sourceFile: string,
): { contents: Uint8Array; state: FileState } | { diagnostics: CacheEntry['diagnostics'] } {
  const path = join(contentDir, sourceFile)
  // Read synchronously: a worker does one file at a time, so waiting blocks nothing, and each
  // asynchronous call (stat, open, fstat, read, close) was a trip through libuv's thread pool,
  // thousands of them on a warm run served from the cache.
  try {
    // Taken before reading: a change after it shows in the next run's stat as a change.
    const state = stateOf(statSync(path))
    // Refused before reading: a huge file is never loaded into memory.
    if (state.size > maxFileBytes)
      return { diagnostics: toDiagnostics(tooLarge(sourceFile, state.size), sourceFile) }
    return { contents: readFileSync(path), state }
  } catch (error) {
    return {
      diagnostics: [
        fileDiagnostic(
          sourceFile,
          'error',
          'cli/unreadable-file',
          `Cannot read the file: ${describeFileError(error)}`,
          'Check that it is a readable file.',
        ),
      ],
    }
  }
}

/**
 * One content file, start to end: read it, serve it from the cache, else ingest and enrich it and
 * store the result. The pipeline is loaded on the first cache miss only, so a worker that serves a
 * warm build from the cache starts in a few milliseconds. `onStart` is called with the file's size
 * when the processing proper begins (the time budget depends on it).
 */
export async function runFileJob(
  contentDir: string,
  sourceFile: string,
  cache: ArticleCache | undefined,
  onStart: (bytes: number) => void,
): Promise<FileOutcome> {
  const read = readContentFile(contentDir, sourceFile)
  if ('diagnostics' in read)
    return { entry: { article: null, diagnostics: read.diagnostics }, cached: false }
  const key = cache?.key(sourceFile, read.contents)
  const known = key === undefined ? {} : { key, content: read.state }
  const hit = key === undefined ? undefined : await cache?.read(key)
  if (hit) return { entry: hit.entry, cached: true, digest: hit.digest, ...known }
  onStart(read.contents.byteLength)
  const { processFile } = await import('./process-file.js')
  const started = performance.now()
  const processed = await processFile(sourceFile, read.contents)
  const milliseconds = performance.now() - started
  const entry = { article: processed.article, diagnostics: capRepeated(processed.diagnostics) }
  if (cache === undefined || key === undefined) return { entry, cached: false, milliseconds }
  try {
    const digest = await cache.set(key, entry)
    return { entry, cached: false, milliseconds, digest, ...known }
  } catch (error) {
    const cacheError = `${describeFileError(error)} in ${cache.folder}`
    return { entry, cached: false, milliseconds, cacheError }
  }
}
