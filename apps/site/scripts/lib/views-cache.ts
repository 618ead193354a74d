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
  return path.join(
    path.dirname(recordsCache),
    path.basename(recordsCache).replace(/^(records-)?/, 'views-'),
  )
}

/** The memos of a views cache, by page file; empty when there is no usable one. */
export async function readViewsCache(
  file: string,
  key: string,
): Promise<Map<string, ArticlePageMemo>> {
  const memos = new Map<string, ArticlePageMemo>()
  const usable = await readKeyedLines(file, key, (entry) => {
    const [page, memo] = entry as [unknown, ArticlePageMemo | undefined]
    if (typeof page !== 'string' || typeof memo?.inputs !== 'string') return false
    memos.set(page, memo)
    return true
  })
  // No cache yet, or a damaged one: every article page is worked out.
  return usable ? memos : new Map()
}

/** Replace the views cache with these memos. */
export async function writeViewsCache(
  file: string,
  key: string,
  memos: Map<string, ArticlePageMemo>,
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
  return path.join(
    path.dirname(recordsCache),
    path.basename(recordsCache).replace(/^(records-)?/, 'speaker-views-'),
  )
}

/** The memos of a speaker views cache, by file; empty when there is no usable one. */
export async function readSpeakerViewsCache(
  file: string,
  key: string,
): Promise<Map<string, SpeakerFileMemo>> {
  const memos = new Map<string, SpeakerFileMemo>()
  const usable = await readKeyedLines(file, key, (entry) => {
    const [page, memo] = entry as [unknown, SpeakerFileMemo | undefined]
    if (typeof page !== 'string' || typeof memo?.inputs !== 'string') return false
    if (typeof memo.page !== 'string') return false
    if (memo.search !== undefined && typeof memo.search !== 'string') return false
    memos.set(page, memo)
    return true
  })
  return usable ? memos : new Map()
}

/** Replace the speaker views cache with these memos. */
export async function writeSpeakerViewsCache(
  file: string,
  key: string,
  memos: Map<string, SpeakerFileMemo>,
): Promise<void> {
  await writeKeyedLines(file, key, memos)
}
