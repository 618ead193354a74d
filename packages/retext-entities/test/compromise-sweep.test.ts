import { createRequire } from 'node:module'
import type Nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { bulkMatch, postTaggerOf, sweptVersion } from '../src/lib/compromise-sweep.js'

const require = createRequire(import.meta.url)
const loaded = require('compromise') as typeof Nlp | { default: typeof Nlp }
const nlp = 'default' in loaded ? loaded.default : loaded
interface World {
  methods: { one: Record<string, unknown>; two: { quickSplit(docs: unknown[][]): unknown[][] } }
  compute: Record<string, unknown>
}
type Sweep = typeof bulkMatch
const world = nlp.world() as unknown as World
const { methods } = world
const stock = methods.one.bulkMatch as Sweep
const stockPostTagger = world.compute.postTagger
const View = Object.getPrototypeOf(nlp.tokenize('')).constructor as { prototype: object }
const postTagger = postTaggerOf(stockPostTagger as Parameters<typeof postTaggerOf>[0])

/** The post-tagger's net, as it hands it to the sweep (building another would alter its matches). */
function postTaggerNet(): Parameters<Sweep>[1] {
  let net: Parameters<Sweep>[1] | undefined
  methods.one.bulkMatch = (...parameters: Parameters<Sweep>) => {
    net = parameters[1]
    return stock(...parameters)
  }
  try {
    nlp('Ann Vale spoke.')
  } finally {
    methods.one.bulkMatch = stock
  }
  if (net === undefined) throw new Error('Expected the post-tagger to sweep')
  return net
}

/**
 * Every term of `text` with its tags, as compromise reads it with `sweep` as its sweep and
 * `step` as its post-tagger.
 */
function tagged(text: string, sweep: unknown, step: unknown = stockPostTagger): string[] {
  methods.one.bulkMatch = sweep
  world.compute.postTagger = step
  try {
    const terms = nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>
    return terms.flatMap((sentence) =>
      sentence.terms.map((term) => `${term.text}/${term.tags.join(',')}`),
    )
  } finally {
    methods.one.bulkMatch = stock
    world.compute.postTagger = stockPostTagger
  }
}

describe('bulkMatch', () => {
  // Invented people and places; commas make chunks, and each text has words the post-tagger
  // corrects.
  const texts = [
    'Mason Crull attended the opening of the harbour in Port Ellery on Monday.',
    "The council's budget was very largely spent by early March, according to Rusty Calloway, who had been running the fund since 2019.",
    'Dr. Hunter Fennimore said he would not be walking to the old mill, but that the mayor might.',
    "She wasn't sure if the new bridge, which cost $4 million, would open before the spring floods.",
    'Grace Ashbury, a retired teacher from Lower Dunmore, said the stormy weather had kept the ferries in port for three days.',
  ]

  it('is written for the compromise installed (on an upgrade, compare its sweep and update)', () => {
    expect(nlp.version).toBe(sweptVersion)
  })

  it('is compromise’s own bulkMatch, a plain function, before the plugin replaces it', () => {
    expect(typeof stock).toBe('function')
    expect(stock).not.toBe(bulkMatch)
  })

  it('finds the same matches at the same places, in the same order', () => {
    const net = postTaggerNet()
    const hooks = (nlp as unknown as { hooks(): string[] }).hooks()
    const beforePostTagger = hooks.slice(0, hooks.indexOf('postTagger'))
    let count = 0
    for (const text of texts) {
      // The post-tagger's input: the text through the steps before it, in comma-separated chunks.
      const doc = nlp.tokenize(text)
      doc.compute(beforePostTagger)
      const document = methods.two.quickSplit((doc as unknown as { docs: unknown[][] }).docs)
      const found = (sweep: Sweep) =>
        sweep(document, net, methods as unknown as Parameters<Sweep>[2]).map(
          ({ match, pointer }) => `${match} ${pointer.join(' ')}`,
        )
      const expected = found(stock)
      count += expected.length
      expect(found(bulkMatch), text).toEqual(expected)
    }
    expect(count).toBeGreaterThan(3)
  })

  it('tags every term as compromise’s own sweep does', () => {
    for (const text of texts) expect(tagged(text, bulkMatch), text).toEqual(tagged(text, stock))
  })
})

describe('postTagger', () => {
  const texts = [
    'Mason Crull attended the opening of the harbour in Port Ellery on Monday.',
    "Rusty Calloway, who had been running the fund since 2019, said the council's budget was spent.",
    "Dr. Hunter Fennimore wasn't sure the new bridge, which cost $4 million, would open in spring.",
  ]

  it('is compromise’s own step, a plain function, before the plugin replaces it', () => {
    expect(typeof stockPostTagger).toBe('function')
  })

  it('tags every term as compromise’s own post-tagger does, with either sweep', () => {
    // The first run is compromise's own step, whose sweep (`bulkMatch`) hands over its net.
    tagged('Ann Vale spoke.', bulkMatch, postTagger)
    const sweep = (View.prototype as { sweep: unknown }).sweep
    let sweeps = 0
    ;(View.prototype as { sweep: unknown }).sweep = function (
      this: unknown,
      ...parameters: unknown[]
    ) {
      sweeps++
      return (sweep as (...rest: unknown[]) => unknown).apply(this, parameters)
    }
    const sweepsOf = (run: () => string[]) => {
      const before = sweeps
      return { tags: run(), sweeps: sweeps - before }
    }
    try {
      for (const text of texts) {
        const expected = sweepsOf(() => tagged(text, stock))
        for (const sweeper of [stock, bulkMatch]) {
          const actual = sweepsOf(() => tagged(text, sweeper, postTagger))
          expect(actual.tags, text).toEqual(expected.tags)
          // compromise's own step sweeps through `View#sweep`; this one does not.
          expect(actual.sweeps, text).toBe(expected.sweeps - 1)
        }
      }
    } finally {
      ;(View.prototype as { sweep: unknown }).sweep = sweep
    }
  })
})
