import { type CueMatch, commonForm } from './match-cues.js'
import type { CompiledTaxonomy, CompiledTopic, WeightedCue } from './taxonomy.js'

/** How a taxonomy topic fared on one article, whether or not it passed its thresholds. */
export interface TaxonomyCandidate {
  topic: CompiledTopic
  /** Weighted cue evidence per ~300 words (see `lengthFactor`). */
  strength: number
  /** Distinct word families of cues found (`fight` and `fighters` are one). */
  distinct: number
  /** Cue occurrences found (body and title). */
  hits: number
  passed: boolean
  score: number
  /**
   * The cues found, in the topic's order, each with what it would add to `strength` (unscaled)
   * on its own, which ranks the evidence shown.
   */
  found: CueContribution[]
}

/** What one cue found in the article adds to a topic's evidence. */
export interface CueContribution {
  match: CueMatch
  contribution: number
  /** The cue's word family among its topic's cues. */
  family: number
}

/**
 * One specific cue (weight 3) repeated this often stands in for several distinct cues: an
 * article that says `protesters` seven times is about protests even if it uses no other word.
 */
const repeatedSpecificCue = 4

/** A title occurrence counts as this many body occurrences: headlines name the subject. */
const titleBoost = 2

/**
 * Longer articles mention more words of every kind: strength is divided by the square root of
 * the length in units of 300 words (a short news item), so it grows with length, but slowly.
 */
export function lengthFactor(words: number): number {
  return Math.max(1, Math.sqrt(words / 300))
}

/**
 * Turn a strength into a 0..1 score: 0.39 at the topic's threshold, 0.63 at twice, 0.86 at four
 * times, approaching 1.
 */
export function strengthToScore(strength: number, threshold: number): number {
  return round(1 - Math.exp(-strength / (2 * threshold)))
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Score every taxonomy topic on the cue matches of one article. */
export function scoreTaxonomy(
  taxonomy: CompiledTaxonomy,
  matches: ReadonlyMap<string, CueMatch>,
  words: number,
): TaxonomyCandidate[] {
  const factor = lengthFactor(words)
  const candidates: TaxonomyCandidate[] = []
  // Only the topics with a cue in the article can score, and of each only the cues found are
  // read: an article costs what it matched, not the size of the taxonomy or of its topics.
  const usesOfCue = cueUses(taxonomy)
  const foundIn = new Map<number, Array<[position: number, match: CueMatch]>>()
  for (const [text, match] of matches) {
    for (const { topic, position } of usesOfCue.get(text) ?? []) {
      const list = foundIn.get(topic)
      if (list === undefined) foundIn.set(topic, [[position, match]])
      else list.push([position, match])
    }
  }
  for (const at of [...foundIn.keys()].sort(ascending)) {
    const topic = taxonomy.topics[at] as CompiledTopic
    let hits = 0
    const found: CueContribution[] = []
    // Occurrences and largest weight of each word family found: one family is one piece of
    // evidence, so `fight` said ten times and `fighters` five are one word said fifteen times.
    const families = new Map<number, { weight: number; occurrences: number; said: number }>()
    // In the topic's order of cues, so that the sums are the same to the last bit.
    for (const [position, match] of (foundIn.get(at) ?? []).sort(byPosition)) {
      const { weight, family } = topic.cues[position] as WeightedCue
      const occurrences = match.count + titleBoost * match.titleCount
      hits += match.count + match.titleCount
      const known = families.get(family)
      if (known === undefined) {
        families.set(family, { weight, occurrences, said: match.count + match.titleCount })
      } else {
        known.weight = Math.max(known.weight, weight)
        known.occurrences += occurrences
        known.said += match.count + match.titleCount
      }
      found.push({ match, contribution: weight * (1 + Math.log(occurrences)), family })
    }
    let raw = 0
    let repeatedSpecific = false
    for (const { weight, occurrences, said } of families.values()) {
      // Repetition adds evidence with diminishing returns: one word said ten times is not ten
      // pieces of evidence.
      raw += weight * (1 + Math.log(occurrences))
      if (weight >= 3 && said >= repeatedSpecificCue) repeatedSpecific = true
    }
    const distinct = families.size
    const requirementsMet = topic.requires.every((group) =>
      group.some((cue) => matches.has(cue.text)),
    )
    const strength = raw / factor
    const passed =
      requirementsMet &&
      (distinct >= topic.minDistinct || repeatedSpecific) &&
      hits >= topic.minHits &&
      strength >= topic.minStrength
    candidates.push({
      topic,
      strength,
      distinct,
      hits,
      passed,
      score: strengthToScore(strength, topic.minStrength),
      found,
    })
  }
  return candidates
}

/**
 * The evidence of a candidate: its six strongest cues, described. Made only for the candidates
 * that become topics (those that pass, or the fallback): sorting and describing the cues of
 * every topic an article touched took some 30 µs an article (of some 3 ms of processing), for
 * lists most topics never show.
 */
export function candidateEvidence(candidate: TaxonomyCandidate): string[] {
  return [...candidate.found]
    .sort(byContribution)
    .slice(0, 6)
    .map(({ match }) => describe(match))
}

/** The forms an article used of a word family, and how often it said them (title included). */
export interface FamilySaid {
  /** Lowercase forms, most said first (ties in English order): `fire`, `fires`. */
  forms: string[]
  times: number
}

/** What the article said of the word family whose cue adds most to a candidate's evidence. */
export function strongestFamily(candidate: TaxonomyCandidate): FamilySaid | undefined {
  const strongest = [...candidate.found].sort(byContribution)[0]
  if (strongest === undefined) return undefined
  const forms = new Map<string, number>()
  let times = 0
  for (const { match, family } of candidate.found) {
    if (family !== strongest.family) continue
    times += match.count + match.titleCount
    for (const [form, count] of match.forms) {
      const lower = form.toLowerCase()
      forms.set(lower, (forms.get(lower) ?? 0) + count)
    }
  }
  const ordered = [...forms].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en'))
  return { forms: ordered.map(([form]) => form), times }
}

const byContribution = (a: CueContribution, b: CueContribution) =>
  b.contribution - a.contribution || a.match.cue.text.localeCompare(b.match.cue.text, 'en')

const ascending = (a: number, b: number) => a - b
const byPosition = (a: [number, CueMatch], b: [number, CueMatch]) => a[0] - b[0]

/** Where a cue is weighed: the index of a topic, and the cue's index among that topic's cues. */
interface CueUse {
  topic: number
  position: number
}

const cueUsesOf = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, readonly CueUse[]>>()

/** The topics that weigh each cue (by its text), in taxonomy order: made once per taxonomy. */
function cueUses(taxonomy: CompiledTaxonomy): ReadonlyMap<string, readonly CueUse[]> {
  let uses = cueUsesOf.get(taxonomy)
  if (uses === undefined) {
    const made = new Map<string, CueUse[]>()
    for (const [topic, { cues }] of taxonomy.topics.entries()) {
      for (const [position, { cue }] of cues.entries()) {
        const list = made.get(cue.text)
        if (list === undefined) made.set(cue.text, [{ topic, position }])
        else list.push({ topic, position })
      }
    }
    uses = made
    cueUsesOf.set(taxonomy, uses)
  }
  return uses
}

function describe(match: CueMatch): string {
  const form = commonForm(match)
  const parts = [`${form} ×${match.count}`]
  if (match.titleCount > 0) parts.push('in title')
  return match.count === 0 ? `${form} (in title)` : parts.join(', ')
}
