import type { Article, Entity, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { buildSpeakerIndex } from '../src/speaker-index.js'
import {
  areSpellingVariants,
  numberedBodyKey,
  type PersonRecord,
  spellingVariantTargets,
  unifySpeakerSpellings,
} from '../src/speaker-variants.js'
import { quoteBy, quoteLeaningTo } from './helpers/fixtures.js'

const person = (
  name: string,
  roles: string[],
  articles: string[],
  quoteCount = 1,
): PersonRecord => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  roles,
  articles,
  quoteCount,
})

describe('areSpellingVariants', () => {
  const marczuk = person('Olek Marczuk', ['Ostravian President'], ['a'])
  it('joins one given name, a family name one letter apart and a shared role', () => {
    expect(areSpellingVariants(marczuk, person('Olek Marczukk', ['President'], ['b']))).toBe(true)
    expect(areSpellingVariants(marczuk, person('Olek Marcsuk', ['president'], ['b']))).toBe(true)
  })

  it.each([
    ['another given name', person('Anton Marczukk', ['President'], ['b'])],
    ['no shared role', person('Olek Marczukk', ['goalkeeper'], ['b'])],
    ['no role at all', person('Olek Marczukk', [], ['b'])],
    ['two letters apart', person('Olek Marczukkk', ['President'], ['b'])],
    ['a short family name', person('Olek Vale', ['President'], ['b'])],
    ['another first letter', person('Olek Darczuk', ['President'], ['b'])],
    ['the same article', person('Olek Marczukk', ['President'], ['a'])],
  ])('keeps apart %s', (_, other) => {
    expect(areSpellingVariants(marczuk, other)).toBe(false)
  })

  it('keeps apart two people of a bare family name', () => {
    expect(
      areSpellingVariants(
        person('Marczuk', ['President'], ['a']),
        person('Marczukk', ['President'], ['b']),
      ),
    ).toBe(false)
  })
})

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')

/**
 * `spellingVariantTargets` as it was before it found variants through an index (main d4f00705),
 * comparing each member of a bucket with every later one: what the index must give, merge for
 * merge and in the same order. It counts in `seen` the variants an article of the group held
 * apart, and those passed over as another member of their id was merged.
 */
function pairwiseSpellingVariantTargets(
  people: readonly PersonRecord[],
  seen: { heldApart: number; idMerged: number },
): Map<string, string> {
  const oneEditApart = (a: string, b: string): boolean => {
    if (a === b || Math.abs(a.length - b.length) > 1) return false
    let i = 0
    while (i < a.length && i < b.length && a[i] === b[i]) i++
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
  }
  const roleWords = (roles: readonly string[]): Set<string> => {
    const words = new Set<string>()
    for (const role of roles) {
      const last = fold(role).split(/\s+/).at(-1)
      if (last) words.add(last)
    }
    return words
  }
  const areVariants = (a: PersonRecord, b: PersonRecord): boolean => {
    const wordsA = fold(a.name).split(/\s+/)
    const wordsB = fold(b.name).split(/\s+/)
    if (wordsA.length < 2 || wordsA.length !== wordsB.length) return false
    if (wordsA.slice(0, -1).join(' ') !== wordsB.slice(0, -1).join(' ')) return false
    const familyA = wordsA.at(-1) as string
    const familyB = wordsB.at(-1) as string
    if (familyA.length < 5 || familyB.length < 5 || familyA[0] !== familyB[0]) return false
    if (!oneEditApart(familyA, familyB)) return false
    if (a.articles.some((article) => b.articles.includes(article))) return false
    const rolesB = roleWords(b.roles)
    return [...roleWords(a.roles)].some((word) => rolesB.has(word))
  }
  const buckets = new Map<string, PersonRecord[]>()
  for (const person of people) {
    const words = fold(person.name).split(/\s+/)
    if (words.length < 2) continue
    const key = `${words.slice(0, -1).join(' ')}|${(words.at(-1) as string)[0]}`
    buckets.set(key, [...(buckets.get(key) ?? []), person])
  }
  const targets = new Map<string, string>()
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue
    bucket.sort((a, b) => b.quoteCount - a.quoteCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const [index, keep] of bucket.entries()) {
      if (targets.has(keep.id)) continue
      const articlesOfGroup = new Set(keep.articles)
      for (const other of bucket.slice(index + 1)) {
        if (targets.has(other.id) || !areVariants(keep, other)) {
          if (targets.has(other.id) && areVariants(keep, other)) seen.idMerged++
          continue
        }
        if (other.articles.some((slug) => articlesOfGroup.has(slug))) {
          seen.heldApart++
          continue
        }
        targets.set(other.id, keep.id)
        for (const slug of other.articles) articlesOfGroup.add(slug)
      }
    }
  }
  return targets
}

/** A small deterministic generator (a linear congruential one), so that failures repeat. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('spellingVariantTargets', () => {
  it('merges whom comparing every pair of a bucket merged, in the same order', () => {
    const random = generator(55)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const givenNames = ['Olek', 'OLEK', 'Olék', 'Anna Maria', 'Ann']
    // Letters beyond ASCII: ł and ø have no accent to fold away; 𐐔 (Deseret) is two UTF-16
    // code units, and 𐐯 and 𐐰 differ in the second one only.
    const families = ['Marczuk', 'Mrozek', 'Kowalski', 'Łukasik', 'Ørsted', 'Wales', '𐐔𐐯𐑅𐐨𐑉']
    const letters = ['a', 'e', 'k', 'z', 'K', 'ł', 'ø', '𐐯', '𐐰']
    const accented: Record<string, string> = { a: 'á', e: 'é', o: 'ó', u: 'ú', z: 'ż', s: 'ś' }
    const edits: Record<string, (letters: string[], at: number) => void> = {
      change: (word, at) => word.splice(at, 1, pick(letters)),
      add: (word, at) => word.splice(at, 0, pick(letters)),
      drop: (word, at) => word.splice(at, 1),
      swap: (word, at) => word.splice(at, 2, ...word.slice(at, at + 2).reverse()),
      accent: (word, at) =>
        word.splice(at, 1, accented[word[at] as string] ?? (word[at] as string)),
      case: (word, at) => word.splice(at, 1, (word[at] as string).toUpperCase()),
    }
    const spelling = () => {
      const word = Array.from(pick(families))
      for (let edit = Math.floor(random() * 3); edit > 0; edit--)
        pick(Object.values(edits))(word, Math.floor(random() * word.length))
      return word.join('')
    }
    const roles = [
      'President',
      'Ostravian president',
      'PRÉSIDENT',
      'Minister',
      'goalkeeper',
      'mayor ',
    ]
    const slugs = Array.from({ length: 10 }, (_, number) => `a${number}`)
    const seen = { kinds: new Map<string, number>(), heldApart: 0, idMerged: 0 }
    for (let round = 0; round < 300; round++) {
      const people: PersonRecord[] = []
      for (let number = Math.floor(random() * 40); number >= 0; number--) {
        people.push({
          // Now and then the id of another person (not made by speakerRecords, but a bucket
          // must still treat a member whose id is merged as merged).
          id: people.length > 0 && random() < 0.05 ? pick(people).id : `p${people.length}`,
          name: `${pick(givenNames)} ${spelling()}`,
          roles: roles.filter(() => random() < 0.3),
          articles: [
            ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(slugs))),
          ],
          quoteCount: Math.floor(random() * 4),
        })
      }
      const expected = pairwiseSpellingVariantTargets(people, seen)
      expect([...spellingVariantTargets(people)]).toEqual([...expected])
      // How the spellings merged differ, so that this test is known to reach each kind.
      const familyById = new Map(people.map((person) => [person.id, person.name.split(' ').at(-1)]))
      for (const [from, to] of expected) {
        const [a, b] = [familyById.get(from), familyById.get(to)] as [string, string]
        const [foldedA, foldedB] = [fold(a), fold(b)]
        // Two people of one id: the spellings looked up may be others than those merged.
        if (foldedA === foldedB) continue
        let at = 0
        while (foldedA[at] === foldedB[at]) at++
        const kind = /[\ud800-\udfff]/.test(`${foldedA[at]}${foldedB[at]}`)
          ? 'a code unit of a letter changed'
          : foldedA.length === foldedB.length
            ? 'a letter changed'
            : foldedA.length > foldedB.length
              ? 'a letter added'
              : 'a letter dropped'
        seen.kinds.set(kind, (seen.kinds.get(kind) ?? 0) + 1)
        if ([a, b].some((family) => fold(family) !== family.toLowerCase()))
          seen.kinds.set('accents folded', (seen.kinds.get('accents folded') ?? 0) + 1)
      }
    }
    for (const kind of [
      'a letter changed',
      'a letter added',
      'a letter dropped',
      'a code unit of a letter changed',
      'accents folded',
    ])
      expect(seen.kinds.get(kind), kind).toBeGreaterThan(10)
    expect(seen.heldApart).toBeGreaterThan(10)
    expect(seen.idMerged).toBeGreaterThan(0)
  })

  it('passes over a member whose id another member merged, as comparing every pair did', () => {
    // Two records of one id (not what speakerRecords makes): Marczukk merges into Marczuk, so
    // Mrozak, of the same id, stays out of Mrozek's group.
    const member = (id: string, name: string, quoteCount: number, slug: string) => ({
      ...person(name, ['President'], [slug], quoteCount),
      id,
    })
    const people = [
      member('marczuk', 'Olek Marczuk', 5, 'a'),
      member('x', 'Olek Marczukk', 4, 'b'),
      member('mrozek', 'Olek Mrozek', 3, 'c'),
      member('x', 'Olek Mrozak', 1, 'd'),
    ]
    expect([...spellingVariantTargets(people)]).toEqual([['x', 'marczuk']])
    expect([...pairwiseSpellingVariantTargets(people, { heldApart: 0, idMerged: 0 })]).toEqual([
      ['x', 'marczuk'],
    ])
  })

  it('stays linear in the people of one bucket', () => {
    // 20,000 people of one given name and family initial. Comparing every pair of them took
    // 26 s for 8,000 people and four times as long for twice as many: some 2.5 minutes for
    // these, past the test timeout. The index takes about a second.
    const people: PersonRecord[] = []
    for (let number = 0; number < 10_000; number++) {
      // Four base-20 digits of the number as letters, each written twice: any two spellings
      // are two letters apart or more, and each is one letter from itself with an x added.
      const family = `M${[...number.toString(20).padStart(4, '0')]
        .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 20)).repeat(2))
        .join('')}`
      const member = (id: string, name: string, quoteCount: number): PersonRecord => ({
        id,
        name,
        roles: ['President'],
        articles: [id],
        quoteCount,
      })
      people.push(
        member(`p${number}`, `Olek ${family}`, 2),
        member(`q${number}`, `Olek ${family}x`, 1),
      )
    }
    const targets = spellingVariantTargets(people)
    expect(targets.size).toBe(10_000)
    expect(targets.get('q0')).toBe('p0')
    expect(targets.get('q9999')).toBe('p9999')
  })
})

const speaker = (name: string, roles: string[], quoteCount = 1): Speaker => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: 'person',
  roles,
  aliases: [],
  description: null,
  quoteCount,
})

const article = (slug: string, speakers: Speaker[]): Article =>
  ({
    slug,
    publishedAt: '2024-03-05',
    title: slug,
    topics: [],
    entities: {
      people: speakers.map((who) => ({
        id: who.id,
        name: who.name,
        aliases: [],
        roles: who.roles,
        mentions: 2,
        salience: 0.5,
      })),
      organizations: [],
      places: [],
    },
    speakers,
    quotes: speakers.map((who, index) => quoteBy(`q${index + 1}`, who)),
  }) as unknown as Article

describe('unifySpeakerSpellings', () => {
  it('gives both spellings the id of the most quoted one, each article keeping its spelling', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [
      speaker('Olek Marczukk', ['Ostravian President'], 3),
      speaker('Ann Vale', ['miner']),
    ])
    const other = article('other', [speaker('Ann Vale', ['miner'])])
    const [a, b, c] = unifySpeakerSpellings([first, second, other])
    expect(a?.speakers[0]).toMatchObject({ id: 'olek-marczukk', name: 'Olek Marczuk' })
    expect(a?.quotes[0]?.speaker).toEqual({
      id: 'olek-marczukk',
      name: 'Olek Marczuk',
      kind: 'person',
    })
    expect(a?.entities.people[0]).toMatchObject({ id: 'olek-marczukk', name: 'Olek Marczuk' })
    expect(b).toBe(second)
    expect(c).toBe(other)

    const index = buildSpeakerIndex([a, b, c] as Article[])
    const marczukk = index.speakers.find((entry) => entry.id === 'olek-marczukk')
    expect(marczukk?.articles.sort()).toEqual(['first', 'second'])
    expect(marczukk?.quoteCount).toBe(2)
    expect(index.speakers.map((entry) => entry.id).sort()).toEqual(['ann-vale', 'olek-marczukk'])
  })

  it('gives a candidate the merged id, in its speaker’s article and in any other', () => {
    const marczuk = speaker('Olek Marczuk', ['Ostravian President'], 1)
    const first = article('first', [marczuk])
    const leaning = { ...first, quotes: [...first.quotes, quoteLeaningTo('q2', marczuk)] }
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    // An article where Olek Marczuk is only a candidate: the merge is the site's identity of
    // him, so the candidate follows it there too, and names the entry he has in the index.
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const onlyLeaning = { ...vale, quotes: [...vale.quotes, quoteLeaningTo('q2', marczuk)] }
    const [a, b, c] = unifySpeakerSpellings([leaning, second, onlyLeaning])
    const merged = { id: 'olek-marczukk', name: 'Olek Marczuk', kind: 'person' }
    expect(a?.quotes.map((quote) => quote.speaker ?? quote.candidate)).toEqual([merged, merged])
    expect(c?.quotes.map((quote) => quote.speaker ?? quote.candidate)).toEqual([
      { id: 'ann-vale', name: 'Ann Vale', kind: 'person' },
      merged,
    ])
    expect(c?.speakers).toEqual(onlyLeaning.speakers)
    const index = buildSpeakerIndex([a, b, c] as Article[])
    expect(index.speakers.map((entry) => entry.id).sort()).toEqual(['ann-vale', 'olek-marczukk'])
  })

  it('gives a candidate the merged id beside the merged spelling its article quotes', () => {
    // The merge holds the two spellings to be one person; the candidate joins him.
    const marczuk = speaker('Olek Marczuk', ['Ostravian President'], 1)
    const marczukk = speaker('Olek Marczukk', ['Ostravian President'], 3)
    const second = article('second', [marczukk])
    const leaning = { ...second, quotes: [...second.quotes, quoteLeaningTo('q2', marczuk)] }
    const [, b] = unifySpeakerSpellings([article('first', [marczuk]), leaning])
    expect(b?.quotes[1]?.candidate).toEqual({
      id: 'olek-marczukk',
      name: 'Olek Marczuk',
      kind: 'person',
    })
  })

  it('gives the merged id to an entity of an article that only mentions the person', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const marczukEntity = { ...(first.entities.people[0] as Entity), salience: 0.1 }
    const mentioning = {
      ...vale,
      entities: { ...vale.entities, people: [...vale.entities.people, marczukEntity] },
    }
    const [, , c] = unifySpeakerSpellings([first, second, mentioning])
    expect(c?.entities.people.map((entity) => [entity.id, entity.name])).toEqual([
      ['ann-vale', 'Ann Vale'],
      ['olek-marczukk', 'Olek Marczuk'],
    ])
    expect(c?.speakers).toEqual(mentioning.speakers)
  })

  it('keeps apart the two spellings of an article that names both', () => {
    const first = article('first', [speaker('Olek Marczuk', ['Ostravian President'], 1)])
    const second = article('second', [speaker('Olek Marczukk', ['Ostravian President'], 3)])
    const both = {
      ...second,
      slug: 'both',
      entities: {
        ...second.entities,
        people: [...second.entities.people, ...first.entities.people],
      },
    }
    const [, , c] = unifySpeakerSpellings([first, second, both])
    expect(c).toBe(both)
  })

  it('never gives two speakers of one article one id', () => {
    // "Marczuk" and "Marczukt" are each one letter from "Marczukk", and quoted in one article:
    // only the first joins the most quoted spelling, and the other keeps its own id.
    const president = ['Ostravian President']
    const twoSpellings = article('two-spellings', [
      speaker('Olek Marczuk', president, 2),
      speaker('Olek Marczukt', president, 1),
    ])
    const most = article('most', [speaker('Olek Marczukk', president, 5)])
    const [a] = unifySpeakerSpellings([twoSpellings, most])
    expect(a?.speakers.map((who) => who.id)).toEqual(['olek-marczukk', 'olek-marczukt'])
    expect(a?.entities.people.map((entity) => entity.id)).toEqual([
      'olek-marczukk',
      'olek-marczukt',
    ])
  })

  it('never gives two entities of one article one id', () => {
    // Each spelling is quoted in an article of its own and merged; an article that only
    // mentions two of them keeps them apart.
    const president = ['Ostravian President']
    const spellings = [
      article('one', [speaker('Olek Marczuk', president, 1)]),
      article('two', [speaker('Olek Marczukt', president, 1)]),
      article('most', [speaker('Olek Marczukk', president, 5)]),
    ]
    const vale = article('vale', [speaker('Ann Vale', ['miner'])])
    const mentioning = {
      ...vale,
      entities: {
        ...vale.entities,
        people: [
          ...vale.entities.people,
          ...(spellings[0] as Article).entities.people,
          ...(spellings[1] as Article).entities.people,
        ],
      },
    }
    const unified = unifySpeakerSpellings([...spellings, mentioning])
    expect(unified.slice(0, 2).map((one) => one.speakers[0]?.id)).toEqual([
      'olek-marczukk',
      'olek-marczukk',
    ])
    expect(unified[3]).toBe(mentioning)
  })

  it('returns the articles as they are when no two spellings meet', () => {
    const articles = [article('one', [speaker('Ann Vale', ['miner'])])]
    expect(unifySpeakerSpellings(articles)[0]).toBe(articles[0])
  })
})

describe('numberedBodyKey', () => {
  it.each([
    ['G9', 'G9'],
    ['the G9', 'G9'],
    ['Group of Nine', 'G9'],
    ['the Group of 9', 'G9'],
    ['Group of Twenty', 'G20'],
  ])('reads %s as %s', (name, key) => {
    expect(numberedBodyKey(name)).toBe(key)
  })

  it.each([['Apollo 11 Mission'], ['Ostravian Mining Union'], ['Group of Friends'], ['Route 9']])(
    'reads no number in %s',
    (name) => {
      expect(numberedBodyKey(name)).toBeNull()
    },
  )
})

describe('unifySpeakerSpellings of numbered bodies', () => {
  const body = (name: string, quoteCount = 1): Speaker => ({
    ...speaker(name, [], quoteCount),
    kind: 'organization',
  })
  const withBodies = (slug: string, bodies: Speaker[]): Article => {
    const base = article(slug, bodies)
    return {
      ...base,
      entities: { ...base.entities, people: [], organizations: base.entities.people },
    } as Article
  }

  it('makes "G9" in one article and "the Group of Nine" in another one speaker', () => {
    const short = withBodies('short', [body('G9')])
    const long = withBodies('long', [body('Group of Nine', 2)])
    const [a, b] = unifySpeakerSpellings([short, long])
    expect(a?.speakers[0]).toMatchObject({ id: 'group-of-nine', name: 'G9' })
    expect(a?.quotes[0]?.speaker).toEqual({
      id: 'group-of-nine',
      name: 'G9',
      kind: 'organization',
    })
    expect(a?.entities.organizations[0]?.id).toBe('group-of-nine')
    expect(b).toBe(long)
    const index = buildSpeakerIndex([a, b] as Article[])
    expect(index.speakers).toHaveLength(1)
    expect(index.speakers[0]).toMatchObject({ id: 'group-of-nine', quoteCount: 2 })
  })

  it('keeps apart the two forms of a body that one article quotes as two speakers', () => {
    const both = withBodies('both', [body('G9'), body('Group of Nine')])
    const elsewhere = withBodies('elsewhere', [body('the Group of 9', 3)])
    const [a] = unifySpeakerSpellings([both, elsewhere])
    expect(new Set(a?.speakers.map((who) => who.id)).size).toBe(2)
  })

  it('keeps apart two numbered bodies with other numbers', () => {
    const articles = [withBodies('one', [body('G9')]), withBodies('two', [body('Group of Seven')])]
    expect(unifySpeakerSpellings(articles)).toEqual(articles)
  })
})
