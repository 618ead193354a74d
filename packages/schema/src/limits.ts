/**
 * Longest values an article may hold, in UTF-16 code units, and longest lists. They keep the
 * output proportional to the content: a title is repeated on every page, feed and speaker entry
 * that lists its article, so a megabyte title would make a site hundreds of times its size.
 * Ingestion truncates longer values with a warning; the schemas refuse them.
 */
export const limits = Object.freeze({
  title: 500,
  dek: 1000,
  byline: 500,
  publisher: 200,
  /** One name: an author, a tag, a topic, a speaker name in `overrides`. */
  name: 200,
  /** Items of one list: authors, tags, topics to add or remove, speaker names. */
  items: 100,
})
export type Limits = typeof limits
