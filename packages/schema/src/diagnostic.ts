import { z } from 'zod'

export const Severity = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof Severity>

/** One problem or note about a content file, in the style of a compiler message. */
export const Diagnostic = z.object({
  /** Content file, relative to the content folder. */
  file: z.string(),
  /** 1-based line and column; null when the message is about the whole file. */
  line: z.int().positive().nullable(),
  column: z.int().positive().nullable(),
  severity: Severity,
  message: z.string(),
  /** Stable rule id, `<source>/<rule>` (`ingest/empty-file`, `retext-quotes/unclosed`). */
  ruleId: z.string(),
  /** Front-matter or data field the message is about, as a dotted path. */
  field: z.string().nullable(),
  /** What to do about it. */
  hint: z.string().nullable(),
  /**
   * Where the rule is documented (the `url` of the VFile message), when its package says; added
   * after the first release, so reports written before it still parse.
   */
  url: z.string().nullable().default(null),
})
export type Diagnostic = z.infer<typeof Diagnostic>

/** `report.json`: every diagnostic of a run, and counts. */
export const Report = z
  .object({
    pipelineVersion: z.string(),
    articles: z.int().nonnegative(),
    failed: z.int().nonnegative(),
    counts: z.object({
      error: z.int().nonnegative(),
      warning: z.int().nonnegative(),
      info: z.int().nonnegative(),
    }),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'Report', title: 'Newsroom processing report' })
export type Report = z.infer<typeof Report>
