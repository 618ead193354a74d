import { z } from 'zod'
import { IsoDate, Slug } from './primitives.js'

/** One published article: which file it came from, its URL slug and the day it first appeared. */
export const PublishedArticle = z.object({
  sourceFile: z.string(),
  slug: Slug,
  firstSeen: IsoDate,
  /** The article's `contentHash`, to recognize a renamed file. */
  contentHash: z.string(),
})
export type PublishedArticle = z.infer<typeof PublishedArticle>

/**
 * `published.json`: what an output folder published, carried forward by the next run so that a
 * published URL and a first-seen date stay stable. It also marks the folder as newsroom output,
 * the only kind of folder the CLI replaces.
 */
export const Publication = z
  .object({
    generator: z.literal('newsroom'),
    articles: z.array(PublishedArticle),
  })
  .meta({ id: 'Publication', title: 'Newsroom publication record' })
export type Publication = z.infer<typeof Publication>
