import { stemmer } from 'stemmer'
import { z } from 'zod'
import { type Cue, parseCue } from './cue.js'

const CueText = z.string().min(1)

/** One topic of a taxonomy file, as written in JSON. */
export const TaxonomyTopic = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string().min(1),
  /** Id of the broader topic an article on this topic is also about. */
  broader: z.string().optional(),
  /** What the topic covers, for editors. */
  scope: z.string(),
  /** Cue → weight (1 weak, 2 typical, 3 specific). */
  cues: z.record(CueText, z.number().positive()),
  /** Groups of cues: at least one cue of every group must occur. */
  requires: z.array(z.array(CueText).min(1)).optional(),
  minDistinct: z.int().positive().optional(),
  minHits: z.int().positive().optional(),
  minStrength: z.number().positive().optional(),
})
export type TaxonomyTopic = z.infer<typeof TaxonomyTopic>

/** A taxonomy file: `src/data/taxonomy.json` is the one the package ships. */
export const TaxonomyFile = z.object({
  version: z.int().positive(),
  defaults: z.object({
    minDistinct: z.int().positive(),
    minHits: z.int().positive(),
    minStrength: z.number().positive(),
  }),
  topics: z.array(TaxonomyTopic).min(1),
})
export type TaxonomyFile = z.infer<typeof TaxonomyFile>

export interface WeightedCue {
  cue: Cue
  weight: number
  /**
   * Index of the cue's word family among its topic's cues (see `wordFamilies`): cues of one
   * family are one piece of evidence.
   */
  family: number
}

/** A taxonomy topic ready for matching: cues parsed, thresholds resolved. */
export interface CompiledTopic {
  id: string
  label: string
  broader: string | undefined
  cues: WeightedCue[]
  requires: Cue[][]
  minDistinct: number
  minHits: number
  minStrength: number
}

export interface CompiledTaxonomy {
  topics: CompiledTopic[]
  byId: Map<string, CompiledTopic>
  /** Every distinct cue of the taxonomy, keyed by its source text. */
  cues: Map<string, Cue>
}

/**
 * Validate a taxonomy and parse its cues. Throws a `TypeError` naming the faulty field, since a
 * broken taxonomy is a programmer error, not a problem in an article.
 */
export function compileTaxonomy(input: unknown): CompiledTaxonomy {
  const parsed = TaxonomyFile.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new TypeError(
      `Expected a valid \`taxonomy\`: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    )
  }
  const { defaults, topics } = parsed.data
  const cues = new Map<string, Cue>()
  // Cues that compare equal (`diplomat` and `diplomatic` share a stem) are one cue: counted
  // once, under the first text seen.
  const byKey = new Map<string, Cue>()
  const cueFor = (text: string): Cue => {
    const parsed = parseCue(text)
    if (parsed.tokens.length === 0) {
      throw new TypeError(`Expected a word in \`taxonomy\` cue "${text}"`)
    }
    const key = `${parsed.mode} ${parsed.tokens.join(' ')}`
    let cue = byKey.get(key)
    if (!cue) {
      cue = parsed
      byKey.set(key, cue)
      cues.set(cue.text, cue)
    }
    return cue
  }
  const topicCues = (record: Record<string, number>): WeightedCue[] => {
    const weights = new Map<Cue, number>()
    for (const [text, weight] of Object.entries(record)) {
      const cue = cueFor(text)
      weights.set(cue, Math.max(weight, weights.get(cue) ?? 0))
    }
    const families = wordFamilies([...weights.keys()])
    return [...weights].map(([cue, weight], index) => ({
      cue,
      weight,
      family: families[index] as number,
    }))
  }
  const byId = new Map<string, CompiledTopic>()
  const compiled = topics.map((topic): CompiledTopic => {
    if (byId.has(topic.id))
      throw new TypeError(`Unexpected duplicate \`taxonomy\` id "${topic.id}"`)
    const result: CompiledTopic = {
      id: topic.id,
      label: topic.label,
      broader: topic.broader,
      cues: topicCues(topic.cues),
      requires: (topic.requires ?? []).map((group) => group.map(cueFor)),
      minDistinct: topic.minDistinct ?? defaults.minDistinct,
      minHits: topic.minHits ?? defaults.minHits,
      minStrength: topic.minStrength ?? defaults.minStrength,
    }
    byId.set(topic.id, result)
    return result
  })
  for (const topic of compiled) {
    if (topic.broader !== undefined && !byId.has(topic.broader)) {
      throw new TypeError(
        `Expected \`taxonomy\` topic "${topic.id}" to have a known broader topic, not "${topic.broader}"`,
      )
    }
  }
  return { topics: compiled, byId, cues }
}

/**
 * Group a topic's cues into word families, one index per cue: cues whose words the stemmer
 * conflates are forms of one word, one piece of evidence. Stem cues of equal stems are already
 * one cue (`vote`, `voting`); this joins the exact-form and case-sensitive cues to them and to
 * each other by the Porter stems of their words (`=fire`, `=fires` and `fire` are one family).
 * Only equal stems: a compound or derivation that begins with a cue's stem is other evidence
 * (`firefighter` is no `fire`, `gunman` no `gun`, `lawmaker` no `law`).
 */
export function wordFamilies(cues: readonly Cue[]): number[] {
  const numbers = new Map<string, number>()
  return cues.map((cue) => {
    // A stem cue's tokens are its stems already; the others' are its words as written.
    const stem = (
      cue.mode === 'stem' ? cue.tokens : cue.tokens.map((word) => stemmer(word.toLowerCase()))
    ).join(' ')
    let number = numbers.get(stem)
    if (number === undefined) {
      number = numbers.size
      numbers.set(stem, number)
    }
    return number
  })
}
