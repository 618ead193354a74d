import { numberedAcronym } from '@newsroom/names'
import type { Article } from '@newsroom/schema'
import { OneLetterApartIndex } from './one-letter-apart.js'
import { mostFrequent } from './speaker-index.js'
import { type SpeakerRename, withRenamedSpeakers } from './speaker-renames.js'

/** A named person as the site-wide index sees them: their names, roles and articles. */
export interface PersonRecord {
  id: string
  name: string
  roles: readonly string[]
  articles: readonly string[]
  quoteCount: number
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')

/** Whether two words differ by one letter added, dropped or changed (Levenshtein distance 1). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** The words of a role that say what someone is: "Ukrainian President" → president. */
function roleWords(roles: readonly string[]): Set<string> {
  const words = new Set<string>()
  for (const role of roles) {
    const last = fold(role).split(/\s+/).at(-1)
    if (last) words.add(last)
  }
  return words
}

/** The shortest family name the spelling rule merges (`areSpellingVariants`). */
const shortestVariantFamilyName = 5

/** What the spelling rule reads of a person, read once however often they are compared. */
interface SpellingEvidence {
  person: PersonRecord
  /** The words of the name, folded: the given names, then the family name. */
  words: string[]
  roleWords: Set<string>
  articles: Set<string>
}

function spellingEvidence(person: PersonRecord): SpellingEvidence {
  return {
    person,
    words: fold(person.name).split(/\s+/),
    roleWords: roleWords(person.roles),
    articles: new Set(person.articles),
  }
}

/** Whether two sets have a member in common, in the time of the smaller. */
function meet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a]
  for (const member of smaller) if (larger.has(member)) return true
  return false
}

/** `areSpellingVariants` on what it reads of the two people. */
function evidenceShowsVariants(a: SpellingEvidence, b: SpellingEvidence): boolean {
  const { words: wordsA } = a
  const { words: wordsB } = b
  if (wordsA.length < 2 || wordsA.length !== wordsB.length) return false
  if (wordsA.slice(0, -1).join(' ') !== wordsB.slice(0, -1).join(' ')) return false
  const familyA = wordsA.at(-1) as string
  const familyB = wordsB.at(-1) as string
  if (familyA.length < shortestVariantFamilyName || familyB.length < shortestVariantFamilyName)
    return false
  if (familyA[0] !== familyB[0] || !oneEditApart(familyA, familyB)) return false
  if (meet(a.articles, b.articles)) return false
  return meet(a.roleWords, b.roleWords)
}

/**
 * Whether two speakers of different articles are one person whose family name the sources spell
 * two ways ("Olek Marczuk" and "Olek Marczukk"): the same given names, family names of five
 * letters or more one letter apart with the same first letter, a role in common, and never two
 * speakers of one article. Spellings of a name are not guessed from a list: the article text and
 * its roles are the evidence.
 */
export function areSpellingVariants(a: PersonRecord, b: PersonRecord): boolean {
  return evidenceShowsVariants(spellingEvidence(a), spellingEvidence(b))
}

/**
 * Group the people who are spelling variants of one another; each group maps to the id of its
 * member with the most quotes (then the earliest id), which the others merge into. No two members
 * of a group speak in one article: an article that quotes two spellings holds them apart (and
 * merged, they would be two speakers of one id). In a bucket of the same given names and family
 * initial, in that order, each member not merged yet takes in the later members not merged yet
 * that are its variants and are quoted in no article of its group. It finds them in an index of
 * the family names by role word (`OneLetterApartIndex`) rather than among every later member:
 * the index gives only those one letter apart with a role word in common. The cost is linear:
 * the letters of each family name times its role words, plus the members the index gives, each
 * merged the first time, or held apart by an article it shares with a member of the group (so
 * given again only as often as its articles have other speakers).
 */
export function spellingVariantTargets(people: readonly PersonRecord[]): Map<string, string> {
  const buckets = groupsOf(people.map(spellingEvidence), ({ words }) =>
    words.length < 2 ? null : `${words.slice(0, -1).join(' ')}|${(words.at(-1) as string)[0]}`,
  )
  const targets = new Map<string, string>()
  for (const bucket of buckets) {
    bucket.sort(
      ({ person: a }, { person: b }) =>
        b.quoteCount - a.quoteCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    const position = new Map(bucket.map((member, index) => [member, index]))
    const familyOf = (member: SpellingEvidence) => member.words.at(-1) as string
    const later = new OneLetterApartIndex<SpellingEvidence>()
    for (const member of bucket) {
      const family = familyOf(member)
      if (family.length >= shortestVariantFamilyName) later.add(member, family, member.roleWords)
    }
    for (const keep of bucket) {
      // A member is compared only with those after it: it has been with those before.
      later.delete(keep)
      const family = familyOf(keep)
      if (targets.has(keep.person.id) || family.length < shortestVariantFamilyName) continue
      const articlesOfGroup = new Set(keep.person.articles)
      const candidates = [...later.near(family, keep.roleWords)].sort(
        (a, b) => (position.get(a) as number) - (position.get(b) as number),
      )
      for (const other of candidates) {
        if (targets.has(other.person.id)) {
          // A member of the same id was merged: this one is passed over, now and later.
          later.delete(other)
          continue
        }
        if (!evidenceShowsVariants(keep, other)) continue
        if (other.person.articles.some((slug) => articlesOfGroup.has(slug))) continue
        targets.set(other.person.id, keep.person.id)
        for (const slug of other.person.articles) articlesOfGroup.add(slug)
        later.delete(other)
      }
    }
  }
  return targets
}

/** The items with the same key (`null`: none), in groups of two or more, in order of appearance. */
function groupsOf<Item>(items: Iterable<Item>, keyOf: (item: Item) => string | null): Item[][] {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null) continue
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}

/**
 * The key a body numbered in its name goes by in each of its forms: "G9", "the G9", "Group of
 * Nine" and "Group of 9" are all `G9`; null for any other name. The long form must end in "of"
 * and its number, as these names do, so that a name holding a number for another reason
 * ("Apollo 11 Mission") is never read as one.
 */
export function numberedBodyKey(name: string): string | null {
  const bare = name.replace(/^the\s+/iu, '').trim()
  if (/^\p{Lu}+\d+$/u.test(bare)) return bare
  if (!/^(?:\p{Lu}\p{L}*\s+)+of\s+\S+$/u.test(bare)) return null
  return numberedAcronym(bare)
}

/**
 * The bodies of the index that are one body numbered in its name, written short in one article
 * and long in another ("G9" here, "the Group of Nine" there): each group maps to the id of its
 * member with the most quotes (then the longer name, then the earlier id). A form quoted in an
 * article that another form of the group is quoted in stays apart, as two speakers of one id in
 * that article would be.
 */
export function numberedBodyTargets(
  bodies: ReadonlyArray<{
    id: string
    name: string
    quoteCount: number
    articles: readonly string[]
  }>,
): Map<string, string> {
  const targets = new Map<string, string>()
  for (const group of groupsOf(bodies, (body) => numberedBodyKey(body.name))) {
    group.sort(
      (a, b) =>
        b.quoteCount - a.quoteCount ||
        b.name.length - a.name.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    // Groups hold two bodies or more.
    const keep = group[0] as (typeof group)[number]
    const articlesOfGroup = new Set(keep.articles)
    for (const other of group.slice(1)) {
      if (other.id === keep.id || other.articles.some((slug) => articlesOfGroup.has(slug))) continue
      targets.set(other.id, keep.id)
      for (const slug of other.articles) articlesOfGroup.add(slug)
    }
  }
  return targets
}

/** Each named speaker of the articles of one kind, with its most used name and its quotes. */
function speakerRecords(
  articles: readonly Article[],
  kind: 'person' | 'organization',
): Array<PersonRecord & { names: Map<string, number> }> {
  const records = new Map<
    string,
    PersonRecord & { names: Map<string, number>; roles: string[]; articles: string[] }
  >()
  for (const article of articles) {
    for (const speaker of article.speakers) {
      if (speaker.kind !== kind) continue
      let record = records.get(speaker.id)
      if (!record) {
        record = {
          id: speaker.id,
          name: '',
          names: new Map(),
          roles: [],
          articles: [],
          quoteCount: 0,
        }
        records.set(speaker.id, record)
      }
      record.names.set(speaker.name, (record.names.get(speaker.name) ?? 0) + 1)
      record.roles.push(...speaker.roles)
      record.articles.push(article.slug)
      record.quoteCount += speaker.quoteCount
    }
  }
  for (const record of records.values()) {
    // The fullest of the most used names, as the speaker index picks it.
    record.name = mostFrequent(record.names)
  }
  return [...records.values()]
}

/**
 * The entities of one kind with the ids `targets` gives, unless an entity already has that id or
 * another moves to it too (the article names two spellings: two people). The same array when no
 * id changes.
 */
function retargetEntities<T extends { id: string }>(
  entities: T[],
  targets: ReadonlyMap<string, string>,
): T[] {
  const ids = new Set(entities.map((entity) => entity.id))
  const movesTo = new Map<string, number>()
  for (const entity of entities) {
    const id = targets.get(entity.id)
    if (id) movesTo.set(id, (movesTo.get(id) ?? 0) + 1)
  }
  const moves = (entity: T): string | undefined => {
    const id = targets.get(entity.id)
    return id && !ids.has(id) && movesTo.get(id) === 1 ? id : undefined
  }
  if (!entities.some(moves)) return entities
  return entities.map((entity) => {
    const id = moves(entity)
    return id ? { ...entity, id } : entity
  })
}

/**
 * Give the speakers of different articles who are one identity written two ways one id, so they
 * share one speaker page: people whose family name the sources spell two ways (see
 * `areSpellingVariants`), and bodies numbered in their name written short and long ("G9" and
 * "the Group of Nine"). The merge is the site's identity of the person, so it reaches every
 * article that names them under a merged-away id, whether it quotes them or not: each keeps the
 * form it prints, and its speakers, the `speaker` and `candidate` of its quotes and its entities
 * take the id of the most quoted form. Articles with none of those ids are returned as they are.
 */
export function unifySpeakerSpellings(articles: readonly Article[]): Article[] {
  const targets = {
    person: spellingVariantTargets(speakerRecords(articles, 'person')),
    organization: numberedBodyTargets(speakerRecords(articles, 'organization')),
  }
  if (targets.person.size === 0 && targets.organization.size === 0) return [...articles]
  const targetOf = (kind: string, id: string): string | undefined =>
    kind === 'person' || kind === 'organization' ? targets[kind].get(id) : undefined
  return articles.map((article) => {
    // The ids the merge moves among the article's speakers and its quotes' candidates: one that
    // leaned to someone the article does not list follows too, or it would name an id that has
    // no entry in the speaker index any more.
    const renames = new Map<string, SpeakerRename>()
    const follow = (ref: { id: string; kind: string }) => {
      const id = targetOf(ref.kind, ref.id)
      if (id) renames.set(ref.id, { id })
    }
    for (const speaker of article.speakers) follow(speaker)
    for (const quote of article.quotes) if (quote.candidate) follow(quote.candidate)
    // The article's entities keep the ids its speakers have (`alignSpeakersWithEntities`), and
    // one the article only mentions links to the merged speaker page.
    const people = retargetEntities(article.entities.people, targets.person)
    const organizations = retargetEntities(article.entities.organizations, targets.organization)
    const entitiesMoved =
      people !== article.entities.people || organizations !== article.entities.organizations
    if (renames.size === 0 && !entitiesMoved) return article
    return {
      ...article,
      entities: entitiesMoved ? { ...article.entities, people, organizations } : article.entities,
      speakers: article.speakers.map((speaker) => {
        const rename = renames.get(speaker.id)
        return rename ? { ...speaker, id: rename.id } : speaker
      }),
      quotes: withRenamedSpeakers(article.quotes, renames),
    }
  })
}
