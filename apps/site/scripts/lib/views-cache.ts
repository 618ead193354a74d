import path from 'node:path'
import { readKeyedLines, writeKeyedLines } from '../../lib/keyed-lines.js'

/**
 * What the article pages of the last build were made from, kept between builds beside the
 * article records (`lib/records-cache.js`), out of the site: an article whose bytes have the
 * same digest, and to whose view the site gives the same answers (`lib/model/view-inputs.js`),
 * has the page fingerprints it had then. A build whose output holds the page with that
 * fingerprint knows the page is up to date without reading the article or making its view.
 *
 * One line of JSON per page (`[file, memo]`) after a first line naming the templates and code
 * the fingerprints were made with (`key`): a file made with others, or one that cannot be read,
 * is ignored as a whole. Written beside the final file and renamed over it
 * (`lib/keyed-lines.js`).
 */
export interface ArticlePageMemo {
  /** Digest of the article file's bytes (`SiteData.digests`). */
  digest: string
  /**
   * What the page's view asked of the site (JSON of its `ViewInput[]`: as text, a tenth of the
   * memory of the arrays at 50,000 articles), and the digest of the answers.
   */
  inputs: string
  answers: string
  /** The page's fingerprint, and that of what search reads of it. */
  page: string
  search: string
}

/** The views cache that goes with a records cache: the same folder and data folder. */
export function viewsCacheBeside(recordsCache: string): string {
  return cacheBeside(recordsCache, 'views-')
}

/** The memos of a views cache, by page file; empty when there is no usable one. */
export function readViewsCache(file: string, key: string): Promise<Map<string, ArticlePageMemo>> {
  return readMemos(file, key, (memo) => typeof memo?.inputs === 'string')
}

/** Replace a views cache (of article pages or of speaker files) with these memos. */
export async function writeViewsCache<Memo>(
  file: string,
  key: string,
  memos: Map<string, Memo>,
): Promise<void> {
  await writeKeyedLines(file, key, memos)
}

/**
 * What a speaker's page or feed file was made from, kept like the article memos in a file of its
 * own (`speakerViewsCacheBeside`): a speaker whose inputs have the same digest
 * (`lib/model/speaker-inputs.js`) has the files it had then, and a build whose output holds
 * each file with its fingerprint neither makes nor fingerprints the speaker's views.
 */
export interface SpeakerFileMemo {
  /** Digest of what the speaker's pages and feed are made from (`Site.speakerInputs`). */
  inputs: string
  /** The file's fingerprint, and that of what search reads of it, on the page search indexes. */
  page: string
  search?: string
}

/** The speaker views cache that goes with a records cache. */
export function speakerViewsCacheBeside(recordsCache: string): string {
  return cacheBeside(recordsCache, 'speaker-views-')
}

/** The memos of a speaker views cache, by file; empty when there is no usable one. */
export function readSpeakerViewsCache(
  file: string,
  key: string,
): Promise<Map<string, SpeakerFileMemo>> {
  return readMemos(
    file,
    key,
    (memo) =>
      typeof memo?.inputs === 'string' &&
      typeof memo.page === 'string' &&
      (memo.search === undefined || typeof memo.search === 'string'),
  )
}

function cacheBeside(recordsCache: string, prefix: string): string {
  return path.join(
    path.dirname(recordsCache),
    path.basename(recordsCache).replace(/^(records-)?/, prefix),
  )
}

/** A cache's memos by file, each of the shape `isMemo` checks; empty when the file is missing or damaged. */
async function readMemos<Memo>(
  file: string,
  key: string,
  isMemo: (memo: Record<string, unknown> | undefined) => boolean,
): Promise<Map<string, Memo>> {
  const memos = new Map<string, Memo>()
  const usable = await readKeyedLines(file, key, (entry) => {
    const [page, memo] = entry as [unknown, Record<string, unknown> | undefined]
    if (typeof page !== 'string' || !isMemo(memo)) return false
    memos.set(page, memo as Memo)
    return true
  })
  // No cache yet, or a damaged one: every page is worked out.
  return usable ? memos : new Map()
}
