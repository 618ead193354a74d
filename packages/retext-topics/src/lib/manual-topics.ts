import { BoundedCache, slugify } from '@newsroom/names'
import type { ArticleTopic } from '@newsroom/schema'
import { distance } from 'fastest-levenshtein'
import { stemmer } from 'stemmer'
import type { Gazetteer } from './countries.js'
import { splitWord } from './split-word.js'
import type { CompiledTaxonomy, CompiledTopic } from './taxonomy.js'

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
 * The taxonomy topic an article's tag names, if any: its words' stems equal those of a topic's
 * id or label (`elections`, `Climate change`), or begin those of exactly one topic's id
 * (`climate` → `climate-change`, `covid` → `covid-19`). A tag is a free keyword: one that names
 * no topic is no topic.
 */
export function taxonomyTopicOfTag(
  tag: string,
  taxonomy: CompiledTaxonomy,
): CompiledTopic | undefined {
  const key = stemKey(tag)
  if (key === '') return undefined
  const keys = topicKeysOf(taxonomy)
  const named = keys.find((entry) => entry.id === key || entry.label === key)
  if (named) return named.topic
  const begun = keys.filter((entry) => entry.id.startsWith(`${key} `))
  return begun.length === 1 ? begun[0]?.topic : undefined
}

interface TopicKeys {
  topic: CompiledTopic
  id: string
  label: string
}

/** Stem keys of each topic's id and label, made once per taxonomy. */
const topicKeys = new WeakMap<CompiledTaxonomy, TopicKeys[]>()

function topicKeysOf(taxonomy: CompiledTaxonomy): TopicKeys[] {
  let keys = topicKeys.get(taxonomy)
  if (!keys) {
    keys = taxonomy.topics.map((topic) => ({
      topic,
      id: stemKey(topic.id),
      label: stemKey(topic.label),
    }))
    topicKeys.set(taxonomy, keys)
  }
  return keys
}

function stemKey(text: string): string {
  return splitWord(text)
    .map((word) => stemmer(word.toLowerCase()))
    .join(' ')
}

/**
 * The taxonomy topic a free topic name is probably a misspelling of (`diplomcy` → `diplomacy`):
 * the closest id or label within a small edit distance (1 for names up to 5 characters, 2 up to
 * 10, 3 beyond), else `undefined`. Ties go to the id first in English order.
 */
export function closestTaxonomyTopic(name: string, taxonomy: CompiledTaxonomy): string | undefined {
  let known = closest.get(taxonomy)
  if (known === undefined) {
    known = new BoundedCache(1000)
    closest.set(taxonomy, known)
  }
  const cached = known.get(name)
  if (cached !== undefined) return cached ?? undefined
  const found = findClosest(name, taxonomy)
  known.set(name, found ?? null)
  return found
}

/**
 * The answers of `closestTaxonomyTopic` by taxonomy and name (`null`: none): an archive names
 * the same few free topics in article after article, and each answer compares the name with
 * every topic of the taxonomy.
 */
const closest = new WeakMap<CompiledTaxonomy, BoundedCache<string, string | null>>()

function findClosest(name: string, taxonomy: CompiledTaxonomy): string | undefined {
  return closestTopic(name, taxonomy.topics)
}

/**
 * Of some topics, the one a name is probably a misspelling of: the closest id or label within a
 * small edit distance (see `closestTaxonomyTopic`), else `undefined`.
 */
export function closestTopic(
  name: string,
  topics: Iterable<{ id: string; label: string }>,
): string | undefined {
  const slug = slugify(name)
  const lower = name.trim().toLowerCase()
  const allowed = slug.length <= 5 ? 1 : slug.length <= 10 ? 2 : 3
  let best: { id: string; distance: number } | undefined
  for (const topic of topics) {
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

/** Topics an editor names: certain by definition. `evidence` says where the editor named it. */
export function manualTopic(
  resolved: { id: string; label: string },
  evidence: string,
): ArticleTopic {
  return {
    id: resolved.id,
    label: resolved.label,
    score: 1,
    source: 'manual',
    evidence: [evidence],
  }
}
