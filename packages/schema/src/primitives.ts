import { z } from 'zod'

/** A slug: lowercase ASCII letters, digits and single hyphens; safe as one path segment. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug: lowercase a-z, 0-9 and single hyphens')
  .max(120)
  .meta({ description: 'Lowercase ASCII, digits and single hyphens; safe as a path segment.' })
export type Slug = z.infer<typeof Slug>

/** An ISO 8601 date (`2023-06-19`) or date-time with offset (`2023-06-19T08:00:00Z`). */
export const IsoDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error:
      'Expected an ISO 8601 date such as `2024-06-19`, or a date-time with an offset such as `2024-06-19T08:00:00Z`',
  })
  .meta({ description: 'ISO 8601 date or date-time with offset.' })
export type IsoDate = z.infer<typeof IsoDate>

/** Where a value sits in a block's text: UTF-16 offsets, `end` exclusive. */
export const TextSpan = z
  .object({
    blockId: z.string().describe('The id of the block (blocks[].id) whose text the span is in.'),
    start: z
      .int()
      .nonnegative()
      .describe(
        "Where the span starts in the block's text, in UTF-16 code units from its start: the index JavaScript's String.prototype.slice takes (a character beyond the Basic Multilingual Plane, an emoji, counts 2; Python needs the text encoded as UTF-16 to use it).",
      ),
    end: z
      .int()
      .nonnegative()
      .describe(
        "Where the span ends in the block's text, in UTF-16 code units, exclusive: blocks[].text.slice(start, end) is the spanned text.",
      ),
  })
  .describe(
    "A stretch of one block's text (blocks[].text), by offsets in UTF-16 code units, end exclusive.",
  )
export type TextSpan = z.infer<typeof TextSpan>

/**
 * An absolute `http:` or `https:` URL: the only kinds a published page may link to. Other schemes
 * (`javascript:`, `data:`, `file:`) run code or read local files when followed.
 */
export const WebUrl = z
  .url({
    protocol: /^https?$/,
    error: 'Expected an absolute http or https URL such as `https://example.com/story`',
  })
  .meta({ description: 'Absolute http or https URL.' })
export type WebUrl = z.infer<typeof WebUrl>
