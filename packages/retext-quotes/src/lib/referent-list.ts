/**
 * A list of referents in the order the coreference walk meets them, with the look-ups its rules
 * make: "the latest one before here, within so many paragraphs, that fits". A plain walk back
 * costs the length of the article for each pronoun that nothing fits, which grows with the
 * square of the article; these look-ups cost about the items they test.
 *
 * Two things make that possible without changing any answer. Where the walk back stops (the
 * first item, going back, placed before a given position) is found by bisection over the items
 * that could be it. And items a rule will never take again (a body for "she", a person whose
 * gender the article has settled otherwise) are skipped once found, for good: each rule names
 * its own set of such items with a key, and the list keeps, per key, links that jump over them
 * (a disjoint-set forest). Items are only ever tested in the order a plain walk would test
 * them, so a rule with side effects (learning a gender) sees them in the same order.
 */
import { comparePositions, type Position } from './model.js'

/** Links over the items of one key: each points to itself, or nearer the end it is walked to. */
type Skips = number[]

export class ReferentList<Item extends { position: Position }> {
  readonly items: Item[] = []
  /**
   * Indices of the items that are before every later item (positions rising from bottom to
   * top): the last item before a position is always one of these.
   */
  private readonly earliest: number[] = []
  /** Per key, links that jump back over items left out for good (-1: before the first item). */
  private back: Map<string, Skips> | undefined
  /** Per key, links that jump forward over items left out for good (`length`: past the last). */
  private forward: Map<string, Skips> | undefined

  get length(): number {
    return this.items.length
  }

  push(item: Item): void {
    const index = this.items.length
    this.items.push(item)
    const { earliest } = this
    while (
      earliest.length > 0 &&
      comparePositions(
        (this.items[earliest[earliest.length - 1] as number] as Item).position,
        item.position,
      ) >= 0
    )
      earliest.pop()
    earliest.push(index)
    if (this.back) for (const skips of this.back.values()) skips.push(index)
    if (this.forward) for (const skips of this.forward.values()) skips.push(index)
  }

  /** Index of the latest item placed before a position, or -1 when none is. */
  lastBefore(position: Position): number {
    const { earliest } = this
    let low = 0
    let high = earliest.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const item = this.items[earliest[middle] as number] as Item
      if (comparePositions(item.position, position) < 0) low = middle + 1
      else high = middle
    }
    return low === 0 ? -1 : (earliest[low - 1] as number)
  }

  /**
   * Walk back from the latest item to the one after `stop`, and return the index of the first
   * that `take` takes (-1: none). Items `never` holds true of are left out of every later walk
   * under the same `key`: `never` must hold of an item for good once it holds, and `take` must
   * refuse what it holds of.
   */
  findBack(
    key: string,
    never: (item: Item) => boolean,
    stop: number,
    take: (item: Item) => boolean,
  ): number {
    this.back ??= new Map()
    let skips = this.back.get(key)
    if (!skips) {
      skips = this.items.map((_, index) => index)
      this.back.set(key, skips)
    }
    for (let at = root(skips, this.items.length - 1, -1); at > stop; ) {
      const item = this.items[at] as Item
      if (never(item)) {
        skips[at] = at - 1
        at = root(skips, at - 1, -1)
        continue
      }
      if (take(item)) return at
      at = root(skips, at - 1, -1)
    }
    return -1
  }

  /** `findBack` from the first item forward, to the end. */
  findForward(key: string, never: (item: Item) => boolean, take: (item: Item) => boolean): number {
    this.forward ??= new Map()
    let skips = this.forward.get(key)
    if (!skips) {
      skips = this.items.map((_, index) => index)
      this.forward.set(key, skips)
    }
    const end = this.items.length
    for (let at = root(skips, 0, end); at < end; ) {
      const item = this.items[at] as Item
      if (never(item)) {
        skips[at] = at + 1
        at = root(skips, at + 1, end)
        continue
      }
      if (take(item)) return at
      at = root(skips, at + 1, end)
    }
    return -1
  }
}

/**
 * The item a chain of links from `at` ends at (`outside` once it leaves the list), halving the
 * chain on the way.
 */
function root(skips: Skips, at: number, outside: number): number {
  let current = at
  while (current !== outside) {
    const next = skips[current] as number
    if (next === current) return current
    if (next === outside) return outside
    const after = skips[next] as number
    skips[current] = after
    current = after
  }
  return outside
}
