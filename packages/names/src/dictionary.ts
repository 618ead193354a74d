import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

let dictionary: Set<string> | undefined

/**
 * Whether a word is in an English dictionary (the `word-list` package, about 274,000 lowercase
 * words, shipped with the dependency). Many family names are words too ("Miller"), so this only
 * weakens evidence that a capitalized word is a name; it never rules a name out on its own.
 */
export function isDictionaryWord(word: string): boolean {
  if (dictionary === undefined) {
    dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'))
  }
  return dictionary.has(word.toLowerCase())
}
