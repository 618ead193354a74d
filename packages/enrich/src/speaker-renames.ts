import type { Quote, SpeakerRef } from '@newsroom/schema'

/** Where a speaker goes: its new id and, when they change too, its new name and kind. */
export interface SpeakerRename {
  id: string
  name?: string
  kind?: SpeakerRef['kind']
}

/**
 * What one renaming step did to the speakers of one article: each speaker it renamed or merged,
 * under the id the speaker had before the step. The spelling merge across articles also holds
 * the merged-away ids of candidates that lean to no speaker of the article.
 */
export type SpeakerRenames = ReadonlyMap<string, SpeakerRename>

/**
 * The quotes with one renaming step applied to whoever each names: the published `speaker`, or
 * the unpublished `candidate` whose id the step renamed. Both take the rename from the same map,
 * so that a person is never a candidate under the id they had before a step beside a speaker
 * under the one they have after it. A candidate whose id the map does not hold (a place taken
 * off the speakers, a speaker left without quotes, an unnamed speaker only candidates name)
 * keeps what it had.
 */
export function withRenamedSpeakers(quotes: readonly Quote[], renames: SpeakerRenames): Quote[] {
  if (renames.size === 0) return [...quotes]
  const renamed = (ref: SpeakerRef): SpeakerRef | undefined => {
    const to = renames.get(ref.id)
    return to && { id: to.id, name: to.name ?? ref.name, kind: to.kind ?? ref.kind }
  }
  return quotes.map((quote) => {
    const speaker = quote.speaker && renamed(quote.speaker)
    if (speaker) return { ...quote, speaker }
    const candidate = quote.candidate && renamed(quote.candidate)
    return candidate ? { ...quote, candidate } : quote
  })
}

/** The rename to a speaker as it is now: its id, name and kind. */
export function renameTo(speaker: SpeakerRef): SpeakerRef {
  return { id: speaker.id, name: speaker.name, kind: speaker.kind }
}
