import { slugify } from '@newsroom/names'
import type { ArticleTopic } from '@newsroom/schema'
import type { Gazetteer } from './countries.js'
import type { CompiledTaxonomy } from './taxonomy.js'

/** Id and label for a topic an editor names: a taxonomy topic or country when one matches. */
export function resolveManualTopic(
  name: string,
  taxonomy: CompiledTaxonomy,
  places: Gazetteer,
): { id: string; label: string } | undefined {
  const slug = slugify(name)
  if (slug === '') return undefined
  const known =
    taxonomy.byId.get(slug) ??
    taxonomy.topics.find((topic) => topic.label.toLowerCase() === name.trim().toLowerCase())
  if (known) return { id: known.id, label: known.label }
  const country = places.byName.get(name.trim().toLowerCase())
  if (country) return { id: country.id, label: country.name }
  return { id: slug, label: name.trim() }
}

/** Topics named in front matter: certain by definition. */
export function manualTopic(resolved: { id: string; label: string }): ArticleTopic {
  return { ...resolved, score: 1, source: 'manual', evidence: ['front matter'] }
}
