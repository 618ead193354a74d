import type { Place } from './messages.js'
import { lineStarts, placeAt } from './text-places.js'

/**
 * Where the values of a JSON document sit in its text, found in one linear pass over text
 * that `JSON.parse` accepted. Values up to `maxDepth` levels down are recorded (an article's
 * fields, its blocks and their fields); deeper ones are skipped without recursion, so a document
 * of any depth costs time linear in its length.
 */
export interface JsonPlaces {
  /** Place of the value at `path`, or of its nearest recorded parent. */
  placeOf(path: ReadonlyArray<PropertyKey>): Place
}

const maxDepth = 3

export function locateJson(source: string): JsonPlaces {
  const starts = lineStarts(source)
  const offsets = new Map<string, number>()
  /** One entry per open container: its path, and for arrays the next index. */
  const stack: Array<{ path: string; index: number; isArray: boolean }> = []
  let key: string | undefined
  let at = 0

  const record = (offset: number): string => {
    const parent = stack.at(-1)
    if (parent === undefined) return ''
    const name = parent.isArray ? String(parent.index++) : (key ?? '')
    const path = parent.path === '' ? name : `${parent.path}.${name}`
    if (stack.length <= maxDepth && !offsets.has(path)) offsets.set(path, offset)
    return path
  }

  while (at < source.length) {
    const character = source[at]
    if (character === '"') {
      const end = stringEnd(source, at)
      const parent = stack.at(-1)
      // A string in an object before its colon is a key.
      if (parent && !parent.isArray && key === undefined) key = JSON.parse(source.slice(at, end))
      else {
        record(at)
        key = undefined
      }
      at = end
      continue
    }
    if (character === '{' || character === '[') {
      const path = record(at)
      stack.push({ path, index: 0, isArray: character === '[' })
      key = undefined
      at++
      continue
    }
    if (character === '}' || character === ']') {
      stack.pop()
      key = undefined
      at++
      continue
    }
    if (character === ',' || character === ':' || /\s/.test(character ?? '')) {
      at++
      continue
    }
    // A number, `true`, `false` or `null`.
    record(at)
    key = undefined
    while (at < source.length && !/[\s,\]}]/.test(source[at] ?? '')) at++
  }

  const toPlace = (offset: number): Place => placeAt(starts, offset)

  return {
    placeOf(path) {
      for (let length = Math.min(path.length, maxDepth); length > 0; length--) {
        const offset = offsets.get(path.slice(0, length).map(String).join('.'))
        if (offset !== undefined) return toPlace(offset)
      }
      const first = source.search(/\S/)
      return toPlace(Math.max(first, 0))
    },
  }
}

/** Offset just after the string that opens at `open`. */
function stringEnd(source: string, open: number): number {
  let at = open + 1
  while (at < source.length) {
    const character = source[at]
    if (character === '\\') at += 2
    else if (character === '"') return at + 1
    else at++
  }
  return at
}
