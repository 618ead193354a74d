/** Lowercased word tokens of a text, accents folded: what quote matching compares. */
export function quoteTokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Length of the longest common subsequence of two token lists: tokens in common, in order. */
export function tokensInCommon(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0
  let previous = new Uint32Array(right.length + 1)
  let current = new Uint32Array(right.length + 1)
  for (const token of left) {
    for (let j = 1; j <= right.length; j++) {
      current[j] =
        token === right[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number)
    }
    ;[previous, current] = [current, previous]
    current.fill(0)
  }
  return previous[right.length] as number
}

/**
 * How well two quotes overlap, given their token lists (`quoteTokens` of each text, not the
 * texts): tokens in common (in order) over the longer list's length. Two quotes match when this
 * is at least 0.5.
 */
export function quoteOverlap(left: readonly string[], right: readonly string[]): number {
  const longer = Math.max(left.length, right.length)
  if (longer === 0) return 0
  return tokensInCommon(left, right) / longer
}
