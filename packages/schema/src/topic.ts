import { z } from 'zod'
import { Slug } from './primitives.js'

/** A topic assigned to an article, with the evidence for it. */
export const ArticleTopic = z.object({
  id: Slug,
  label: z.string(),
  score: z.number().min(0).max(1),
  /** `taxonomy` topics come from the shipped vocabulary; `entity` topics from places/organizations; `manual` from front matter. */
  source: z.enum(['taxonomy', 'entity', 'manual']),
  /** The words or entities that triggered the topic. */
  evidence: z.array(z.string()),
})
export type ArticleTopic = z.infer<typeof ArticleTopic>

export const Keyphrase = z.object({
  text: z.string(),
  score: z.number().min(0).max(1),
})
export type Keyphrase = z.infer<typeof Keyphrase>

export const Readability = z.object({
  sentences: z.int().nonnegative(),
  words: z.int().nonnegative(),
  syllables: z.int().nonnegative(),
  fleschReadingEase: z.number().nullable(),
  fleschKincaidGrade: z.number().nullable(),
  /** Automated Readability Index. */
  automatedReadabilityIndex: z.number().nullable(),
})
export type Readability = z.infer<typeof Readability>
