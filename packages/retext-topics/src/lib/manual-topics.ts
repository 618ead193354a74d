import { slugify } from '@newsroom/names'
import type { ArticleTopic } from '@newsroom/schema'
import { distance } from 'fastest-levenshtein'
import type { Gazetteer } from './countries.js'
import type { CompiledTaxonomy } from './taxonomy.js'

/** A topic an editor names, and what it turned out to be. */
export interface ResolvedManualTopic {
  id: string
  label: string
  /** `taxonomy` or `country` when the name matches one; `free` for a topic of the editor's own. */
  kind: 'taxonomy' | 'country' | 'free'
}

/** Id and label for a topic an editor names: a taxonomy topic or country when one matches. */
export function resolveManualTopic(
  name: string,
  taxonomy: CompiledTaxonomy,
  places: Gazetteer,
): ResolvedManualTopic | undefined {
  const slug = slugify(name)
  if (slug === '') return undefined
  const known =
    taxonomy.byId.get(slug) ??
    taxonomy.topics.find((topic) => topic.label.toLowerCase() === name.trim().toLowerCase())
  if (known) return { id: known.id, label: known.label, kind: 'taxonomy' }
  const country = places.byName.get(name.trim().toLowerCase())
  if (country) return { id: country.id, label: country.name, kind: 'country' }
  return { id: slug, label: name.trim(), kind: 'free' }
}

/**
 * The taxonomy topic a free topic name is probably a misspelling of (`diplomcy` → `diplomacy`):
 * the closest id or label within a small edit distance (1 for names up to 5 characters, 2 up to
 * 10, 3 beyond), else `undefined`. Ties go to the id first in English order.
 */
export function closestTaxonomyTopic(name: string, taxonomy: CompiledTaxonomy): string | undefined {
  const slug = slugify(name)
  const lower = name.trim().toLowerCase()
  const allowed = slug.length <= 5 ? 1 : slug.length <= 10 ? 2 : 3
  let best: { id: string; distance: number } | undefined
  for (const topic of taxonomy.topics) {
    const nearest = Math.min(distance(slug, topic.id), distance(lower, topic.label.toLowerCase()))
    if (nearest > allowed) continue
    if (
      best === undefined ||
      nearest < best.distance ||
      (nearest === best.distance && topic.id.localeCompare(best.id, 'en') < 0)
    ) {
      best = { id: topic.id, distance: nearest }
    }
  }
  return best?.id
}

/** Topics named in front matter: certain by definition. */
export function manualTopic(resolved: { id: string; label: string }): ArticleTopic {
  return {
    id: resolved.id,
    label: resolved.label,
    score: 1,
    source: 'manual',
    evidence: ['front matter'],
  }
}
