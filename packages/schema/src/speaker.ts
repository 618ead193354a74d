import { z } from 'zod'

export const SpeakerKind = z.enum(['person', 'organization', 'anonymous', 'group'])
export type SpeakerKind = z.infer<typeof SpeakerKind>

/** How a quote points at its speaker. `id` is the speaker's id in the article's `speakers`. */
export const SpeakerRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: SpeakerKind,
})
export type SpeakerRef = z.infer<typeof SpeakerRef>

/**
 * A speaker quoted in one article, resolved to its canonical form.
 * Named speakers have ids that are slugs of their canonical name, so the same person gets the
 * same id in every article; anonymous and group speakers get article-local ids (`anonymous-1`).
 */
export const Speaker = z.object({
  id: z.string(),
  name: z.string(),
  kind: SpeakerKind,
  /** Titles and roles found next to the name ("US Secretary of State"). */
  roles: z.array(z.string()),
  /** Other forms of the name used in the article ("Wang", "Beijing's top diplomat"). */
  aliases: z.array(z.string()),
  /** For anonymous and group speakers: how the article describes them. */
  description: z.string().nullable(),
  quoteCount: z.int().nonnegative(),
})
export type Speaker = z.infer<typeof Speaker>
