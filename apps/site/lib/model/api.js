import { articleApiUrl, articleUrl } from '../urls.js'

/**
 * @typedef {import('../load-data.js').NewsroomData} NewsroomData
 * @typedef {import('@newsroom/schema').Article} ArticleData
 */

/**
 * The open data under `/api/`: each article as validated, the list of articles, and
 * `speakers.json`, `topics.json` and `report.json` as `newsroom process` wrote them.
 *
 * @param {NewsroomData} data
 * @param {ArticleData[]} articles in the site's order (newest first)
 */
export function buildApi(data, articles) {
  return {
    articles,
    articleList: articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      publishedAt: article.publishedAt,
      url: articleUrl(article.slug),
      data: articleApiUrl(article.slug),
    })),
    speakers: data.speakers,
    topics: data.topics,
    report: data.report,
  }
}
