import { z } from 'zod'
import { Slug } from './primitives.js'
import { SpeakerKind } from './speaker.js'

/** A quote of a speaker, pointing into an article. */
export const QuoteRef = z.object({
  article: Slug.describe("The article's slug: its data is at api/articles/<slug>.json."),
  quoteId: z
    .string()
    .describe(
      "The quotation's `id` in that article's `quotes` (q1, q2…): a position, renumbered when a quotation is found before it, so a reference holds for this build of the data only.",
    ),
})
export type QuoteRef = z.infer<typeof QuoteRef>

/** One identity across all articles: a named person or organization. */
export const SpeakerEntry = z.object({
  /** The speaker page lives at `/speakers/<id>/`. */
  id: Slug.describe(
    "The id the articles give the speaker: the slug of the canonical name, under which the speakers of every article with that id are merged (two people with the same canonical name, even a bare family name no article expands, are one entry). Not a lasting id: it can change when articles are edited or added, as spellings of one name across articles are merged under the most quoted one's id. The speaker's page is speakers/<id>/ on the site.",
  ),
  name: z.string(),
  kind: SpeakerKind.exclude(['anonymous', 'group']),
  aliases: z.array(z.string()),
  /** Every role seen, with the article it came from. */
  roles: z.array(z.object({ role: z.string(), article: Slug })),
  quoteCount: z.int().nonnegative(),
  articles: z.array(Slug),
  quotes: z.array(QuoteRef),
  /** Topics of the articles they are quoted in, most frequent first. */
  topics: z.array(z.object({ id: Slug, count: z.int().positive() })),
})
export type SpeakerEntry = z.infer<typeof SpeakerEntry>

/** `speakers.json`: named speakers, merged across articles; anonymous ones are listed per quote. */
export const SpeakerIndex = z
  .object({
    speakers: z.array(SpeakerEntry),
    /** Quotes by unnamed sources: never merged into an identity. */
    anonymous: z.array(
      QuoteRef.extend({ description: z.string(), kind: z.enum(['anonymous', 'group']) }),
    ),
  })
  .meta({ id: 'SpeakerIndex', title: 'Newsroom speaker index' })
export type SpeakerIndex = z.infer<typeof SpeakerIndex>

export const TopicEntry = z.object({
  id: Slug,
  label: z.string(),
  /** Articles on the topic, newest first, with the topic's score in each. */
  articles: z.array(z.object({ slug: Slug, score: z.number() })),
  /** Speakers quoted in those articles, most quotes first. */
  speakers: z.array(z.object({ id: Slug, count: z.int().positive() })),
  /** Topics that share articles with this one, most shared first. */
  related: z.array(z.object({ id: Slug, count: z.int().positive() })),
})
export type TopicEntry = z.infer<typeof TopicEntry>

/** `topics.json`: every topic with at least one article. */
export const TopicIndex = z
  .object({ topics: z.array(TopicEntry) })
  .meta({ id: 'TopicIndex', title: 'Newsroom topic index' })
export type TopicIndex = z.infer<typeof TopicIndex>
