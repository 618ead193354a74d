import { type Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Place } from './messages.js'

/** A YAML (or JSON) document with a way to find where a value sits in the original file. */
export interface LocatedDocument {
  document: Document
  errors: Array<{ message: string; place: Place }>
  /** Place of the value at `path`, or of its nearest parent that exists. */
  placeOf(path: ReadonlyArray<PropertyKey>): Place
  /** Place of the top-level key `key` itself (not its value), else of the document. */
  keyPlaceOf(key: string): Place
}

/**
 * Parse `source` (YAML, or JSON, which is YAML) keeping positions; `firstLine` is the line of
 * the file where `source` starts, so places are in the original file.
 */
export function parseLocated(source: string, firstLine: number): LocatedDocument {
  const lineCounter = new LineCounter()
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true })
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
  return {
    document,
    errors: [...document.errors].map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      place: toPlace(error.pos[0]),
    })),
    placeOf,
    keyPlaceOf(key) {
      const contents = document.contents
      if (isMap(contents)) {
        for (const pair of contents.items) {
          if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
            return toPlace(pair.key.range[0])
          }
        }
      }
      return placeOf([])
    },
  }
}
