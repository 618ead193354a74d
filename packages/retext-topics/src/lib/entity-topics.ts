import { slugify } from '@newsroom/names'
import type { ArticleTopic, Entities, Entity } from '@newsroom/schema'
import stoplist from '../data/entity-stoplist.json' with { type: 'json' }
import type { CountryMentions, Gazetteer } from './countries.js'
import { lengthFactor, round } from './score-taxonomy.js'

/** A place or organization the article may be about. */
interface Subject {
  id: string
  label: string
  kind: 'place' | 'organization'
  /** Mentions, weighted: title mentions count `titleBoost` times, demonyms half. */
  weight: number
  /** Mentions by name (demonyms excluded), body and headline. */
  mentions: number
  /** Paragraphs it is named in, when known. */
  paragraphs: Set<number>
  inTitle: boolean
  /** Salience from retext-entities when known. */
  salience: number | undefined
  evidence: string[]
  /** Set for states of the gazetteer: candidates for a bilateral-relations topic. */
  state: boolean
  sentences: Set<number>
}

/** Where retext-entities found a mention (`file.data.entityMentions`), as far as read here. */
export interface MentionPlace {
  entityId: string
  paragraph: number
}

export interface EntityTopicSettings {
  /** Mentions from retext-entities, to see how widely an entity is spread over the article. */
  mentions: readonly MentionPlace[]
  /** Whether the article shows signs of relations between states (diplomacy, trade, war). */
  relational: boolean
  words: number
  publisher: string | null
}

const titleBoost = 2
/** Least mentions by name for an entity topic: a single passing mention never makes one. */
const minMentions = 2
/** Least paragraphs naming it, unless the headline does: a burst in one paragraph is an aside. */
const minParagraphs = 2
/** Least weighted mentions per ~300 words (see `lengthFactor`), unless the headline names it. */
const minProminence = 2.5
/** Least weight relative to the most talked-about subject, unless the headline names it. */
const minRelative = 0.25
/** Least salience relative to the most salient place or organization, when salience is known. */
const minRelativeSalience = 0.15
const maxPlaces = 3
const maxOrganizations = 2

const ignoredOrganizations = new Set(stoplist.organizations.map((name) => name.toLowerCase()))

/**
 * Topics for the places and organizations an article is about: the states of a bilateral
 * relationship when two of them dominate, then the most prominent places and organizations.
 */
export function entityTopics(
  entities: Entities | undefined,
  countries: ReadonlyMap<string, CountryMentions>,
  places: Gazetteer,
  settings: EntityTopicSettings,
): ArticleTopic[] {
  const subjects = collectSubjects(entities, countries, places, settings)
  const topics: ArticleTopic[] = []
  const factor = lengthFactor(settings.words)
  const eligible = subjects.filter(
    (subject) =>
      subject.mentions >= minMentions &&
      (subject.inTitle ||
        (subject.weight / factor >= minProminence && subject.paragraphs.size >= minParagraphs)),
  )
  const consumed = new Set<string>()
  const relation = settings.relational ? bilateralRelation(eligible, places) : undefined
  if (relation) {
    topics.push(relation.topic)
    consumed.add(relation.first.id)
    consumed.add(relation.second.id)
  }
  // The relation topic stands for its two states: the other subjects are compared with the
  // most talked-about of the rest.
  const rest = subjects.filter((subject) => !consumed.has(subject.id))
  const maxWeight = Math.max(
    0,
    ...eligible.filter((subject) => !consumed.has(subject.id)).map((subject) => subject.weight),
  )
  const maxSalience = Math.max(0, ...rest.map((subject) => subject.salience ?? 0))

  const counts = { place: 0, organization: 0 }
  for (const subject of eligible) {
    if (consumed.has(subject.id)) continue
    const relative = subject.weight / maxWeight
    if (relative < minRelative && !subject.inTitle) continue
    if (
      subject.salience !== undefined &&
      maxSalience > 0 &&
      subject.salience / maxSalience < minRelativeSalience
    ) {
      continue
    }
    if (counts[subject.kind] >= (subject.kind === 'place' ? maxPlaces : maxOrganizations)) continue
    counts[subject.kind]++
    topics.push({
      id: subject.id,
      label: subject.label,
      score: round(Math.min(0.95, 0.3 + 0.55 * relative + (subject.inTitle ? 0.1 : 0))),
      source: 'entity',
      evidence: subject.evidence,
    })
  }
  return topics
}

function collectSubjects(
  entities: Entities | undefined,
  countries: ReadonlyMap<string, CountryMentions>,
  places: Gazetteer,
  settings: EntityTopicSettings,
): Subject[] {
  const subjects = new Map<string, Subject>()
  const paragraphsOf = new Map<string, Set<number>>()
  for (const mention of settings.mentions) {
    const set = paragraphsOf.get(mention.entityId) ?? new Set<number>()
    set.add(mention.paragraph)
    paragraphsOf.set(mention.entityId, set)
  }

  for (const count of countries.values()) {
    const { country } = count
    const weight = count.mentions + count.demonyms / 2 + titleBoost * count.titleMentions
    if (weight === 0) continue
    subjects.set(country.id, {
      id: country.id,
      label: country.name,
      kind: 'place',
      weight,
      mentions: count.mentions + count.titleMentions,
      paragraphs: count.paragraphs,
      inTitle: count.titleMentions > 0,
      salience: undefined,
      evidence: [describeCountry(count)],
      state: country.state,
      sentences: count.sentences,
    })
  }

  const add = (entity: Entity, kind: Subject['kind']) => {
    if (kind === 'organization') {
      const names = [entity.name, ...entity.aliases].map((name) => name.toLowerCase())
      if (names.some((name) => ignoredOrganizations.has(name))) return
      if (settings.publisher && names.includes(settings.publisher.toLowerCase())) return
    }
    const country =
      kind === 'place'
        ? [entity.name, ...entity.aliases]
            .map((name) => places.byName.get(name.toLowerCase()))
            .find((found) => found !== undefined)
        : undefined
    const id = country?.id ?? (entity.id || slugify(entity.name))
    if (id === '') return
    const known = subjects.get(id)
    const paragraphs = paragraphsOf.get(entity.id) ?? new Set<number>()
    const evidence = `${entity.name} (${entity.mentions} ${entity.mentions === 1 ? 'mention' : 'mentions'}, salience ${round(entity.salience)})`
    if (known) {
      // The gazetteer scan and retext-entities may count the same country differently (a
      // capital standing for its government, a demonym): keep the larger count.
      known.mentions = Math.max(known.mentions, entity.mentions)
      known.weight = Math.max(known.weight, entity.mentions)
      for (const paragraph of paragraphs) known.paragraphs.add(paragraph)
      known.salience = Math.max(known.salience ?? 0, entity.salience)
      if (!known.evidence.includes(evidence)) known.evidence.push(evidence)
      return
    }
    subjects.set(id, {
      id,
      label: country?.name ?? entity.name,
      kind,
      weight: entity.mentions,
      mentions: entity.mentions,
      // Without mention places, mentions stand in for spread.
      paragraphs: paragraphsOf.has(entity.id)
        ? paragraphs
        : new Set(Array.from({ length: entity.mentions }, (_, index) => index)),
      inTitle: false,
      salience: entity.salience,
      evidence: [evidence],
      state: country?.state ?? false,
      sentences: new Set(),
    })
  }
  for (const place of entities?.places ?? []) add(place, 'place')
  for (const organization of entities?.organizations ?? []) add(organization, 'organization')

  return [...subjects.values()].sort(
    (a, b) =>
      b.weight - a.weight ||
      (b.salience ?? 0) - (a.salience ?? 0) ||
      a.id.localeCompare(b.id, 'en'),
  )
}

function describeCountry(count: CountryMentions): string {
  const parts = [`${count.country.name}: ${count.mentions} mentions`]
  if (count.demonyms > 0) parts.push(`${count.demonyms} demonyms`)
  if (count.titleMentions > 0) parts.push('in title')
  return `${parts.join(', ')} (${[...count.forms].sort().join(', ')})`
}

/** Least mentions of each state of a bilateral relationship. */
const minStateMentions = 3
/** Least share of the first state's weight the second one needs. */
const minSecondShare = 0.3
/** The third state must weigh less than this share of the second one. */
const maxThirdShare = 0.6
/** Least sentences naming both states. */
const minSharedSentences = 2

/**
 * A bilateral-relations topic when two states dominate the article and are named together,
 * in an article about relations between states.
 */
function bilateralRelation(
  subjects: readonly Subject[],
  places: Gazetteer,
): { topic: ArticleTopic; first: Subject; second: Subject } | undefined {
  const states = subjects.filter((subject) => subject.state)
  const [first, second, third] = states
  if (!first || !second) return undefined
  if (first.mentions < minStateMentions || second.mentions < minStateMentions) return undefined
  if (second.weight < minSecondShare * first.weight) return undefined
  if (third && third.weight >= maxThirdShare * second.weight) return undefined
  let shared = 0
  for (const sentence of first.sentences) if (second.sentences.has(sentence)) shared++
  if (shared < minSharedSentences) return undefined

  const [a, b] = [first, second].sort((x, y) => x.id.localeCompare(y.id, 'en')) as [
    Subject,
    Subject,
  ]
  const total = states.reduce((sum, state) => sum + state.weight, 0)
  const share = (first.weight + second.weight) / total
  return {
    first,
    second,
    topic: {
      id: `${a.id}-${b.id}-relations`,
      label: `${shortName(a, places)}–${shortName(b, places)} relations`,
      score: round(Math.min(0.95, 0.45 + 0.5 * share)),
      source: 'entity',
      evidence: [...a.evidence, ...b.evidence, `named together in ${shared} sentences`],
    },
  }
}

function shortName(subject: Subject, places: Gazetteer): string {
  return places.byId.get(subject.id)?.short ?? subject.label
}
