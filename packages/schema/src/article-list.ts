import { z } from 'zod'
import { limits } from './limits.js'
import { IsoDate, Slug } from './primitives.js'

/** An address on the site from its root (`/articles/a/`): the site may be moved to any domain. */
const sitePath = z
  .string()
  .regex(/^\//, 'Expected an address from the site root, such as `/articles/a/`')

/** One article of the site's article list: enough to find its page and its data file. */
export const ArticleListEntry = z.object({
  slug: Slug.describe("The article's slug: its `slug` in the article JSON."),
  title: z.string().min(1).max(limits.title).describe("The article's title."),
  publishedAt: IsoDate.nullable().describe(
    'When the article was published, as its source states it; null when it states none.',
  ),
  url: sitePath.describe(
    "The article's page, as a path from the root of the site's domain: /articles/<slug>/ for a site at the root, /newsroom/articles/<slug>/ for one published under /newsroom.",
  ),
  data: sitePath.describe(
    "The article's JSON (an `Article`), as a path from the root of the site's domain: /api/articles/<slug>.json for a site at the root, /newsroom/api/articles/<slug>.json for one published under /newsroom.",
  ),
})
export type ArticleListEntry = z.infer<typeof ArticleListEntry>

/**
 * `/api/articles.json`: the list of a site's articles, newest first (undated last). Made by the
 * site from the processed articles, not written by `newsroom process`.
 */
export const ArticleList = z
  .object({
    articles: z
      .array(ArticleListEntry)
      .describe('Every article of the site, newest first; undated articles last.'),
  })
  .meta({ id: 'ArticleList', title: 'Newsroom article list' })
export type ArticleList = z.infer<typeof ArticleList>
