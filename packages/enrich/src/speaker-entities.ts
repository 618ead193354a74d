import { foldName } from '@newsroom/names'
import type { Entities, Entity, Quote, Speaker } from '@newsroom/schema'
import { type SpeakerRename, withRenamedSpeakers } from './speaker-renames.js'

const wordCount = (name: string): number => name.split(/\s+/).filter(Boolean).length

/**
 * Give each named speaker the id of the entity it is, so speakers and entities agree within an
 * article and across articles (an organization quoted as "State Department" here and "the
 * Department of State" there is one identity: its entity id). A speaker matches an entity of the
 * same kind when one of its names is one of the entity's names, folded for case and accents. The
 * speaker keeps the name the article gives it; only the id follows the entity, on its quotes'
 * `speaker` and on a `candidate` that leaned to it.
 */
export function alignSpeakersWithEntities(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  entities: Entities,
): { quotes: Quote[]; speakers: Speaker[] } {
  const index = (list: readonly Entity[]) => {
    const byName = new Map<string, Entity>()
    for (const entity of list) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = foldName(name)
        if (!byName.has(key)) byName.set(key, entity)
      }
    }
    return byName
  }
  const byKind = { person: index(entities.people), organization: index(entities.organizations) }

  const taken = new Set(speakers.map((speaker) => speaker.id))
  const newIds = new Map<string, SpeakerRename>()
  const aligned = speakers.map((speaker) => {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') return speaker
    const names = byKind[speaker.kind]
    const entity = [speaker.name, ...speaker.aliases]
      .map((name) => names.get(foldName(name)))
      .find((found) => found !== undefined)
    if (!entity || entity.id === speaker.id || taken.has(entity.id)) return speaker
    // "Palwende Boua" is not given the id of an entity that found only "Boua": an id made from a
    // shorter name would merge people across articles who share that word.
    if (wordCount(entity.name) < wordCount(speaker.name)) return speaker
    taken.add(entity.id)
    newIds.set(speaker.id, { id: entity.id })
    return { ...speaker, id: entity.id }
  })
  return { quotes: withRenamedSpeakers(quotes, newIds), speakers: aligned }
}
