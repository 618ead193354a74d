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
  let state = seed >>> 0
  const next = () => {
    // Modulo 2^32 by Math.imul: a product of plain numbers passes 2^53 and loses its low bits,
    // and the sequence then fell into a cycle of 10,466 draws (after 832 to 5,232 of seeds 5-13).
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    // The high bits: the low ones repeat with a short period, and with an even number of
    // pieces most pairs of them never met (27 of the 576 pairs of 24 pieces).
    return state >>> 16
  }
  const strings: string[] = []
  for (let round = 0; round < count; round++) {
    let text = ''
    for (let length = next() % longest; length > 0; length--) text += pieces[next() % pieces.length]
    strings.push(text)
  }
  return strings
}
