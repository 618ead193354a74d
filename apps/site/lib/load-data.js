import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Article, formatIssues, Report, SpeakerIndex, TopicIndex } from '@newsroom/schema'
import { NewsroomDataError } from './errors.js'

/**
 * @typedef {import('@newsroom/schema').Article} ArticleData
 * @typedef {import('@newsroom/schema').SpeakerIndex} SpeakerIndexData
 * @typedef {import('@newsroom/schema').TopicIndex} TopicIndexData
 * @typedef {import('@newsroom/schema').Report} ReportData
 *
 * @typedef {object} NewsroomData
 *   Everything `newsroom process` wrote, validated.
 * @property {string} dataDir absolute path of the folder the data was read from
 * @property {ArticleData[]} articles in file-name order
 * @property {SpeakerIndexData} speakers
 * @property {TopicIndexData} topics
 * @property {ReportData} report
 */

/**
 * Read and validate the output of `newsroom process`: `articles/*.json`, `speakers.json`,
 * `topics.json` and `report.json`. Every file goes through its zod schema; the cross-references
 * between files (quote refs, topic and speaker ids) are checked too, because a dangling one
 * would become a broken link.
 *
 * @param {string} dataDir folder written by `newsroom process --out`
 * @returns {Promise<NewsroomData>}
 * @throws {NewsroomDataError} naming the file and field path, with the original error as `cause`
 */
export async function loadNewsroomData(dataDir) {
  const root = path.resolve(dataDir)
  const articlesDir = path.join(root, 'articles')
  /** @type {string[]} */
  let names
  try {
    names = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).sort()
  } catch (cause) {
    throw new NewsroomDataError(
      `Having trouble reading the processed articles in ${articlesDir}: run \`pnpm process\` (or set NEWSROOM_DATA to the folder \`newsroom process --out\` wrote)`,
      { file: articlesDir, cause },
    )
  }
  const articles = await Promise.all(
    names.map((name) => readValidated(path.join(articlesDir, name), Article)),
  )
  const [speakers, topics, report] = await Promise.all([
    readValidated(path.join(root, 'speakers.json'), SpeakerIndex),
    readValidated(path.join(root, 'topics.json'), TopicIndex),
    readValidated(path.join(root, 'report.json'), Report),
  ])
  const data = { dataDir: root, articles, speakers, topics, report }
  checkReferences(data)
  return data
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
  /** @type {string} */
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (cause) {
    throw new NewsroomDataError(`Having trouble reading data file ${file}`, { file, cause })
  }
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
 * @param {NewsroomData} data
 */
function checkReferences(data) {
  const speakersFile = path.join(data.dataDir, 'speakers.json')
  const topicsFile = path.join(data.dataDir, 'topics.json')

  /** @type {Map<string, ArticleData>} */
  const articles = new Map()
  for (const article of data.articles) {
    const file = path.join(data.dataDir, 'articles', `${article.slug}.json`)
    if (articles.has(article.slug)) {
      throw new NewsroomDataError(
        `Duplicate article slug \`${article.slug}\` (two articles would share one page)`,
        { file, field: 'slug' },
      )
    }
    articles.set(article.slug, article)
  }

  /** @param {string} file @param {string} field @param {{ article: string, quoteId: string }} ref */
  const checkQuoteRef = (file, field, ref) => {
    const article = articles.get(ref.article)
    if (!article) {
      throw new NewsroomDataError(`Unknown article \`${ref.article}\` in ${file} at \`${field}\``, {
        file,
        field,
      })
    }
    if (!article.quotes.some((quote) => quote.id === ref.quoteId)) {
      throw new NewsroomDataError(
        `Article \`${ref.article}\` has no quote \`${ref.quoteId}\` (${file} at \`${field}\`)`,
        { file, field },
      )
    }
  }

  const topicIds = new Set()
  data.topics.topics.forEach((topic, index) => {
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
  data.speakers.speakers.forEach((speaker, index) => {
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
  data.speakers.anonymous.forEach((ref, index) => {
    checkQuoteRef(speakersFile, `anonymous.${index}`, ref)
  })
}
