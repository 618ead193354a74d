import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import type { Article, Diagnostic, Report } from '@newsroom/schema'
import type { CacheEntry } from './cache.js'
import { compareDiagnostics, countBySeverity, fileDiagnostic } from './diagnostics.js'
import { discoverContent } from './discover.js'
import { cliErrors } from './errors.js'
import { toJsonText } from './json.js'
import {
  type OutputFile,
  outputMarker,
  prepareOutputFolder,
  realPathOf,
  replaceOutputFolder,
} from './output-folder.js'
import { outputRecordFile, sha256 } from './output-record.js'
import { pipelineVersion } from './pipeline-version.js'
import { WorkerPool } from './worker-pool.js'
import { writerVersion } from './writer-version.js'

export interface ProcessOptions {
  /** Folder of content files. */
  contentDir: string
  /**
   * Where to write the JSON; omit to check only. Only a new or empty folder, or one an earlier
   * run wrote (it holds `published.json`), is replaced.
   */
  outDir?: string | undefined
  /** Write the output only when this returns true for the run's report (default: always). */
  publishIf?: ((report: Report) => boolean) | undefined
  /** Per-article cache folder, or `false` for none. Default `node_modules/.cache/newsroom`. */
  cacheDir?: string | false | undefined
  /** Articles processed at once, each in a worker thread. Default: cores. */
  jobs?: number | undefined
  /**
   * Seconds one file may take before it is stopped and reported. Default: 60 s plus 1 s for each
   * 10 kB of the file.
   */
  timeLimit?: number | undefined
  /** Process only these content files (paths relative to the content folder). */
  only?: ReadonlySet<string> | undefined
  /** Called after each file. */
  onProgress?: ((done: number, total: number, sourceFile: string) => void) | undefined
}

/** A problem of the run rather than of a file: a cache that cannot be written. */
export interface RunNotice {
  severity: 'warning'
  message: string
  ruleId: string
  hint: string
}

export interface ProcessResult {
  report: Report
  articles: Article[]
  /** Files served from the cache. */
  cached: number
  /** Problems of the run itself (not of a content file); they do not fail it. */
  notices: RunNotice[]
  /** Whether the output folder was written. */
  published: boolean
  /** Milliseconds each processed file took in its worker (files served from the cache have none). */
  timings: Map<string, number>
}

/** The default time budget of one file: 60 s, plus 1 s for each 10 kB. */
export function defaultTimeLimit(bytes: number): number {
  return 60_000 + bytes / 10
}

function skippedDiagnostics(skipped: Array<{ path: string; kind: string }>): Diagnostic[] {
  return skipped.map(({ path, kind }) =>
    fileDiagnostic(
      path,
      'info',
      'cli/skipped-entry',
      `Skipped a ${kind}: content is read from regular files only`,
      kind === 'symbolic link' ? 'Copy the file into the content folder to include it.' : null,
    ),
  )
}

/**
 * The content files largest first (then in path order): the longest jobs start early, so a run
 * does not end with one worker busy on a big file while the others wait. A file that cannot be
 * read counts as empty; its worker reports why.
 */
async function largestFirst(contentDir: string, files: readonly string[]): Promise<string[]> {
  const sizes = new Map(
    await Promise.all(
      files.map(async (file) => {
        const size = await stat(join(contentDir, file)).then(
          (stats) => stats.size,
          () => 0,
        )
        return [file, size] as const
      }),
    ),
  )
  return [...files].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))
}

/** No file can be served from the cache: there is none, or its folder does not exist yet. */
async function missesEverything(cacheDir: string | false): Promise<boolean> {
  if (cacheDir === false) return true
  return stat(cacheDir).then(
    () => false,
    () => true,
  )
}

/** Ingest and enrich every article of a content folder, build the indexes and, given `outDir`, write them. */
export async function processContent(options: ProcessOptions): Promise<ProcessResult> {
  const contentDir = resolve(options.contentDir)
  let listing: Awaited<ReturnType<typeof discoverContent>>
  try {
    listing = await discoverContent(contentDir)
  } catch (error) {
    throw cliErrors.contentFolderMissing(options.contentDir, error)
  }
  const only = options.only
  const sourceFiles = only ? listing.files.filter((file) => only.has(file)) : listing.files
  const skipped = only ? listing.skipped.filter(({ path }) => only.has(path)) : listing.skipped
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir)
  // Refused before any work: a bad --out costs nothing and deletes nothing.
  if (outDir !== undefined) await prepareOutputFolder(outDir, contentDir)

  const cacheDir =
    options.cacheDir === false ? false : resolve(options.cacheDir ?? 'node_modules/.cache/newsroom')
  const seconds = options.timeLimit
  const cores = availableParallelism()
  const size = Math.max(1, Math.min(options.jobs ?? cores, sourceFiles.length))
  const pool = new WorkerPool({
    size,
    start: { leanTiering: size >= cores, preload: await missesEverything(cacheDir) },
    timeLimit: seconds === undefined ? defaultTimeLimit : () => seconds * 1000,
  })
  // The workers load while this thread fingerprints the pipeline and sizes the files.
  if (sourceFiles.length > 0) pool.warm()
  // Loaded only now (zod, the schemas, the name tools: a fifth of a second of this thread's CPU),
  // so that the workers start that much earlier; it is needed only once every file is done.
  const publication = import('./publication.js')
  publication.catch(() => {})
  let version: string
  let ordered: string[]
  try {
    version = await pipelineVersion()
    pool.configure({ contentDir, cacheDir, version })
    ordered = await largestFirst(contentDir, sourceFiles)
  } catch (error) {
    await pool.close()
    throw error
  }

  // The indexes' code loads while the workers run rather than after them; the main thread of a
  // `check` (no output) never loads it.
  const output =
    outDir === undefined ? undefined : { outDir, indexes: import('@newsroom/enrich/indexes') }
  output?.indexes.catch(() => {})

  let done = 0
  let cached = 0
  let cacheError: string | undefined
  const timings = new Map<string, number>()
  const digests = new Map<string, string>()
  let results: Array<{ sourceFile: string; entry: CacheEntry }>
  try {
    // Handed out largest first; the results are kept in path order, so the output is the same.
    const outcomes = new Map<string, Promise<CacheEntry>>()
    for (const sourceFile of ordered)
      outcomes.set(
        sourceFile,
        pool.run(sourceFile).then((outcome) => {
          if (outcome.cached) cached++
          cacheError ??= outcome.cacheError
          if (outcome.milliseconds !== undefined) timings.set(sourceFile, outcome.milliseconds)
          if (outcome.digest !== undefined) digests.set(sourceFile, outcome.digest)
          options.onProgress?.(++done, sourceFiles.length, sourceFile)
          return outcome.entry
        }),
      )
    results = await Promise.all(
      sourceFiles.map(async (sourceFile) => ({
        sourceFile,
        entry: await (outcomes.get(sourceFile) as Promise<CacheEntry>),
      })),
    )
  } catch (error) {
    await pool.close()
    throw cliErrors.workerFailed(error)
  }
  // Every file is done: the workers are stopped (their heaps torn down, on their own threads)
  // while this thread builds and writes the output.
  const closed = pool.close()
  try {
    return await finish(
      { results, skipped, version, cached, cacheError, timings, digests },
      output && { ...output, record: cacheDir === false ? undefined : cacheDir },
      options.publishIf,
      await publication,
    )
  } finally {
    await closed
  }
}

/** What processing gave, with what the run noted on the way. */
interface Processed {
  results: Array<{ sourceFile: string; entry: CacheEntry }>
  skipped: Array<{ path: string; kind: string }>
  version: string
  cached: number
  cacheError: string | undefined
  timings: Map<string, number>
  /** The cache's digest of each file's entry, for the files the cache holds. */
  digests: Map<string, string>
}

/** Where the output and its code come from, for `finish`. */
interface Output {
  outDir: string
  indexes: Promise<typeof import('@newsroom/enrich/indexes')>
  /** The cache folder, where the record of what was written is kept; none without a cache. */
  record: string | undefined
}

/** Build the report and indexes of what was processed and, given an output folder, write them. */
async function finish(
  { results, skipped, version, cached, cacheError, timings, digests }: Processed,
  output: Output | undefined,
  publishIf: ProcessOptions['publishIf'],
  { readPublication, settlePublication, today }: typeof import('./publication.js'),
): Promise<ProcessResult> {
  const outDir = output?.outDir
  const notices: RunNotice[] = []
  if (cacheError !== undefined)
    notices.push({
      severity: 'warning',
      ruleId: 'cli/cache-unwritable',
      message: `Cannot write the article cache: ${cacheError}; every article is published, but the next run processes them again`,
      hint: 'Make the cache folder writable or free some disk space, or pass --no-cache.',
    })

  const previous = outDir === undefined ? undefined : await readPublication(outDir)
  const publication = settlePublication(results, previous, today())
  const articles = results.flatMap(({ entry }) => (entry.article ? [entry.article] : []))
  const diagnostics = [
    ...results.flatMap(({ entry }) => entry.diagnostics),
    ...skippedDiagnostics(skipped),
  ].sort(compareDiagnostics)
  const report: Report = {
    pipelineVersion: version,
    articles: articles.length,
    failed: results.length - articles.length,
    counts: countBySeverity(diagnostics),
    diagnostics,
  }

  let published = false
  if (output !== undefined && (publishIf?.(report) ?? true)) {
    const { buildSpeakerIndex, buildTopicIndex, unifySpeakerSpellings } = await output.indexes
    // One person spelled two ways in two articles gets one id (and one page) across them.
    const publishedArticles = unifySpeakerSpellings(articles)
    const record =
      output.record === undefined
        ? undefined
        : outputRecordFile(output.record, await realPathOf(output.outDir))
    const sourceOf = await articleSources(results, digests, record !== undefined)
    // Each text is made as it is written, and only if it must be: the output is never held in
    // memory twice, and an article whose file is kept is not written out again.
    function* files(): Generator<OutputFile> {
      for (const article of publishedArticles)
        yield {
          path: `articles/${article.slug}.json`,
          text: () => toJsonText(article),
          // An article the spelling unification changed has no fingerprint: it is written every run.
          source: sourceOf.get(article),
        }
      yield { path: 'speakers.json', text: () => toJsonText(buildSpeakerIndex(publishedArticles)) }
      yield { path: 'topics.json', text: () => toJsonText(buildTopicIndex(publishedArticles)) }
      yield { path: 'report.json', text: () => toJsonText(report) }
      yield { path: outputMarker, text: () => toJsonText(publication) }
    }
    const { recordError } = await replaceOutputFolder(output.outDir, files(), record)
    if (recordError !== undefined)
      notices.push({
        severity: 'warning',
        ruleId: 'cli/cache-unwritable',
        message: `Cannot write the record of the output in the cache: ${recordError}; the output is whole, but the next run writes every file again`,
        hint: 'Make the cache folder writable or free some disk space, or pass --no-cache.',
      })
    published = true
  }
  return { report, articles, cached, notices, published, timings }
}

/**
 * The fingerprint of each published article's file: what its text is made of, which is the cache
 * entry (by its digest), the slug and first-seen date it was given, and the code that writes it.
 * Articles without a digest (not in the cache) have none. Empty when there is no record to
 * compare with.
 */
async function articleSources(
  results: ReadonlyArray<{ sourceFile: string; entry: CacheEntry }>,
  digests: ReadonlyMap<string, string>,
  recording: boolean,
): Promise<Map<Article, string>> {
  const sources = new Map<Article, string>()
  if (!recording) return sources
  const writer = await writerVersion()
  for (const { sourceFile, entry } of results) {
    const digest = digests.get(sourceFile)
    const article = entry.article
    if (digest === undefined || article === null) continue
    sources.set(
      article,
      sha256(`${writer}\u0000${digest}\u0000${article.slug}\u0000${article.firstSeen}`),
    )
  }
  return sources
}
