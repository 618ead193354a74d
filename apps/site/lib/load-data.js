import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Article, formatIssues, IsoDate, Report, SpeakerIndex, TopicIndex } from '@newsroom/schema'
import { NewsroomDataError } from './errors.js'
import { articleRecord } from './model/records.js'
import { readRecordsCache, writeRecordsCache } from './records-cache.js'

/**
 * The article as the site reads it: the schema's `Article`, plus the date `newsroom process`
 * first saw its file (`firstSeen`) where it records one. Feeds date undated articles with it.
 */
export const SiteArticle = Article.extend({ firstSeen: IsoDate.optional() })

/**
 * @typedef {import('zod').output<typeof SiteArticle>} SiteArticle
 * @typedef {import('@newsroom/schema').SpeakerIndex} SpeakerIndexData
 * @typedef {import('@newsroom/schema').TopicIndex} TopicIndexData
 * @typedef {import('@newsroom/schema').Report} ReportData
 * @typedef {import('./model/records.js').ArticleRecord} ArticleRecord
 *
 * @typedef {object} NewsroomData
 *   Everything `newsroom process` wrote, validated and held in memory.
 * @property {string} dataDir absolute path of the folder the data was read from
 * @property {SiteArticle[]} articles in file-name order
 * @property {SpeakerIndexData} speakers
 * @property {TopicIndexData} topics
 * @property {ReportData} report
 *
 * @typedef {object} SiteData
 *   What the site builds from: every article validated and reduced to the record other pages
 *   need, the indexes, and a way to read one whole article again for its own page.
 * @property {string | null} dataDir absolute path of the data folder; null for data in memory
 * @property {ArticleRecord[]} articles in file-name order
 * @property {SpeakerIndexData} speakers
 * @property {TopicIndexData} topics
 * @property {ReportData} report
 * @property {(article: ArticleRecord) => Promise<SiteArticle>} readArticle the whole article, validated
 * @property {Map<string, string>} digests article file → digest of the bytes validated (none for
 *   data in memory)
 */

/** Article files read and validated at once: enough to keep the disk busy, few in memory. */
const READ_CONCURRENCY = 16

/**
 * Read and validate the output of `newsroom process`: `articles/*.json`, `speakers.json`,
 * `topics.json` and `report.json`, each through its zod schema, and keep of each article only
 * its record (summary, topics, speakers, quotes with their context), so memory stays small
 * however many articles there are. The cross-references between files (quote refs, topic and
 * speaker ids) are checked too, because a dangling one would become a broken link.
 *
 * With `options.cache` (see `lib/records-cache.js`), the records of the last build are used for
 * the article files whose bytes did not change since, and the cache is updated when any did.
 *
 * @param {string} dataDir folder written by `newsroom process --out`
 * @param {{ cache?: import('./records-cache.js').RecordsCache | undefined }} [options]
 * @returns {Promise<SiteData>}
 * @throws {NewsroomDataError} naming the file and field path, with the original error as `cause`
 */
export async function loadSiteData(dataDir, options = {}) {
  const root = path.resolve(dataDir)
  const files = await articleFiles(root)
  const articlesDir = path.join(root, 'articles')
  const cached = options.cache ? await readRecordsCache(options.cache, articlesDir) : new Map()
  /** @type {Map<string, import('./records-cache.js').CachedRecord>} */
  const fresh = new Map()
  let changed = cached.size !== files.length
  /** @type {ArticleRecord[]} */
  const articles = new Array(files.length)
  /** @type {Map<string, string>} file → digest of the bytes validated here */
  const validated = new Map()
  let next = 0
  const lane = async () => {
    while (next < files.length) {
      const index = next++
      const file = /** @type {string} */ (files[index])
      const name = path.basename(file)
      const bytes = await readData(file)
      // By content: `newsroom process` writes every file again on each run.
      const digest = digestOf(bytes)
      const hit = cached.get(name)
      // The cached record was made from these very bytes, validated then.
      const record =
        hit?.digest === digest
          ? hit.record
          : articleRecord(parseValidated(file, bytes, SiteArticle), file)
      if (record !== hit?.record) changed = true
      articles[index] = record
      fresh.set(name, { digest, record })
      validated.set(file, digest)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, lane))
  if (options.cache && changed) {
    // In file-name order, as the next build reads them.
    await writeRecordsCache(
      options.cache,
      new Map(
        files.map((file) => [
          path.basename(file),
          /** @type {any} */ (fresh.get(path.basename(file))),
        ]),
      ),
    )
  }
  const indexes = await readIndexes(root)
  checkReferences(
    root,
    articles.map((article) => ({
      slug: article.slug,
      file: article.file ?? root,
      quoteIds: new Set(article.quotes.keys()),
    })),
    indexes,
  )
  return {
    dataDir: root,
    articles,
    ...indexes,
    digests: validated,
    async readArticle(article) {
      const file = article.file
      if (!file) throw new TypeError(`Expected a file for article \`${article.slug}\``)
      const bytes = await readData(file)
      // The version validated above needs no second check; a file changed since does.
      if (validated.get(file) === digestOf(bytes)) {
        return /** @type {SiteArticle} */ (JSON.parse(bytes.toString('utf8')))
      }
      return parseValidated(file, bytes, SiteArticle)
    },
  }
}

/**
 * Read and validate the output of `newsroom process` and hold all of it in memory: for tests and
 * tools that look at whole articles. The site itself builds from `loadSiteData`.
 *
 * @param {string} dataDir folder written by `newsroom process --out`
 * @returns {Promise<NewsroomData>}
 * @throws {NewsroomDataError} naming the file and field path, with the original error as `cause`
 */
export async function loadNewsroomData(dataDir) {
  const root = path.resolve(dataDir)
  const files = await articleFiles(root)
  const articles = await Promise.all(files.map((file) => readValidated(file, SiteArticle)))
  const indexes = await readIndexes(root)
  checkReferences(
    root,
    articles.map((article, index) => ({
      slug: article.slug,
      file: files[index] ?? root,
      quoteIds: new Set(article.quotes.map((quote) => quote.id)),
    })),
    indexes,
  )
  return { dataDir: root, articles, ...indexes }
}

/**
 * The site data of articles and indexes held in memory (tests, tools): each article becomes its
 * record, and `readArticle` hands back the article itself.
 *
 * @param {Omit<NewsroomData, 'dataDir'> & { dataDir?: string }} data
 * @returns {SiteData}
 */
export function siteDataFrom(data) {
  const bySlug = new Map(data.articles.map((article) => [article.slug, article]))
  return {
    dataDir: data.dataDir ?? null,
    articles: data.articles.map((article) => articleRecord(article, null)),
    speakers: data.speakers,
    topics: data.topics,
    report: data.report,
    digests: new Map(),
    async readArticle(record) {
      const article = bySlug.get(record.slug)
      if (!article) throw new TypeError(`No article \`${record.slug}\` in memory`)
      return article
    },
  }
}

/**
 * What tells two versions of a file apart, from its bytes: cheaper than asking the file system
 * for its times, and true across `newsroom process` runs that write the same bytes again.
 *
 * @param {Buffer} bytes
 */
function digestOf(bytes) {
  return createHash('sha256').update(bytes).digest('base64url')
}

/**
 * The article files of a data folder, in file-name order.
 *
 * @param {string} root
 */
async function articleFiles(root) {
  const articlesDir = path.join(root, 'articles')
  try {
    return (await readdir(articlesDir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(articlesDir, name))
  } catch (cause) {
    throw new NewsroomDataError(
      `Having trouble reading the processed articles in ${articlesDir}: run \`pnpm process\` (or set NEWSROOM_DATA to the folder \`newsroom process --out\` wrote)`,
      { file: articlesDir, cause },
    )
  }
}

/** @param {string} root */
async function readIndexes(root) {
  const [speakers, topics, report] = await Promise.all([
    readValidated(path.join(root, 'speakers.json'), SpeakerIndex),
    readValidated(path.join(root, 'topics.json'), TopicIndex),
    readValidated(path.join(root, 'report.json'), Report),
  ])
  return { speakers, topics, report }
}

/**
 * Read one JSON file and parse it with a zod schema.
 *
 * @template {import('zod').ZodType} S
 * @param {string} file
 * @param {S} schema
 * @returns {Promise<import('zod').output<S>>}
 */
export async function readValidated(file, schema) {
  return parseValidated(file, await readData(file), schema)
}

/**
 * @param {string} file
 * @returns {Promise<Buffer>}
 */
async function readData(file) {
  try {
    return await readFile(file)
  } catch (cause) {
    throw new NewsroomDataError(`Having trouble reading data file ${file}`, { file, cause })
  }
}

/**
 * Parse and validate the bytes read from `file`, as `readValidated` does.
 *
 * @template {import('zod').ZodType} S
 * @param {string} file
 * @param {Buffer} bytes
 * @param {S} schema
 * @returns {import('zod').output<S>}
 */
function parseValidated(file, bytes, schema) {
  const text = bytes.toString('utf8')
  /** @type {unknown} */
  let json
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new NewsroomDataError(`Expected valid JSON in ${file}`, { file, cause })
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    const issues = formatIssues(result.error)
    const first = issues[0]
    const listed = issues
      .slice(0, 5)
      .map((issue) => `  ${issue.field}: ${issue.message}`)
      .join('\n')
    const more = issues.length > 5 ? `\n  …and ${issues.length - 5} more` : ''
    throw new NewsroomDataError(
      `Invalid data in ${file} at \`${first?.field ?? '(root)'}\`:\n${listed}${more}`,
      { file, field: first?.field ?? null, cause: result.error },
    )
  }
  return result.data
}

/**
 * Check that ids are unique and that every reference between the files resolves.
 *
 * @param {string} dataDir
 * @param {{ slug: string, file: string, quoteIds: Set<string> }[]} articleList
 * @param {{ speakers: SpeakerIndexData, topics: TopicIndexData }} indexes
 */
function checkReferences(dataDir, articleList, indexes) {
  const speakersFile = path.join(dataDir, 'speakers.json')
  const topicsFile = path.join(dataDir, 'topics.json')

  /** @type {Map<string, Set<string>>} slug → quote ids */
  const articles = new Map()
  for (const article of articleList) {
    if (articles.has(article.slug)) {
      throw new NewsroomDataError(
        `Duplicate article slug \`${article.slug}\` (two articles would share one page)`,
        { file: article.file, field: 'slug' },
      )
    }
    articles.set(article.slug, article.quoteIds)
  }

  /** @param {string} file @param {string} field @param {{ article: string, quoteId: string }} ref */
  const checkQuoteRef = (file, field, ref) => {
    const quoteIds = articles.get(ref.article)
    if (!quoteIds) {
      throw new NewsroomDataError(`Unknown article \`${ref.article}\` in ${file} at \`${field}\``, {
        file,
        field,
      })
    }
    if (!quoteIds.has(ref.quoteId)) {
      throw new NewsroomDataError(
        `Article \`${ref.article}\` has no quote \`${ref.quoteId}\` (${file} at \`${field}\`)`,
        { file, field },
      )
    }
  }

  const topicIds = new Set()
  indexes.topics.topics.forEach((topic, index) => {
    if (topicIds.has(topic.id)) {
      throw new NewsroomDataError(`Duplicate topic id \`${topic.id}\` in ${topicsFile}`, {
        file: topicsFile,
        field: `topics.${index}.id`,
      })
    }
    topicIds.add(topic.id)
    topic.articles.forEach((entry, position) => {
      if (!articles.has(entry.slug)) {
        const field = `topics.${index}.articles.${position}.slug`
        throw new NewsroomDataError(
          `Unknown article \`${entry.slug}\` in ${topicsFile} at \`${field}\``,
          { file: topicsFile, field },
        )
      }
    })
  })

  const speakerIds = new Set()
  indexes.speakers.speakers.forEach((speaker, index) => {
    if (speakerIds.has(speaker.id)) {
      throw new NewsroomDataError(
        `Duplicate speaker id \`${speaker.id}\` in ${speakersFile}: two speakers would share one page`,
        { file: speakersFile, field: `speakers.${index}.id` },
      )
    }
    speakerIds.add(speaker.id)
    speaker.quotes.forEach((ref, position) => {
      checkQuoteRef(speakersFile, `speakers.${index}.quotes.${position}`, ref)
    })
  })
  indexes.speakers.anonymous.forEach((ref, index) => {
    checkQuoteRef(speakersFile, `anonymous.${index}`, ref)
  })
}
