import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import type { Article, Diagnostic, Report } from '@newsroom/schema'
import type { ArticleCache, CacheEntry } from './cache.js'
import {
  type ContentIndex,
  contentIndexFile,
  type FileState,
  type IndexedFile,
  isUnchanged,
  readContentIndex,
  stateOf,
  wasSettled,
  writeContentIndex,
} from './content-index.js'
import { compareDiagnostics, countBySeverity, fileDiagnostic } from './diagnostics.js'
import { discoverContent } from './discover.js'
import { cliErrors, describeFileError } from './errors.js'
import { toJsonText } from './json.js'
import {
  type OutputFile,
  outputMarker,
  prepareOutputFolder,
  realPathOf,
  replaceOutputFolder,
} from './output-folder.js'
import { fileSystemNow, isAsWritten, outputRecordFile, sha256 } from './output-record.js'
import { pipelineVersion } from './pipeline-version.js'
import { workersFor } from './worker-count.js'
import { WorkerPool } from './worker-pool.js'
import type { WorkerSettings } from './worker-protocol.js'
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
  /**
   * Articles processed at once, each in a worker thread (one per file at most). Default: cores,
   * and a worker beyond the first only for each 256 kB of files to process (see worker-count.ts).
   */
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
  /** Files served from the cache (those that failed included). */
  cached: number
  /** Of `articles`, those served from the cache: at most `report.articles`. */
  cachedArticles: number
  /**
   * Of those, files the content index knew unchanged by their size, modification time and inode:
   * served without reading them (nor, when their entry is as recorded, hashing the entry).
   */
  indexed: number
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

/**
 * A warning, not an info: what sits in the content folder is meant to be published, and an info
 * is hidden by default, so a linked article went missing from the site without a visible word.
 * A link is still not followed: content from a shared repository could link to any file of the
 * machine that builds it (a key, a password file) and have it published.
 */
function skippedDiagnostics(skipped: Array<{ path: string; kind: string }>): Diagnostic[] {
  return skipped.map(({ path, kind }) =>
    fileDiagnostic(
      path,
      'warning',
      'cli/skipped-entry',
      `Skipped a ${kind}: content is read from regular files only`,
      kind === 'symbolic link'
        ? 'Copy what it links to (a file or a folder) into the content folder to include it.'
        : null,
    ),
  )
}

/** The files largest first (then in path order): the longest jobs start early, so a run does not
 * end with one worker busy on a big file while the others wait. A file that cannot be read counts
 * as empty; its worker reports why. */
function largestFirst(files: readonly string[], states: ReadonlyMap<string, FileState>): string[] {
  const size = (file: string) => states.get(file)?.size ?? 0
  return [...files].sort((a, b) => size(b) - size(a))
}

/** The state of each content file, as `stat` gives it now (none for one that cannot be read). */
function contentStates(contentDir: string, files: readonly string[]): Map<string, FileState> {
  const states = new Map<string, FileState>()
  // Synchronous: nothing else waits on this thread yet, and ten thousand asynchronous stats were
  // ten thousand trips through libuv's thread pool.
  for (const file of files) {
    try {
      states.set(file, stateOf(statSync(join(contentDir, file))))
    } catch {}
  }
  return states
}

/** No file can be served from the cache: there is none, or its folder does not exist yet. */
async function missesEverything(cacheDir: string | false): Promise<boolean> {
  if (cacheDir === false) return true
  return stat(cacheDir).then(
    () => false,
    () => true,
  )
}

/** The index of the content folder in the cache, with the clock this run began at. */
interface IndexPlace {
  file: string
  startedAt: number
  previous: ContentIndex | undefined
}

/**
 * Read the content index of `contentDir` from `cacheDir` and take the file system's clock before
 * any content file is looked at. Nothing when the cache folder cannot be written: without a clock
 * no file could be trusted, and every file is read and hashed.
 */
async function openContentIndex(
  cacheDir: string,
  contentDir: string,
): Promise<IndexPlace | undefined> {
  try {
    await mkdir(cacheDir, { recursive: true })
    // The cache folder's clock, not the content folder's (nothing is ever written there): both are
    // the kernel's on a local disk, though the content's may keep coarser mtimes (see wasSettled).
    const startedAt = await fileSystemNow(cacheDir)
    const file = contentIndexFile(cacheDir, await realPathOf(contentDir))
    return { file, startedAt, previous: await readContentIndex(file) }
  } catch {
    return undefined
  }
}

/** A file served by this thread from its cache entry, as the content index knew it. */
interface Served {
  entry: CacheEntry
  row: IndexedFile
}

/**
 * Serve a file the content index knows unchanged from its cache entry, on this thread: parsed
 * without being hashed when the entry file is as recorded, else read as a worker would (hashed,
 * validated when its digest does not match). Nothing when the entry is missing or damaged: the
 * file is then processed again.
 */
async function serveKnown(
  cache: ArticleCache,
  row: IndexedFile,
  startedAt: number,
): Promise<Served | undefined> {
  const entryState = () => {
    try {
      return stateOf(statSync(cache.entryFile(row.key)))
    } catch {
      return undefined
    }
  }
  if (isUnchanged(entryState(), row.entry, startedAt)) {
    const entry = cache.readKnown(row.key)
    if (entry) return { entry, row }
  }
  const hit = await cache.read(row.key)
  const state = entryState()
  if (!hit || !state) return undefined
  return { entry: hit.entry, row: { ...row, entry: state, digest: hit.digest } }
}

/** Files served on this thread between two turns of the event loop (which workers' messages need). */
const servedPerTurn = 64

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
  const preloadAll = await missesEverything(cacheDir)
  const place = cacheDir === false ? undefined : await openContentIndex(cacheDir, contentDir)
  const previous = place?.previous
  const states = contentStates(contentDir, sourceFiles)
  // Files the index knows unchanged are served on this thread; the others go to the workers.
  const known = new Map<string, IndexedFile>()
  for (const file of sourceFiles) {
    const row = previous?.files.get(file)
    if (row && isUnchanged(states.get(file), row.content, previous?.startedAt ?? 0))
      known.set(file, row)
  }
  // A file the index has never seen, or of another size, is most likely to be enriched.
  const changed = (file: string) => {
    const row = previous?.files.get(file)
    return row === undefined || row.content.size !== states.get(file)?.size
  }

  const seconds = options.timeLimit
  const cores = availableParallelism()
  let pool: WorkerPool | undefined
  let settings: WorkerSettings | undefined
  // Started only for files that must be read: none when nothing changed.
  const poolFor = (files: readonly string[]): WorkerPool => {
    if (pool === undefined) {
      const size = workersFor(
        options.jobs,
        cores,
        files.map((file) => states.get(file)?.size ?? 0),
      )
      pool = new WorkerPool({
        size,
        start: {
          leanTiering: size >= cores,
          preload: preloadAll || (previous !== undefined && files.some(changed)),
        },
        timeLimit: seconds === undefined ? defaultTimeLimit : () => seconds * 1000,
      })
      pool.warm()
      if (settings) pool.configure(settings)
    }
    return pool
  }
  const closePool = () => pool?.close() ?? Promise.resolve()
  let unknown = sourceFiles.filter((file) => !known.has(file))
  // The workers load while this thread fingerprints the pipeline.
  if (unknown.length > 0) poolFor(unknown)
  // Loaded only now (zod, the schemas, the name tools: a fifth of a second of this thread's CPU),
  // so that the workers start that much earlier.
  const publication = import('./publication.js')
  publication.catch(() => {})
  let version: string
  let indexVersion: string
  let cache: ArticleCache | undefined
  try {
    version = await pipelineVersion()
    indexVersion = `${version}:${await writerVersion()}`
    settings = { contentDir, cacheDir, version }
    pool?.configure(settings)
    if (cacheDir !== false) cache = new (await import('./cache.js')).ArticleCache(cacheDir, version)
  } catch (error) {
    await closePool()
    throw error
  }
  // An index of other code: every file is read.
  if (previous?.version !== indexVersion && known.size > 0) {
    known.clear()
    unknown = sourceFiles
    poolFor(unknown)
  }

  // The indexes' code loads while the workers run rather than after them; the main thread of a
  // `check` (no output) never loads it.
  const output =
    outDir === undefined ? undefined : { outDir, indexes: import('@newsroom/enrich/indexes') }
  output?.indexes.catch(() => {})

  let done = 0
  let cached = 0
  const fromCache = new Set<string>()
  let cacheError: string | undefined
  let damaged = 0
  let indexed = 0
  const timings = new Map<string, number>()
  const digests = new Map<string, string>()
  const rows = new Map<string, IndexedFile>()
  let results: Array<{ sourceFile: string; entry: CacheEntry }>
  try {
    const outcomes = new Map<string, Promise<CacheEntry>>()
    const toWorker = (sourceFile: string) =>
      (pool as WorkerPool).run(sourceFile).then((outcome) => {
        if (outcome.cached) {
          cached++
          fromCache.add(sourceFile)
        } else if (known.has(sourceFile)) damaged++
        cacheError ??= outcome.cacheError
        if (outcome.milliseconds !== undefined) timings.set(sourceFile, outcome.milliseconds)
        if (outcome.digest !== undefined) digests.set(sourceFile, outcome.digest)
        const { key, content, digest } = outcome
        if (cache && key !== undefined && content !== undefined && digest !== undefined) {
          try {
            const entry = stateOf(statSync(cache.entryFile(key)))
            rows.set(sourceFile, { content, key, entry, digest })
          } catch {}
        }
        options.onProgress?.(++done, sourceFiles.length, sourceFile)
        return outcome.entry
      })
    // Handed out largest first; the results are kept in path order, so the output is the same.
    for (const sourceFile of largestFirst(unknown, states))
      outcomes.set(sourceFile, toWorker(sourceFile))
    let turn = 0
    for (const [sourceFile, row] of known) {
      if (++turn % servedPerTurn === 0) await new Promise((next) => setImmediate(next))
      const served = await serveKnown(cache as ArticleCache, row, previous?.startedAt ?? 0)
      if (served === undefined) {
        // A missing or damaged entry: the file is processed again (and counted in a notice).
        poolFor([sourceFile])
        outcomes.set(sourceFile, toWorker(sourceFile))
        continue
      }
      cached++
      fromCache.add(sourceFile)
      indexed++
      digests.set(sourceFile, served.row.digest)
      rows.set(sourceFile, served.row)
      outcomes.set(sourceFile, Promise.resolve(served.entry))
      options.onProgress?.(++done, sourceFiles.length, sourceFile)
    }
    results = await Promise.all(
      sourceFiles.map(async (sourceFile) => ({
        sourceFile,
        entry: await (outcomes.get(sourceFile) as Promise<CacheEntry>),
      })),
    )
  } catch (error) {
    await closePool()
    throw cliErrors.workerFailed(error)
  }
  // Every file is done: the workers are stopped (their heaps torn down, on their own threads)
  // while this thread builds and writes the output.
  const closed = closePool()
  if (place !== undefined) {
    // Files left out by `only` keep their rows, but not one its run could not vouch for (changed
    // in the tick that run began in): under this run's later clock it would pass for settled.
    if (only && previous?.version === indexVersion)
      for (const [file, row] of previous.files)
        if (!only.has(file) && wasSettled(row.content.mtimeMs, previous.startedAt))
          rows.set(file, row)
    try {
      await writeContentIndex(place.file, {
        version: indexVersion,
        startedAt: place.startedAt,
        files: rows,
      })
    } catch (error) {
      cacheError ??= `${describeFileError(error)} in ${cacheDir}`
    }
  }
  try {
    return await finish(
      {
        results,
        skipped,
        version,
        cached,
        fromCache,
        indexed,
        cacheError,
        damaged,
        timings,
        digests,
      },
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
  /** The files served from the cache. */
  fromCache: ReadonlySet<string>
  indexed: number
  cacheError: string | undefined
  /** Files the content index knew unchanged whose cache entry was missing or damaged. */
  damaged: number
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
  {
    results,
    skipped,
    version,
    cached,
    fromCache,
    indexed,
    cacheError,
    damaged,
    timings,
    digests,
  }: Processed,
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
  if (damaged > 0)
    notices.push({
      severity: 'warning',
      ruleId: 'cli/cache-entry-damaged',
      message: `${damaged} unchanged article(s) were processed again: their entries in the article cache were missing or damaged`,
      hint: 'Nothing is lost; if it recurs, check the disk of the cache folder or pass --no-cache.',
    })

  const record =
    output?.record === undefined
      ? undefined
      : outputRecordFile(output.record, await realPathOf(output.outDir))
  const previous =
    outDir === undefined
      ? undefined
      : await readPublication(
          outDir,
          record !== undefined &&
            (await isAsWritten(record, outDir, outputMarker, await writerVersion())),
        )
  const publication = settlePublication(results, previous, today())
  const articles = results.flatMap(({ entry }) => (entry.article ? [entry.article] : []))
  const cachedArticles = results.filter(
    ({ sourceFile, entry }) => entry.article && fromCache.has(sourceFile),
  ).length
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
    const sourceOf = await articleSources(results, digests, record !== undefined)
    const whole = await wholeSource(results, digests, version, record !== undefined)
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
      // Made from every article: kept, without being built, only when no article changed.
      yield {
        path: 'speakers.json',
        text: () => toJsonText(buildSpeakerIndex(publishedArticles)),
        source: whole,
      }
      yield {
        path: 'topics.json',
        text: () => toJsonText(buildTopicIndex(publishedArticles)),
        source: whole,
      }
      yield { path: 'report.json', text: () => toJsonText(report) }
      yield { path: outputMarker, text: () => toJsonText(publication), source: whole }
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
  return { report, articles, cached, cachedArticles, indexed, notices, published, timings }
}

/**
 * The fingerprint of what the files made from every article (the speaker and topic indexes, the
 * record of what was published) are made of: each file's path, its entry (by its digest), the slug
 * and first-seen date its article was given, in order, with the pipeline that made the entries
 * (whose indexes' code is part of it) and the code that writes them. The spelling unification
 * depends on these alone. None when a file is not in the cache (its entry has no digest) or there
 * is no record to compare with.
 */
async function wholeSource(
  results: ReadonlyArray<{ sourceFile: string; entry: CacheEntry }>,
  digests: ReadonlyMap<string, string>,
  version: string,
  recording: boolean,
): Promise<string | undefined> {
  if (!recording) return undefined
  const hash = createHash('sha256').update(`${await writerVersion()}\u0000${version}\n`)
  for (const { sourceFile, entry } of results) {
    const digest = digests.get(sourceFile)
    if (digest === undefined) return undefined
    const article = entry.article
    hash.update(
      `${sourceFile}\u0000${digest}\u0000${article?.slug ?? ''}\u0000${article?.firstSeen ?? ''}\n`,
    )
  }
  return hash.digest('hex')
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
