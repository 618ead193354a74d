import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

/**
 * The word list as one string, read once, with the offsets of its lines: a set of its 274,000
 * words took most of a worker's start-up (seconds on a busy machine), while reading the file and
 * finding its lines is a few milliseconds. Words are found by binary search over the lines that
 * are in order; the few that are not (the list has two) are kept in a small set.
 */
interface WordList {
  text: string
  starts: Int32Array
  ends: Int32Array
  count: number
  outOfOrder: Set<string>
}

let wordList: WordList | undefined

/** Compare `text.slice(start, end)` with `word` by UTF-16 code units, as `<` does. */
function compareAt(text: string, start: number, end: number, word: string): number {
  const length = Math.min(end - start, word.length)
  for (let index = 0; index < length; index++) {
    const difference = text.charCodeAt(start + index) - word.charCodeAt(index)
    if (difference !== 0) return difference
  }
  return end - start - word.length
}

/** Compare two lines of `text` by UTF-16 code units. */
function compareLines(
  text: string,
  start: number,
  end: number,
  otherStart: number,
  otherEnd: number,
) {
  const length = Math.min(end - start, otherEnd - otherStart)
  for (let index = 0; index < length; index++) {
    const difference = text.charCodeAt(start + index) - text.charCodeAt(otherStart + index)
    if (difference !== 0) return difference
  }
  return end - start - (otherEnd - otherStart)
}

function loadWordList(): WordList {
  const text = readFileSync(wordListPath, 'utf8')
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  const starts = new Int32Array(lines)
  const ends = new Int32Array(lines)
  const outOfOrder = new Set<string>()
  let count = 0
  let lastStart = 0
  let lastEnd = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const next = end + 1
    if (text.charCodeAt(end - 1) === 13) end--
    if (end > start) {
      // Only lines at or after the largest line so far are searched: the rest go in the set.
      if (count === 0 || compareLines(text, start, end, lastStart, lastEnd) >= 0) {
        starts[count] = start
        ends[count] = end
        count++
        lastStart = start
        lastEnd = end
      } else {
        outOfOrder.add(text.slice(start, end))
      }
    }
    start = next
  }
  return { text, starts, ends, count, outOfOrder }
}

function inWordList(list: WordList, word: string): boolean {
  if (list.outOfOrder.has(word)) return true
  let low = 0
  let high = list.count - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const order = compareAt(
      list.text,
      list.starts[middle] as number,
      list.ends[middle] as number,
      word,
    )
    if (order === 0) return true
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return false
}

/**
 * Whether a word is in an English dictionary (the `word-list` package, about 274,000 lowercase
 * words, shipped with the dependency). Many family names are words too ("Miller"), so this only
 * weakens evidence that a capitalized word is a name; it never rules a name out on its own.
 */
export function isDictionaryWord(word: string): boolean {
  wordList ??= loadWordList()
  return inWordList(wordList, word.toLowerCase())
}
