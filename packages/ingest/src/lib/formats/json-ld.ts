import type { VFile } from 'vfile'
import { type Place, report } from '../messages.js'

/** The article fields Newsroom reads from schema.org JSON-LD. */
export interface JsonLdArticle {
  headline: string | undefined
  description: string | undefined
  datePublished: string | undefined
  authors: string[]
  publisher: string | undefined
  url: string | undefined
  keywords: string[]
}

const articleTypes = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'WebPage',
])

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typesOf(node: Json): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter(
    (item): item is string => typeof item === 'string',
  )
}

/** Every object in a JSON-LD value, including those in `@graph` and arrays. */
function flatten(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(flatten)
  if (!isObject(value)) return []
  return [value, ...flatten(value['@graph'])]
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (isObject(value)) return text(value.name) ?? text(value['@id'])
  return undefined
}

function names(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items
    .map((item) => (isObject(item) ? text(item.name) : text(item)))
    .filter((item): item is string => item !== undefined)
}

/** Read the first article-like object from the page's JSON-LD scripts. */
export function readJsonLd(
  document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> },
  file: VFile,
  locate: (text: string) => Place,
): JsonLdArticle {
  const found: JsonLdArticle = {
    headline: undefined,
    description: undefined,
    datePublished: undefined,
    authors: [],
    publisher: undefined,
    url: undefined,
    keywords: [],
  }
  const nodes: Json[] = []
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? ''
    try {
      nodes.push(...flatten(JSON.parse(source)))
    } catch (error) {
      report(file, 'warning', 'Unexpected invalid JSON-LD: the script is ignored', {
        rule: 'json-ld-syntax',
        place: locate(source.trim().slice(0, 40)),
        note: `Fix the JSON in the <script type="application/ld+json"> element (${(error as Error).message}).`,
      })
    }
  }
  const ranked = nodes
    .filter((node) => typesOf(node).some((type) => articleTypes.has(type)))
    .sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')))
  const article = ranked[0]
  if (!article) return found
  found.headline = text(article.headline) ?? text(article.name)
  found.description = text(article.description)
  found.datePublished = text(article.datePublished) ?? text(article.dateCreated)
  found.authors = names(article.author)
  found.publisher = text(article.publisher)
  found.url = text(article.url) ?? text(article.mainEntityOfPage)
  const keywords = article.keywords
  found.keywords = Array.isArray(keywords)
    ? keywords.filter((item): item is string => typeof item === 'string')
    : typeof keywords === 'string'
      ? keywords.split(',')
      : []
  return found
}
