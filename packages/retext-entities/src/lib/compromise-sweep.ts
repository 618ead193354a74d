/**
 * compromise's `bulkMatch` (the sweep its post-tagger runs over every comma-separated chunk) with
 * the same matches in the same order, found with less work. compromise 14.17.0's
 * `src/1-one/sweep/methods/sweep/01-getHooks.js`
 * (https://github.com/spencermountain/compromise/blob/14.17.0/src/1-one/sweep/methods/sweep/01-getHooks.js)
 * walks all of the net's ~730 hook keys for each chunk and concatenates the match list of every
 * key the chunk has into a new array, then drops duplicates through an object: most of the
 * post-tagger's time on the short texts this package hands it, and of its garbage. Here each
 * chunk's own words and tags (a few dozen) are looked up among the keys, put in the keys' order,
 * and each match is kept once as it is met; the checks of `02-trim-down.js`, the always-run
 * matches, the size check and `04-runMatch.js` follow unchanged, chunk by chunk.
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

/** A net's hook keys in `Object.keys` order, by key, and their lists: made once per net. */
interface HookIndex {
  rank: Map<string, number>
  lists: NetMatch[][]
}

const indexes = new WeakMap<Record<string, NetMatch[]>, HookIndex>()

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = indexes.get(hooks)
  if (index === undefined) {
    const keys = Object.keys(hooks)
    index = {
      rank: new Map(keys.map((key, rank) => [key, rank])),
      lists: keys.map((key) => hooks[key] as NetMatch[]),
    }
    indexes.set(hooks, index)
  }
  return index
}

const ascending = (a: number, b: number) => a - b

/** The matches worth trying on one chunk, in the order compromise tries them. */
function candidates(haves: Set<string>, termCount: number, net: Net): NetMatch[] {
  const { rank, lists } = hookIndex(net.hooks)
  const present: number[] = []
  for (const have of haves) {
    const at = rank.get(have)
    if (at !== undefined) present.push(at)
  }
  present.sort(ascending)
  const seen = new Set<string>()
  const maybe: NetMatch[] = []
  for (const at of present) {
    for (const match of lists[at] as NetMatch[]) {
      if (seen.has(match.match)) continue
      seen.add(match.match)
      if (!match.needs.every((need) => haves.has(need))) continue
      if (match.ifNo?.some((no) => haves.has(no)) === true) continue
      if (match.wants.length > 0) {
        let found = 0
        for (const want of match.wants) if (haves.has(want)) found++
        if (found < match.minWant) continue
      }
      if (termCount >= match.minWords) maybe.push(match)
    }
  }
  for (const match of net.always) if (termCount >= match.minWords) maybe.push(match)
  return maybe
}

/** `methods.one.bulkMatch`: every match of `net` found in `document`, chunk by chunk. */
export function bulkMatch(
  document: Term[][],
  net: Net,
  methods: SweepMethods,
  options: { matchOne?: boolean } = {},
): Array<NetMatch & { pointer: Pointer }> {
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
