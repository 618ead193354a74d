import { z } from 'zod'

/** One unit of body text: a paragraph or a subheading. Ids are stable (`p1`, `p2`, `h1`…). */
export const Block = z.object({
  id: z.string().regex(/^[a-z]+[0-9]+$/, 'Expected a block id such as `p1` or `h2`'),
  type: z.enum(['paragraph', 'heading']),
  text: z.string().min(1),
  /**
   * Set on the paragraphs ingest cut out of one pasted without breaks (`run-on-paragraph`): their
   * bounds are guessed, not the writer's, which a reader of the JSON should know before trusting
   * them (the speaker model does not read the mark yet: trial restore48).
   */
  restored: z.literal(true).optional(),
})
export type Block = z.infer<typeof Block>
