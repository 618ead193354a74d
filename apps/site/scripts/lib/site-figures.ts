import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** What a built file is for. */
export type FileKind = 'html' | 'feeds' | 'api' | 'search index' | 'other'
export const fileKinds: readonly FileKind[] = ['html', 'feeds', 'api', 'search index', 'other']

/** Which template an HTML page comes from. */
export type PageKind =
  | 'home'
  | 'article'
  | 'article index'
  | 'speaker'
  | 'speaker index'
  | 'topic'
  | 'topic index'
  | 'unnamed sources'
  | 'search'
  | 'open data'
  | 'not found'
  | 'other'
export const pageKinds: readonly PageKind[] = [
  'home',
  'article',
  'article index',
  'speaker',
  'speaker index',
  'topic',
  'topic index',
  'unnamed sources',
  'search',
  'open data',
  'not found',
  'other',
]

export interface SiteFigures {
  files: number
  bytes: number
  byKind: Record<FileKind, { files: number; bytes: number }>
  pages: Record<PageKind, number>
}

/**
 * The kind of a built file, from its path relative to the site folder (`/` separators).
 *
 * @param file `articles/a/index.html`, `feed.xml`, `pagefind/pagefind.js`, …; the `/api/` page
 *   that documents the open data is HTML, its JSON files are `api`
 */
export function fileKind(file: string): FileKind {
  if (file.startsWith('pagefind/')) return 'search index'
  if (file.endsWith('.html')) return 'html'
  if (file.startsWith('api/')) return 'api'
  if (/(^|\/)feed\.(xml|json)$/.test(file)) return 'feeds'
  return 'other'
}

// Listings of articles, speakers and topics: the first page and `page/<n>/` after it.
const indexPage = /^(articles|speakers|topics)\/(page\/\d+\/)?index\.html$/
// A page of one article, speaker or topic, also paginated.
const itemPage = /^(articles|speakers|topics)\/[^/]+\/(page\/\d+\/)?index\.html$/
const singular = { articles: 'article', speakers: 'speaker', topics: 'topic' } as const

/**
 * The kind of an HTML page, from its path relative to the site folder (see `lib/urls.js`).
 *
 * @param file an `.html` file outside `pagefind/`
 */
export function pageKind(file: string): PageKind {
  if (file === 'index.html') return 'home'
  if (file === '404.html') return 'not found'
  if (file === 'search/index.html') return 'search'
  if (file === 'api/index.html') return 'open data'
  if (file.startsWith('sources/unnamed/')) return 'unnamed sources'
  const index = indexPage.exec(file)
  if (index) return `${singular[index[1] as keyof typeof singular]} index`
  const item = itemPage.exec(file)
  if (item) return singular[item[1] as keyof typeof singular]
  return 'other'
}

/** Count and size every file of a built site, by kind, and its HTML pages by template. */
export async function measureSite(siteDir: string): Promise<SiteFigures> {
  const figures: SiteFigures = {
    files: 0,
    bytes: 0,
    byKind: Object.fromEntries(fileKinds.map((kind) => [kind, { files: 0, bytes: 0 }])) as Record<
      FileKind,
      { files: number; bytes: number }
    >,
    pages: Object.fromEntries(pageKinds.map((kind) => [kind, 0])) as Record<PageKind, number>,
  }
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath, entry.name)
    const file = path.relative(siteDir, absolute).split(path.sep).join('/')
    const { size } = await stat(absolute)
    const kind = fileKind(file)
    figures.files += 1
    figures.bytes += size
    figures.byKind[kind].files += 1
    figures.byKind[kind].bytes += size
    if (kind === 'html') figures.pages[pageKind(file)] += 1
  }
  return figures
}
