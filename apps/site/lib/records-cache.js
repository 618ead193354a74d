import path from 'node:path'
import { readKeyedLines, writeKeyedLines } from './keyed-lines.js'

/**
 * The article records of the last build, kept between builds: an article file whose bytes have
 * the digest they had when its record was made is not parsed, validated or summarized again.
 * Parsing 10,000 articles costs several times what reading their records does, most of it in
 * validation and in finding the sentences around each quote. (By content, not by file times:
 * `newsroom process` writes its whole output folder again on every run.)
 *
 * The cache is one line of JSON per article (`{ name, digest, record }`) after a first line
 * naming the code that made it (`key`): a file written with other code, or one that cannot be
 * read, is ignored as a whole, and the build reads every article. It is written beside the
 * final file and renamed over it, so a killed build leaves the old cache or the new one.
 *
 * @typedef {import('./model/records.js').ArticleRecord} ArticleRecord
 * @typedef {{ digest: string, record: ArticleRecord }} CachedRecord
 * @typedef {{ file: string, key: string }} RecordsCache where the cache is, and what made it
 */

/**
 * The records a cache holds, by article file name; empty when there is no usable cache.
 *
 * @param {RecordsCache} cache
 * @param {string} articlesDir the folder the records' articles are in
 * @returns {Promise<Map<string, CachedRecord>>}
 */
export async function readRecordsCache(cache, articlesDir) {
  /** @type {Map<string, CachedRecord>} */
  const records = new Map()
  const usable = await readKeyedLines(cache.file, cache.key, (entry) => {
    const { name, digest, record } = /** @type {any} */ (entry)
    if (typeof name !== 'string' || typeof digest !== 'string' || !Array.isArray(record?.quotes))
      return false
    records.set(name, {
      digest,
      record: { ...record, file: path.join(articlesDir, name), quotes: new Map(record.quotes) },
    })
    return true
  })
  // No cache yet, or one that is damaged: every article is read.
  return usable ? records : new Map()
}

/**
 * Replace the cache with these records, by article file name.
 *
 * @param {RecordsCache} cache
 * @param {Map<string, CachedRecord>} records
 */
export async function writeRecordsCache(cache, records) {
  await writeKeyedLines(cache.file, cache.key, cacheEntries(records))
}

/**
 * The cache's entries, one at a time (the whole cache at once would be as big as the records).
 *
 * @param {Map<string, CachedRecord>} records
 */
function* cacheEntries(records) {
  for (const [name, { digest, record }] of records) {
    const { file: _file, quotes, ...rest } = record
    yield { name, digest, record: { ...rest, quotes: [...quotes] } }
  }
}
