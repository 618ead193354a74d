/**
 * Hyphenated premodifiers describe a name without being part of it: "Kurdish-led Syrian
 * Democratic Forces", "U.S.-backed fighters", "Germany-based Kurdish Center", "state-run CCTV",
 * "Muslim-majority Mindanao". Kept out of names, so the same organization or place gets one id
 * however it is introduced.
 */
const participles = [
  'affiliated',
  'aligned',
  'allied',
  'backed',
  'based',
  'centered',
  'centred',
  'controlled',
  'dominated',
  'financed',
  'funded',
  'headquartered',
  'held',
  'influenced',
  'installed',
  'led',
  'linked',
  'majority',
  'managed',
  'operated',
  'owned',
  'run',
  'sponsored',
  'supported',
]

const premodifier = new RegExp(`^([\\p{L}\\p{N}.'’]+)[-–‑](?:${participles.join('|')})$`, 'iu')
/**
 * A hyphen or dash. At module level: a regular expression literal in a function is a new object
 * at each call, and this one is asked of every word.
 */
const hyphen = /[-–‑]/

/**
 * The word before the hyphen when `word` is a hyphenated premodifier (`"U.S."` of
 * `"U.S.-backed"`, `"state"` of `"state-run"`), else `undefined`.
 */
export function premodifierHead(word: string): string | undefined {
  // Most words have no hyphen: skip the regular expression for them.
  if (!hyphen.test(word)) return undefined
  return premodifier.exec(word)?.[1]
}
