import { compareNewestFirst } from '../dates.js'

/**
 * Sort orders that decide what the site prints. Each one names its locale (`en`), so a build
 * gives the same pages on every machine whatever its `LANG`.
 */

// Names and labels as readers look for them: case and accents ignored, numbers by value.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
// Slugs and ids (a-z, 0-9, hyphens): the tie-breaker that makes every order total.
const idCollator = new Intl.Collator('en')

/** Speaker names and topic labels, A–Z. @param {string} a @param {string} b */
export const compareNames = (a, b) => nameCollator.compare(a, b)

/** Slugs and ids. @param {string} a @param {string} b */
export const compareIds = (a, b) => idCollator.compare(a, b)

/**
 * Articles (or anything carrying one's dates and slug): newest first; undated ones last, the
 * most recently first seen first among them; then by slug.
 *
 * @param {{ publishedAt: string | null, firstSeen?: string | null, slug: string }} a
 * @param {{ publishedAt: string | null, firstSeen?: string | null, slug: string }} b
 */
export const compareArticles = (a, b) =>
  compareNewestFirst(a.publishedAt, b.publishedAt) ||
  (a.publishedAt || b.publishedAt ? 0 : compareNewestFirst(a.firstSeen, b.firstSeen)) ||
  compareIds(a.slug, b.slug)
