import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { slugify } from '@newsroom/names'
import { type Article, Publication, type PublishedArticle } from '@newsroom/schema'
import type { CacheEntry } from './cache.js'
import { fileDiagnostic } from './diagnostics.js'
import { outputMarker } from './output-folder.js'

/**
 * What the previous output published, or nothing for a new folder (or an unreadable record).
 * Validated with the schema unless `asWritten` (the file is as this code wrote it, by the
 * output record): at 10,000 articles the validation took a tenth of a second's CPU in twenty.
 */
export async function readPublication(
  outDir: string,
  asWritten = false,
): Promise<Publication | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(join(outDir, outputMarker), 'utf8'))
    if (asWritten) return json as Publication
    const parsed = Publication.safeParse(json)
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/**
 * Today as an ISO date, or the day of `SOURCE_DATE_EPOCH` when it is set (the reproducible-builds
 * convention), so that a build can be made byte-identical on another day.
 */
export function today(): string {
  const epoch = Number.parseInt(process.env.SOURCE_DATE_EPOCH ?? '', 10)
  const date = Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
  return date.toISOString().slice(0, 10)
}

const maxSlugLength = 120

function withSuffix(slug: string, n: number): string {
  const suffix = `-${n}`
  return `${slug.slice(0, maxSlugLength - suffix.length).replace(/-$/, '')}${suffix}`
}

/**
 * Whether the slug was asked for (front matter `slug:`) rather than made from the title. Ingest
 * does not say; a slug equal to the title's is taken as made from it, which only matters when
 * another article's title gives the same slug.
 */
function isRequested(article: Article): boolean {
  const fromTitle = slugify(article.title)
  return fromTitle !== '' && article.slug !== fromTitle
}

interface Claim {
  index: number
  sourceFile: string
  wanted: string
  requested: boolean
  previous: PublishedArticle | undefined
}

/** `previous` was `wanted`, or `wanted` with a number: the same slug, not one of an old title. */
function keepsPrevious(claim: Claim): boolean {
  const slug = claim.previous?.slug
  if (slug === undefined) return false
  return slug === claim.wanted || new RegExp(`^${claim.wanted}-\\d+$`).test(slug)
}

/**
 * Give every article a unique slug that stays put across runs, and its first-seen date, in place.
 * By precedence: a slug asked for in front matter (two articles asking for one: the one that had
 * it, else the first in path order); then the slug an article already had in the previous output,
 * so that a published URL never moves when a file that sorts earlier is added; then the slug from
 * the title; last, numbered slugs (`-2`, `-3`…) for the rest, with a warning, never one that
 * another article asked for. Returns the record of what is published.
 */
export function settlePublication(
  results: Array<{ sourceFile: string; entry: CacheEntry }>,
  previous: Publication | undefined,
  day: string,
): Publication {
  const bySource = new Map(previous?.articles.map((record) => [record.sourceFile, record]))
  const present = new Set(results.map((result) => result.sourceFile))
  // A renamed file keeps its record through its content: only records of files that are gone.
  const byContent = new Map(
    previous?.articles
      .filter((record) => !present.has(record.sourceFile))
      .map((record) => [record.contentHash, record]),
  )
  const claims: Claim[] = []
  for (const [index, { sourceFile, entry }] of results.entries()) {
    const article = entry.article
    if (!article) continue
    claims.push({
      index,
      sourceFile,
      wanted: article.slug,
      requested: isRequested(article),
      previous: bySource.get(sourceFile) ?? byContent.get(article.contentHash),
    })
  }
  const owner = new Map<string, Claim>()
  const slugOf = new Map<Claim, string>()
  const take = (claim: Claim, slug: string) => {
    owner.set(slug, claim)
    slugOf.set(claim, slug)
  }
  const requested = claims.filter((claim) => claim.requested)
  const asked = new Set(requested.map((claim) => claim.wanted))
  // Among several asking for one slug, the one that already had it goes first.
  for (const claim of [
    ...requested.filter((claim) => claim.previous?.slug === claim.wanted),
    ...requested.filter((claim) => claim.previous?.slug !== claim.wanted),
  ])
    if (!owner.has(claim.wanted)) take(claim, claim.wanted)
  for (const claim of claims) {
    const slug = claim.previous?.slug
    if (slugOf.has(claim) || claim.requested || slug === undefined || !keepsPrevious(claim))
      continue
    if (!owner.has(slug) && !asked.has(slug)) take(claim, slug)
  }
  for (const claim of claims)
    if (!slugOf.has(claim) && !owner.has(claim.wanted) && !asked.has(claim.wanted))
      take(claim, claim.wanted)
  for (const claim of claims) {
    if (slugOf.has(claim)) continue
    let n = 2
    while (owner.has(withSuffix(claim.wanted, n)) || asked.has(withSuffix(claim.wanted, n))) n++
    take(claim, withSuffix(claim.wanted, n))
  }

  const published: PublishedArticle[] = []
  for (const claim of claims) {
    const result = results[claim.index] as { sourceFile: string; entry: CacheEntry }
    const article = result.entry.article as Article
    const slug = slugOf.get(claim) as string
    const holder = owner.get(claim.wanted)
    if (slug !== claim.wanted && holder) {
      result.entry.diagnostics.push(
        fileDiagnostic(
          claim.sourceFile,
          'warning',
          'cli/duplicate-slug',
          `Slug ${claim.wanted} is already used by ${holder.sourceFile}; this article is published as ${slug}`,
          claim.requested
            ? 'Ask for a slug no other article has in the `slug` of the front matter.'
            : 'Give the article a distinct title, or a `slug` in its front matter.',
        ),
      )
    }
    const firstSeen = claim.previous?.firstSeen ?? day
    result.entry.article = { ...article, slug, firstSeen }
    published.push({
      sourceFile: claim.sourceFile,
      slug,
      firstSeen,
      contentHash: article.contentHash,
    })
  }
  return { generator: 'newsroom', articles: published }
}
