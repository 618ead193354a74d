import { z } from 'zod'

/** A slug: lowercase ASCII letters, digits and single hyphens; safe as one path segment. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug: lowercase a-z, 0-9 and single hyphens')
  .max(120)
  .meta({ description: 'Lowercase ASCII, digits and single hyphens; safe as a path segment.' })
export type Slug = z.infer<typeof Slug>

/** An ISO 8601 date (`2023-06-19`) or date-time with offset (`2023-06-19T08:00:00Z`). */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).meta({
  description: 'ISO 8601 date or date-time with offset.',
})
export type IsoDate = z.infer<typeof IsoDate>

/** Where a value sits in a block's text: UTF-16 offsets, `end` exclusive. */
export const TextSpan = z.object({
  blockId: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
})
export type TextSpan = z.infer<typeof TextSpan>
