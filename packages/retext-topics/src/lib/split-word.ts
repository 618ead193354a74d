// Possessive endings are dropped so `China's` counts as `China`; letters, digits and inner
// apostrophes make up a word part, anything else (hyphens, dots, slashes) splits it.
const possessive = /['’]s$/u
const wordPart = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Split one word (or a cue) into its parts: `live-fire` → `live`, `fire`; `U.S.` → `U`, `S`. */
export function splitWord(value: string): string[] {
  const parts = value.match(wordPart) ?? []
  return parts.map((part) => part.replace(possessive, ''))
}
