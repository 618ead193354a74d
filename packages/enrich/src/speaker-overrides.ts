import { slugify } from '@newsroom/names'
import type { Quote, Speaker } from '@newsroom/schema'
import { renameTo, type SpeakerRename, withRenamedSpeakers } from './speaker-renames.js'

/**
 * Apply front-matter `speakerNames` overrides (`Wang: Wang Yi`): a named speaker whose name or
 * alias is a key takes the given canonical name and its id; speakers that end up with the same id
 * are merged, and the quotes follow (their `speaker`, and a `candidate` that leaned to a renamed
 * speaker). Anonymous and group speakers are left alone. `unmatched` are the keys that name no
 * named speaker (a typo, or a person the article does not quote).
 */
export function applySpeakerOverrides(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  speakerNames: Readonly<Record<string, string>>,
): { quotes: Quote[]; speakers: Speaker[]; unmatched: string[] } {
  const wanted = new Map(
    Object.entries(speakerNames).map(([from, to]) => [from.trim().toLowerCase(), to.trim()]),
  )
  if (wanted.size === 0) return { quotes: [...quotes], speakers: [...speakers], unmatched: [] }
  const matched = new Set<string>()

  const renamed = new Map<string, Speaker>()
  const renames = new Map<string, SpeakerRename>()
  for (const speaker of speakers) {
    const named = speaker.kind === 'person' || speaker.kind === 'organization'
    const key = named
      ? [speaker.name, ...speaker.aliases]
          .map((name) => name.toLowerCase())
          .find((name) => wanted.has(name))
      : undefined
    if (key !== undefined) matched.add(key)
    const target = key === undefined ? undefined : wanted.get(key)
    const name = target ?? speaker.name
    const id = target ? slugify(name) || speaker.id : speaker.id
    const existing = renamed.get(id)
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, speaker.name, ...speaker.aliases])]
        .filter((alias) => alias !== existing.name)
        .sort()
      existing.roles = [...new Set([...existing.roles, ...speaker.roles])]
      existing.quoteCount += speaker.quoteCount
      renames.set(speaker.id, renameTo(existing))
      continue
    }
    const next: Speaker = {
      ...speaker,
      id,
      name,
      aliases: [...new Set([...speaker.aliases, speaker.name])]
        .filter((alias) => alias !== name)
        .sort(),
    }
    renamed.set(id, next)
    if (id !== speaker.id || name !== speaker.name) renames.set(speaker.id, renameTo(next))
  }

  return {
    // The keys as the article gives them: a message about one names it as written.
    unmatched: Object.keys(speakerNames).filter((from) => !matched.has(from.trim().toLowerCase())),
    speakers: [...renamed.values()],
    quotes: withRenamedSpeakers(quotes, renames),
  }
}
