import { z } from 'zod'
import { Block } from './block.js'
import { Entities } from './entities.js'
import { limits } from './limits.js'
import { IsoDate, Slug, WebUrl } from './primitives.js'
import { Quote, Sentiment } from './quote.js'
import { Speaker } from './speaker.js'
import { ArticleTopic, Keyphrase, Readability } from './topic.js'

export const SourceFormat = z.enum(['text', 'markdown', 'html', 'json'])
export type SourceFormat = z.infer<typeof SourceFormat>

/** "Washington (AFP) –": where the story was filed and by which agency. */
export const Dateline = z.object({
  text: z.string(),
  place: z.string().nullable(),
  agency: z.string().nullable(),
})
export type Dateline = z.infer<typeof Dateline>

const name = z.string().max(limits.name)

/**
 * Front-matter overrides a user can give for enrichment: topics to add or remove, and
 * canonical names for speakers (`Wang: Wang Yi`). Each key is optional and defaults to empty.
 */
export const Overrides = z.object({
  addTopics: z.array(name).max(limits.items).default([]),
  removeTopics: z.array(name).max(limits.items).default([]),
  speakerNames: z
    .record(name, name)
    .refine((names) => Object.keys(names).length <= limits.items, {
      error: `Expected at most ${limits.items} speaker names`,
    })
    .default({}),
})
export type Overrides = z.infer<typeof Overrides>

/**
 * The `field` of a diagnostic about one override entry, as the file writes it:
 * `overrides.speakerNames["Nobody Here"]`, `overrides.addTopics["harbour"]`. Ingest records where
 * each entry is written under this name and enrichment names its messages about an entry by it,
 * so that a reporter places them at the entry's line.
 */
export function overrideEntryField(part: keyof Overrides, name: string): string {
  return `overrides.${part}[${JSON.stringify(name)}]`
}

export const AuthorKind = z.enum(['person', 'organization'])
export type AuthorKind = z.infer<typeof AuthorKind>

/** One author of the byline: a person, or an organization credited as author (an agency). */
export const Author = z.object({
  name: z.string().min(1).max(limits.name),
  kind: AuthorKind,
})
export type Author = z.infer<typeof Author>

/** What ingestion recovers from a content file, before enrichment. */
export const IngestedArticle = z.object({
  /** Path of the content file, relative to the content folder, with `/` separators. */
  sourceFile: z.string(),
  sourceFormat: SourceFormat,
  slug: Slug,
  title: z.string().min(1).max(limits.title),
  dek: z.string().max(limits.dek).nullable(),
  publisher: z.string().max(limits.publisher).nullable(),
  /** The byline as written ("Ann Vale and Tomas Brel, Northwind Energy"). */
  byline: z.string().max(limits.byline).nullable(),
  /** The byline split into its authors, each a person or an organization. */
  authors: z.array(Author).max(limits.items).default([]),
  dateline: Dateline.nullable(),
  publishedAt: IsoDate.nullable(),
  /** Where the article was published: http(s) only. */
  url: WebUrl.nullable(),
  /** The article's lead image (`og:image`, JSON-LD `image`, front matter): http(s) only. */
  image: WebUrl.nullable().default(null),
  /** BCP 47 / ISO 639-1 code when known (`en`), else null. */
  language: z.string().nullable(),
  /** The read time the source states, else one computed at 230 words a minute. */
  readTimeMinutes: z.int().positive(),
  readTimeSource: z.enum(['stated', 'computed']),
  wordCount: z.int().nonnegative(),
  /** sha256 of the normalized content file, `sha256-<hex>`. */
  contentHash: z
    .string()
    .regex(/^sha256-[0-9a-f]{64}$/, 'Expected `sha256-` followed by 64 lowercase hex digits'),
  tags: z.array(name).max(limits.items),
  overrides: Overrides,
  blocks: z.array(Block).min(1),
})
export type IngestedArticle = z.infer<typeof IngestedArticle>

/** The normalized, enriched article: one JSON file per article. */
export const Article = IngestedArticle.extend({
  quotes: z.array(Quote),
  speakers: z.array(Speaker),
  entities: Entities,
  topics: z.array(ArticleTopic),
  keyphrases: z.array(Keyphrase),
  readability: Readability,
  sentiment: Sentiment,
  /**
   * The day this article (by its source file, or its content when the file was renamed) was
   * first published into this output, carried forward from run to run: a stable date for
   * articles that state none. Set by the CLI when it writes the output.
   */
  firstSeen: IsoDate.optional(),
}).meta({ id: 'Article', title: 'Newsroom article' })
export type Article = z.infer<typeof Article>
