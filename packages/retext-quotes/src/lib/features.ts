/**
 * Numbered features: each feature name of the speaker model gets an index the first time it is
 * made, and a candidate's features are two arrays, indices and values, in the order they were
 * set. The model then scores a candidate from an array of weights by index (`weightsByIndex`),
 * where a table keyed by name cost a string look-up for every feature of every candidate (some
 * 25 a candidate) when it was made and again when it was scored.
 *
 * The names come from small fixed sets (roles, forms, kinds, places), so the numbering stays
 * small; it lives as long as the process.
 */

const indexByName = new Map<string, number>()
const namesByIndex: string[] = []

/** The index of a feature name, given when first asked for. */
export function featureIndex(name: string): number {
  let index = indexByName.get(name)
  if (index === undefined) {
    index = namesByIndex.length
    namesByIndex.push(name)
    indexByName.set(name, index)
  }
  return index
}

/** The name of a feature index. */
export function featureNameAt(index: number): string {
  return namesByIndex[index] as string
}

/**
 * The features of one candidate: feature indices and their values, in the order first set. Read
 * like a map of names to values (`get`, `has`, iteration over `[name, value]` pairs, so
 * `Object.fromEntries(features)` lists them as the model's fit reads them).
 */
export class FeatureValues implements Iterable<[string, number]> {
  readonly indices: number[] = []
  readonly values: number[] = []

  /** Features from a table of names to values, in its order. */
  static from(table: Readonly<Record<string, number>>): FeatureValues {
    const features = new FeatureValues()
    for (const [name, value] of Object.entries(table)) features.add(featureIndex(name), value)
    return features
  }

  /** Add to the value of a feature (a feature set twice sums its values). */
  add(index: number, value = 1): void {
    // A candidate has some 25 features, so the scan is short; most features are set once.
    const at = this.indices.indexOf(index)
    if (at === -1) {
      this.indices.push(index)
      this.values.push(value)
    } else this.values[at] = (this.values[at] as number) + value
  }

  get size(): number {
    return this.indices.length
  }

  get(name: string): number | undefined {
    const index = indexByName.get(name)
    if (index === undefined) return undefined
    const at = this.indices.indexOf(index)
    return at === -1 ? undefined : this.values[at]
  }

  has(name: string): boolean {
    return this.get(name) !== undefined
  }

  *keys(): IterableIterator<string> {
    for (const index of this.indices) yield featureNameAt(index)
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let at = 0; at < this.indices.length; at++)
      yield [featureNameAt(this.indices[at] as number), this.values[at] as number]
  }
}

const weightArrays = new WeakMap<Readonly<Record<string, number>>, number[]>()

/**
 * A table of weights by feature name as an array by feature index (0 for a feature it does not
 * list), made once per table and extended as new names are numbered: it covers every name
 * numbered before the call.
 */
export function weightsByIndex(table: Readonly<Record<string, number>>): readonly number[] {
  let weights = weightArrays.get(table)
  if (weights === undefined) {
    weights = []
    weightArrays.set(table, weights)
  }
  if (weights.length < namesByIndex.length) {
    for (let index = weights.length; index < namesByIndex.length; index++) {
      const name = namesByIndex[index] as string
      // Own keys only: `table.constructor` is no weight.
      weights.push(Object.hasOwn(table, name) ? (table[name] as number) : 0)
    }
  }
  return weights
}
