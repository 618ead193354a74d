/**
 * The small logistic models of the speaker model's confidence, shared by `fit-speaker-model`
 * and `debug-confidence`: a logistic regression over named features fitted by Newton's
 * method, Platt scaling of a score, the folds of a cross-fit and the choice of a publishing
 * threshold by a lower confidence bound of precision. All deterministic.
 */

/** A choice the plugin made on a matched quotation with a marked source, and whether it is right. */
export interface JudgedChoice {
  features: Record<string, number>
  right: boolean
}

/**
 * Fit a logistic regression (L2 penalty `l2` on every weight) by Newton's method from zero
 * weights: deterministic, and the problem is small (a dozen features).
 */
export function fitLogistic(
  examples: readonly JudgedChoice[],
  index: ReadonlyMap<string, number>,
  l2: number,
): Float64Array {
  const size = index.size
  const rows = examples.map(({ features }) => {
    const row = new Float64Array(size)
    for (const [name, value] of Object.entries(features)) {
      const at = index.get(name)
      if (at !== undefined) row[at] = value
    }
    return row
  })
  const weights = new Float64Array(size)
  for (let round = 0; round < 30; round++) {
    const gradient = new Float64Array(size)
    const hessian = Array.from({ length: size }, () => new Float64Array(size))
    for (const [at, row] of rows.entries()) {
      let z = 0
      for (let i = 0; i < size; i++) z += (weights[i] as number) * (row[i] as number)
      const q = 1 / (1 + Math.exp(-z))
      const residual = q - ((examples[at] as JudgedChoice).right ? 1 : 0)
      for (let i = 0; i < size; i++) {
        const xi = row[i] as number
        if (xi === 0) continue
        gradient[i] = (gradient[i] as number) + residual * xi
        const line = hessian[i] as Float64Array
        for (let j = 0; j < size; j++)
          line[j] = (line[j] as number) + q * (1 - q) * xi * (row[j] as number)
      }
    }
    for (let i = 0; i < size; i++) {
      gradient[i] = (gradient[i] as number) + l2 * (weights[i] as number)
      const line = hessian[i] as Float64Array
      line[i] = (line[i] as number) + l2
    }
    const step = solve(hessian, gradient)
    for (let i = 0; i < size; i++) weights[i] = (weights[i] as number) - (step[i] as number)
  }
  return weights
}

/** Solve `A x = b` by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: readonly Float64Array[], vector: Float64Array): Float64Array {
  const size = vector.length
  const a = matrix.map((line, i) => [...line, vector[i] as number])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let line = column + 1; line < size; line++)
      if (Math.abs(a[line]?.[column] as number) > Math.abs(a[pivot]?.[column] as number))
        pivot = line
    ;[a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]]
    const head = a[column] as number[]
    for (let line = column + 1; line < size; line++) {
      const row = a[line] as number[]
      const factor = (row[column] as number) / (head[column] as number)
      for (let k = column; k <= size; k++)
        row[k] = (row[k] as number) - factor * (head[k] as number)
    }
  }
  const x = new Float64Array(size)
  for (let line = size - 1; line >= 0; line--) {
    const row = a[line] as number[]
    let sum = row[size] as number
    for (let k = line + 1; k < size; k++) sum -= (row[k] as number) * (x[k] as number)
    x[line] = sum / (row[line] as number)
  }
  return x
}

/** Fit `P(right) = σ(a·z + b)` to (z, right) pairs, by gradient descent on the log loss. */
export function platt(pairs: ReadonlyArray<{ z: number; right: boolean }>): {
  a: number
  b: number
} {
  let a = 1
  let b = 0
  for (let round = 0; round < 5000; round++) {
    let ga = 0
    let gb = 0
    for (const { z, right } of pairs) {
      const q = 1 / (1 + Math.exp(-(a * z + b)))
      ga += (q - (right ? 1 : 0)) * z
      gb += q - (right ? 1 : 0)
    }
    a -= (0.5 * ga) / pairs.length
    b -= (0.5 * gb) / pairs.length
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 }
}

/**
 * Split items into `k` folds for cross-fitting, by their place in the given order (item `i`
 * goes to fold `i mod k`): deterministic, and each fold draws from the whole order.
 */
export function folds<T>(items: readonly T[], k: number): T[][] {
  if (!Number.isInteger(k) || k < 2)
    throw new TypeError(`Expected \`k\` to be an integer of 2 or more, not \`${k}\``)
  const parts: T[][] = Array.from({ length: k }, () => [])
  for (const [at, item] of items.entries()) (parts[at % k] as T[]).push(item)
  return parts
}

/**
 * The fold of an item in partition `partition` (1 or more) of several partitions into `k` folds:
 * a hash of its `name` (FNV-1a, seeded by the partition): deterministic, and spread over the
 * folds independently of the name order. Partition 0 is the cross-fit's own folds, which the
 * caller already has, so it is not dealt here.
 */
export function foldInPartition(name: string, partition: number, k: number): number {
  if (!Number.isInteger(partition) || partition < 1)
    throw new TypeError(`Expected \`partition\` to be a positive integer, not \`${partition}\``)
  let hash = (2166136261 ^ partition) >>> 0
  for (const character of name) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619)
  return (hash >>> 0) % k
}

/**
 * The lower end of the Wilson score interval of a proportion, `right` of `total`, at `z`
 * standard deviations (1.645: a one-sided 95% bound); `z` 0 gives the proportion itself.
 */
export function wilsonLower(right: number, total: number, z: number): number {
  if (total === 0) return 0
  const p = right / total
  if (z === 0) return p
  const z2 = z * z
  const centre = p + z2 / (2 * total)
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))
  return (centre - spread) / (1 + z2 / total)
}

/** The upper end of the Wilson score interval of `right` of `total` at `z` (see `wilsonLower`). */
export function wilsonUpper(right: number, total: number, z: number): number {
  if (total === 0) return 1
  return 1 - wilsonLower(total - right, total, z)
}

/** A quotation judged for the threshold: its confidence (0 when nobody is leaned to) and whether that speaker is right. */
export interface ScoredQuote {
  confidence: number
  right: boolean
  /** The confidence before it is rounded to hundredths, when known: it orders the quotes. */
  score?: number
}

/**
 * The precision-coverage curve of a ranking, free of the hundredths the threshold moves by: the
 * most quotes, taken from the surest down (by `score`, else `confidence`; never one of
 * confidence 0), whose precision reaches `target`, and the precision of the surest
 * `coverage` × `known` of them (`known`: the quotes with a marked source), with how many of those
 * are wrong (of all the ranked quotes, when fewer are ranked). A step of the
 * threshold can drop some 30 quotes of train's out-of-fold choices at once, so two models are
 * compared by this, not by what their thresholds keep.
 */
export function rankedCurve(
  quotes: readonly ScoredQuote[],
  known: number,
  target: number,
  coverage: number,
): { kept: number; precision: number; wrong: number } {
  const ranked = quotes
    .filter((quote) => quote.confidence > 0)
    .map((quote) => ({ order: quote.score ?? quote.confidence, right: quote.right }))
    .sort((a, b) => b.order - a.order)
  const count = Math.min(Math.ceil(coverage * known), ranked.length)
  let right = 0
  let kept = 0
  let precision = 0
  let wrong = 0
  for (const [at, quote] of ranked.entries()) {
    if (quote.right) right++
    if (right / (at + 1) >= target) kept = at + 1
    if (at + 1 === count) {
      precision = right / count
      wrong = count - right
    }
  }
  return { kept, precision, wrong }
}

/**
 * The lowest confidence (in hundredths) at which the quotes kept are right at least `target` of
 * the time, by the lower bound `wilsonLower(…, z)` of their precision; a quote with confidence 0
 * is never kept. With none, the threshold with the best bound.
 *
 * `copies`: how many times each quotation stands in `quotes` (the same choices scored over that
 * many partitions into folds, pooled): the precision is the pooled one, and the bound is taken
 * on the counts of one copy, so pooling narrows no interval.
 */
export function chooseThreshold(
  quotes: readonly ScoredQuote[],
  target: number,
  z: number,
  copies = 1,
): number {
  let best = 1
  let bestBound = -1
  for (let hundredths = 1; hundredths <= 100; hundredths++) {
    const threshold = hundredths / 100
    let kept = 0
    let right = 0
    for (const quote of quotes)
      if (quote.confidence >= threshold) {
        kept++
        if (quote.right) right++
      }
    if (kept === 0) continue
    const bound = wilsonLower(right / copies, kept / copies, z)
    if (bound >= target) return threshold
    if (bound > bestBound) {
      bestBound = bound
      best = threshold
    }
  }
  return best
}
