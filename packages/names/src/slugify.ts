import { createRequire } from 'node:module'
import type { slugify as Transliterate } from 'transliteration'
import { BoundedCache } from './bounded-cache.js'

const defaultMaxLength = 80

/**
 * A slug safe as one path segment: transliterated to ASCII, lowercase, words joined by single
 * hyphens, at most `maxLength` characters cut at a word boundary. Returns `''` for text with no
 * letters or digits; callers choose a fallback.
 */
export function slugify(text: string, maxLength = defaultMaxLength): string {
  if (maxLength !== defaultMaxLength) return slugOf(text, maxLength)
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const slug = slugOf(text, maxLength)
  cache.set(text, slug)
  return slug
}

/**
 * The same names (countries, organizations, people in the news) are slugged in article after
 * article, and transliterating costs more than the rest of naming an entity: a bounded memo, of
 * the slugs of the default length, which is the one asked for, keyed by the text alone (a key
 * made of the length and the text was a new string to hash on every call).
 */
const cache = new BoundedCache<string, string>(50_000)

const require = createRequire(import.meta.url)
let transliterator: typeof Transliterate | undefined

/**
 * `transliteration`, loaded on the first text that needs it: loading it builds its table of some
 * 40,000 characters (all of Hangul and the CJK blocks), which cost each thread that slugs a title
 * or a name some 60-90 ms of its own CPU and as much again of V8 compiling the loop that builds
 * it, where most titles and names are plain ASCII.
 */
function transliterate(text: string): string {
  transliterator ??= (require('transliteration') as { slugify: typeof Transliterate }).slugify
  return transliterator(text, { lowercase: true, separator: '-', allowedChars: 'a-zA-Z0-9' })
}

/**
 * Text that `transliterate` turns into the same slug as `plainSlug` does: printable ASCII, and
 * the typographic quotes, dashes and guillemets of titles, which it makes ASCII punctuation (the
 * test holds each to it). Any other character (a letter with a diacritic, a zero-width space,
 * which it drops rather than make a separator) takes the transliteration.
 */
const plainText = /^[ -~\u00ab\u00bb\u2010-\u2015\u2018-\u201f]*$/

/** The slug of plain text: each run of characters other than ASCII letters and digits a hyphen. */
function plainSlug(text: string): string {
  return text.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()
}

function slugOf(text: string, maxLength: number): string {
  const normal = text.normalize('NFKC')
  const slug = (plainText.test(normal) ? plainSlug(normal) : transliterate(normal))
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-$/, '')
}
