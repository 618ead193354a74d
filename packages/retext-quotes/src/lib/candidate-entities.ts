/**
 * For fitting and scoring only (`candidates: true`): the entity each candidate mention of a
 * quotation would resolve to had it been the one chosen. A gold source marked on "he" names the
 * same person as the "Ann Vale" chosen beside it; judging candidates by entity needs to know
 * what "he" resolves to at that quotation.
 *
 * The walk runs again on a registry and a `Coreference` of its own (a shadow), so that resolving
 * the mentions that were not chosen changes nothing the plugin publishes. Each quotation's other
 * candidates are resolved at its step, after its chosen mention and before its speaker is
 * remembered: the state they see is the one the chosen mention saw, so that the quotation's own
 * speaker cannot make its pronoun candidates point to it.
 *
 * Resolving the other candidates changes the shadow's state (what each place resolved to, the
 * roles and genders it learns), so the shadow can drift from the plugin's walk: on one PolNeAR
 * train article "the Florida senator" and a later "he" resolved to other people than the ones
 * published. A chosen mention whose shadow entity is not the speaker the plugin resolved it to
 * gets no entity (null): judged by entity it would be right or wrong for a speaker the plugin
 * never gave it.
 */
import { foldName } from '@newsroom/names'
import type { Speaker } from '@newsroom/schema'
import type { Candidate } from './candidates.js'
import { Coreference, type MentionAt, type QuoteEvent } from './coreference.js'
import type { CueSubject } from './cue-patterns.js'
import type { ArticleModel } from './model.js'
import { SpeakerRegistry } from './registry.js'

/**
 * One quotation for the shadow walk: where it stands, its chosen mention, its candidates, and
 * the speaker the plugin's own walk resolved the chosen mention to (null: none).
 */
export interface ShadowQuote {
  start: QuoteEvent['start']
  end: QuoteEvent['end']
  mention: MentionAt | null
  candidates: readonly Candidate[]
  speaker: Pick<Speaker, 'kind' | 'name'> | null
}

/** Whether two walks resolved a mention to the same speaker (ids differ between registries). */
function sameSpeaker(
  a: Pick<Speaker, 'kind' | 'name'> | null,
  b: Pick<Speaker, 'kind' | 'name'> | null,
): boolean {
  if (a === null || b === null) return a === b
  return a.kind === b.kind && foldName(a.name) === foldName(b.name)
}

/**
 * The entity (speaker id in the shadow registry, null: none) of each candidate of each quotation,
 * in the order given. Ids compare within one article only.
 */
export function candidateEntities(
  model: ArticleModel,
  quotes: readonly ShadowQuote[],
  subjects: readonly CueSubject[],
): Array<Array<string | null>> {
  const chosen = quotes.flatMap((quote) => (quote.mention ? [quote.mention] : []))
  const shadow = new Coreference(model, new SpeakerRegistry(), chosen, subjects)
  const entities: Array<Array<string | null>> = quotes.map((quote) =>
    quote.candidates.map(() => null),
  )
  shadow.walk(
    quotes.map((quote, at) => ({
      start: quote.start,
      end: quote.end,
      mention: quote.mention,
      attribute: (resolved) => {
        const drifted = !sameSpeaker(resolved.speaker, quote.speaker)
        entities[at] = quote.candidates.map((candidate) =>
          drifted && candidate === quote.mention
            ? null
            : (shadow.resolve(candidate).speaker?.id ?? null),
        )
      },
    })),
    subjects,
  )
  return entities
}
