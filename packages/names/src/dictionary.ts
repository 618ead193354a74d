import { SortedLines } from '@newsroom/lexicon'
import wordListPath from 'word-list'
import { cachedBit, dictionaryBits } from './word-classes.js'

let dictionary: SortedLines | undefined

/**
 * Whether a word is in an English dictionary (the `word-list` package, about 274,000 lowercase
 * words, shipped with the dependency). Many family names are words too ("Miller"), so this only
 * weakens evidence that a capitalized word is a name; it never rules a name out on its own.
 * The list is searched as read (see `SortedLines`): a set of it took most of a worker's start-up.
 */
export function isDictionaryWord(word: string): boolean {
  return cachedBit(word, dictionaryBits.known, dictionaryBits.bit, readDictionaryWord)
}

function readDictionaryWord(word: string): boolean {
  dictionary ??= SortedLines.read(wordListPath)
  return dictionary.has(word.toLowerCase())
}
