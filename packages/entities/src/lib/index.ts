import {
  cleanOrganizationName,
  resolveOrganizations,
  resolvePeople,
  slugify,
} from '@newsroom/names'
import type { Entities, Entity } from '@newsroom/schema'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { createGazetteer, type EntityKind } from './gazetteer.js'
import { type RawMention, Recognizer } from './recognize.js'
import { sentencesOf } from './tokens.js'

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
   * Use compromise's person tagger as one more signal for full names (default `true`). Turning
   * it off is faster and loses a few names with neither a known given name nor a role.
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
    for (const sentence of sentencesOf(tree)) recognizer.scan(sentence)
    recognizer.finish()
    const { entities, mentions } = resolve(recognizer.mentions)
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

function resolve(raw: readonly RawMention[]): { entities: Entities; mentions: EntityMention[] } {
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
      members: cluster.mentions.flatMap((index) => people[index] ?? []),
    })
  }

  const organizations = raw.filter((mention) => mention.kind === 'organization')
  const orgResolution = resolveOrganizations(
    organizations.map((mention) => ({
      text: mention.canonical ?? mention.text,
      position: mention.start,
    })),
  )
  for (const cluster of orgResolution.clusters) {
    const members = cluster.mentions.flatMap((index) => organizations[index] ?? [])
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
    places.set(name, [...(places.get(name) ?? []), mention])
  }
  for (const [name, members] of places) {
    groups.push({ kind: 'place', name, aliases: aliasesOf(name, members), roles: [], members })
  }

  const total = groups.reduce(
    (sum, group) => sum + group.members.reduce((inner, mention) => inner + weight(mention), 0),
    0,
  )
  const entities: Entities = { people: [], organizations: [], places: [] }
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
    const existing = list.find((other) => other.id === id)
    if (existing === undefined) list.push(entity)
    else {
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
    b.salience - a.salience || b.mentions - a.mentions || a.id.localeCompare(b.id)
  entities.people.sort(bySalience)
  entities.organizations.sort(bySalience)
  entities.places.sort(bySalience)
  mentions.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId),
  )
  return { entities, mentions }
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
