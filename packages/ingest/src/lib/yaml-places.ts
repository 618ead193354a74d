import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
} from 'yaml'
import type { Place } from './messages.js'

/** A YAML (or JSON) document with a way to find where a value sits in the original file. */
export interface LocatedDocument {
  document: Document
  errors: Array<{ message: string; place: Place }>
  /** Place of the value at `path`, or of its nearest parent that exists. */
  placeOf(path: ReadonlyArray<PropertyKey>): Place
  /** Place of the top-level key `key` itself (not its value), else of the document. */
  keyPlaceOf(key: string): Place
  /** Place of the key `key` of the map at `path` (not its value), else of that map. */
  entryKeyPlaceOf(path: ReadonlyArray<PropertyKey>, key: string): Place
  /**
   * Place of the first alias that names no anchor, else of the first alias: where to report a
   * document whose aliases cannot be expanded.
   */
  aliasPlace(): Place
  /** Offsets in `source` to places in the file. */
  toPlace(offset: number): Place
}

/**
 * Parse `source` (YAML, or JSON, which is YAML) keeping positions; `firstLine` is the line of
 * the file where `source` starts, so places are in the original file.
 */
export function parseLocated(source: string, firstLine: number): LocatedDocument {
  const lineCounter = new LineCounter()
  // Duplicate keys are found by the caller: the library's own check is quadratic in the keys.
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false })
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + firstLine - 1, column: col }
  }
  const placeOf = (path: ReadonlyArray<PropertyKey>): Place => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true)
      if (isNode(node) && node.range) return toPlace(node.range[0])
      if (isPair(node) && isScalar(node.key) && node.key.range) return toPlace(node.key.range[0])
    }
    return isNode(document.contents) && document.contents.range
      ? toPlace(document.contents.range[0])
      : { line: firstLine, column: 1 }
  }
  let keyPlaces: Map<string, Place> | undefined
  return {
    document,
    errors: [...document.errors].map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      place: toPlace(error.pos[0]),
    })),
    placeOf,
    keyPlaceOf(key) {
      keyPlaces ??= topLevelKeyPlaces()
      return keyPlaces.get(key) ?? placeOf([])
    },
    entryKeyPlaceOf(path, key) {
      const map = document.getIn(path as unknown[], true)
      if (isMap(map)) {
        for (const pair of map.items) {
          if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
            return toPlace(pair.key.range[0])
        }
      }
      return placeOf(path)
    },
    aliasPlace() {
      let unresolved: number | undefined
      let first: number | undefined
      visit(document, {
        Alias(_, node) {
          const offset = node.range?.[0]
          if (offset === undefined) return
          first ??= offset
          if (node.resolve(document) === undefined) {
            unresolved = offset
            return visit.BREAK
          }
        },
      })
      const offset = unresolved ?? first
      return offset === undefined ? placeOf([]) : toPlace(offset)
    },
    toPlace,
  }

  /** The place of each top-level key, found once (the first of duplicates wins). */
  function topLevelKeyPlaces(): Map<string, Place> {
    const places = new Map<string, Place>()
    const contents = document.contents
    if (!isMap(contents)) return places
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.range && !places.has(String(pair.key.value))) {
        places.set(String(pair.key.value), toPlace(pair.key.range[0]))
      }
    }
    return places
  }
}
