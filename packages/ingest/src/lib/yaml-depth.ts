/**
 * How deep a YAML document nests, found by one linear scan before it is parsed: the `yaml`
 * package composes nested collections recursively, so a value thousands of levels deep would
 * exhaust the stack, at a depth that depends on the thread's stack size. Refusing documents
 * deeper than a fixed limit keeps the outcome the same on every thread.
 *
 * The scan over-approximates in block context (each indentation level and each `- `/`? ` marker
 * counts one level) and counts `[`/`{` only where a flow collection can start, so brackets in
 * plain text (`title: Harbor [update]`) and in quoted strings do not count.
 */

/** Where the document first goes deeper than `limit`, or undefined when it never does. */
export function findTooDeep(source: string, limit: number): { offset: number } | undefined {
  const indents: number[] = []
  let flow = 0
  let index = 0
  while (index < source.length) {
    const end = lineEnd(source, index)
    if (flow === 0) {
      let at = index
      while (at < end && source[at] === ' ') at++
      if (at < end && source[at] !== '#') {
        const indent = at - index
        while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop()
        indents.push(indent)
        let depth = indents.length
        // `- - - x` and `? ` open one collection each on the same line.
        while (at + 1 < end && '-?'.includes(source[at] ?? '') && source[at + 1] === ' ') {
          depth++
          at += 2
          while (at < end && source[at] === ' ') at++
        }
        if (depth > limit) return { offset: at }
      }
    }
    const result = scanLine(source, index, end, flow, limit)
    if (result.tooDeep !== undefined) return { offset: result.tooDeep }
    flow = result.flow
    index = end + 1
  }
  return undefined
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf('\n', from)
  return end < 0 ? source.length : end
}

/**
 * Scan one line for flow collections. A collection starts at a value's start: the start of the
 * line, after `: `, `- `, `? `, an anchor or a tag, or inside a flow collection after `[`, `{`
 * or `,`. Quoted scalars are skipped when they close on the line.
 */
function scanLine(
  source: string,
  start: number,
  end: number,
  initialFlow: number,
  limit: number,
): { flow: number; tooDeep?: number } {
  let flow = initialFlow
  let valueStart = true
  for (let at = start; at < end; at++) {
    const character = source[at] ?? ''
    if (character === ' ' || character === '\t') continue
    if (character === '#' && (at === start || /\s/.test(source[at - 1] ?? ''))) break
    if (valueStart && (character === '"' || character === "'")) {
      const close = closingQuote(source, at, end)
      if (close < 0) break
      at = close
      valueStart = false
      continue
    }
    if (valueStart && (character === '&' || character === '!')) {
      while (at + 1 < end && !/[\s,[\]{}]/.test(source[at + 1] ?? '')) at++
      continue
    }
    if ((character === '[' || character === '{') && (valueStart || flow > 0)) {
      flow++
      if (flow > limit) return { flow, tooDeep: at }
      valueStart = true
      continue
    }
    if ((character === ']' || character === '}') && flow > 0) {
      flow--
      valueStart = false
      continue
    }
    const next = source[at + 1]
    if (character === ',' && flow > 0) valueStart = true
    else if (
      (character === ':' || character === '-' || character === '?') &&
      (next === undefined || next === ' ' || next === '\t' || at + 1 === end)
    )
      valueStart = true
    else valueStart = false
  }
  return { flow }
}

/** Offset of the quote closing the scalar opened at `open`, or -1 when it is not on the line. */
function closingQuote(source: string, open: number, end: number): number {
  const quote = source[open]
  for (let at = open + 1; at < end; at++) {
    const character = source[at]
    if (quote === '"' && character === '\\') {
      at++
      continue
    }
    if (character === quote) {
      if (quote === "'" && source[at + 1] === "'") {
        at++
        continue
      }
      return at
    }
  }
  return -1
}
