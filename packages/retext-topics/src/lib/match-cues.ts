import type { Cue } from './cue.js'
import type { Keys, TokenizedText } from './tokens.js'

/** Where and how often one cue occurs. */
export interface CueMatch {
  cue: Cue
  /** Occurrences in the body. */
  count: number
  /** Occurrences in the title. */
  titleCount: number
  /** Surface forms seen, most frequent first is computed by the caller. */
  forms: Map<string, number>
  /** Sentence indexes of the body occurrences. */
  sentences: number[]
  /** Paragraph indexes of the body occurrences. */
  paragraphs: number[]
}

function keyOf(keys: Keys, mode: Cue['mode']): string {
  return mode === 'stem' ? keys.stem : mode === 'lower' ? keys.lower : keys.text
}

/** Cues by mode and first word. */
export type CueIndex = Record<Cue['mode'], Map<string, Cue[]>>

/** Index cues by their first word, once for every article they are matched in. */
export function indexCues(cues: Iterable<Cue>): CueIndex {
  const index: CueIndex = { stem: new Map(), lower: new Map(), case: new Map() }
  for (const cue of cues) {
    const first = cue.tokens[0]
    if (first === undefined) continue
    const bucket = index[cue.mode].get(first)
    if (bucket) bucket.push(cue)
    else index[cue.mode].set(first, [cue])
  }
  return index
}

/**
 * Find every occurrence of the cues in the word parts of a text. Cues are indexed by their first
 * word, so the cost is one map look-up per part, whatever the size of the taxonomy.
 */
export function matchCues(text: TokenizedText, index: CueIndex): Map<string, CueMatch> {
  const matches = new Map<string, CueMatch>()
  const { keys: parts, sentences, sentenceParagraphs } = text
  for (let position = 0; position < parts.length; position++) {
    const keys = parts[position] as Keys
    // Kept on the word part's keys, shared by its occurrences: no look-up of the part per token.
    if (keys.cueIndex !== index) {
      keys.cues = cuesStartingWith(keys, index)
      keys.cueIndex = index
    }
    const candidates = keys.cues
    for (const cue of candidates) {
      if (!matchesAt(text, position, cue)) continue
      const form =
        cue.tokens.length === 1
          ? keys.text
          : parts
              .slice(position, position + cue.tokens.length)
              .map((part) => part.text)
              .join(' ')
      let match = matches.get(cue.text)
      if (!match) {
        match = { cue, count: 0, titleCount: 0, forms: new Map(), sentences: [], paragraphs: [] }
        matches.set(cue.text, match)
      }
      const sentence = sentences[position] as number
      const paragraph = sentenceParagraphs[sentence] as number
      if (paragraph < 0) {
        match.titleCount++
      } else {
        match.count++
        match.sentences.push(sentence)
        match.paragraphs.push(paragraph)
      }
      match.forms.set(form, (match.forms.get(form) ?? 0) + 1)
    }
  }
  return matches
}

const noCues: readonly Cue[] = []

/** The cues whose first word is this part, by stem, then lowercase, then case. */
function cuesStartingWith(keys: Keys, index: CueIndex): readonly Cue[] {
  const byStem = index.stem.get(keys.stem)
  const byLower = index.lower.get(keys.lower)
  const byCase = index.case.get(keys.text)
  if (byStem === undefined && byLower === undefined && byCase === undefined) return noCues
  return [...(byStem ?? []), ...(byLower ?? []), ...(byCase ?? [])]
}

function matchesAt({ keys, sentences }: TokenizedText, position: number, cue: Cue): boolean {
  const sentence = sentences[position]
  for (let offset = 1; offset < cue.tokens.length; offset++) {
    const part = keys[position + offset]
    if (part === undefined || sentences[position + offset] !== sentence) return false
    if (keyOf(part, cue.mode) !== cue.tokens[offset]) return false
  }
  return true
}

/** The most frequent surface form of a match (ties: the first in sort order). */
export function commonForm(match: CueMatch): string {
  let best = ''
  let bestCount = -1
  for (const [form, count] of [...match.forms].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (count > bestCount) {
      best = form
      bestCount = count
    }
  }
  return best
}
