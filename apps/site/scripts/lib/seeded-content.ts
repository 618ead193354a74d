import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ArticleCache } from '@newsroom/cli/cache'
import { Article } from '@newsroom/schema'

/**
 * Content files for generated site data (see generate-site-data.ts), and the per-article cache
 * of `newsroom process` filled with their processed articles, so that a benchmark can run
 * `newsroom process` over tens of thousands of articles the way a warm `pnpm build` does
 * (every article served from the cache) without enriching them all first. An article added
 * without a cache entry is then enriched for real, as a user's new article is.
 *
 * The entries are written by the CLI's own `ArticleCache`, so they keep its key and layout.
 */

/**
 * The text of a generated article as a content file: its title, its date line when it has a
 * date (`date` overrides it), then its blocks.
 */
export function contentText(article: Article, date: string | null = article.publishedAt): string {
  const dateLine = date ? [dateLineOf(date)] : []
  return `${[article.title, ...dateLine, ...article.blocks.map((block) => block.text)].join('\n\n')}\n`
}

/** A date line as news sites write it, which ingest reads: `Saturday, January 5, 2019`. */
export function dateLineOf(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

/** The content file of an article: its slug, as plain text. */
export const contentFileOf = (slug: string) => `${slug}.txt`

/**
 * Write the content file of each article of `dataDir` named in `slugs` into `contentDir`, and,
 * when `cache` is given, its entry in that cache (for the content file as written).
 *
 * @param options.date the date of every article written instead of its own (ISO)
 */
export async function writeContent(options: {
  dataDir: string
  slugs: readonly string[]
  contentDir: string
  cache?: ArticleCache | undefined
  date?: string | undefined
}): Promise<void> {
  await mkdir(options.contentDir, { recursive: true })
  for (const slug of options.slugs) {
    const file = path.join(options.dataDir, 'articles', `${slug}.json`)
    const article = Article.parse(JSON.parse(await readFile(file, 'utf8')))
    const sourceFile = contentFileOf(slug)
    const text = contentText(article, options.date ?? article.publishedAt)
    await writeFile(path.join(options.contentDir, sourceFile), text)
    if (!options.cache) continue
    const key = options.cache.key(sourceFile, Buffer.from(text))
    await options.cache.set(key, { article: { ...article, sourceFile }, diagnostics: [] })
  }
}
