import type { ArticleFileData, ArticleTopic, Entities, Entity } from '@newsroom/schema'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import shippedTaxonomy from '../data/taxonomy.json' with { type: 'json' }
import { countCountries, type Gazetteer, gazetteer } from './countries.js'
import { entityTopics, type MentionPlace } from './entity-topics.js'
import {
  closestTaxonomyTopic,
  closestTopic,
  manualTopic,
  type ResolvedManualTopic,
  resolveManualTopic,
  taxonomyTopicOfTag,
} from './manual-topics.js'
import { indexCues, matchCues } from './match-cues.js'
import {
  candidateEvidence,
  round,
  scoreTaxonomy,
  strongestFamily,
  type TaxonomyCandidate,
} from './score-taxonomy.js'
import { type CompiledTaxonomy, compileTaxonomy, type TaxonomyFile } from './taxonomy.js'
import { addTitle, tokenizeTree } from './tokens.js'

declare module 'vfile' {
  /** Reads `article` (title, dek, publisher, overrides) when given. */
  interface DataMap extends ArticleFileData {
    /** Topics of the article, best first. Populated by `@newsroom/retext-topics`. */
    topics?: ArticleTopic[]
  }
}

/** Configuration of `retextTopics`. */
export interface Options {
  /** A taxonomy to use instead of the shipped one (same format as `taxonomy.json`). */
  taxonomy?: TaxonomyFile | null | undefined
  /** Topics to add (taxonomy ids or labels, country names, or free labels). */
  addTopics?: readonly string[] | null | undefined
  /** Topics to remove (ids or labels). */
  removeTopics?: readonly string[] | null | undefined
  /** Most topics found in the text (manual topics come on top; default: `8`). */
  maximum?: number | null | undefined
  /** Whether to add topics for the places and organizations an article is about (default: `true`). */
  entityTopics?: boolean | null | undefined
}

const emptyOptions: Readonly<Options> = Object.freeze({})
const source = 'retext-topics'

type Message = ReturnType<VFile['message']>

/** `message` with the `url` of its rule's section in this package's README. */
function linked(message: Message): Message {
  message.url = `https://github.com/newsroom/newsroom/tree/main/packages/retext-topics#${message.ruleId}`
  return message
}

/** A broader topic implied by a narrower one scores a little less than it. */
const broaderDiscount = 0.9
/** Topics that signal an article about relations between states. */
const relationalTopics = ['diplomacy', 'trade', 'conflict', 'military']
/** A topic from a single passing mention is no topic: the fallback needs this many cue hits. */
const fallbackMinHits = 2
/**
 * Nor is a topic from one word, however often it is said: `voted` three times in a story about
 * a council vote is no election, `fight` twenty times in a story about fire-fighting no war. The
 * fallback needs this many distinct word families of cues.
 */
const fallbackMinDistinct = 2

let compiledShipped: CompiledTaxonomy | undefined

/** The shipped taxonomy, compiled on first use and shared by every processor. */
function shippedCompiled(): CompiledTaxonomy {
  compiledShipped ??= compileTaxonomy(shippedTaxonomy)
  return compiledShipped
}

/**
 * Assign topics to an article: taxonomy topics whose cues pass their thresholds (and the
 * broader topics they imply), entity topics for the places and organizations it is about
 * (salience from `file.data.entities` when retext-entities ran, else a gazetteer of
 * countries), and the topics front matter adds or removes. Results on `file.data.topics`.
 */
export default function retextTopics(options?: Readonly<Options> | null) {
  const settings = options ?? emptyOptions
  const maximum = settings.maximum ?? 8
  if (!Number.isInteger(maximum) || maximum < 1) {
    throw new TypeError(`Expected \`maximum\` to be a positive integer, not \`${maximum}\``)
  }
  for (const name of ['addTopics', 'removeTopics'] as const) {
    const value = settings[name]
    if (
      value != null &&
      (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    ) {
      throw new TypeError(`Expected \`${name}\` to be an array of strings`)
    }
  }
  const taxonomy = settings.taxonomy ? compileTaxonomy(settings.taxonomy) : shippedCompiled()
  const places = gazetteer()
  const withEntities = settings.entityTopics ?? true
  const cues = indexCues([
    ...taxonomy.cues.values(),
    ...[...places.cues.values()].map((entry) => entry.cue),
  ])

  return function transformer(tree: Root, file: VFile): undefined {
    const text = tokenizeTree(tree)
    const article = readArticle(file)
    // The headline (title and dek) names what the article is about: its words count extra.
    const headline = [article.title, article.dek].filter((part): part is string => Boolean(part))
    const bodySentences = text.sentenceCount
    for (const [index, part] of headline.entries()) addTitle(text, part, bodySentences + index)
    const matches = matchCues(text, cues)

    const candidates = scoreTaxonomy(taxonomy, matches, text.words)
    const topics = new Map<string, ArticleTopic>()
    for (const topic of taxonomyTopics(candidates, taxonomy)) topics.set(topic.id, topic)

    if (withEntities) {
      const passed = new Set(candidates.filter((c) => c.passed).map((c) => c.topic.id))
      const found = entityTopics(readEntities(file), countCountries(matches, places), places, {
        mentions: readMentions(file),
        relational: relationalTopics.some((id) => passed.has(id)),
        words: text.words,
        publisher: article.publisher,
      })
      for (const topic of found) if (!topics.has(topic.id)) topics.set(topic.id, topic)
    }

    let result = [...topics.values()].sort(byScore).slice(0, maximum)

    const removed = [...(settings.removeTopics ?? []), ...article.removeTopics]
    const removeIds = new Set(
      removed.flatMap((name) => {
        const resolved = resolveManualTopic(name, taxonomy, places)
        return resolved ? [resolved.id] : []
      }),
    )
    const manual: ArticleTopic[] = []
    // Every topic the article would have without removals: what a removal can match.
    const removable = new Map([...topics.values()].map((topic) => [topic.id, topic.label]))
    const addManual = (resolved: ResolvedManualTopic, evidence: string): void => {
      removable.set(resolved.id, resolved.label)
      if (removeIds.has(resolved.id)) return
      const known = manual.find((topic) => topic.id === resolved.id)
      if (known) {
        if (!known.evidence.includes(evidence)) known.evidence.push(evidence)
      } else {
        manual.push(manualTopic(resolved, evidence))
      }
    }
    const added: Array<[name: string, evidence: string]> = [
      ...(settings.addTopics ?? []).map((name): [string, string] => [name, 'addTopics option']),
      ...article.addTopics.map((name): [string, string] => [name, 'article overrides.addTopics']),
    ]
    for (const [name, evidence] of added) {
      const resolved = resolveManualTopic(name, taxonomy, places)
      if (!resolved) {
        linked(
          file.message(`Unexpected topic \`${name}\` without letters or digits`, {
            ruleId: 'invalid-manual-topic',
            source,
          }),
        )
        continue
      }
      if (resolved.kind === 'free') reportUnknownTopic(name, resolved.id, taxonomy, file)
      addManual(resolved, evidence)
    }
    // Tags are free keywords: those that name a taxonomy topic or a country are topics too.
    for (const tag of article.tags) {
      const resolved = resolveManualTopic(tag, taxonomy, places)
      const topic = resolved?.kind === 'free' ? taxonomyTopicOfTag(tag, taxonomy) : undefined
      const named = topic
        ? { id: topic.id, label: topic.label, kind: 'taxonomy' as const }
        : resolved
      if (named && named.kind !== 'free') addManual(named, `article tag \`${tag}\``)
    }
    // Without a topic from the text, the closest candidate stands in, unless the editor chose.
    if (result.length === 0 && manual.length === 0) {
      result = fallbackTopic(candidates, removeIds, file)
      for (const topic of result) removable.set(topic.id, topic.label)
    }
    // Only the article's own entries: the option is a site-wide setting, meant for the topics
    // some articles have, and saying so on every other article would bury the rest.
    reportUnmatchedRemovals(article.removeTopics, removable, taxonomy, places, file)
    const manualIds = new Set(manual.map((topic) => topic.id))
    result = [
      ...manual,
      ...result.filter((topic) => !removeIds.has(topic.id) && !manualIds.has(topic.id)),
    ].sort(byScore)

    file.data.topics = result
  }
}

/** Score descending, then id: the order is the same on every run. */
function byScore(a: ArticleTopic, b: ArticleTopic): number {
  return b.score - a.score || a.id.localeCompare(b.id, 'en')
}

/** Passing taxonomy topics, plus the broader topics they imply. */
function taxonomyTopics(
  candidates: readonly TaxonomyCandidate[],
  taxonomy: CompiledTaxonomy,
): ArticleTopic[] {
  const topics = new Map<string, ArticleTopic>()
  const passed = candidates.filter((candidate) => candidate.passed)
  for (const candidate of passed) {
    topics.set(candidate.topic.id, {
      id: candidate.topic.id,
      label: candidate.topic.label,
      score: candidate.score,
      source: 'taxonomy',
      evidence: candidateEvidence(candidate),
    })
  }
  for (const candidate of passed) {
    let child = topics.get(candidate.topic.id) as ArticleTopic
    let broaderId = candidate.topic.broader
    while (broaderId !== undefined) {
      const broader = taxonomy.byId.get(broaderId)
      if (!broader) break
      const implied = round(child.score * broaderDiscount)
      const existing = topics.get(broader.id)
      const note = `narrower topic: ${child.label}`
      if (!existing) {
        topics.set(broader.id, {
          id: broader.id,
          label: broader.label,
          score: implied,
          source: 'taxonomy',
          evidence: [note],
        })
      } else {
        if (implied > existing.score) existing.score = implied
        if (!existing.evidence.includes(note)) existing.evidence.push(note)
      }
      child = topics.get(broader.id) as ArticleTopic
      broaderId = broader.broader
    }
  }
  return [...topics.values()]
}

/**
 * Editors may add topics of their own, but a name that matches no taxonomy topic or country is
 * often a typo: say so, with the closest taxonomy topic when one is near.
 */
function reportUnknownTopic(
  name: string,
  id: string,
  taxonomy: CompiledTaxonomy,
  file: VFile,
): void {
  const suggestion = closestTaxonomyTopic(name, taxonomy)
  const message = linked(
    file.info(
      `Unexpected topic \`${name}\` that matches no taxonomy topic or country, kept as the free topic \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      { ruleId: 'unknown-manual-topic', source },
    ),
  )
  message.actual = name
  if (suggestion) message.expected = [suggestion]
}

/**
 * An article's `removeTopics` entry that names no topic of the article removes nothing. When it
 * names no known topic either (a free name: `elektions`), it is most often a typo: say so, with
 * the topic of the article it is near, else the taxonomy's (which the article does not have
 * either). When it names a taxonomy topic or country the article simply lacks (the text changed,
 * or the entry is kept in a template), that is said, quietly, with nothing to suggest.
 */
function reportUnmatchedRemovals(
  removed: readonly string[],
  removable: ReadonlyMap<string, string>,
  taxonomy: CompiledTaxonomy,
  places: Gazetteer,
  file: VFile,
): void {
  for (const name of new Set(removed)) {
    const resolved = resolveManualTopic(name, taxonomy, places)
    if (resolved && removable.has(resolved.id)) continue
    if (resolved && resolved.kind !== 'free') {
      const message = linked(
        file.info(
          `Unexpected \`removeTopics\` entry \`${name}\` for the topic \`${resolved.id}\`, which the article does not have, so it removes nothing`,
          { ruleId: 'unmatched-remove-topic', source },
        ),
      )
      message.actual = name
      continue
    }
    const ofArticle = [...removable].map(([id, label]) => ({ id, label }))
    const own = closestTopic(name, ofArticle)
    const other = own === undefined ? closestTaxonomyTopic(name, taxonomy) : undefined
    const suggestion = own
      ? `; did you mean \`${own}\`?`
      : other
        ? `; did you mean \`${other}\` (not a topic of this article either)?`
        : ''
    const message = linked(
      file.info(`Unexpected \`removeTopics\` entry \`${name}\` that names no topic${suggestion}`, {
        ruleId: 'unknown-remove-topic',
        source,
      }),
    )
    message.actual = name
    const near = own ?? other
    if (near) message.expected = [near]
  }
}

/**
 * When no topic passes its thresholds, the best-supported taxonomy candidate with at least
 * `fallbackMinHits` cue occurrences of `fallbackMinDistinct` words, flagged with an info message
 * so an editor can choose one; a single passing mention ("director" once in a library story),
 * or a single word said many times, gives no topic. A fallback the removals name is returned (it
 * is what they remove), but the info says the article is left without a topic.
 */
function fallbackTopic(
  candidates: readonly TaxonomyCandidate[],
  removeIds: ReadonlySet<string>,
  file: VFile,
): ArticleTopic[] {
  const best = candidates
    .filter(
      (candidate) => candidate.hits >= fallbackMinHits && candidate.distinct >= fallbackMinDistinct,
    )
    .sort(byRelativeStrength)[0]
  if (!best || removeIds.has(best.topic.id)) {
    const reason = best
      ? `Unexpected article without a topic: the closest, \`${best.topic.id}\`, is removed by \`removeTopics\``
      : noTopicReason(candidates)
    const message = linked(file.info(reason, { ruleId: 'no-topic', source }))
    message.note = chooseTopicsNote
    // The removal matched: the fallback topic is what it removes.
    return best ? [fallbackOf(best)] : []
  }
  const message = linked(
    file.info(`Expected stronger evidence for a topic, using the closest: \`${best.topic.id}\``, {
      ruleId: 'weak-topic',
      source,
    }),
  )
  message.note = chooseTopicsNote
  message.actual = best.topic.id
  return [fallbackOf(best)]
}

/** The weak-topic fallback's topic: a candidate that did not pass, scored at most 0.35. */
function fallbackOf(best: TaxonomyCandidate): ArticleTopic {
  return {
    id: best.topic.id,
    label: best.topic.label,
    score: round(Math.min(best.score, 0.35)),
    source: 'taxonomy',
    evidence: candidateEvidence(best),
  }
}

/** Strongest first, relative to each topic's threshold, then by id. */
function byRelativeStrength(a: TaxonomyCandidate, b: TaxonomyCandidate): number {
  return (
    b.strength / b.topic.minStrength - a.strength / a.topic.minStrength ||
    a.topic.id.localeCompare(b.topic.id, 'en')
  )
}

/** Why no candidate can stand in: no cue, one word said again, or passing mentions. */
function noTopicReason(candidates: readonly TaxonomyCandidate[]): string {
  const cues = candidates.reduce((most, candidate) => Math.max(most, candidate.hits), 0)
  if (cues === 0) return 'Unexpected article without any topic cue'
  const oneWord = candidates
    .filter((candidate) => candidate.hits >= fallbackMinHits)
    .sort(byRelativeStrength)[0]
  const said = oneWord ? strongestFamily(oneWord) : undefined
  if (oneWord && said) {
    const forms = said.forms.map((form) => `\`${form}\``).join('/')
    return `Unexpected article whose only repeated topic cue is one word (${forms}, ${said.times} times, a cue of \`${oneWord.topic.id}\`), too little to tell its topic`
  }
  return `Unexpected article with only passing mentions of any topic (no topic with ${fallbackMinHits} cues)`
}

/** How a caller chooses the topics of an article the text does not settle. */
const chooseTopicsNote =
  'Choose topics with the `addTopics` option or `file.data.article.overrides.addTopics`'

interface ArticleContext {
  title: string | null
  dek: string | null
  publisher: string | null
  addTopics: string[]
  removeTopics: string[]
  /** Free keywords of the article: those naming a taxonomy topic or country become topics. */
  tags: string[]
}

/** What the plugin reads of `file.data.article` (an IngestedArticle) when enrich provides it. */
function readArticle(file: VFile): ArticleContext {
  const article = (file.data as Record<string, unknown>).article
  const context: ArticleContext = {
    title: null,
    dek: null,
    publisher: null,
    addTopics: [],
    removeTopics: [],
    tags: [],
  }
  if (typeof article !== 'object' || article === null) return context
  const record = article as Record<string, unknown>
  if (typeof record.title === 'string') context.title = record.title
  if (typeof record.dek === 'string') context.dek = record.dek
  if (typeof record.publisher === 'string') context.publisher = record.publisher
  context.tags = strings(record.tags)
  if (typeof record.overrides === 'object' && record.overrides !== null) {
    const overrides = record.overrides as Record<string, unknown>
    context.addTopics = strings(overrides.addTopics)
    context.removeTopics = strings(overrides.removeTopics)
  }
  return context
}

/** `file.data.entities` as written by retext-entities, when it ran and its output is valid. */
function readEntities(file: VFile): Entities | undefined {
  const value = (file.data as Record<string, unknown>).entities
  if (value === undefined) return undefined
  if (isEntities(value)) return value
  linked(
    file.message('Unexpected `file.data.entities` that does not match the Entities schema', {
      ruleId: 'invalid-entities',
      source,
    }),
  )
  return undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}

// A structural check of what this plugin reads, so it needs no schema at run time.
function isEntities(value: unknown): value is Entities {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return ['people', 'organizations', 'places'].every(
    (kind) => Array.isArray(record[kind]) && (record[kind] as unknown[]).every(isEntity),
  )
}

function isEntity(value: unknown): value is Entity {
  if (typeof value !== 'object' || value === null) return false
  const entity = value as Record<string, unknown>
  return (
    typeof entity.id === 'string' &&
    typeof entity.name === 'string' &&
    Array.isArray(entity.aliases) &&
    typeof entity.mentions === 'number' &&
    typeof entity.salience === 'number'
  )
}

/** `file.data.entityMentions` of retext-entities: only the entity id and paragraph are read. */
function readMentions(file: VFile): MentionPlace[] {
  const value = (file.data as Record<string, unknown>).entityMentions
  if (!Array.isArray(value)) return []
  return value.filter(
    (mention): mention is MentionPlace =>
      typeof mention === 'object' &&
      mention !== null &&
      typeof mention.entityId === 'string' &&
      typeof mention.paragraph === 'number',
  )
}
