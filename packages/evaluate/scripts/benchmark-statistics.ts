/**
 * Summaries of the benchmark's per-round figures. A shared machine makes some rounds slow for
 * reasons of its own, so the figure to quote is a median, and how far it can be trusted is
 * told by an interval that assumes nothing of the rounds' distribution.
 */

/** The `q` quantile (0 to 1) of some numbers, interpolating between ranks; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new TypeError(`Expected \`q\` between 0 and 1, not \`${q}\``)
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const at = q * (sorted.length - 1)
  const below = Math.floor(at)
  const low = sorted[below] as number
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number
  return low + (high - low) * (at - below)
}

/** The median of some numbers; NaN for none. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/**
 * A confidence interval of the median from the rounds' order statistics (the sign test's
 * interval): the `k`-th lowest and `k`-th highest value, with `k` the largest rank such that
 * a fair coin gives fewer than `k` heads in `n` tosses with probability at most
 * `(1 - confidence) / 2`. It holds for any distribution of independent rounds, slow outliers
 * included; with too few rounds for the confidence asked it is the whole range, and `exact`
 * is false.
 */
export function medianInterval(
  values: readonly number[],
  confidence = 0.95,
): { low: number; high: number; exact: boolean } {
  if (!(confidence > 0 && confidence < 1))
    throw new TypeError(`Expected \`confidence\` between 0 and 1, not \`${confidence}\``)
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  if (n === 0) return { low: Number.NaN, high: Number.NaN, exact: false }
  const tail = (1 - confidence) / 2
  // Walk the binomial(n, ½) distribution upward: `below` is P(heads < rank).
  let probability = 0.5 ** n
  let below = 0
  let rank = 0
  for (let heads = 0; heads < n; heads++) {
    if (below + probability > tail) break
    below += probability
    rank = heads + 1
    probability = (probability * (n - heads)) / (heads + 1)
  }
  if (rank === 0) return { low: sorted[0] as number, high: sorted[n - 1] as number, exact: false }
  return { low: sorted[rank - 1] as number, high: sorted[n - rank] as number, exact: true }
}
