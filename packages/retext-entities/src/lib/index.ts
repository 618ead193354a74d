import {
  cleanOrganizationName,
  foldName,
  resolveOrganizations,
  resolvePeople,
  slugify,
} from '@newsroom/names'
import type { Entities, Entity } from '@newsroom/schema'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { acronymLetters, isAcronym } from './acronym.js'
import { createGazetteer, type EntityKind } from './gazetteer.js'
import { type RawMention, Recognizer } from './recognize.js'
import { sentencesOf } from './sentences.js'

/** One surface mention of an entity, pointing into `file.value`. */
export interface EntityMention {
  entityId: string
  kind: EntityKind
  /** The words as written (`"Blinken"`, `"US"`, `"State Department"`). */
  text: string
  /** Offsets into `file.value`, `end` exclusive. */
  start: number
  end: number
  /** Index of the paragraph (block) of the mention. */
  paragraph: number
}

export interface Options {
  /**
   * Use compromise's person tagger as the last signal for full names that open with a given
   * name and that no other evidence decides (default `true`). Turning it off is faster and loses
   * a few names such as `Hunter Biden` (`Hunter` is a given name and a word).
   */
  compromise?: boolean
  /** Extra place names to recognize, added to the shipped gazetteer (default `[]`). */
  places?: readonly string[]
  /** Extra organization names to recognize, added to the shipped gazetteer (default `[]`). */
  organizations?: readonly string[]
}

declare module 'vfile' {
  interface DataMap {
    entities?: Entities
    entityMentions?: EntityMention[]
  }
}

const emptyOptions: Options = Object.freeze({})

function checkNames(value: unknown, name: string): readonly string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new TypeError(`Expected \`${name}\` to be an array of strings, not \`${String(value)}\``)
  }
  return value as string[]
}

/**
 * Find the people, organizations and places of an article; write `file.data.entities` and
 * `file.data.entityMentions`.
 */
export function retextEntities(options: Options | null | undefined = emptyOptions) {
  const settings = options ?? emptyOptions
  if (settings.compromise !== undefined && typeof settings.compromise !== 'boolean') {
    throw new TypeError(
      `Expected \`compromise\` to be a boolean, not \`${String(settings.compromise)}\``,
    )
  }
  const useCompromise = settings.compromise ?? true
  const gazetteer = createGazetteer({
    places: checkNames(settings.places, 'places'),
    organizations: checkNames(settings.organizations, 'organizations'),
  })

  return function transformer(tree: Root, file: VFile): void {
    const text = String(file.value ?? '')
    const recognizer = new Recognizer(gazetteer, text, useCompromise)
    const sentences = sentencesOf(tree)
    recognizer.readCase(sentences)
    for (const sentence of sentences) recognizer.scan(sentence)
    recognizer.finish()
    const { entities, mentions } = resolve(recognizer.mentions, recognizer.acronymDefinitions)
    file.data.entities = entities
    file.data.entityMentions = mentions
  }
}

interface Group {
  kind: EntityKind
  name: string
  aliases: string[]
  roles: string[]
  members: RawMention[]
}

/** Mentions weigh more near the start of the article: the lede says what it is about. */
function weight(mention: RawMention): number {
  return 1 / (1 + 0.15 * mention.paragraph)
}

function resolve(
  raw: readonly RawMention[],
  acronymDefinitions: ReadonlyMap<string, RawMention>,
): { entities: Entities; mentions: EntityMention[] } {
  const groups: Group[] = []

  const people = raw.filter((mention) => mention.kind === 'person')
  const resolution = resolvePeople(
    people.map((mention) => ({
      text: mention.personText ?? mention.text,
      position: mention.start,
    })),
  )
  for (const cluster of resolution.clusters) {
    groups.push({
      kind: 'person',
      name: cluster.name,
      aliases: cluster.aliases,
      roles: cluster.roles,
      members: membersAt(people, cluster.mentions),
    })
  }

  const named = organizationNames(
    raw.filter((mention) => mention.kind === 'organization'),
    acronymDefinitions,
  )
  // An acronym the article never defines and the gazetteer does not know is its own entity:
  // initials alone ("AI", "HTS") are too weak to join it to a longer name.
  const undefinedAcronyms = new Map<string, RawMention[]>()
  const organizations: RawMention[] = []
  const organizationTexts: string[] = []
  for (const { mention, name } of named) {
    if (name === null) {
      const key = foldName(acronymLetters(mention.text))
      const members = undefinedAcronyms.get(key)
      if (members === undefined) undefinedAcronyms.set(key, [mention])
      else members.push(mention)
    } else {
      organizations.push(mention)
      organizationTexts.push(name)
    }
  }
  for (const members of undefinedAcronyms.values()) {
    const name = acronymLetters(members[0]?.text ?? '')
    groups.push({ kind: 'organization', name, aliases: [], roles: [], members })
  }
  const orgResolution = resolveOrganizations(
    organizations.map((mention, index) => ({
      text: organizationTexts[index] ?? mention.text,
      position: mention.start,
    })),
  )
  for (const cluster of orgResolution.clusters) {
    const members = membersAt(organizations, cluster.mentions)
    groups.push({
      kind: 'organization',
      name: cluster.name,
      aliases: aliasesOf(cluster.name, members),
      roles: [],
      members,
    })
  }

  const places = new Map<string, RawMention[]>()
  for (const mention of raw) {
    if (mention.kind !== 'place') continue
    const name = mention.canonical ?? cleanOrganizationName(mention.text)
    const members = places.get(name)
    if (members === undefined) places.set(name, [mention])
    else members.push(mention)
  }
  for (const [name, members] of places) {
    groups.push({ kind: 'place', name, aliases: aliasesOf(name, members), roles: [], members })
  }

  const total = groups.reduce(
    (sum, group) => sum + group.members.reduce((inner, mention) => inner + weight(mention), 0),
    0,
  )
  const entities: Entities = { people: [], organizations: [], places: [] }
  /** Each kind's entities by id: groups that slug alike become one entity. */
  const byId: Record<EntityKind, Map<string, Entity>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  }
  const mentions: EntityMention[] = []
  for (const group of groups) {
    const id = slugify(group.name)
    if (id === '' || group.members.length === 0) continue
    const score = group.members.reduce((sum, mention) => sum + weight(mention), 0)
    const entity: Entity = {
      id,
      name: group.name,
      aliases: group.aliases,
      roles: group.roles,
      mentions: group.members.length,
      salience: total > 0 ? Math.round((score / total) * 10000) / 10000 : 0,
    }
    const list =
      group.kind === 'person'
        ? entities.people
        : group.kind === 'organization'
          ? entities.organizations
          : entities.places
    const existing = byId[group.kind].get(id)
    if (existing === undefined) {
      list.push(entity)
      byId[group.kind].set(id, entity)
    } else {
      existing.mentions += entity.mentions
      existing.salience = Math.min(
        1,
        Math.round((existing.salience + entity.salience) * 10000) / 10000,
      )
      for (const alias of entity.aliases)
        if (!existing.aliases.includes(alias)) existing.aliases.push(alias)
    }
    for (const mention of group.members) {
      mentions.push({
        entityId: id,
        kind: group.kind,
        text: mention.text,
        start: mention.start,
        end: mention.end,
        paragraph: mention.paragraph,
      })
    }
  }
  const bySalience = (a: Entity, b: Entity) =>
    b.salience - a.salience || b.mentions - a.mentions || a.id.localeCompare(b.id, 'en')
  entities.people.sort(bySalience)
  entities.organizations.sort(bySalience)
  entities.places.sort(bySalience)
  mentions.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId, 'en'),
  )
  return { entities, mentions }
}

/**
 * The name each organization mention is resolved by: the gazetteer's canonical name; for an
 * acronym the article defines ("Syrian Democratic Forces (SDF)"), and for the name it defines,
 * the gazetteer name of either or else the full name, so the acronym becomes an alias; `null`
 * for an acronym neither defined nor known.
 */
function organizationNames(
  mentions: readonly RawMention[],
  acronymDefinitions: ReadonlyMap<string, RawMention>,
): Array<{ mention: RawMention; name: string | null }> {
  const definitionNames = new Map<RawMention, string>()
  const acronymNames = new Map<string, string>()
  for (const [key, definition] of acronymDefinitions) {
    const acronymCanonical = mentions.find(
      (mention) =>
        mention.canonical !== null &&
        isAcronym(mention.text) &&
        foldName(acronymLetters(mention.text)) === key,
    )?.canonical
    const name = definition.canonical ?? acronymCanonical ?? cleanOrganizationName(definition.text)
    definitionNames.set(definition, name)
    acronymNames.set(key, name)
  }
  return mentions.map((mention) => {
    const definitionName = definitionNames.get(mention)
    if (definitionName !== undefined) return { mention, name: definitionName }
    if (!isAcronym(mention.text)) return { mention, name: mention.canonical ?? mention.text }
    const key = foldName(acronymLetters(mention.text))
    const name = acronymNames.get(key) ?? mention.canonical
    return { mention, name }
  })
}

/**
 * The mentions at `indexes` of `mentions`, skipping indexes out of range. A loop: `flatMap`, V8's
 * generic path for a callback that may return arrays, was a quarter of `resolve`'s own time.
 */
function membersAt(mentions: readonly RawMention[], indexes: readonly number[]): RawMention[] {
  const members: RawMention[] = []
  for (const index of indexes) {
    const mention = mentions[index]
    if (mention !== undefined) members.push(mention)
  }
  return members
}

function aliasesOf(name: string, members: readonly RawMention[]): string[] {
  const seen = new Set([name.toLowerCase()])
  const aliases: string[] = []
  for (const mention of members) {
    const alias = cleanOrganizationName(mention.text)
    if (!seen.has(alias.toLowerCase())) {
      seen.add(alias.toLowerCase())
      aliases.push(alias)
    }
  }
  return aliases
}
