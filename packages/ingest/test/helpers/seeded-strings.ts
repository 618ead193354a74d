/**
 * `count` strings of up to `longest - 1` pieces each, drawn from `pieces` by a fixed linear
 * congruential sequence from `seed`: the same strings on every run, so a test that compares a
 * fast reading of text with its definition checks many odd mixtures and stays reproducible.
 */
export function seededStrings(
  pieces: readonly string[],
  seed: number,
  count: number,
  longest: number,
): string[] {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    // The high bits: the low ones repeat with a short period, and with an even number of
    // pieces most pairs of them never met (27 of the 576 pairs of 24 pieces).
    return Math.floor(state / 65536)
  }
  const strings: string[] = []
  for (let round = 0; round < count; round++) {
    let text = ''
    for (let length = next() % longest; length > 0; length--) text += pieces[next() % pieces.length]
    strings.push(text)
  }
  return strings
}
