import { readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSpeakerIndex, buildTopicIndex } from '@newsroom/enrich'
import { maxFileBytes, tooLarge } from '@newsroom/ingest'
import type { Article, Diagnostic, Report } from '@newsroom/schema'
import { ArticleCache, type CacheEntry } from './cache.js'
import {
  compareDiagnostics,
  countBySeverity,
  fileDiagnostic,
  toDiagnostics,
} from './diagnostics.js'
import { discoverContent } from './discover.js'
import { cliErrors } from './errors.js'
import { toJsonText } from './json.js'
import { writeFolderAtomically } from './output.js'
import { pipelineVersion } from './pipeline-version.js'
import { processFile } from './process-file.js'
import { WorkerPool } from './worker-pool.js'

export interface ProcessOptions {
  /** Folder of content files. */
  contentDir: string
  /** Where to write the JSON; omit to check only. */
  outDir?: string | undefined
  /** Per-article cache folder, or `false` for none. Default `node_modules/.cache/newsroom`. */
  cacheDir?: string | false | undefined
  /** Articles processed at once, in worker threads; 1 processes in this thread. Default: cores. */
  jobs?: number | undefined
  /** Process only these content files (paths relative to the content folder). */
  only?: ReadonlySet<string> | undefined
  /** Called after each file. */
  onProgress?: ((done: number, total: number, sourceFile: string) => void) | undefined
}

export interface ProcessResult {
  report: Report
  articles: Article[]
  /** Files served from the cache. */
  cached: number
}

async function readContentFile(
  contentDir: string,
  sourceFile: string,
): Promise<{ contents: Uint8Array } | { diagnostics: Diagnostic[] }> {
  const path = join(contentDir, sourceFile)
  try {
    const { size } = await stat(path)
    // Refused before reading: a huge file is never loaded into memory.
    if (size > maxFileBytes)
      return { diagnostics: toDiagnostics(tooLarge(sourceFile, size), sourceFile) }
    return { contents: await readFile(path) }
  } catch (error) {
    return {
      diagnostics: [
        fileDiagnostic(
          sourceFile,
          'error',
          'cli/unreadable-file',
          `Cannot read the file: ${(error as Error).message}`,
          'Check its permissions.',
        ),
      ],
    }
  }
}

/**
 * Give every article a unique slug. Files are taken in path order, so the first keeps its slug and
 * later ones get `-2`, `-3`…, the same way on every run; each renamed file gets a warning.
 */
function assignUniqueSlugs(entries: Array<{ sourceFile: string; entry: CacheEntry }>): void {
  const taken = new Set<string>()
  for (const { sourceFile, entry } of entries) {
    const article = entry.article
    if (!article) continue
    let slug = article.slug
    for (let n = 2; taken.has(slug); n++) slug = `${article.slug}-${n}`
    if (slug !== article.slug) {
      entry.diagnostics.push(
        fileDiagnostic(
          sourceFile,
          'warning',
          'cli/duplicate-slug',
          `Slug ${article.slug} is already used by another article; this one is published as ${slug}`,
          'Give the article a distinct title, or a `slug` in its front matter.',
        ),
      )
      entry.article = { ...article, slug }
    }
    taken.add(slug)
  }
}

/** Ingest and enrich every article of a content folder, build the indexes and, given `outDir`, write them. */
export async function processContent(options: ProcessOptions): Promise<ProcessResult> {
  const contentDir = resolve(options.contentDir)
  let sourceFiles: string[]
  try {
    sourceFiles = await discoverContent(contentDir)
  } catch (error) {
    throw cliErrors.contentFolderMissing(options.contentDir, error)
  }
  const only = options.only
  if (only) sourceFiles = sourceFiles.filter((file) => only.has(file))

  const version = await pipelineVersion()
  const cacheDir = options.cacheDir ?? resolve('node_modules/.cache/newsroom')
  const cache = cacheDir === false ? undefined : new ArticleCache(cacheDir, version)
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), sourceFiles.length))
  const pool = jobs > 1 ? new WorkerPool(jobs) : undefined

  let done = 0
  let cached = 0
  const results: Array<{ sourceFile: string; entry: CacheEntry }> = []
  // A fixed number of lanes, each taking the next file: at most `jobs` files in memory at once.
  const processNext = async (index: number): Promise<void> => {
    const sourceFile = sourceFiles[index] as string
    const read = await readContentFile(contentDir, sourceFile)
    let entry: CacheEntry
    if ('diagnostics' in read) {
      entry = { article: null, diagnostics: read.diagnostics }
    } else {
      const key = cache?.key(sourceFile, read.contents)
      const hit = key === undefined ? undefined : await cache?.get(key)
      if (hit) {
        cached++
        entry = hit
      } else {
        try {
          entry = pool
            ? await pool.run(sourceFile, read.contents)
            : await processFile(sourceFile, read.contents)
          if (key !== undefined) await cache?.set(key, entry)
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          entry = {
            article: null,
            diagnostics: [
              fileDiagnostic(
                sourceFile,
                'error',
                'cli/crash',
                reason,
                'This is a bug in Newsroom: please report it with the file.',
              ),
            ],
          }
        }
      }
    }
    results[index] = { sourceFile, entry }
    options.onProgress?.(++done, sourceFiles.length, sourceFile)
  }
  let next = 0
  const lane = async () => {
    while (next < sourceFiles.length) await processNext(next++)
  }
  try {
    await Promise.all(Array.from({ length: jobs }, lane))
  } finally {
    await pool?.close()
  }

  assignUniqueSlugs(results)
  const articles = results.flatMap(({ entry }) => (entry.article ? [entry.article] : []))
  const diagnostics = results.flatMap(({ entry }) => entry.diagnostics).sort(compareDiagnostics)
  const report: Report = {
    pipelineVersion: version,
    articles: articles.length,
    failed: results.length - articles.length,
    counts: countBySeverity(diagnostics),
    diagnostics,
  }

  if (options.outDir !== undefined) {
    const files = new Map<string, string>()
    for (const article of articles) files.set(`articles/${article.slug}.json`, toJsonText(article))
    files.set('speakers.json', toJsonText(buildSpeakerIndex(articles)))
    files.set('topics.json', toJsonText(buildTopicIndex(articles)))
    files.set('report.json', toJsonText(report))
    await writeFolderAtomically(resolve(options.outDir), files)
  }
  return { report, articles, cached }
}
