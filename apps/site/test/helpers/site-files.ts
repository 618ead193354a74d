import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DOMParser, parseHTML } from 'linkedom'

export type HtmlDocument = ReturnType<typeof parseHTML>['document']

/** Every file under `dir`, as paths relative to it with `/` separators. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** The HTML pages of a built site, as URL paths (`/`, `/articles/x/`, `/404.html`). */
export async function listPages(siteDir: string): Promise<string[]> {
  return (await listFiles(siteDir))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
}

/** The file a site URL path is served from, or null when there is none. */
export async function fileForUrl(siteDir: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath)
  const candidates = decoded.endsWith('/')
    ? [path.join(siteDir, decoded, 'index.html')]
    : [path.join(siteDir, decoded), path.join(siteDir, decoded, 'index.html')]
  for (const candidate of candidates) {
    if (!candidate.startsWith(siteDir)) return null
    try {
      if ((await stat(candidate)).isFile()) return candidate
    } catch {
      // Try the next candidate.
    }
  }
  return null
}

/** The text of the file served at `urlPath`, read afresh (a rebuilt site may have changed it). */
export async function readSiteFile(siteDir: string, urlPath: string): Promise<string> {
  const file = await fileForUrl(siteDir, urlPath)
  if (!file) throw new Error(`No file at ${urlPath}`)
  return readFile(file, 'utf8')
}

/** An element's text as a reader sees it: white space collapsed, trimmed. */
export function textOf(element: { textContent: string | null } | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
}

/** The HTML page served at `urlPath`, parsed afresh. */
export async function parseSitePage(siteDir: string, urlPath: string): Promise<HtmlDocument> {
  const html = await readSiteFile(siteDir, urlPath)
  return new DOMParser().parseFromString(html, 'text/html') as unknown as HtmlDocument
}

/** The XML file (a feed, the sitemap) served at `urlPath`, parsed afresh. */
export async function parseSiteXml(siteDir: string, urlPath: string): Promise<HtmlDocument> {
  const xml = await readSiteFile(siteDir, urlPath)
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as HtmlDocument
}

/** One Pagefind fragment: what search shows of an indexed page. */
export interface SearchFragment {
  url: string
  content: string
  filters: Record<string, string[]>
}

/** The folders of the search index's shards, as `pagefind/shards.json` lists them. */
export async function searchShards(siteDir: string): Promise<string[]> {
  const list = JSON.parse(
    await readFile(path.join(siteDir, 'pagefind', 'shards.json'), 'utf8'),
  ) as { shards: string[] }
  return list.shards.map((shard) => path.join(siteDir, 'pagefind', shard))
}

/** Pagefind's fragments of a built site, from every shard of its index. */
export async function searchFragments(siteDir: string): Promise<SearchFragment[]> {
  const fragments: SearchFragment[] = []
  for (const shard of await searchShards(siteDir)) {
    const folder = path.join(shard, 'fragment')
    for (const name of await readdir(folder)) {
      const bytes = gunzipSync(await readFile(path.join(folder, name)))
      // Each fragment is `pagefind_dcd` followed by its JSON.
      fragments.push(
        JSON.parse(bytes.toString('utf8').replace(/^pagefind_dcd/, '')) as SearchFragment,
      )
    }
  }
  return fragments
}

const cache = new Map<string, HtmlDocument>()

/** Parse the page served at `urlPath`. */
export async function readPage(siteDir: string, urlPath: string): Promise<HtmlDocument> {
  const file = await fileForUrl(siteDir, urlPath)
  if (!file) throw new Error(`No page at ${urlPath}`)
  const cached = cache.get(file)
  if (cached) return cached
  const { document } = parseHTML(await readFile(file, 'utf8'))
  cache.set(file, document)
  return document
}

/** Parse a JSON file served at `urlPath`. */
export async function readJson(siteDir: string, urlPath: string): Promise<unknown> {
  const file = await fileForUrl(siteDir, urlPath)
  if (!file) throw new Error(`No file at ${urlPath}`)
  return JSON.parse(await readFile(file, 'utf8'))
}

/** The parsed JSON-LD documents of a page. */
export function jsonLdOf(document: HtmlDocument): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  )
}
