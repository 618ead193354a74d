import { createRequire } from 'node:module'
import type { Readability as ReadabilityClass } from '@mozilla/readability'
import type { parseHTML as ParseHTML } from 'linkedom'
import type { VFile } from 'vfile'
import { authorsOf } from '../authors.js'
import { parseDate } from '../dates.js'
import type { Draft, Segment } from '../draft.js'
import { emptyDraft, segmentText } from '../draft.js'
import { takeLeadingMetadata } from '../header.js'
import { type Place, report, shorten } from '../messages.js'
import { isPublisherCandidate } from '../metadata-lines.js'
import { normalizeBlockText } from '../normalize.js'
import { lineStarts, placeAt } from '../text-places.js'
import { collectBlocks } from './html-blocks.js'
import type { Document, Element } from './html-dom.js'
import { placeHeadAndBody } from './html-head-body.js'
import { articleHeading, collapseSpaces } from './html-heading.js'
import { limitHtml, maxHtmlAttributes, maxHtmlDepth } from './html-limits.js'
import { emptyTemplates } from './html-templates.js'
import { pageTimes } from './html-time.js'
import { collapseWrapperRuns } from './html-wrappers.js'
import { type JsonLdArticle, readJsonLd } from './json-ld.js'

const require = createRequire(import.meta.url)

/**
 * linkedom and Readability, loaded on the first saved web page: most content is text, Markdown or
 * JSON, and importing linkedom with its parser and DOM classes cost each worker thread some 4% of
 * the CPU of processing one article (and 0.7 MB of the worker bundle), whether or not a page
 * came. `require` keeps ingesting synchronous; linkedom's CommonJS build is the same code as its
 * ES modules.
 */
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined
function htmlTools(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass })
      .Readability,
  }
  return dom
}

/** `<meta>` values by name or property, lowercased keys; repeated keys keep every value. */
function readMeta(document: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>()
  for (const element of document.querySelectorAll('meta')) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop')
    )?.toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (!key || !content) continue
    const values = meta.get(key)
    if (values) values.push(content)
    else meta.set(key, [content])
  }
  return meta
}

function first(meta: Map<string, string[]>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.get(key)?.[0]
    if (value) return value
  }
  return undefined
}

/** `value` as an absolute http(s) URL (resolved against `base` when relative), else undefined. */
function absoluteUrl(value: string | undefined, base?: string | null): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value.trim(), base ?? undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Schemes that run code or read local files when a link is followed. */
const unsafeScheme = /^\s*(?:javascript|data|file|vbscript|blob):/i

/**
 * Places of texts in the HTML source, for messages. Texts are looked for in document order: each
 * search starts where the previous text was found and looks a bounded distance ahead, so placing
 * every block of a page costs time linear in its size. A text not found (entities, markup
 * between its words) gets the place of the last text found.
 */
class Locator {
  readonly #source: string
  readonly #starts: number[]
  #cursor: number

  constructor(source: string, from = 0) {
    this.#source = source
    this.#starts = lineStarts(source)
    this.#cursor = from
  }

  placeOf(offset: number): Place {
    return placeAt(this.#starts, offset)
  }

  /** The place of `text` after the previous one found. */
  next(text: string): Place {
    const found = this.#find(text, this.#cursor, searchWindow)
    if (found >= 0) this.#cursor = found
    return this.placeOf(found >= 0 ? found : this.#cursor)
  }

  /** The place of `text` anywhere in the source (for metadata), else of the start. */
  anywhere(text: string): Place {
    const found = this.#find(text, 0, this.#source.length)
    return this.placeOf(Math.max(found, 0))
  }

  #find(text: string, from: number, window: number): number {
    const words = text.split(/\s+/, 6)
    const region = this.#source.slice(from, from + window + text.length)
    for (let count = words.length; count > 0; count--) {
      const probe = words.slice(0, count).join(' ')
      if (probe.length < 4) break
      const index = region.indexOf(probe)
      if (index >= 0) return from + index
    }
    return -1
  }
}

/** How far past the previous block the next block's text is looked for (markup between). */
const searchWindow = 64 * 1024

/** Remove a " | Site" or " - Site" suffix that repeats the site name. */
function trimSiteName(title: string, siteName: string | undefined): string {
  const name = siteName?.trim()
  if (!name || !title.toLowerCase().endsWith(name.toLowerCase())) return title
  const match = /\s+[|\-–—:·]\s+$/.exec(
    title.slice(Math.max(0, title.length - name.length - 8), title.length - name.length),
  )
  if (!match) return title
  const rest = title.slice(0, title.length - name.length - match[0].length)
  return /\S$/.test(rest) ? rest : title
}

/** One separator and the last segment of a title after it: " | Coastline Gazette". */
const siteSuffix = /^ [|\-–—·] (.+)$/
/** A separator inside a segment: the suffix has more than one part ("what happens next | Gazette"). */
const furtherSeparator = /[|–—·]| - /

/**
 * A `<title>` that is the page's headline plus a site suffix (" | Coastline Gazette",
 * " - Gazette") the page names no site for: the headline without the site's name. Trimmed only
 * when the suffix is one short, publisher-like segment after one separator, and no longer than
 * the headline: a `<title>` that says more than the heading ("Brexit - what happens next |
 * Gazette" with `<h1>Brexit</h1>`), or a heading that is the site's logo ("Gazette | Pier
 * collapses"), keeps the whole `<title>`, which names the article.
 */
function trimTitleSuffix(title: string, heading: string | undefined): string {
  if (heading === undefined) return title
  const fullTitle = collapseSpaces(title)
  const headline = collapseSpaces(heading)
  if (headline === '' || !fullTitle.startsWith(headline)) return title
  const dropped = fullTitle.slice(headline.length)
  const segment = siteSuffix.exec(dropped)?.[1]
  if (segment === undefined || furtherSeparator.test(segment)) return title
  if (!isPublisherCandidate(segment) || headline.length < dropped.length) return title
  return headline
}

/**
 * The title of a page that gives none in its metadata or `<title>`: the `<h1>` that heads the
 * article (see `articleHeading`), else the first `<h1>`.
 */
function fallbackTitle(document: Document, heading: string | undefined): string | undefined {
  return (heading ?? document.querySelector('h1')?.textContent)?.trim() || undefined
}

/** Links and buttons that stand side by side as separate controls (a share or tool bar). */
const controlTags = new Set(['A', 'BUTTON'])

/**
 * Make the words a reader sees apart read apart in `textContent`: a line break
 * (`Share this<br>Facebook`) and links or buttons with nothing between them
 * (`<a>Share on Facebook</a><a>Email</a>`, spaced apart by CSS) become a space. Without it,
 * "Share on FacebookShare on XEmail" is one unknown word, and a share bar survives as text.
 */
function separateWords(root: Element): void {
  for (const lineBreak of [...root.querySelectorAll('br')]) lineBreak.replaceWith(' ')
  for (const control of [...root.querySelectorAll('a, button')]) {
    const next = control.nextSibling as Element | null
    if (next?.nodeType === 1 && controlTags.has(next.tagName)) control.after(' ')
  }
}

/**
 * Parse a saved web page: metadata from JSON-LD, Open Graph and other `<meta>` tags; the article
 * text extracted with Mozilla Readability (the Firefox Reader View extractor) on a linkedom DOM.
 */
export function parseHtml(original: string, file: VFile): Draft {
  const draft = emptyDraft('html')
  const limited = limitHtml(original)
  const source = limited.source
  const locator = new Locator(source, Math.max(0, source.search(/<body[\s>]/i)))
  reportLimits(limited, locator, file)
  const { parseHTML, Readability } = htmlTools()
  const { document } = parseHTML(limited.compact)
  emptyTemplates(document)
  placeHeadAndBody(document)
  const meta = readMeta(document)
  const jsonLd: JsonLdArticle = readJsonLd(document, file, (text) => locator.anywhere(text))

  const siteName = jsonLd.publisher ?? first(meta, 'og:site_name', 'application-name', 'publisher')
  const titleElement = document.querySelector('title')
  const htmlTitle = titleElement?.textContent?.trim()
  const lang =
    document.documentElement?.getAttribute('lang') ??
    first(meta, 'og:locale', 'content-language', 'language')

  // The article's <h1> is looked for once, and only when the metadata names no title.
  const statedTitle = jsonLd.headline ?? first(meta, 'og:title', 'twitter:title', 'dc.title')
  const heading = statedTitle === undefined ? articleHeading(document) : undefined
  const headingTitle = statedTitle === undefined ? fallbackTitle(document, heading) : undefined
  const metaTitle =
    statedTitle ??
    (htmlTitle ? trimTitleSuffix(trimSiteName(htmlTitle, siteName), heading) : undefined)
  draft.dek =
    jsonLd.description ??
    first(meta, 'og:description', 'description', 'twitter:description') ??
    null
  draft.publisher = siteName ?? null
  readAuthors(draft, jsonLd, meta)
  const statedDate =
    jsonLd.datePublished ??
    first(
      meta,
      'article:published_time',
      'og:published_time',
      'datepublished',
      'pubdate',
      'publish-date',
      'date',
      'dc.date',
      'dc.date.issued',
      'parsely-pub-date',
      'sailthru.date',
    )
  // Without a date in the metadata, the page's <time> elements date it.
  const times = statedDate === undefined ? pageTimes(document) : undefined
  const dateText = statedDate ?? times?.published
  const updated = times?.updated === undefined ? undefined : parseDate(times.updated)
  if (updated && times?.updated) {
    draft.updatedAt = { value: updated.iso, place: locator.anywhere(times.updated) }
  }
  if (dateText) {
    const parsed = parseDate(dateText)
    if (parsed) draft.publishedAt = parsed.iso
    else {
      report(
        file,
        'warning',
        `Unexpected publication date \`${shorten(dateText)}\` that could not be read`,
        {
          rule: 'unreadable-date',
          place: locator.anywhere(dateText),
          note: 'Use an ISO 8601 date in the page metadata, such as 2024-06-19T08:00:00Z.',
        },
      )
    }
  }
  const urls = [
    jsonLd.url,
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    first(meta, 'og:url'),
  ]
  draft.url = urls.map((url) => absoluteUrl(url)).find((url) => url !== undefined) ?? null
  reportUnsafeAddress(urls, 'url', locator, file)
  const images = [
    jsonLd.image,
    first(
      meta,
      'og:image',
      'og:image:url',
      'og:image:secure_url',
      'twitter:image',
      'twitter:image:src',
    ),
  ]
  draft.image =
    images.map((image) => absoluteUrl(image, draft.url)).find((url) => url !== undefined) ?? null
  reportUnsafeAddress(images, 'image', locator, file)
  if (lang) draft.language = lang.replace('_', '-').split('-')[0]?.toLowerCase() ?? null
  const keywords =
    jsonLd.keywords.length > 0
      ? jsonLd.keywords
      : [
          ...(meta.get('article:tag') ?? []),
          ...(first(meta, 'news_keywords', 'keywords')?.split(',') ?? []),
        ]
  draft.tags = keywords.map((keyword) => keyword.trim()).filter(Boolean)

  // Readability compares every heading with the page title; a title of megabytes would make
  // that slow, and no more than its start is ever kept.
  if (titleElement && htmlTitle && htmlTitle.length > maxReadabilityTitle) {
    titleElement.textContent = htmlTitle.slice(0, maxReadabilityTitle)
  }
  // Readability changes the document it reads, so it runs after the metadata is taken, and
  // so does shortening the runs of bare wrappers that would make its cleaning slow.
  collapseWrapperRuns(document)
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    { charThreshold: 0 },
  ).parse()
  const title = metaTitle ?? headingTitle ?? (article?.title || undefined)
  if (title) draft.title = { value: trimSiteName(title, siteName), place: locator.anywhere(title) }
  draft.publisher ??= article?.siteName ?? null
  draft.byline ??= article?.byline?.replace(/^by\s+/i, '') || null
  if (article === null) return draft
  const { document: content } = parseHTML(
    `<!doctype html><html><body>${article.content ?? ''}</body></html>`,
  )
  separateWords(content.body as Element)
  let segments = collectBlocks(content.body as Element, (text) => locator.next(text), file)
  const titleText = normalizeBlockText(draft.title?.value ?? '')
  segments = segments.filter(
    (segment, index) =>
      !(index === 0 && segment.type === 'heading' && segment.lines[0]?.text === titleText),
  )
  // The standfirst may come before or after the byline and date lines.
  segments = dropStandfirst(draft, segments, file)
  segments = takeLeadingMetadata(draft, segments, file)
  draft.segments = dropStandfirst(draft, segments, file)
  return draft
}

/** Longest page title Readability is given. */
const maxReadabilityTitle = 2000

/**
 * Authors from JSON-LD, typed as the page types them (`Person`, `Organization`), else from the
 * `author` meta tags, typed by `authorsOf`. The byline is their names joined.
 */
function readAuthors(draft: Draft, jsonLd: JsonLdArticle, meta: Map<string, string[]>): void {
  if (jsonLd.authors.length > 0) {
    draft.authors = jsonLd.authors.flatMap((author) =>
      author.kind === undefined
        ? authorsOf(author.name, draft.publisher)
        : [{ name: author.name, kind: author.kind }],
    )
    draft.byline = jsonLd.authors.map((author) => author.name).join(', ')
    return
  }
  const author = first(meta, 'author', 'article:author', 'byl', 'dc.creator')
  if (author && absoluteUrl(author) === undefined) {
    draft.byline = author.replace(/^by\s+/i, '')
  }
}

function reportLimits(limited: ReturnType<typeof limitHtml>, locator: Locator, file: VFile): void {
  if (limited.tooDeep) {
    report(
      file,
      'warning',
      `Unexpected HTML nested ${limited.tooDeep.depth} elements deep, expected at most ${maxHtmlDepth}`,
      {
        rule: 'html-too-deep',
        place: locator.placeOf(limited.tooDeep.offset),
        note: `Elements deeper than ${maxHtmlDepth} levels are read as their text only; save the article page itself, not a page that wraps it.`,
      },
    )
  }
  if (limited.tooManyAttributes) {
    report(
      file,
      'warning',
      `Unexpected element with ${limited.tooManyAttributes.count} attributes, expected at most ${maxHtmlAttributes}`,
      {
        rule: 'html-too-many-attributes',
        place: locator.placeOf(limited.tooManyAttributes.offset),
        note: `Attributes past the first ${maxHtmlAttributes} of an element are ignored.`,
      },
    )
  }
}

/**
 * Drop leading paragraphs that repeat the dek: the page's standfirst is usually also its
 * description, and keeping both would put the dek in the body and hide a dateline after it.
 */
function dropStandfirst(draft: Draft, segments: Segment[], file: VFile): Segment[] {
  const dek = normalizeBlockText(draft.dek ?? '')
  if (dek === '') return segments
  let index = 0
  for (; index < segments.length; index++) {
    const segment = segments[index]
    if (segment?.type !== 'paragraph') break
    if (normalizeBlockText(segmentText(segment)) !== dek) break
    const first = segment.lines[0]
    report(file, 'info', `Removed standfirst “${shorten(dek)}” (kept as dek)`, {
      rule: 'standfirst',
      place: first ? { line: first.line, column: first.column } : undefined,
      note: 'The first paragraph repeats the page description, which is the dek.',
    })
  }
  return segments.slice(index)
}

/** How messages name an unsafe address, and the addresses that are published, by the field it fills. */
const addressNames = {
  url: { address: 'page address', published: 'links' },
  image: { address: 'image address', published: 'images' },
} as const

/**
 * Warn of the first of a field's candidate addresses whose scheme runs code or reads local files
 * (`javascript:`, `data:`, `file:`…): it is never published, and the editor learns why the field
 * is empty or came from another candidate.
 */
function reportUnsafeAddress(
  candidates: ReadonlyArray<string | undefined>,
  field: keyof typeof addressNames,
  locator: Locator,
  file: VFile,
): void {
  const unsafe = candidates.find((address) => address !== undefined && unsafeScheme.test(address))
  if (unsafe === undefined) return
  report(
    file,
    'warning',
    `Unexpected ${addressNames[field].address} \`${shorten(unsafe)}\` that is not a web link`,
    {
      rule: 'unsafe-url',
      field,
      place: locator.anywhere(unsafe),
      note: `Only http and https ${addressNames[field].published} are published (never \`javascript:\`, \`data:\` or \`file:\`); this one is ignored.`,
    },
  )
}
