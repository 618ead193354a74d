import { z } from 'zod'

export const SpeakerKind = z
  .enum(['person', 'organization', 'anonymous', 'group'])
  .describe(
    'person or organization: a named speaker; anonymous: one unnamed person ("a senior official"); group: unnamed people speaking together ("residents").',
  )
export type SpeakerKind = z.infer<typeof SpeakerKind>

/**
 * The id of a speaker as the article JSON gives it. What it says of merging follows
 * `@newsroom/enrich` (`placeGivenNames`, `unifySpeakerSpellings`, `buildSpeakerIndex`): keep it in
 * step with them.
 */
const speakerId = z
  .string()
  .describe(
    'For a person or an organization, usually the slug of its canonical name in this article (the fullest form the article gives: "Wang Yi" for "Wang" and "Wang Yi"), or the id of the entity of the article it is (entities[].id: the slug of the canonical name of that entity, which can be another form of the name than the `name` of the speaker), so that the same name gets the same id in every article and the speaker index merges them under it: two people whose canonical names are the same, even a bare family name that neither article expands ("Brel"), share one id. A lone given name ("Mary") that the article does not complete to exactly one full name carries the article\'s slug (mary-<article slug>), so it is merged with no one. Not a lasting id: it can change when an article is edited (a fuller name, an override in its front matter), with another version of the pipeline, and when articles are added, as spellings of one name across articles are merged under the id of the most quoted spelling ("Olek Marczuk", "Olek Marczukk"). For anonymous and group speakers, an id of this article only (anonymous-1, group-1), numbered in order of first appearance, those that are only a quotation\'s candidate after the listed ones.',
  )

/** How a quote points at its speaker. `id` is the speaker's id in the article's `speakers`. */
export const SpeakerRef = z
  .object({
    id: speakerId,
    name: z.string().describe('The canonical name, or for an unnamed speaker its description.'),
    kind: SpeakerKind,
  })
  .describe('A reference to a speaker of the article by its id, with its name and kind.')
export type SpeakerRef = z.infer<typeof SpeakerRef>

/**
 * A speaker quoted in one article, resolved to its canonical form.
 * Named speakers have ids that are slugs of their canonical name, so the same person gets the
 * same id in every article; anonymous and group speakers get article-local ids (`anonymous-1`).
 */
export const Speaker = z.object({
  id: speakerId,
  name: z
    .string()
    .describe(
      'The canonical name: the fullest form of the name the article gives (or the one its front matter sets); for an unnamed speaker, how the article refers to them.',
    ),
  kind: SpeakerKind,
  /** Titles and roles found next to the name ("US Secretary of State"). */
  roles: z.array(z.string()),
  /** Other forms of the name used in the article ("Wang", "Beijing's top diplomat"). */
  aliases: z.array(z.string()),
  /** For anonymous and group speakers: how the article describes them. */
  description: z.string().nullable(),
  quoteCount: z
    .int()
    .nonnegative()
    .describe('How many quotations of the article have this speaker as their published `speaker`.'),
})
export type Speaker = z.infer<typeof Speaker>
