import { outputFile } from '../../lib/model/pages.js'
import type { loadSite } from '../../lib/site-loader.js'
import {
  type ArticlePageMemo,
  readSpeakerViewsCache,
  readViewsCache,
  type SpeakerFileMemo,
  speakerViewsCacheBeside,
  viewsCacheBeside,
  writeViewsCache,
} from './views-cache.js'

type Loaded = Awaited<ReturnType<typeof loadSite>>
type Shard = { index: number; count: number }

/** What a build knows of the pages its output folder holds, and what it has made so far. */
export interface PageLedger {
  /** Files the last build made → their fingerprints, when its templates were these. */
  known: Record<string, string>
  /** Files in the output folder when the build started. */
  present: Set<string>
  /** Pages search indexed in the last build → what it read of them. */
  searchedBefore: Record<string, string>
  /** Files this build made or kept → their fingerprints. */
  pages: Record<string, string>
  /** Pages search indexes in this build → what it reads of them. */
  search: Record<string, string>
}

/**
 * The pages a build knows to be up to date from what they were made from, without making their
 * views (the views caches beside the records cache, `views-cache.ts`): an article page made from
 * the same bytes, to which the site gives the same answers, and a speaker's pages and feed whose
 * inputs have the digest they had. It also records what this build made each from, for the next.
 */
export class KnownViews {
  readonly reusedArticles: string[] = []
  reusedSpeakerFiles = 0
  #site: Loaded['site']
  #data: Loaded['data']
  #ledger: PageLedger
  #templates: string
  #articleCache: string | undefined
  #speakerCache: string | undefined
  #articleMemos: Map<string, ArticlePageMemo>
  #speakerMemos: Map<string, SpeakerFileMemo>
  /** Article pages → what this build made them from, or the memo it reused. */
  #madeFrom = new Map<string, ArticlePageMemo | Omit<ArticlePageMemo, 'page' | 'search'>>()
  /** Speaker pages and feed files → what this build made them from, or the memo it reused. */
  #speakerMade = new Map<string, SpeakerFileMemo>()
  /** Speaker id → the digest of their inputs, worked out once a build. */
  #speakerInputs = new Map<string, string | null>()

  private constructor(
    loaded: Loaded,
    ledger: PageLedger,
    templates: string,
    caches: {
      article: string | undefined
      speaker: string | undefined
      articleMemos: Map<string, ArticlePageMemo>
      speakerMemos: Map<string, SpeakerFileMemo>
    },
  ) {
    this.#site = loaded.site
    this.#data = loaded.data
    this.#ledger = ledger
    this.#templates = templates
    this.#articleCache = caches.article
    this.#speakerCache = caches.speaker
    this.#articleMemos = caches.articleMemos
    this.#speakerMemos = caches.speakerMemos
  }

  /** The views caches beside `recordsCache` (none without it), made with these templates. */
  static async open(
    loaded: Loaded,
    ledger: PageLedger,
    templates: string,
    recordsCache: string | undefined,
  ): Promise<KnownViews> {
    const article = recordsCache ? viewsCacheBeside(recordsCache) : undefined
    const speaker = recordsCache ? speakerViewsCacheBeside(recordsCache) : undefined
    return new KnownViews(loaded, ledger, templates, {
      article,
      speaker,
      articleMemos: article ? await readViewsCache(article, templates) : new Map(),
      speakerMemos: speaker ? await readSpeakerViewsCache(speaker, templates) : new Map(),
    })
  }

  /** The digest of what a speaker's pages and feed are made from (null: unknown). */
  speakerInputs(id: string): string | null {
    let inputs = this.#speakerInputs.get(id)
    if (inputs === undefined) {
      inputs = this.#site.speakerInputs(id)
      this.#speakerInputs.set(id, inputs)
    }
    return inputs
  }

  /**
   * The article pages of `shard` known to be up to date: their files go in `files` and the
   * ledger; returns their slugs, whose views are not made.
   */
  articlePages(shard: Shard, files: string[]): Set<string> {
    const { known, present, searchedBefore, pages, search } = this.#ledger
    const skip = new Set<string>()
    for (const record of this.#site.articlePages(shard)) {
      const file = outputFile(record.summary.url)
      const memo = this.#articleMemos.get(file)
      if (!memo || known[file] !== memo.page || !present.has(file)) continue
      if (searchedBefore[file] !== memo.search) continue
      if (record.file === null || this.#data.digests.get(record.file) !== memo.digest) continue
      if (this.#site.inputsDigest(parsedOrNull(memo.inputs)) !== memo.answers) continue
      skip.add(record.slug)
      files.push(file)
      pages[file] = memo.page
      search[file] = memo.search
      this.#madeFrom.set(file, memo)
      this.reusedArticles.push(file)
    }
    return skip
  }

  /**
   * Whether the files of a speaker's page or feed are known to be up to date; if so, they go in
   * `files` and the ledger.
   */
  speakerFiles(id: string, speakerFiles: string[], files: string[]): boolean {
    if (!this.#speakerCache) return false
    const { known, present, searchedBefore, pages, search } = this.#ledger
    const memos = speakerFiles.map((file) => this.#speakerMemos.get(file))
    if (memos.some((memo) => memo === undefined)) return false
    const inputs = this.speakerInputs(id)
    if (inputs === null) return false
    for (const [index, file] of speakerFiles.entries()) {
      const memo = memos[index] as SpeakerFileMemo
      if (memo.inputs !== inputs || known[file] !== memo.page || !present.has(file)) return false
      if (searchedBefore[file] !== memo.search) return false
    }
    for (const [index, file] of speakerFiles.entries()) {
      const memo = memos[index] as SpeakerFileMemo
      files.push(file)
      pages[file] = memo.page
      if (memo.search !== undefined) search[file] = memo.search
      this.#speakerMade.set(file, memo)
    }
    this.reusedSpeakerFiles += speakerFiles.length
    return true
  }

  /**
   * The speaker pages and feeds of `shard` known to be up to date (see `speakerFiles`), and the
   * first file of each of its speaker feeds → the speaker's id.
   */
  speakerPages(
    shard: Shard,
    files: string[],
  ): {
    skipSpeakerPages: Set<string>
    skipSpeakerFeeds: Set<string>
    speakerFeeds: Map<string, string>
  } {
    const skipSpeakerPages = new Set<string>()
    for (const ref of this.#site.speakerPages(shard)) {
      if (this.speakerFiles(ref.speakerId, [outputFile(ref.url)], files))
        skipSpeakerPages.add(ref.url)
    }
    const skipSpeakerFeeds = new Set<string>()
    const speakerFeeds = new Map<string, string>()
    for (const feed of this.#site.speakerFeeds(shard)) {
      const feedFiles = feed.urls.map(outputFile)
      speakerFeeds.set(feedFiles[0] as string, feed.speakerId)
      if (this.speakerFiles(feed.speakerId, feedFiles, files)) skipSpeakerFeeds.add(feed.speakerId)
    }
    return { skipSpeakerPages, skipSpeakerFeeds, speakerFeeds }
  }

  /** Told what an article page's view read of the site (see `loadShardModel`'s `onInputs`). */
  articleMade(slug: string, recorded: { inputs: unknown; answers: string } | null): void {
    const record = this.#site.lookup.article(slug)
    const digest = record?.file ? this.#data.digests.get(record.file) : undefined
    if (record && recorded && digest !== undefined) {
      this.#madeFrom.set(outputFile(record.summary.url), {
        digest,
        inputs: JSON.stringify(recorded.inputs),
        answers: recorded.answers,
      })
    }
  }

  /** Told the fingerprints of a speaker's page or feed files made by this build. */
  speakerFilesMade(id: string, files: string[], page: string, searched: string): void {
    const inputs = this.#speakerCache ? this.speakerInputs(id) : null
    if (!inputs) return
    files.forEach((file, index) => {
      this.#speakerMade.set(file, {
        inputs,
        page,
        ...(index === 0 && searched ? { search: searched } : {}),
      })
    })
  }

  /**
   * Write the views caches for the next build. A cache that cannot be written costs the next
   * build time, not this one its site: say so, or a read-only cache folder would make every
   * build cold without a word.
   */
  async save(): Promise<void> {
    const { pages, search } = this.#ledger
    if (this.#articleCache) {
      const file = this.#articleCache
      const kept = new Map<string, ArticlePageMemo>()
      for (const [page, made] of this.#madeFrom) {
        const fingerprint = pages[page]
        const searched = search[page]
        if (fingerprint && searched)
          kept.set(page, { ...made, page: fingerprint, search: searched })
      }
      await writeViewsCache(file, this.#templates, kept).catch((error: unknown) => {
        process.stderr.write(
          `${file}: warning: the article views cache was not written (${reasonOf(error)}); the next build makes every article page again\n`,
        )
      })
    }
    if (this.#speakerCache) {
      const file = this.#speakerCache
      await writeViewsCache(file, this.#templates, this.#speakerMade).catch((error: unknown) => {
        process.stderr.write(
          `${file}: warning: the speaker views cache was not written (${reasonOf(error)}); the next build makes every speaker page again\n`,
        )
      })
    }
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** JSON read back from a cache; null when it is damaged (the page is then made again). */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
