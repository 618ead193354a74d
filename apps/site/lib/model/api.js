import { articleApiUrl, articleUrl } from '../urls.js'

/**
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 */

/**
 * `/api/articles.json`: every article with its page and its data file. The data files
 * themselves (`/api/articles/<slug>.json`, `speakers.json`, `topics.json`, `report.json`) are
 * the files `newsroom process` wrote, copied as they are once they validate.
 *
 * @param {ArticleSummary[]} articles in the site's order (newest first)
 */
export function articleList(articles) {
  return articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    publishedAt: article.publishedAt,
    url: articleUrl(article.slug),
    data: articleApiUrl(article.slug),
  }))
}
