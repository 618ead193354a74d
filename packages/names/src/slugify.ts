import { slugify as transliterate } from 'transliteration'
import { BoundedCache } from './bounded-cache.js'

/**
 * A slug safe as one path segment: transliterated to ASCII, lowercase, words joined by single
 * hyphens, at most `maxLength` characters cut at a word boundary. Returns `''` for text with no
 * letters or digits; callers choose a fallback.
 */
export function slugify(text: string, maxLength = 80): string {
  const key = `${maxLength} ${text}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const slug = slugOf(text, maxLength)
  cache.set(key, slug)
  return slug
}

/**
 * The same names (countries, organizations, people in the news) are slugged in article after
 * article, and transliterating costs more than the rest of naming an entity: a bounded memo.
 */
const cache = new BoundedCache<string, string>(50_000)

function slugOf(text: string, maxLength: number): string {
  const slug = transliterate(text.normalize('NFKC'), {
    lowercase: true,
    separator: '-',
    allowedChars: 'a-zA-Z0-9',
  })
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-$/, '')
}
