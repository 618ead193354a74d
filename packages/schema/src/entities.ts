import { z } from 'zod'

/** A named thing the article mentions, resolved to one canonical name. */
export const Entity = z.object({
  id: z
    .string()
    .describe(
      "Slug of the canonical name (the fullest form the article gives): the same name has the same id in every article. When the spellings of a speaker's name are merged across articles, an entity with a merged-away id takes the merged id, in every article (one that names both spellings keeps them apart).",
    ),
  name: z.string(),
  aliases: z.array(z.string()),
  /** For people: titles and roles found next to the name ("Foreign Minister"). */
  roles: z.array(z.string()),
  mentions: z.int().positive(),
  /** Share of the article's attention, 0 to 1 (mentions, weighted towards the start). */
  salience: z.number().min(0).max(1),
})
export type Entity = z.infer<typeof Entity>

export const Entities = z.object({
  people: z.array(Entity),
  organizations: z.array(Entity),
  places: z.array(Entity),
})
export type Entities = z.infer<typeof Entities>
