import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { VFile } from 'vfile'
import { parseDate } from '../dates.js'
import type { Draft, Segment } from '../draft.js'
import { emptyDraft, segmentText } from '../draft.js'
import { takeLeadingMetadata } from '../header.js'
import { type Place, report } from '../messages.js'
import { normalizeBlockText } from '../normalize.js'
import { type JsonLdArticle, readJsonLd } from './json-ld.js'

type Document = ReturnType<typeof parseHTML>['document']
type Element = ReturnType<Document['createElement']>

/** Elements whose text is one block when they hold no other such element. */
const blockTags = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'PRE',
])
const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
/** Captions describe images; they are reported, not kept. */
const captionTags = new Set(['FIGCAPTION'])

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
    meta.set(key, [...(meta.get(key) ?? []), content])
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

function absoluteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * Find where `text` starts in the HTML source, to give messages a line; falls back to 1:1.
 * Searching `from` an offset (the `<body>`) keeps body text from being found in `<meta>` tags.
 */
function locate(source: string, text: string, from = 0): Place {
  const words = text.split(/\s+/).slice(0, 6)
  for (let count = words.length; count > 0; count--) {
    const probe = words.slice(0, count).join(' ')
    if (probe.length < 4) break
    const after = source.indexOf(probe, from)
    const index = after >= 0 ? after : source.indexOf(probe)
    if (index >= 0) {
      const before = source.slice(0, index)
      const line = before.split('\n').length
      return { line, column: index - before.lastIndexOf('\n') }
    }
  }
  return { line: 1, column: 1 }
}

/** Remove a " | Site" or " - Site" suffix that repeats the site name. */
function trimSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title
  const match = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/.exec(title)
  return match?.[1] && match[2]?.trim().toLowerCase() === siteName.toLowerCase() ? match[1] : title
}

function collectBlocks(root: Element, source: string, file: VFile): Segment[] {
  const segments: Segment[] = []
  const body = Math.max(0, source.search(/<body[\s>]/i))
  const place = (text: string) => locate(source, text, body)
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (captionTags.has(child.tagName)) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) {
          report(file, 'info', `Removed image caption “${shorten(text)}”`, {
            rule: 'clutter-photo-credit',
            place: place(text),
            note: 'Captions and photo credits describe images, which are not kept.',
          })
        }
        continue
      }
      const hasBlockInside = [...child.querySelectorAll('*')].some((inner) =>
        blockTags.has(inner.tagName),
      )
      if (blockTags.has(child.tagName) && !hasBlockInside) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) {
          segments.push({
            type: headingTags.has(child.tagName) ? 'heading' : 'paragraph',
            lines: [{ text, ...place(text) }],
          })
        }
      } else if (child.children.length > 0) {
        visit(child)
      } else if (
        child.tagName === 'DIV' ||
        child.tagName === 'SPAN' ||
        child.tagName === 'SECTION'
      ) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) segments.push({ type: 'paragraph', lines: [{ text, ...place(text) }] })
      }
    }
  }
  visit(root)
  return segments
}

/**
 * Parse a saved web page: metadata from JSON-LD, Open Graph and other `<meta>` tags; the article
 * text extracted with Mozilla Readability (the Firefox Reader View extractor) on a linkedom DOM.
 */
export function parseHtml(source: string, file: VFile): Draft {
  const draft = emptyDraft('html')
  const { document } = parseHTML(source)
  const meta = readMeta(document)
  const jsonLd: JsonLdArticle = readJsonLd(document, file, (text) => locate(source, text))

  const siteName = jsonLd.publisher ?? first(meta, 'og:site_name', 'application-name', 'publisher')
  const htmlTitle = document.querySelector('title')?.textContent?.trim()
  const lang =
    document.documentElement?.getAttribute('lang') ??
    first(meta, 'og:locale', 'content-language', 'language')

  const metaTitle =
    jsonLd.headline ??
    first(meta, 'og:title', 'twitter:title', 'dc.title') ??
    (htmlTitle ? trimSiteName(htmlTitle, siteName) : undefined)
  const firstHeading = document.querySelector('h1')?.textContent?.trim() || undefined
  draft.dek =
    jsonLd.description ??
    first(meta, 'og:description', 'description', 'twitter:description') ??
    null
  draft.publisher = siteName ?? null
  const author =
    jsonLd.authors.length > 0
      ? jsonLd.authors.join(', ')
      : first(meta, 'author', 'article:author', 'byl', 'dc.creator')
  if (author && absoluteUrl(author) === undefined) draft.byline = author.replace(/^by\s+/i, '')
  const dateText =
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
    ) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined
  if (dateText) {
    const parsed = parseDate(dateText)
    if (parsed) draft.publishedAt = parsed.iso
    else {
      report(
        file,
        'warning',
        `Unexpected publication date \`${dateText}\` that could not be read`,
        {
          rule: 'unreadable-date',
          place: locate(source, dateText),
          note: 'Use an ISO 8601 date in the page metadata, such as 2024-06-19T08:00:00Z.',
        },
      )
    }
  }
  draft.url =
    absoluteUrl(jsonLd.url) ??
    absoluteUrl(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    ) ??
    absoluteUrl(first(meta, 'og:url')) ??
    null
  if (lang) draft.language = lang.replace('_', '-').split('-')[0]?.toLowerCase() ?? null
  const keywords =
    jsonLd.keywords.length > 0
      ? jsonLd.keywords
      : [
          ...(meta.get('article:tag') ?? []),
          ...(first(meta, 'news_keywords', 'keywords')?.split(',') ?? []),
        ]
  draft.tags = keywords.map((keyword) => keyword.trim()).filter(Boolean)

  // Readability changes the document it reads, so it runs after the metadata is taken.
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 0,
    },
  ).parse()
  const title = metaTitle ?? firstHeading ?? (article?.title || undefined)
  if (title) draft.title = { value: trimSiteName(title, siteName), place: locate(source, title) }
  draft.publisher ??= article?.siteName ?? null
  draft.byline ??= article?.byline?.replace(/^by\s+/i, '') || null
  if (article === null) return draft
  const { document: content } = parseHTML(
    `<!doctype html><html><body>${article.content ?? ''}</body></html>`,
  )
  let segments = collectBlocks(content.body as Element, source, file)
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

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
