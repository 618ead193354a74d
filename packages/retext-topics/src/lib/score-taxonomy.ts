import { type CueMatch, commonForm } from './match-cues.js'
import type { CompiledTaxonomy, CompiledTopic } from './taxonomy.js'

/** How a taxonomy topic fared on one article, whether or not it passed its thresholds. */
export interface TaxonomyCandidate {
  topic: CompiledTopic
  /** Weighted cue evidence per ~300 words (see `lengthFactor`). */
  strength: number
  /** Distinct cues found. */
  distinct: number
  /** Cue occurrences found (body and title). */
  hits: number
  passed: boolean
  score: number
  evidence: string[]
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
  // Only the topics with a cue in the article can score: the others are not read at all, so an
  // article costs what it matched, not the size of the taxonomy.
  const topicsOfCue = topicsByCue(taxonomy)
  const touched = new Set<number>()
  for (const text of matches.keys()) for (const at of topicsOfCue.get(text) ?? []) touched.add(at)
  for (const at of [...touched].sort((a, b) => a - b)) {
    const topic = taxonomy.topics[at] as CompiledTopic
    let raw = 0
    let distinct = 0
    let hits = 0
    let repeatedSpecific = false
    const found: Array<{ match: CueMatch; contribution: number }> = []
    for (const { cue, weight } of topic.cues) {
      const match = matches.get(cue.text)
      if (!match) continue
      const occurrences = match.count + titleBoost * match.titleCount
      // Repetition adds evidence with diminishing returns: one word said ten times is not ten
      // pieces of evidence.
      const contribution = weight * (1 + Math.log(occurrences))
      raw += contribution
      distinct++
      hits += match.count + match.titleCount
      if (weight >= 3 && match.count + match.titleCount >= repeatedSpecificCue)
        repeatedSpecific = true
      found.push({ match, contribution })
    }
    if (distinct === 0) continue
    const requirementsMet = topic.requires.every((group) =>
      group.some((cue) => matches.has(cue.text)),
    )
    const strength = raw / factor
    const passed =
      requirementsMet &&
      (distinct >= topic.minDistinct || repeatedSpecific) &&
      hits >= topic.minHits &&
      strength >= topic.minStrength
    found.sort(
      (a, b) =>
        b.contribution - a.contribution || a.match.cue.text.localeCompare(b.match.cue.text, 'en'),
    )
    candidates.push({
      topic,
      strength,
      distinct,
      hits,
      passed,
      score: strengthToScore(strength, topic.minStrength),
      evidence: found.slice(0, 6).map(({ match }) => describe(match)),
    })
  }
  return candidates
}

const topicsByCueOf = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, readonly number[]>>()

/** The indexes of the topics that weigh each cue (by its text), in taxonomy order. */
function topicsByCue(taxonomy: CompiledTaxonomy): ReadonlyMap<string, readonly number[]> {
  let byCue = topicsByCueOf.get(taxonomy)
  if (byCue === undefined) {
    const made = new Map<string, number[]>()
    for (const [at, topic] of taxonomy.topics.entries()) {
      for (const { cue } of topic.cues) {
        const list = made.get(cue.text)
        if (list === undefined) made.set(cue.text, [at])
        else if (list.at(-1) !== at) list.push(at)
      }
    }
    byCue = made
    topicsByCueOf.set(taxonomy, byCue)
  }
  return byCue
}

function describe(match: CueMatch): string {
  const form = commonForm(match)
  const parts = [`${form} ×${match.count}`]
  if (match.titleCount > 0) parts.push('in title')
  return match.count === 0 ? `${form} (in title)` : parts.join(', ')
}
