import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'

/**
 * A word list read as one string, searched in place: lines `key` or `key<TAB>value`, in order of
 * their keys (UTF-16 code units, as `<` compares). Reading a file and finding its lines costs a
 * few milliseconds where a set or map of its 100,000s of entries costs a second of a worker's
 * start-up. Lines out of order (a list from elsewhere may have some) are kept in a small map.
 */
export class SortedLines {
  readonly #text: string
  readonly #starts: Int32Array
  /** End of each line's key (its tab, or the line's end). */
  readonly #keyEnds: Int32Array
  readonly #ends: Int32Array
  readonly #count: number
  readonly #outOfOrder = new Map<string, string>()

  constructor(text: string) {
    this.#text = text
    let lines = 1
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
    this.#starts = new Int32Array(lines)
    this.#keyEnds = new Int32Array(lines)
    this.#ends = new Int32Array(lines)
    let count = 0
    let start = 0
    // The next tab at or after `start`, searched again only once passed: a list with no tabs
    // would otherwise be scanned to its end for each line.
    let tab = text.indexOf('\t')
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const next = end + 1
      if (text.charCodeAt(end - 1) === 13) end--
      if (end > start) {
        if (tab !== -1 && tab < start) tab = text.indexOf('\t', start)
        const keyEnd = tab === -1 || tab > end ? end : tab
        const previous = count - 1
        // Only lines at or after the last kept one are searched: the rest go in the map.
        if (
          count === 0 ||
          this.#compareKeys(
            start,
            keyEnd,
            this.#starts[previous] as number,
            this.#keyEnds[previous] as number,
          ) >= 0
        ) {
          this.#starts[count] = start
          this.#keyEnds[count] = keyEnd
          this.#ends[count] = end
          count++
        } else {
          this.#outOfOrder.set(
            text.slice(start, keyEnd),
            keyEnd < end ? text.slice(keyEnd + 1, end) : '',
          )
        }
      }
      start = next
    }
    this.#count = count
  }

  /**
   * The list in the file at `path`, UTF-8. A file of ASCII only (the lists of several MB read at
   * a worker's start are) is decoded as Latin-1, the same text at about half the CPU.
   */
  static read(path: string | URL): SortedLines {
    const bytes = readFileSync(path)
    return new SortedLines(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'))
  }

  /** The value of `key` (`''` for a line with no tab), or `undefined` when it is not listed. */
  get(key: string): string | undefined {
    const stray = this.#outOfOrder.get(key)
    if (stray !== undefined) return stray
    let low = 0
    let high = this.#count - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = this.#compareKey(middle, key)
      if (order === 0) {
        const keyEnd = this.#keyEnds[middle] as number
        const end = this.#ends[middle] as number
        return keyEnd < end ? this.#text.slice(keyEnd + 1, end) : ''
      }
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }

  #compareKey(line: number, key: string): number {
    const text = this.#text
    const start = this.#starts[line] as number
    const end = this.#keyEnds[line] as number
    const length = Math.min(end - start, key.length)
    for (let index = 0; index < length; index++) {
      const difference = text.charCodeAt(start + index) - key.charCodeAt(index)
      if (difference !== 0) return difference
    }
    return end - start - key.length
  }

  #compareKeys(start: number, end: number, otherStart: number, otherEnd: number): number {
    const text = this.#text
    const length = Math.min(end - start, otherEnd - otherStart)
    for (let index = 0; index < length; index++) {
      const difference = text.charCodeAt(start + index) - text.charCodeAt(otherStart + index)
      if (difference !== 0) return difference
    }
    return end - start - (otherEnd - otherStart)
  }
}
