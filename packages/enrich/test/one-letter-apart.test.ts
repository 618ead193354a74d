import { describe, expect, it } from 'vitest'
import { OneLetterApartIndex } from '../src/one-letter-apart.js'

/** A small deterministic generator (a linear congruential one), so that failures repeat. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** Whether two words are one UTF-16 code unit added, dropped or changed apart, by definition. */
function oneLetterApart(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (longer.length === shorter.length) {
    let differences = 0
    for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) differences++
    return differences === 1
  }
  if (longer.length !== shorter.length + 1) return false
  for (let at = 0; at < longer.length; at++) {
    if (longer.slice(0, at) + longer.slice(at + 1) === shorter) return true
  }
  return false
}

const indexOf = (words: Record<string, string[]>) => {
  const index = new OneLetterApartIndex<string>()
  for (const [word, tags] of Object.entries(words)) index.add(word, word, tags)
  return index
}

describe('OneLetterApartIndex', () => {
  const index = indexOf({
    marczuk: ['president'],
    marczukk: ['president'],
    marcsuk: ['president'],
    marcuk: ['president'],
    marczul: ['goalkeeper'],
    amrczuk: ['president'],
    marczukkk: ['president'],
  })

  it('finds the words with a letter changed, added or dropped, under a tag in common', () => {
    expect([...index.near('marczuk', ['president'])].sort()).toEqual([
      'marcsuk',
      'marcuk',
      'marczukk',
    ])
    expect([...index.near('marczuk', ['goalkeeper', 'mayor'])]).toEqual(['marczul'])
    expect([...index.near('marczuk', ['mayor'])]).toEqual([])
  })

  it('finds no word for a word two letters from all', () => {
    expect([...index.near('marczukkkk', ['president'])]).toEqual(['marczukkk'])
    expect([...index.near('nowak', ['president'])]).toEqual([])
  })

  it('leaves out the items deleted', () => {
    const some = indexOf({
      marczuk: ['president'],
      marczukk: ['president'],
      marcsuk: ['president'],
    })
    some.delete('marczukk')
    expect([...some.near('marczuk', ['president'])]).toEqual(['marcsuk'])
    some.delete('marcsuk')
    expect([...some.near('marczuk', ['president'])]).toEqual([])
    expect(() => some.add('marczukk', 'marczukk', [])).toThrow(TypeError)
  })

  it('reads letters as UTF-16 code units, as indexing a string does', () => {
    // 𐐷 and 𐐸 differ in their second code unit only; 𐐷 against x is two code units.
    const astral = indexOf({ a𐐷b: ['t'], a𐐸b: ['t'], axb: ['t'], 'a\ud801b': ['t'] })
    expect([...astral.near('a𐐷b', ['t'])].sort()).toEqual(['a\ud801b', 'a𐐸b'].sort())
    expect([...astral.near('axb', ['t'])]).toEqual(['a\ud801b'])
  })

  it('finds exactly the words one letter apart, among random ones', () => {
    const random = generator(20_260_101)
    const letters = ['a', 'b', 'c', 'é', '\ud801', '\udc37']
    const tags = ['t', 'u', 'v']
    const wordOf = () =>
      Array.from(
        { length: Math.floor(random() * 6) },
        () => letters[Math.floor(random() * letters.length)],
      ).join('')
    const tagsOf = () => tags.filter(() => random() < 0.5)
    for (let round = 0; round < 30; round++) {
      const items = Array.from({ length: 60 }, (_, number) => ({
        number,
        word: wordOf(),
        tags: tagsOf(),
      }))
      const index = new OneLetterApartIndex<(typeof items)[number]>()
      for (const item of items) index.add(item, item.word, item.tags)
      const deleted = new Set(items.filter(() => random() < 0.2))
      for (const item of deleted) index.delete(item)
      for (let query = 0; query < 20; query++) {
        const word = random() < 0.5 ? wordOf() : (items[query]?.word ?? '')
        const queryTags = tagsOf()
        const expected = items.filter(
          (item) =>
            !deleted.has(item) &&
            item.tags.some((tag) => queryTags.includes(tag)) &&
            oneLetterApart(word, item.word),
        )
        const found = [...index.near(word, queryTags)].sort((a, b) => a.number - b.number)
        expect(found).toEqual(expected)
      }
    }
  })

  it('stays linear in the length of a word', () => {
    // Each text before and after a letter is a number: spelled out, the texts of a word of
    // 50,000 letters would be 2.5·10⁹ characters, some 5 GB, for each word added.
    const long = 'a'.repeat(50_000)
    const index = new OneLetterApartIndex<string>()
    index.add('b after', `${long}b`, ['t'])
    index.add('b before', `b${long}`, ['t'])
    index.add('b instead of an a', `${long.slice(1)}b`, ['t'])
    index.add('b and c after', `${long}bc`, ['t'])
    expect([...index.near(long, ['t'])].sort()).toEqual([
      'b after',
      'b before',
      'b instead of an a',
    ])
  })
})
