import { createHash } from 'node:crypto'
import {
  appendFile,
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import {
  everyBuildFiles,
  joinedPages,
  modelPages,
  outputFile,
  withPages,
} from '../../lib/model/pages.js'
import { ARTICLE_WEIGHT, SHARD_WEIGHT } from '../../lib/model/shards.js'
import { loadSite } from '../../lib/site-loader.js'
import { loadShardModel } from '../../lib/site-model.js'
import { heapBound } from './heap-bound.js'
import type { RenderRequest } from './render-model.js'
import type { RenderAnswer } from './render-worker.js'
import { siteRoot } from './run-command.js'
import {
  indexSearchShards,
  planSearchIndex,
  publishSearchIndex,
  type SearchFigures,
  type SearchPlan,
  updateSearchIndex,
} from './search-index.js'
import {
  type ArticlePageMemo,
  readSpeakerViewsCache,
  readViewsCache,
  type SpeakerFileMemo,
  speakerViewsCacheBeside,
  viewsCacheBeside,
  writeViewsCache,
} from './views-cache.js'

/**
 * Rendering, indexing and publishing a site from processed data: what `pnpm build` does after
 * `newsroom process`. The output folder is updated in place and only where the data changed:
 * each page's input is fingerprinted, pages whose fingerprint is the one the last build recorded
 * are left as they are, the others are rendered by Eleventy (one fresh Eleventy per shard, so
 * memory holds one shard at a time), and files the last build made that this one did not (a
 * deleted article's page, data file and search fragments) are removed. What the build made is
 * recorded in the output folder's `SITE_MARKER` file; nothing else in the folder is touched.
 */

/** Where `pnpm build` publishes the site: Eleventy's output folder, `_site`. */
export const defaultOutput = path.join(siteRoot, '_site')

/** Marks a folder as a built site and records what the build made there. */
export const SITE_MARKER = '.newsroom-site'

/**
 * Files a build makes that the manifest it started with does not list, one a line, written
 * before the files: the manifest is written twice a build (a site of 50,000 articles lists
 * 200,000 files), and an interrupted build's files are still known to the next one.
 */
const MADE_JOURNAL = `${SITE_MARKER}.made`

/** What a build made in its output folder, recorded in `SITE_MARKER`. */
interface Manifest {
  builtBy: '@newsroom/site'
  /** Fingerprint of the templates and settings every page was rendered with. */
  templates: string
  /** Rendered files → the fingerprint of what they show. */
  pages: Record<string, string>
  /** Files copied as they are (styles, open data). */
  copies: string[]
  /** Open data files → the digest of the bytes copied (see `SiteData.digests`). */
  copied?: Record<string, string>
  /** Pages search indexes → the fingerprint of what it reads of them. */
  search: Record<string, string>
  /** False while a build runs: `pages` and `copies` then also list what the last one made. */
  complete: boolean
}

export interface BuildFigures {
  /** Parts the site's pages are worked out in (see `lib/model/shards.js`). */
  shards: number
  /** Eleventy runs: each renders the changed pages of one or more consecutive shards. */
  runs: number
  /** Pages rendered, and pages left as the last build made them. */
  rendered: number
  unchanged: number
  /** Files of the last build removed because this one did not make them. */
  removed: number
  /** Unchanged article pages known from their inputs, without their views (`views-cache.ts`). */
  reused: number
  /** Unchanged speaker pages and feed files known from their inputs, without their views. */
  reusedSpeakerFiles: number
  /** The search index, when the build made it. */
  search: SearchFigures | null
}

/**
 * Build the site of `dataDir` into `outDir`: render the pages that changed, copy the styles and
 * the open data, index for search unless `search` is false, and remove what the last build made
 * and this one did not. Only a folder that is missing, empty or an earlier build (it has the
 * `SITE_MARKER` file, or it is the site's own `_site`) is built into; anything else is refused,
 * so a mistyped output folder never costs a project.
 *
 * @param options.shardBudget page weight per shard (see `SHARD_WEIGHT`); smaller uses less memory
 */
export async function buildSite(options: {
  dataDir: string
  outDir: string
  search?: boolean | undefined
  shardBudget?: number | undefined
  /** Indexed pages per search shard (see `lib/model/search.js`). */
  searchShardPages?: number | undefined
  /** Threads rendering at once (default: one per core); 1 renders in this thread. */
  jobs?: number | undefined
  /** Pages from which the site renders on threads (default `PARALLEL_PAGES`). */
  parallelPages?: number | undefined
  /**
   * File that keeps the article records between builds (`lib/records-cache.js`): unchanged
   * articles are then not read again to work out the site; beside it, what their pages were
   * made from (`views-cache.ts`). None by default.
   */
  recordsCache?: string | undefined
}): Promise<BuildFigures> {
  const dataDir = path.resolve(options.dataDir)
  const outDir = path.resolve(options.outDir)
  const previous = await previousBuild(outDir)
  const templates = await templatesFingerprint()
  // A change of templates or settings renders every page again.
  const known = previous?.templates === templates ? previous.pages : {}

  // Records made by other site code are not used: the templates' fingerprint covers it.
  const cache = options.recordsCache ? { file: options.recordsCache, key: templates } : undefined
  const { data, site } = await loadSite(dataDir, { cache })
  // Threads pay for themselves on a big site only: each loads Eleventy and the templates.
  const jobs =
    site.pageCount() >= (options.parallelPages ?? PARALLEL_PAGES)
      ? Math.max(1, options.jobs ?? availableParallelism())
      : 1
  // Each thread holds a shard: with more threads, smaller shards keep memory as it was.
  const budget = options.shardBudget ?? SHARD_WEIGHT / jobs
  const shards = Math.max(site.shardCount(budget), jobs)
  const renderer = jobs > 1 ? new RenderPool(jobs) : null
  /** @type {Manifest} while the build runs: everything either build may have made */
  const manifest: Manifest = {
    builtBy: '@newsroom/site',
    templates,
    pages: { ...previous?.pages },
    copies: previous?.copies ?? [],
    search: {},
    complete: false,
  }
  await mkdir(outDir, { recursive: true })
  const recordMade = madeRecorder(outDir, manifest)
  await writeManifest(outDir, manifest)
  // What the last build journaled is in the manifest now.
  await rm(path.join(outDir, MADE_JOURNAL), { force: true })

  // A page the last build made whose file is gone is rendered again. One listing of the folder
  // instead of a look at each of tens of thousands of files.
  const present = previous ? await filesIn(outDir) : new Set<string>()
  const pages: Record<string, string> = {}
  const search: Record<string, string> = {}
  const viewsCache = options.recordsCache ? viewsCacheBeside(options.recordsCache) : undefined
  const memos = viewsCache ? await readViewsCache(viewsCache, templates) : new Map()
  /** Article pages → what this build made them from, or the memo it reused. */
  const madeFrom = new Map<string, ArticlePageMemo | Omit<ArticlePageMemo, 'page' | 'search'>>()
  const speakerCache = options.recordsCache
    ? speakerViewsCacheBeside(options.recordsCache)
    : undefined
  const speakerMemos = speakerCache
    ? await readSpeakerViewsCache(speakerCache, templates)
    : new Map<string, SpeakerFileMemo>()
  /** Speaker pages and feed files → what this build made them from, or the memo it reused. */
  const speakerMade = new Map<string, SpeakerFileMemo>()
  /** Speaker id → the digest of their inputs, worked out once a build. */
  const speakerInputs = new Map<string, string | null>()
  const speakerInputsOf = (id: string) => {
    let inputs = speakerInputs.get(id)
    if (inputs === undefined) {
      inputs = site.speakerInputs(id)
      speakerInputs.set(id, inputs)
    }
    return inputs
  }
  let rendered = 0
  let runs = 0
  let unchanged = 0
  let reused = 0
  let reusedSpeakerFiles = 0
  /**
   * Changed pages of consecutive shards waiting to be rendered together: after a small change
   * one Eleventy run renders them all, instead of one run (a start-up and the templates compiled
   * again) for each shard with a page to render.
   */
  let batch = null as { request: RenderRequest; pages: number } | null
  const flush = async () => {
    if (!batch) return
    const { request } = batch
    batch = null
    runs++
    if (renderer) {
      await renderer.ready()
      renderer.render(request)
    } else await renderHere(request)
  }
  // The models of the shards handed over are garbage: kept to a shard's worth or so, not left to
  // pile up over the whole site (see heap-bound.ts).
  const boundHeap = heapBound(MAIN_HEADROOM)
  // Search reads only pages of the first shards (articles, speakers, topics): once those are
  // written, Pagefind indexes them while the later shards (indexes, feeds) render and the data
  // is copied, instead of after everything.
  let searching = null as Promise<{ plan: SearchPlan; indexed: number }> | null
  const stopSearch = new AbortController()
  let renderingDone = () => {}
  const rendering = new Promise<void>((resolve) => {
    renderingDone = resolve
  })
  const startSearch = async () => {
    const plan = await planSearchIndex(search, { perShard: options.searchShardPages })
    // Every page handed to the threads so far, the searched ones among them, written first.
    const written = renderer ? renderer.finish() : Promise.resolve()
    searching = written.then(async () => ({
      plan,
      indexed: await indexSearchShards(outDir, plan, {
        morePagefinds: rendering,
        signal: stopSearch.signal,
      }),
    }))
    // Awaited once the build is done; a failure meanwhile is not an unhandled rejection.
    searching.catch(() => {})
  }
  const cwd = process.cwd()
  // Eleventy resolves `pages/`, `_includes/` and `_data/` from the working directory.
  process.chdir(siteRoot)
  try {
    try {
      for (let index = 0; index < shards; index++) {
        const shard = { index, count: shards }
        // While the threads render the shards before it, this one's pages are worked out.
        await renderer?.ready()
        boundHeap()
        const files: string[] = []
        // Article pages made from the same bytes as last time, to which the site gives the same
        // answers, have the fingerprints they had then: where the output holds the page with
        // those, it is up to date, known without reading the article or making its view.
        const skip = new Set<string>()
        for (const record of site.articlePages(shard)) {
          const file = outputFile(record.summary.url)
          const memo = memos.get(file)
          if (!memo || known[file] !== memo.page || !present.has(file)) continue
          if (previous?.search[file] !== memo.search) continue
          if (record.file === null || data.digests.get(record.file) !== memo.digest) continue
          if (site.inputsDigest(parsedOrNull(memo.inputs)) !== memo.answers) continue
          skip.add(record.slug)
          files.push(file)
          pages[file] = memo.page
          search[file] = memo.search
          madeFrom.set(file, memo)
          unchanged++
          reused++
        }
        // Likewise a speaker's pages and feed, when what they are made from has the digest it had
        // (`lib/model/speaker-inputs.js`): their views are neither made nor fingerprinted.
        const skipSpeakerPages = new Set<string>()
        const skipSpeakerFeeds = new Set<string>()
        const knownSpeakerFiles = (id: string, speakerFiles: string[]) => {
          if (!speakerCache) return false
          const memos = speakerFiles.map((file) => speakerMemos.get(file))
          if (memos.some((memo) => memo === undefined)) return false
          const inputs = speakerInputsOf(id)
          if (inputs === null) return false
          for (const [index, file] of speakerFiles.entries()) {
            const memo = memos[index] as SpeakerFileMemo
            if (memo.inputs !== inputs || known[file] !== memo.page || !present.has(file))
              return false
            if (previous?.search[file] !== memo.search) return false
          }
          for (const [index, file] of speakerFiles.entries()) {
            const memo = memos[index] as SpeakerFileMemo
            files.push(file)
            pages[file] = memo.page
            if (memo.search !== undefined) search[file] = memo.search
            speakerMade.set(file, memo)
          }
          unchanged += speakerFiles.length
          reusedSpeakerFiles += speakerFiles.length
          return true
        }
        for (const ref of site.speakerPages(shard)) {
          if (knownSpeakerFiles(ref.speakerId, [outputFile(ref.url)])) skipSpeakerPages.add(ref.url)
        }
        /** The first file of each speaker feed of the shard → the speaker's id. */
        const speakerFeeds = new Map<string, string>()
        for (const feed of site.speakerFeeds(shard)) {
          const feedFiles = feed.urls.map(outputFile)
          speakerFeeds.set(feedFiles[0] as string, feed.speakerId)
          if (knownSpeakerFiles(feed.speakerId, feedFiles)) skipSpeakerFeeds.add(feed.speakerId)
        }
        const model = await loadShardModel(site, data, shard, {
          skip,
          skipSpeakerPages,
          skipSpeakerFeeds,
          onInputs: (slug, recorded) => {
            const record = site.lookup.article(slug)
            const digest = record?.file ? data.digests.get(record.file) : undefined
            if (record && recorded && digest !== undefined) {
              madeFrom.set(outputFile(record.summary.url), {
                digest,
                inputs: JSON.stringify(recorded.inputs),
                answers: recorded.answers,
              })
            }
          },
        })
        // A batch still waiting holds pages of an earlier shard: after a small change, they are
        // rendered with the rest in one Eleventy run and indexed after it, one run being cheaper.
        if (options.search !== false && !searching && !batch && pastSearched(site, shard, model)) {
          await startSearch()
        }
        const changed = []
        for (const page of modelPages(model)) {
          files.push(...page.files)
          const searched = page.search === undefined ? '' : fingerprint(templates, page.search, '')
          if (searched) search[page.files[0] as string] = searched
          const hash = fingerprint(templates, page.shows, searched)
          const same = page.files.every((file) => known[file] === hash && present.has(file))
          for (const file of page.files) pages[file] = hash
          const speakerId =
            page.list === 'speakerPages'
              ? model.speakerPages[page.index]?.speaker.id
              : page.list === 'feeds'
                ? speakerFeeds.get(page.files[0] as string)
                : undefined
          const inputs = speakerCache && speakerId !== undefined ? speakerInputsOf(speakerId) : null
          if (inputs) {
            page.files.forEach((file, index) => {
              speakerMade.set(file, {
                inputs,
                page: hash,
                ...(index === 0 && searched ? { search: searched } : {}),
              })
            })
          }
          if (same) unchanged += page.files.length
          else {
            changed.push(page)
            rendered += page.files.length
          }
        }
        const always = everyBuildFiles(model)
        for (const file of always) pages[file] = 'every build'
        rendered += always.length
        await recordMade(
          [...files, ...always],
          changed.flatMap((page) => page.files),
        )
        // A shard with nothing to render starts no Eleventy.
        if (changed.length === 0 && always.length === 0) continue
        // No template reads the speaker views as a list (their pages carry their own), and a
        // thread is handed a copy of everything in the request.
        const own = { ...withPages(model, changed), speakers: [] }
        const count = changed.length + always.length
        // Weighed as article pages, the heaviest: a batch never holds more than a shard would.
        if (batch && (batch.pages + count) * ARTICLE_WEIGHT > budget) await flush()
        batch = batch
          ? {
              request: { ...batch.request, model: joinedPages(batch.request.model, own) },
              pages: batch.pages + count,
            }
          : { request: { model: own, shard, outDir }, pages: count }
        // A batch that could not take another shard like this one goes now, as a shard did before:
        // held while the next shard is worked out, it would be one more model in memory.
        if (batch.pages * ARTICLE_WEIGHT * 2 > budget) await flush()
      }
      await flush()
      // The last shards leave threads idle, each holding its heap, while Pagefind needs memory.
      renderer?.retire()
      await renderer?.finish()
      if (options.search !== false && !searching) await startSearch()
    } finally {
      renderingDone()
      await renderer?.close()
      process.chdir(cwd)
    }

    const copied: Record<string, string> = {}
    const copies = await copyFiles(dataDir, outDir, {
      record: recordMade,
      digests: data.digests,
      // Only what is still in place: a file removed since is copied again.
      before: Object.fromEntries(
        Object.entries(previous?.copied ?? {}).filter(([file]) => present.has(file)),
      ),
      copied,
    })
    // Search never reads them: it indexes only the pages of this build (`search`).
    const removed = await removeStale(outDir, manifest, new Set([...Object.keys(pages), ...copies]))
    await writeManifest(outDir, { ...manifest, pages, copies, copied, search, complete: true })
    await rm(path.join(outDir, MADE_JOURNAL), { force: true })
    if (viewsCache) {
      const kept = new Map<string, ArticlePageMemo>()
      for (const [file, made] of madeFrom) {
        const page = pages[file]
        const searched = search[file]
        if (page && searched) kept.set(file, { ...made, page, search: searched })
      }
      // A cache that cannot be written costs the next build time, not this one its site: say so,
      // or a read-only cache folder would make every build cold without a word.
      await writeViewsCache(viewsCache, templates, kept).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error)
        process.stderr.write(
          `${viewsCache}: warning: the article views cache was not written (${reason}); the next build makes every article page again\n`,
        )
      })
    }
    if (speakerCache) {
      await writeViewsCache(speakerCache, templates, speakerMade).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error)
        process.stderr.write(
          `${speakerCache}: warning: the speaker views cache was not written (${reason}); the next build makes every speaker page again\n`,
        )
      })
    }
    let searchFigures: SearchFigures | null = null
    if (searching) {
      const { plan, indexed } = await (searching as Promise<{ plan: SearchPlan; indexed: number }>)
      if (plan.pages !== Object.keys(search).length) {
        throw new Error(
          `Expected every page search indexes before the shards it was indexed along, but they had ${Object.keys(search).length - plan.pages} (see \`pastSearched\`)`,
        )
      }
      await publishSearchIndex(outDir, plan)
      searchFigures = { shards: plan.shards.length, indexed, pages: plan.pages }
    }
    return {
      shards,
      runs,
      rendered,
      unchanged,
      removed,
      reused,
      reusedSpeakerFiles,
      search: searchFigures,
    }
  } catch (error) {
    // Pagefind stops after the shard it is on (each is made beside the index, then moved in).
    stopSearch.abort()
    renderingDone()
    await searching?.catch(() => {})
    throw error
  }
}

/**
 * Whether a shard comes after every page search indexes. The lists search reads (articles, and
 * speakers' and topics' first pages) come first in the site's order (`createSite`), so a shard
 * with pages of the later lists (indexes, feeds) and none of theirs is past them all.
 */
function pastSearched(
  site: Awaited<ReturnType<typeof loadSite>>['site'],
  shard: { index: number; count: number },
  model: Awaited<ReturnType<typeof loadShardModel>>,
): boolean {
  const searchedLists =
    site.articlePages(shard).length + site.speakerPages(shard).length + model.topicPages.length
  const laterLists =
    model.articleIndexPages.length +
    model.topicIndexPages.length +
    model.speakerIndexPages.length +
    model.unnamedPages.length +
    site.speakerFeeds(shard).length +
    model.feeds.length
  return searchedLists === 0 && laterLists > 0
}

/**
 * Where the build keeps the article records of a data folder between builds: in
 * `NEWSROOM_SITE_CACHE` when it is set (a folder, or `off` for none), else with the other
 * tools' caches in `node_modules/.cache`; one file per data folder.
 */
export function recordsCacheOf(
  dataDir: string,
  setting: string | undefined = process.env.NEWSROOM_SITE_CACHE,
): string | undefined {
  if (setting?.trim() === 'off') return undefined
  const folder = setting?.trim()
    ? path.resolve(siteRoot, setting)
    : path.join(siteRoot, 'node_modules', '.cache', '@newsroom', 'site')
  const name = createHash('sha256').update(dataDir).digest('hex').slice(0, 16)
  return path.join(folder, `records-${name}.ndjson`)
}

/**
 * Render a shard in this thread. Eleventy is loaded only then: a build that renders on threads
 * does not hold a copy of it in the thread that keeps the whole site's records.
 */
async function renderHere(request: RenderRequest): Promise<void> {
  const { renderModel } = await import('./render-model.js')
  await renderModel(request)
}

/**
 * Garbage the build's thread may hold on top of its live heap between shards: a few shards'
 * models (a shard of 4,000 article pages makes about 50 MB).
 */
const MAIN_HEADROOM = 256 * 2 ** 20

/** Sites with at least this many pages (about 4,000 articles) render on several threads. */
const PARALLEL_PAGES = 20_000

/**
 * A render thread's Node options: the build's, less the module hooks it was started with
 * (`--import`, `--require`, `--loader`, `--experimental-loader`: tsx's, when `pnpm build` runs
 * through tsx). A thread inherits them by default, and then every module it imports, Eleventy's
 * hundreds among them, goes through the hooks' own thread; render-thread.js registers tsx itself
 * where it is needed.
 */
export function threadExecArgv(execArgv: readonly string[]): string[] {
  const hooks = ['--import', '--require', '-r', '--loader', '--experimental-loader']
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const arg = execArgv[index] as string
    if (hooks.includes(arg)) index++
    else if (!hooks.some((flag) => arg.startsWith(`${flag}=`))) kept.push(arg)
  }
  return kept
}

/**
 * Threads that render shards while the build works out the next ones: each takes one shard at
 * a time, and the build waits for a free thread before preparing a shard, so at most one model
 * per thread is in memory.
 */
class RenderPool {
  #idle: Worker[] = []
  #waiting: (() => void)[] = []
  #running = new Set<Promise<void>>()
  #failure: Error | null = null
  #workers: Worker[] = []
  #size: number
  #retiring = false

  /** Threads start when there is a shard for them: after a small change, one renders it all. */
  constructor(size: number) {
    this.#size = size
  }

  /** Resolves when a thread is free to take a shard. */
  async ready(): Promise<void> {
    this.#throwIfFailed()
    if (this.#idle.length > 0) return
    if (this.#workers.length < this.#size) {
      const worker = new Worker(new URL('./render-thread.js', import.meta.url), {
        execArgv: threadExecArgv(process.execArgv),
      })
      this.#workers.push(worker)
      this.#idle.push(worker)
      return
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#throwIfFailed()
  }

  /** Hand a shard to a free thread (call `ready` first). */
  render(request: RenderRequest): void {
    const worker = this.#idle.pop()
    if (!worker) throw new Error('No free render thread: call `ready()` first')
    // The thread gets a copy of the model: what waits for its answer keeps only the shard's
    // number, so that this thread's model is not held while the thread renders and the next
    // shards are worked out (each up to tens of megabytes).
    const number = request.shard.index + 1
    const done = new Promise<void>((resolve) => {
      const finish = (error: Error | null) => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        if (error && !this.#failure) this.#failure = error
        if (this.#retiring) void worker.terminate()
        else this.#idle.push(worker)
        this.#running.delete(done)
        this.#waiting.shift()?.()
        resolve()
      }
      const onMessage = (answer: RenderAnswer) =>
        finish(answer.done ? null : new Error(`Rendering shard ${number} failed: ${answer.error}`))
      const onError = (error: Error) => finish(error)
      worker.on('message', onMessage)
      worker.on('error', onError)
    })
    this.#running.add(done)
    worker.postMessage(request)
  }

  /** Resolves when every shard handed over is rendered; throws the first failure. */
  async finish(): Promise<void> {
    await Promise.all(this.#running)
    this.#throwIfFailed()
  }

  /** No more shards: each thread ends once it is done, freeing its heap. */
  retire(): void {
    this.#retiring = true
    for (const worker of this.#idle.splice(0)) void worker.terminate()
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()))
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure
  }
}

/**
 * What every page is rendered with besides its own data: the templates, the site's code, the
 * schema, the settings and the versions of Eleventy, its RSS plugin and ICU. Any change renders
 * every page again.
 */
async function templatesFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  const roots = [
    '_includes',
    'pages',
    '_config',
    '_data',
    'lib',
    'eleventy.config.js',
    // The schema parses (and so shapes) the data every page shows.
    'node_modules/@newsroom/schema/src',
  ]
  const files: string[] = []
  for (const root of roots) {
    const absolute = path.join(siteRoot, root)
    if ((await stat(absolute)).isFile()) files.push(absolute)
    else {
      for (const entry of await readdir(absolute, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name))
      }
    }
  }
  for (const file of files.sort()) {
    hash
      .update(path.relative(siteRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0')
  }
  for (const name of ['@11ty/eleventy', '@11ty/eleventy-plugin-rss']) {
    hash.update(await readFile(path.join(siteRoot, 'node_modules', name, 'package.json')))
  }
  // Quote context is cut at the sentences of Node's ICU.
  hash.update(JSON.stringify([process.env.NEWSROOM_SITE_URL ?? '', process.versions.icu ?? '']))
  return hash.digest('hex')
}

/** JSON read back from a cache; null when it is damaged (the page is then made again). */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** The fingerprint of what a page shows: `shows`, and what search reads of it (`searched`). */
function fingerprint(templates: string, shows: unknown, searched: string): string {
  return createHash('sha256')
    .update(templates)
    .update(searched)
    .update(JSON.stringify(shows))
    .digest('base64url')
}

/**
 * Copy the styles, scripts and icons (`public/`) and the open data (the processed JSON, which
 * the data loader has validated) into the site, each only when its bytes changed: an article file
 * whose digest is the one copied last time is not read again. Returns every file copied or
 * already in place, relative to the site.
 */
async function copyFiles(
  dataDir: string,
  outDir: string,
  options: {
    /** Called with every file before any is copied. */
    record: (files: string[]) => Promise<void>
    /** Digests of the article files, as read by the data loader. */
    digests: Map<string, string>
    /** What the last build copied and is still in place: file → digest. */
    before: Record<string, string>
    /** Filled with what this build copied: file → digest. */
    copied: Record<string, string>
  },
): Promise<string[]> {
  const pairs: [from: string, to: string][] = []
  const publicDir = path.join(siteRoot, 'public')
  for (const entry of await readdir(publicDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const from = path.join(entry.parentPath, entry.name)
    pairs.push([from, path.relative(publicDir, from).split(path.sep).join('/')])
  }
  for (const name of (await readdir(path.join(dataDir, 'articles'))).sort()) {
    if (name.endsWith('.json'))
      pairs.push([path.join(dataDir, 'articles', name), `api/articles/${name}`])
  }
  for (const name of ['speakers.json', 'topics.json', 'report.json']) {
    pairs.push([path.join(dataDir, name), `api/${name}`])
  }
  await options.record(pairs.map(([, to]) => to))
  for (const [from, to] of pairs) {
    const target = path.join(outDir, to)
    const digest = options.digests.get(from)
    if (digest !== undefined) {
      options.copied[to] = digest
      if (options.before[to] === digest) continue
    } else {
      const [source, current] = await Promise.all([
        readFile(from),
        readFile(target).catch(() => null),
      ])
      if (current?.equals(source)) continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(from, target)
  }
  return pairs.map(([, to]) => to)
}

/**
 * Index a built site for search as its last build left it (`SITE_MARKER` lists the pages search
 * indexes): for a build made without `search`.
 */
export async function indexSite(
  siteDir: string,
  options: { perShard?: number | undefined } = {},
): Promise<SearchFigures> {
  const manifest = await previousBuild(path.resolve(siteDir))
  if (!manifest?.complete) {
    throw new Error(`Expected a finished build in ${siteDir} (its ${SITE_MARKER} file)`)
  }
  return updateSearchIndex(siteDir, manifest.search, options)
}

/**
 * Remove the files the manifest lists that this build did not make, and the folders that leaves
 * empty.
 */
async function removeStale(outDir: string, manifest: Manifest, made: Set<string>): Promise<number> {
  let removed = 0
  for (const file of [...Object.keys(manifest.pages), ...manifest.copies]) {
    if (made.has(file)) continue
    await unlink(path.join(outDir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    removed++
    // Then the folders it leaves empty, up to the site's own.
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
      try {
        await rmdir(path.join(outDir, folder))
      } catch {
        break
      }
    }
  }
  return removed
}

/**
 * The manifest of the build in `outDir`, or null for a new or empty folder. A folder that holds
 * anything else is refused.
 */
async function previousBuild(outDir: string): Promise<Manifest | null> {
  let names: string[]
  try {
    if (!(await stat(outDir)).isDirectory()) {
      throw new Error(`Refusing to build into ${outDir}: it is a file, not a folder`)
    }
    names = await readdir(outDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  if (names.includes(SITE_MARKER)) {
    try {
      const manifest = JSON.parse(
        await readFile(path.join(outDir, SITE_MARKER), 'utf8'),
      ) as Manifest
      if (manifest.builtBy === '@newsroom/site' && manifest.pages && manifest.copies) {
        // Files an interrupted build made or wrote again (unknown fingerprint: they render again).
        const made = await readFile(path.join(outDir, MADE_JOURNAL), 'utf8').catch(() => '')
        const pages = { ...manifest.pages }
        for (const file of made.split('\n')) if (file) pages[file] = ''
        return { ...manifest, pages, search: manifest.search ?? {} }
      }
    } catch {
      // An unreadable record: rebuild everything, remove nothing.
    }
    return {
      builtBy: '@newsroom/site',
      templates: '',
      pages: {},
      copies: [],
      search: {},
      complete: false,
    }
  }
  if (names.length === 0) return null
  if (outDir === defaultOutput) {
    // `_site` from before builds kept a record is all Eleventy's output: start afresh, keeping
    // only what a deployment may have put there (`.git`, `.nojekyll`).
    for (const name of names) {
      if (!name.startsWith('.')) await rm(path.join(outDir, name), { recursive: true, force: true })
    }
    return null
  }
  throw new Error(
    `Refusing to build into ${outDir}: it is not empty and was not built by @newsroom/site (no ${SITE_MARKER} file). Choose an empty or new output folder.`,
  )
}

/**
 * What journals, before they are written, the files of `files` that the manifest does not list
 * yet (and lists them in the manifest held in memory) and the pages of `rewritten` it lists: cut
 * short, a build leaves those with new bytes under their old fingerprints, which content put back
 * as it was would match. `manifest.copies` stays as it is while a build runs: it is read into a
 * set once, not once a shard (shards and copies both grow with the site).
 */
function madeRecorder(
  outDir: string,
  manifest: Manifest,
): (files: string[], rewritten?: string[]) => Promise<void> {
  const copies = new Set(manifest.copies)
  return async (files, rewritten = []) => {
    const fresh = files.filter((file) => !(file in manifest.pages) && !copies.has(file))
    const listed = rewritten.filter((file) => manifest.pages[file])
    for (const file of fresh) manifest.pages[file] = ''
    const journal = [...fresh, ...listed]
    if (journal.length === 0) return
    await appendFile(path.join(outDir, MADE_JOURNAL), `${journal.join('\n')}\n`)
  }
}

async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const file = path.join(outDir, SITE_MARKER)
  const temporary = `${file}.${process.pid}`
  await writeFile(temporary, `${JSON.stringify(manifest)}\n`)
  await rename(temporary, file)
}

/** Every file in a folder and the folders in it, relative to it, with `/` between names. */
async function filesIn(folder: string): Promise<Set<string>> {
  const files = new Set<string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      files.add(
        path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
    }
  }
  return files
}
