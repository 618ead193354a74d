import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { everyBuildFiles, type ModelPage, modelPages, withPages } from '../../lib/model/pages.js'
import { SHARD_WEIGHT } from '../../lib/model/shards.js'
import { loadSite } from '../../lib/site-loader.js'
import { loadShardModel } from '../../lib/site-model.js'
import { copyFiles } from './copy-files.js'
import { heapBound } from './heap-bound.js'
import { KnownViews, type PageLedger } from './known-views.js'
import { fingerprint, templatesFingerprint } from './page-fingerprints.js'
import { RenderBatches } from './render-batches.js'
import { RenderPool } from './render-pool.js'
import { siteRoot } from './run-command.js'
import { SearchAlongside } from './search-alongside.js'
import { type SearchFigures, updateSearchIndex } from './search-index.js'
import {
  filesIn,
  MADE_JOURNAL,
  madeBy,
  noNewStrays,
  previousBuild,
  removeStale,
  SITE_MARKER,
  startManifest,
  strayFiles,
  strayStamps,
  writeManifest,
} from './site-manifest.js'

export { defaultOutput, SITE_MARKER } from './site-manifest.js'

/**
 * Rendering, indexing and publishing a site from processed data: what `pnpm build` does after
 * `newsroom process`. The output folder is updated in place and only where the data changed:
 * each page's input is fingerprinted, pages whose fingerprint is the one the last build recorded
 * are left as they are, the others are rendered by Eleventy (one fresh Eleventy per shard, so
 * memory holds one shard at a time), and files the last build made that this one did not (a
 * deleted article's page, data file and search fragments) are removed. What the build made is
 * recorded in the output folder's `SITE_MARKER` file; nothing else in the folder is touched.
 */

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
  /**
   * Files in the site's folders that no build made (see `strayFiles`): published as they are.
   * When one appears or changes, every page is rendered again.
   */
  strays: string[]
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
  // Records made by other site code are not used: the templates' fingerprint covers it.
  const cache = options.recordsCache ? { file: options.recordsCache, key: templates } : undefined
  const loaded = await loadSite(dataDir, { cache })
  const { data, site } = loaded
  // Threads pay for themselves on a big site only: each loads Eleventy and the templates.
  const jobs =
    site.pageCount() >= (options.parallelPages ?? PARALLEL_PAGES)
      ? Math.max(1, options.jobs ?? availableParallelism())
      : 1
  // Each thread holds a shard: with more threads, smaller shards keep memory as it was.
  const budget = options.shardBudget ?? SHARD_WEIGHT / jobs
  const shards = Math.max(site.shardCount(budget), jobs)

  // A page the last build made whose file is gone is rendered again. One listing of the folder
  // instead of a look at each of tens of thousands of files.
  const present = previous ? await filesIn(outDir) : new Set<string>()
  // Something else rendered into the site's folders (an older `pnpm dev`): the pages the last
  // build made may have been written over too, with no sign of it in their fingerprints. Every
  // page is rendered again, once: the build records the strays as it leaves them, and trusts its
  // pages again while they stay as they were (else a deploy step that leaves a file in `assets/`
  // would turn every build of a large site into a full one).
  const strangers = strayFiles(present, madeBy(previous))
  const stamps = await strayStamps(outDir, strangers)
  const straysChanged = !noNewStrays(previous?.strays, stamps)
  // Not in the record of a build under way: cut short, it has not rendered every page yet.
  const { manifest, recordMade } = await startManifest(outDir, previous, templates)
  const ledger: PageLedger = {
    // A change of templates or settings renders every page again, and so do new strays.
    known: previous?.templates === templates && !straysChanged ? previous.pages : {},
    present,
    searchedBefore: previous?.search ?? {},
    pages: {},
    search: {},
  }
  const knownViews = await KnownViews.open(loaded, ledger, templates, options.recordsCache)
  const renderer = jobs > 1 ? new RenderPool(jobs) : null
  const batches = new RenderBatches(renderer, budget)
  const searchIndex = new SearchAlongside(outDir, options.searchShardPages)
  let rendered = 0
  let unchanged = 0
  // The models of the shards handed over are garbage: kept to a shard's worth or so, not left to
  // pile up over the whole site (see heap-bound.ts).
  const boundHeap = heapBound(MAIN_HEADROOM)
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
        const skip = knownViews.articlePages(shard, files)
        const { skipSpeakerPages, skipSpeakerFeeds, speakerFeeds } = knownViews.speakerPages(
          shard,
          files,
        )
        const model = await loadShardModel(site, data, shard, {
          skip,
          skipSpeakerPages,
          skipSpeakerFeeds,
          onInputs: (slug, recorded) => knownViews.articleMade(slug, recorded),
        })
        // A batch still waiting holds pages of an earlier shard: after a small change, they are
        // rendered with the rest in one Eleventy run and indexed after it, one run being cheaper.
        if (
          options.search !== false &&
          !searchIndex.started &&
          !batches.waiting &&
          pastSearched(site, shard, model)
        ) {
          await searchIndex.start(ledger.search, renderer)
        }
        const changed = changedPages(model, files, {
          ledger,
          templates,
          // A speaker's page or feed file made here is remembered for the next build.
          madeFor: (page) =>
            page.list === 'speakerPages'
              ? model.speakerPages[page.index]?.speaker.id
              : page.list === 'feeds'
                ? speakerFeeds.get(page.files[0] as string)
                : undefined,
          made: (speakerId, page, hash, searched) =>
            knownViews.speakerFilesMade(speakerId, page.files, hash, searched),
        })
        const changedFiles = changed.flatMap((page) => page.files)
        // Known or fingerprinted alike, every file of the shard not rendered is unchanged.
        unchanged += files.length - changedFiles.length
        rendered += changedFiles.length
        const always = everyBuildFiles(model)
        for (const file of always) ledger.pages[file] = 'every build'
        rendered += always.length
        await recordMade([...files, ...always], changedFiles)
        // A shard with nothing to render starts no Eleventy.
        if (changed.length === 0 && always.length === 0) continue
        // No template reads the speaker views as a list (their pages carry their own), and a
        // thread is handed a copy of everything in the request.
        const own = { ...withPages(model, changed), speakers: [] }
        await batches.add(own, changed.length + always.length, { shard, outDir })
      }
      await batches.flush()
      // The last shards leave threads idle, each holding its heap, while Pagefind needs memory.
      renderer?.retire()
      await renderer?.finish()
      if (options.search !== false && !searchIndex.started) {
        await searchIndex.start(ledger.search, renderer)
      }
    } finally {
      searchIndex.renderingDone()
      await renderer?.close()
      process.chdir(cwd)
    }

    const { pages, search } = ledger
    const copied: Record<string, string> = {}
    const copies = await copyFiles(dataDir, outDir, {
      record: recordMade,
      digests: data.digests,
      // Only what is still in place: a file removed since is copied again.
      before: Object.fromEntries(
        Object.entries(previous?.copied ?? {}).filter(([file]) => ledger.present.has(file)),
      ),
      copied,
    })
    // Search never reads them: it indexes only the pages of this build (`search`).
    const made = new Set([...Object.keys(pages), ...copies])
    const removed = await removeStale(outDir, manifest, made)
    // Those this build did not write over.
    const strays = strangers.filter((file) => !made.has(file))
    await writeManifest(outDir, {
      ...manifest,
      pages,
      copies,
      copied,
      search,
      ...(strays.length > 0 && {
        strays: Object.fromEntries(strays.map((file) => [file, stamps[file] ?? ''])),
      }),
      complete: true,
    })
    await rm(path.join(outDir, MADE_JOURNAL), { force: true })
    await knownViews.save()
    return {
      shards,
      runs: batches.runs,
      rendered,
      unchanged,
      removed,
      reused: knownViews.reusedArticles.length,
      reusedSpeakerFiles: knownViews.reusedSpeakerFiles,
      search: await searchIndex.publish(Object.keys(search).length),
      strays,
    }
  } catch (error) {
    await searchIndex.abort()
    throw error
  }
}

/**
 * Fingerprint the pages of a shard's model into the ledger (their files go in `files` too) and
 * return those whose file differs from the last build's, or is gone: the pages to render.
 */
function changedPages(
  model: Awaited<ReturnType<typeof loadShardModel>>,
  files: string[],
  options: {
    ledger: PageLedger
    templates: string
    /** The speaker a page belongs to, if any. */
    madeFor: (page: ModelPage) => string | undefined
    /** Told the fingerprints of a speaker's page made by this build. */
    made: (speakerId: string, page: ModelPage, hash: string, searched: string) => void
  },
): ModelPage[] {
  const { ledger, templates } = options
  const changed: ModelPage[] = []
  for (const page of modelPages(model)) {
    files.push(...page.files)
    const searched = page.search === undefined ? '' : fingerprint(templates, page.search, '')
    if (searched) ledger.search[page.files[0] as string] = searched
    const hash = fingerprint(templates, page.shows, searched)
    const same = page.files.every((file) => ledger.known[file] === hash && ledger.present.has(file))
    for (const file of page.files) ledger.pages[file] = hash
    const speakerId = options.madeFor(page)
    if (speakerId !== undefined) options.made(speakerId, page, hash, searched)
    if (!same) changed.push(page)
  }
  return changed
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
 * Garbage the build's thread may hold on top of its live heap between shards: a few shards'
 * models (a shard of 4,000 article pages makes about 50 MB).
 */
const MAIN_HEADROOM = 256 * 2 ** 20

/** Sites with at least this many pages (about 4,000 articles) render on several threads. */
const PARALLEL_PAGES = 20_000

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
