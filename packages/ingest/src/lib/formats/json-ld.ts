import type { AuthorKind } from '@newsroom/schema'
import type { VFile } from 'vfile'
import { type Place, report } from '../messages.js'

/** An author as JSON-LD gives it: a name, typed when the node says `Person` or `Organization`. */
export interface JsonLdAuthor {
  name: string
  kind: AuthorKind | undefined
}

/** The article fields Newsroom reads from schema.org JSON-LD. */
export interface JsonLdArticle {
  headline: string | undefined
  description: string | undefined
  datePublished: string | undefined
  authors: JsonLdAuthor[]
  publisher: string | undefined
  url: string | undefined
  image: string | undefined
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

const organizationTypes = new Set([
  'Organization',
  'NewsMediaOrganization',
  'Corporation',
  'GovernmentOrganization',
  'NGO',
  'EducationalOrganization',
])

/**
 * How deep article objects are looked for (arrays and `@graph`s inside each other); real pages
 * put them at the top or one `@graph` down. Deeper structures are not walked, so a hostile
 * script cannot exhaust the stack or the time budget.
 */
export const maxJsonLdDepth = 8
/** Scripts whose syntax errors are reported one by one. */
const maxSyntaxMessages = 5

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

/**
 * Every object in a JSON-LD value, including those in `@graph` and arrays, in document order,
 * down to `maxJsonLdDepth`. Returns whether something lay deeper.
 */
function flatten(value: unknown, into: Json[]): boolean {
  let tooDeep = false
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number }
    if (depth > maxJsonLdDepth) {
      tooDeep = true
      continue
    }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push({ value: current[index], depth: depth + 1 })
      }
    } else if (isObject(current)) {
      into.push(current)
      if (current['@graph'] !== undefined)
        stack.push({ value: current['@graph'], depth: depth + 1 })
    }
  }
  return tooDeep
}

/** Text of a value: a string, or the `name` (else `@id`) of an object, one level down. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (isObject(value)) {
    for (const key of ['name', '@id']) {
      const inner = value[key]
      if (typeof inner === 'string' && inner.trim() !== '') return inner.trim()
    }
  }
  return undefined
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function authors(value: unknown): JsonLdAuthor[] {
  return listOf(value).flatMap((item): JsonLdAuthor[] => {
    const name = isObject(item) ? text(item.name) : text(item)
    if (name === undefined) return []
    if (!isObject(item)) return [{ name, kind: undefined }]
    const types = typesOf(item)
    const kind = types.includes('Person')
      ? 'person'
      : types.some((type) => organizationTypes.has(type))
        ? 'organization'
        : undefined
    return [{ name, kind }]
  })
}

/** The URL of an `image`: a string, an `ImageObject` (`url`, `contentUrl`) or a list of them. */
function imageUrl(value: unknown): string | undefined {
  for (const item of listOf(value)) {
    if (typeof item === 'string' && item.trim() !== '') return item.trim()
    if (isObject(item)) {
      for (const key of ['url', 'contentUrl', '@id']) {
        const inner = item[key]
        if (typeof inner === 'string' && inner.trim() !== '') return inner.trim()
      }
    }
  }
  return undefined
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
    image: undefined,
    keywords: [],
  }
  const nodes: Json[] = []
  let syntaxErrors = 0
  let tooDeep = false
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? ''
    let data: unknown
    try {
      data = JSON.parse(source)
    } catch (error) {
      if (++syntaxErrors <= maxSyntaxMessages) {
        report(file, 'warning', 'Unexpected invalid JSON-LD: the script is ignored', {
          rule: 'json-ld-syntax',
          place: locate(source.trim().slice(0, 40)),
          note: `Fix the JSON in the <script type="application/ld+json"> element (${(error as Error).message.slice(0, 200)}).`,
        })
      }
      continue
    }
    if (flatten(data, nodes) && !tooDeep) {
      tooDeep = true
      report(
        file,
        'warning',
        `Unexpected JSON-LD nested more than ${maxJsonLdDepth} levels deep: the deeper objects are ignored`,
        {
          rule: 'json-ld-too-deep',
          place: locate(source.trim().slice(0, 40)),
          note: 'Article metadata sits at the top of a JSON-LD script or in its `@graph`.',
        },
      )
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
  found.authors = authors(article.author)
  found.publisher = text(article.publisher)
  found.url = text(article.url) ?? text(article.mainEntityOfPage)
  found.image = imageUrl(article.image) ?? imageUrl(article.thumbnailUrl)
  const keywords = article.keywords
  found.keywords = Array.isArray(keywords)
    ? keywords.filter((item): item is string => typeof item === 'string')
    : typeof keywords === 'string'
      ? keywords.split(',')
      : []
  return found
}
