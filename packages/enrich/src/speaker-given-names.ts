import { foldName, isGivenName, slugify } from '@newsroom/names'
import type { Entities, Quote, Speaker } from '@newsroom/schema'
import { renameTo, withRenamedSpeakers } from './speaker-renames.js'

const wordsOf = (name: string): string[] => name.split(/\s+/u).filter(Boolean)

/** The fuller names of an article's people that open with a given name ("Mary" → "Mary Okafor"). */
function fullerNames(given: string, entities: Entities, speakers: readonly Speaker[]): string[] {
  const folded = foldName(given)
  const found = new Map<string, string>()
  const names = [
    ...entities.people.map((person) => person.name),
    ...speakers.filter((speaker) => speaker.kind === 'person').map((speaker) => speaker.name),
  ]
  for (const name of names) {
    const words = wordsOf(name)
    if (words.length > 1 && foldName(words[0] as string) === folded) found.set(foldName(name), name)
  }
  return [...found.values()]
}

/**
 * Place the people an article calls by a given name alone ("his wife, Mary, said"). One that the
 * article also names in full, with no other person whose name opens with that word, joins the
 * full name ("Mary" is "Mary Okafor"): one speaker, the given name an alias. Any other (never
 * named in full, or two full names open with it) stays a speaker of its article only: its id
 * carries the article's slug, so the "Mary" of one article and the "Mary" of another never share
 * a speaker page. Its quotes follow, the `speaker` and a `candidate` that leaned to it alike.
 */
export function placeGivenNames(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  entities: Entities,
  articleSlug: string,
): { quotes: Quote[]; speakers: Speaker[] } {
  const moved = new Map<string, Speaker>()
  let next = [...speakers]
  for (const speaker of speakers) {
    const words = wordsOf(speaker.name)
    if (speaker.kind !== 'person' || words.length !== 1 || !isGivenName(speaker.name)) continue
    const fuller = fullerNames(speaker.name, entities, speakers)
    // Two full names open with it ("Mary Okafor", "Mary Brennan"): which one is not known.
    const full = fuller.length === 1 ? fuller[0] : undefined
    const entity = full
      ? entities.people.find((person) => foldName(person.name) === foldName(full))
      : undefined
    const id = full
      ? (entity?.id ?? (slugify(full) || speaker.id))
      : slugify(`${speaker.name} ${articleSlug}`) || speaker.id
    const holder = next.find((other) => other !== speaker && other.id === id)
    if (holder) {
      const merged: Speaker = {
        ...holder,
        aliases: [...new Set([...holder.aliases, speaker.name, ...speaker.aliases])].sort(),
        roles: [...new Set([...holder.roles, ...speaker.roles])],
        quoteCount: holder.quoteCount + speaker.quoteCount,
      }
      next = next.flatMap((other) =>
        other === speaker ? [] : other === holder ? [merged] : [other],
      )
      moved.set(speaker.id, merged)
      for (const [from, to] of moved) if (to === holder) moved.set(from, merged)
      continue
    }
    const renamed: Speaker = full
      ? {
          ...speaker,
          id,
          name: full,
          aliases: [...new Set([...speaker.aliases, speaker.name])].sort(),
        }
      : { ...speaker, id }
    next = next.map((other) => (other === speaker ? renamed : other))
    moved.set(speaker.id, renamed)
  }
  const renames = new Map([...moved].map(([from, to]) => [from, renameTo(to)]))
  return { speakers: next, quotes: withRenamedSpeakers(quotes, renames) }
}
