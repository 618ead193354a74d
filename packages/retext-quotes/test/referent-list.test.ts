import { describe, expect, it } from 'vitest'
import { comparePositions, type Position } from '../src/lib/model.js'
import { ReferentList } from '../src/lib/referent-list.js'

interface Item {
  position: Position
  kind: 'a' | 'b'
  weight: number
}

/** A small deterministic generator (a linear congruential one), so that failures repeat. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** What a plain walk back gives: the first item after `stop` that is not left out and is taken. */
function walkBack(
  items: readonly Item[],
  never: (item: Item) => boolean,
  stop: number,
  take: (item: Item) => boolean,
): number {
  for (let at = items.length - 1; at > stop; at--) {
    const item = items[at] as Item
    if (!never(item) && take(item)) return at
  }
  return -1
}

describe('ReferentList', () => {
  it('finds the latest item before a position, items out of order included', () => {
    const list = new ReferentList<Item>()
    const at = (paragraph: number, offset: number): Item => ({
      position: { paragraph, offset },
      kind: 'a',
      weight: 0,
    })
    expect(list.lastBefore({ paragraph: 5, offset: 0 })).toBe(-1)
    list.push(at(0, 10))
    list.push(at(2, 4)) // a quotation's end, ahead of the items after it
    list.push(at(1, 3))
    list.push(at(1, 8))
    expect(list.lastBefore({ paragraph: 0, offset: 10 })).toBe(-1)
    expect(list.lastBefore({ paragraph: 0, offset: 11 })).toBe(0)
    expect(list.lastBefore({ paragraph: 1, offset: 4 })).toBe(2)
    expect(list.lastBefore({ paragraph: 2, offset: 0 })).toBe(3)
    expect(list.lastBefore({ paragraph: 3, offset: 0 })).toBe(3)
  })

  it('answers as a plain walk does, back and forward, while items are added', () => {
    const random = generator(7)
    const list = new ReferentList<Item>()
    const items: Item[] = []
    let paragraph = 0
    let offset = 0
    for (let step = 0; step < 3000; step++) {
      if (random() < 0.4) {
        if (random() < 0.1) {
          paragraph++
          offset = 0
        }
        offset += 1 + Math.floor(random() * 20)
        // Now and then an item placed ahead of the walk, as a quotation's end is.
        const ahead = random() < 0.05
        const item: Item = {
          position: ahead ? { paragraph: paragraph + 1, offset: 3 } : { paragraph, offset },
          kind: random() < 0.7 ? 'a' : 'b',
          weight: Math.floor(random() * 10),
        }
        items.push(item)
        list.push(item)
        continue
      }
      // A query: items of kind `b` are out for good, and a weight over a bound (a property
      // that never changes either); the position of the query changes what is taken.
      const bound = 3 + Math.floor(random() * 3)
      const never = (item: Item): boolean => item.kind === 'b' || item.weight > bound
      const here: Position = { paragraph, offset: offset - Math.floor(random() * 30) }
      const take = (item: Item): boolean =>
        comparePositions(item.position, here) < 0 && item.weight % 2 === 0
      const threshold: Position = { paragraph: paragraph - 1, offset: 0 }
      const plainStop = items.reduce(
        (last, item, index) => (comparePositions(item.position, threshold) < 0 ? index : last),
        -1,
      )
      expect(list.lastBefore(threshold)).toBe(plainStop)
      const key = `bound:${bound}`
      expect(list.findBack(key, never, plainStop, take)).toBe(
        walkBack(items, never, plainStop, take),
      )
      expect(list.findBack(key, never, -1, take)).toBe(walkBack(items, never, -1, take))
      const forward = items.findIndex((item) => !never(item) && take(item))
      expect(list.findForward(key, never, take)).toBe(forward)
    }
  })

  it('tests the items in the order a plain walk does, each it skips for good once', () => {
    const list = new ReferentList<Item>()
    for (let index = 0; index < 10; index++)
      list.push({
        position: { paragraph: 0, offset: index },
        kind: index % 3 ? 'b' : 'a',
        weight: index,
      })
    const asked: number[] = []
    const never = (item: Item): boolean => {
      asked.push(item.weight)
      return item.kind === 'b'
    }
    const tested: number[] = []
    const take = (item: Item): boolean => {
      tested.push(item.weight)
      return false
    }
    expect(list.findBack('b', never, -1, take)).toBe(-1)
    expect(tested).toEqual([9, 6, 3, 0])
    asked.length = 0
    tested.length = 0
    expect(list.findBack('b', never, -1, take)).toBe(-1)
    // The second walk no longer asks about the items left out.
    expect(asked).toEqual([9, 6, 3, 0])
    expect(tested).toEqual([9, 6, 3, 0])
  })
})
