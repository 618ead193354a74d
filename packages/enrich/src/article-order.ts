import type { Article } from '@newsroom/schema'

/** Newest first; undated articles last; then by slug, so the order is total and stable. */
export function compareNewestFirst(
  a: Pick<Article, 'publishedAt' | 'slug'>,
  b: Pick<Article, 'publishedAt' | 'slug'>,
): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1
    if (b.publishedAt === null) return -1
    return a.publishedAt < b.publishedAt ? 1 : -1
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

/** Count keys, then list them most frequent first (ties by key). */
export function rankCounts(keys: Iterable<string>): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
