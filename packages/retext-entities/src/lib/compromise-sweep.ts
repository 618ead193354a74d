/**
 * compromise's `bulkMatch` (the sweep its post-tagger runs over every comma-separated chunk) with
 * the same matches in the same order, found with less work. compromise 14.17.0's
 * `src/1-one/sweep/methods/sweep/01-getHooks.js`
 * (https://github.com/spencermountain/compromise/blob/14.17.0/src/1-one/sweep/methods/sweep/01-getHooks.js)
 * walks all of the net's ~730 hook keys for each chunk and concatenates the match list of every
 * key the chunk has into a new array, then drops duplicates through an object: most of the
 * post-tagger's time on the short texts this package hands it, and of its garbage. Here each
 * chunk's own words and tags (a few dozen) are looked up among the keys, put in the keys' order,
 * and each match is kept once as it is met (by its number, not through a set of its text); the
 * checks of `02-trim-down.js` (on the numbers of the keys a match needs and wants, not on their
 * strings), the always-run matches, the size check and `04-runMatch.js` follow, chunk by chunk.
 *
 * `postTaggerOf` gives compromise's post-tagger step, which sweeps through `View#sweep`: that method
 * then makes a view of every match it found and one of them all, which the step throws away
 * (a tenth of a call's time on a short text). Here the step sweeps and tags with the same two
 * methods `View#sweep` calls, in the same order, and makes no view.
 */

/** A match of compromise's net, as far as the sweep reads it. */
interface NetMatch {
  match: string
  needs: string[]
  wants: string[]
  minWant: number
  minWords: number
  ifNo?: string[]
  unTag?: unknown
}

/** compromise's net of matches (`methods.one.buildNet`): matches by hook, and those with none. */
interface Net {
  hooks: Record<string, NetMatch[]>
  always: NetMatch[]
}

type Term = unknown
type Pointer = [number, number, number, ...unknown[]]

interface SweepMethods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>
    match(document: Term[][], match: NetMatch): { ptrs: Pointer[] }
  }
}

/** A compromise view, as far as the post-tagger reads it. */
interface View {
  readonly docs: Term[][]
  update(pointers: Pointer[]): View
  uncache(): View
  unfreeze(): View
  world: {
    methods: {
      one: {
        bulkMatch(document: Term[][], net: Net, methods: View['world']['methods']): unknown[]
        bulkTagger(found: unknown[], document: Term[][], world: View['world']): unknown
      }
      two: { quickSplit(document: Term[][]): Term[][] }
    }
  }
}

/**
 * A net's hook keys in `Object.keys` order, by key, and their lists, with each match's number
 * among the net's distinct match texts (`ids`, parallel to `lists`): made once per net. A match
 * is tried once per chunk even when several of the chunk's keys list it; `seenIn` holds, for each
 * number, the last chunk that met it, so no set of texts is made and hashed per chunk. A match's
 * needs and wants are hook keys (the net lists each match under each of them), kept by number as
 * their ranks (`needs`, `wants`): `presentIn` holds, for each rank, the last chunk that had that
 * key, so testing them reads an array where the chunk's set of strings was hashed.
 */
interface HookIndex {
  rank: Map<string, number>
  lists: NetMatch[][]
  ids: Int32Array[]
  seenIn: Int32Array
  needs: Int32Array[]
  wants: Int32Array[]
  presentIn: Int32Array
  /** Chunks swept so far, with this net: each chunk's mark in `seenIn` and `presentIn`. */
  chunks: number
}

const indexes = new WeakMap<Record<string, NetMatch[]>, HookIndex>()

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = indexes.get(hooks)
  if (index === undefined) {
    const keys = Object.keys(hooks)
    const rank = new Map(keys.map((key, at) => [key, at]))
    const ranks = (items: readonly string[]) => Int32Array.from(items, (key) => rank.get(key) ?? -1)
    const lists = keys.map((key) => hooks[key] as NetMatch[])
    const numbers = new Map<string, number>()
    const needs: Int32Array[] = []
    const wants: Int32Array[] = []
    const ids = lists.map((list) =>
      Int32Array.from(list, (match) => {
        let id = numbers.get(match.match)
        if (id === undefined) {
          id = numbers.size
          numbers.set(match.match, id)
          // The same text is the same match, with the same needs and wants.
          needs.push(ranks(match.needs))
          wants.push(ranks(match.wants))
        }
        return id
      }),
    )
    index = {
      rank,
      lists,
      ids,
      seenIn: new Int32Array(numbers.size).fill(-1),
      needs,
      wants,
      presentIn: new Int32Array(keys.length).fill(-1),
      chunks: 0,
    }
    indexes.set(hooks, index)
  }
  return index
}

const ascending = (a: number, b: number) => a - b

/** The matches worth trying on one chunk, in the order compromise tries them. */
function candidates(haves: Set<string>, termCount: number, net: Net): NetMatch[] {
  const index = hookIndex(net.hooks)
  const { rank, lists, ids, seenIn, needs, wants, presentIn } = index
  // Marks are 32-bit: after 2^31 chunks the marks start again.
  if (index.chunks === 0x7fffffff) {
    seenIn.fill(-1)
    presentIn.fill(-1)
    index.chunks = 0
  }
  const chunk = index.chunks++
  const present: number[] = []
  for (const have of haves) {
    const at = rank.get(have)
    if (at === undefined) continue
    present.push(at)
    presentIn[at] = chunk
  }
  present.sort(ascending)
  const maybe: NetMatch[] = []
  for (const at of present) {
    const list = lists[at] as NetMatch[]
    const numbers = ids[at] as Int32Array
    for (let item = 0; item < list.length; item++) {
      const id = numbers[item] as number
      if (seenIn[id] === chunk) continue
      seenIn[id] = chunk
      const match = list[item] as NetMatch
      if (!allPresent(needs[id] as Int32Array, presentIn, chunk)) continue
      if (match.ifNo !== undefined && hasAny(haves, match.ifNo)) continue
      const wanted = wants[id] as Int32Array
      if (wanted.length > 0 && countPresent(wanted, presentIn, chunk) < match.minWant) continue
      if (termCount >= match.minWords) maybe.push(match)
    }
  }
  for (const match of net.always) if (termCount >= match.minWords) maybe.push(match)
  return maybe
}

function allPresent(keys: Int32Array, presentIn: Int32Array, chunk: number): boolean {
  for (let at = 0; at < keys.length; at++) if (presentIn[keys[at] as number] !== chunk) return false
  return true
}

function countPresent(keys: Int32Array, presentIn: Int32Array, chunk: number): number {
  let count = 0
  for (let at = 0; at < keys.length; at++) if (presentIn[keys[at] as number] === chunk) count++
  return count
}

function hasAny(haves: Set<string>, items: readonly string[]): boolean {
  for (const item of items) if (haves.has(item)) return true
  return false
}

/**
 * The compromise version whose sweep `bulkMatch` reproduces. Another version's sweep may differ,
 * so it keeps its own until this file is compared with its `src/1-one/sweep/methods/sweep/`.
 */
export const sweptVersion = '14.17.0'

/** `methods.one.bulkMatch`: every match of `net` found in `document`, chunk by chunk. */
export function bulkMatch(
  document: Term[][],
  net: Net,
  methods: SweepMethods,
  options: { matchOne?: boolean } = {},
): Array<NetMatch & { pointer: Pointer }> {
  if (learning !== undefined) {
    postTaggerNets.set(learning, net)
    learning = undefined
  }
  const docCache = methods.one.cacheDoc(document)
  const results: Array<NetMatch & { pointer: Pointer }> = []
  for (const [chunk, haves] of docCache.entries()) {
    const terms = document[chunk] as Term[]
    for (const match of candidates(haves, terms.length, net)) {
      const found = methods.one.match([terms], match)
      if (found.ptrs.length === 0) continue
      for (const pointer of found.ptrs) {
        pointer[0] = chunk
        results.push({ ...match, pointer })
      }
      if (options.matchOne === true) return results.slice(0, 1)
    }
  }
  return results
}

/** The net of compromise's post-tagger by world, as its own step built it (see `postTagger`). */
const postTaggerNets = new WeakMap<View['world'], Net>()
/** The world whose post-tagger net the next sweep is given, while its own step runs. */
let learning: View['world'] | undefined

/**
 * compromise's `postTagger` step (`src/2-two/postTagger/compute/index.js`), given as `stock`:
 * every match of the net tagged in the comma-separated chunks of the view, as `View#sweep` tags
 * them (`src/1-one/sweep/api.js`: `bulkMatch`, then `bulkTagger`), without the views of the
 * matches found that `View#sweep` returns and the step drops. The net is the one `stock` builds
 * on its first run, which this runs as it is: a second net cannot be built, as building one
 * parses the matches in place.
 */
export function postTaggerOf(stock: (view: View) => View): (view: View) => View {
  return (view) => {
    const { world } = view
    const net = postTaggerNets.get(world)
    if (net === undefined) {
      learning = world
      try {
        return stock(view)
      } finally {
        learning = undefined
      }
    }
    const { methods } = world
    const document = methods.two.quickSplit(view.docs) as Array<Array<{ index: number[] }>>
    const chunks = view.update(
      document.map((terms) => {
        const index = terms[0]?.index ?? [0, 0]
        return [index[0] as number, index[1] as number, (index[1] as number) + terms.length]
      }),
    )
    const docs = chunks.docs
    methods.one.bulkTagger(methods.one.bulkMatch(docs, net, methods), docs, world)
    view.uncache()
    view.unfreeze()
    return view
  }
}
