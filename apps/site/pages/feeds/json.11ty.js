import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss'
import { feedEntryHtml } from '../../lib/feed-html.js'

/** JSON Feed 1.1 for the site, each topic and each speaker: built with JSON.stringify. */
export const data = {
  pagination: { data: 'newsroom.feeds', size: 1, alias: 'feed' },
  permalink: (/** @type {any} */ data) => data.feed.jsonUrl,
  eleventyExcludeFromCollections: true,
}

/**
 * @param {{ feed: import('../../lib/site-model.js').Feed, site: { url: string, title: string, description: string, language: string } }} data
 */
export function render({ feed, site }) {
  /** @param {string} path */
  const absolute = (path) => `${site.url}${path}`
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title ? `${feed.title} · ${site.title}` : site.title,
      description: site.description,
      language: site.language,
      home_page_url: absolute(feed.homeUrl),
      feed_url: absolute(feed.jsonUrl),
      authors: [{ name: site.title, url: absolute('/') }],
      items: feed.entries.map((entry) => ({
        id: absolute(entry.article.url),
        url: absolute(entry.article.url),
        title: entry.article.title,
        ...contentOf(entry, site.url),
        // The same dates as the Atom entry; an entry with none known has none here.
        ...(entry.published ? { date_published: dateToRfc3339(new Date(entry.published)) } : {}),
        ...(entry.dated ? { date_modified: dateToRfc3339(new Date(entry.updated)) } : {}),
        ...(entry.article.byline ? { authors: [{ name: entry.article.byline }] } : {}),
        tags: entry.article.topics.map((topic) => topic.label),
      })),
    },
    // Feeds are read by programs, and there are two for every speaker: no indentation.
  )}\n`
}

/**
 * An item's summary and content: the HTML content when the entry has more than its summary,
 * else the summary as the content (JSON Feed requires one).
 *
 * @param {import('../../lib/site-model.js').FeedEntry} entry
 * @param {string} siteUrl
 */
function contentOf(entry, siteUrl) {
  const html = feedEntryHtml(entry, siteUrl)
  return html
    ? { summary: entry.article.summary, content_html: html }
    : { content_text: entry.article.summary }
}
