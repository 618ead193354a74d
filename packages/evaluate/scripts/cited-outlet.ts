/**
 * PolNeAR credits the outlet or body a report cites (`Vale said …, according to CNN` → CNN);
 * the product, the Wikinews gold and the seed credit the person the cue attributes the words
 * to. `fit-speaker-model` finds the train quotations so labelled here, so that the convention
 * the product does not follow stays out of what the speaker model learns.
 */
import type { SpeakerCandidate } from '@newsroom/retext-quotes'
import type { MentionSpan } from '../src/index.js'
import { shapeOfSource } from './source-places.js'

/** The blocks of an article, as `runArticles` keeps them (`keepTexts`). */
export interface BlockTexts {
  texts?: readonly string[]
  blockIds?: readonly string[]
}

const sentencePlaces = ['place:same-before', 'place:same-after']

/** A candidate the cue attributes the quotation to: a role of a cue other than `according to`. */
function cueAttributes(candidate: SpeakerCandidate): boolean {
  return Object.keys(candidate.features).some(
    (name) => name.startsWith('role:') && !name.includes('according'),
  )
}

function isPerson(candidate: SpeakerCandidate): boolean {
  return (
    candidate.features['kind:person'] !== undefined ||
    candidate.features['form:pronoun-person'] !== undefined
  )
}

/**
 * The candidates of a quotation that PolNeAR passed over for the outlet it cites: when the gold
 * source is the object of `according to` and some candidate in the quotation's sentence is a
 * person a cue attributes the quotation to, those candidates; otherwise none.
 */
export function passedOverPersons(
  blocks: BlockTexts,
  source: { text: string; span: MentionSpan },
  candidates: readonly SpeakerCandidate[],
): number[] {
  const block = blocks.blockIds?.indexOf(source.span.blockId) ?? -1
  const text = blocks.texts?.[block] ?? ''
  const shapes = shapeOfSource(
    source.text,
    text.slice(0, source.span.start),
    text.slice(source.span.end),
  )
  if (!shapes.includes('after "according to"')) return []
  return candidates.flatMap((candidate, at) =>
    isPerson(candidate) &&
    cueAttributes(candidate) &&
    sentencePlaces.some((place) => candidate.features[place] !== undefined)
      ? [at]
      : [],
  )
}
