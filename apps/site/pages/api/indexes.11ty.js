/**
 * `/api/articles.json` (the list), `/api/speakers.json`, `/api/topics.json` and
 * `/api/report.json`: the processed data, published for reuse.
 */
export const data = {
  pagination: {
    data: 'apiFiles',
    size: 1,
    alias: 'file',
  },
  apiFiles: ['articles', 'speakers', 'topics', 'report'],
  permalink: (/** @type {any} */ data) => `/api/${data.file}.json`,
  eleventyExcludeFromCollections: true,
}

/** @param {{ file: string, newsroom: ReturnType<typeof import('../../lib/site-model.js').buildSiteModel> }} data */
export function render({ file, newsroom }) {
  const { api } = newsroom
  /** @type {Record<string, unknown>} */
  const documents = {
    articles: { articles: api.articleList },
    speakers: api.speakers,
    topics: api.topics,
    report: api.report,
  }
  return `${JSON.stringify(documents[file], null, 2)}\n`
}
