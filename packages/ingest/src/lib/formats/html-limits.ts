/**
 * Bounds on the shape of a saved page, enforced on its source before any DOM is built: the DOM
 * (linkedom) and Readability take time quadratic in the nesting depth and in the attributes of
 * one element, so a small hostile page could stall a build. Tags past the depth limit and
 * attributes past the count limit are blanked (replaced by spaces, line breaks kept), so the
 * text they wrap stays, at the same lines and columns, in the nearest element kept.
 *
 * The scan follows the HTML tokenizer closely enough for that purpose, in one linear pass:
 * comments, doctypes and raw-text elements (`<script>`, `<style>`, `<textarea>`, `<title>`…) are
 * skipped; void elements and elements whose end tag is optional (`<p>`, `<li>`, `<td>`…), which
 * the parser closes implicitly instead of nesting, do not count as a level.
 */

/**
 * Deepest element nesting kept; real pages nest 20 to 40 levels. Readability's work on an
 * element grows with the text below it, so its cost is the page's size times its depth.
 */
export const maxHtmlDepth = 64
/** Most attributes kept on one element; real elements have a handful. */
export const maxHtmlAttributes = 200

export interface HtmlLimits {
  /** The source with the tags and attributes past the limits blanked: places are unchanged. */
  source: string
  /**
   * The same with each run of blanked markup as one space instead, for the DOM: thousands of
   * blanked tags would otherwise become a long run of spaces that every ancestor's text holds.
   */
  compact: string
  /** Where the first element past the depth limit starts, and how deep the page goes. */
  tooDeep?: { offset: number; depth: number }
  /** Where the first element with too many attributes starts, and how many it has. */
  tooManyAttributes?: { offset: number; count: number }
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])
/** Closed implicitly by the parser (by a sibling or the parent's end), so never deeply nested. */
const implicitlyClosed = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
  'html',
  'head',
  'body',
  'a',
])
const rawText = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])

interface Open {
  name: string
  blanked: boolean
}

export function limitHtml(source: string): HtmlLimits {
  const blanks: Array<[number, number]> = []
  const stack: Open[] = []
  const openCount = new Map<string, number>()
  let depth = 0
  let deepest = 0
  let foreign = 0
  const result: Omit<HtmlLimits, 'source' | 'compact'> = {}

  let at = source.indexOf('<')
  while (at >= 0 && at < source.length) {
    const next = source[at + 1] ?? ''
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4)
      at = end < 0 ? source.length : source.indexOf('<', end + 3)
      continue
    }
    if (next === '!' || next === '?') {
      const end = source.indexOf('>', at)
      at = end < 0 ? source.length : source.indexOf('<', end + 1)
      continue
    }
    if (next === '/' && /[A-Za-z]/.test(source[at + 2] ?? '')) {
      const nameEnd = tagNameEnd(source, at + 2)
      const name = source.slice(at + 2, nameEnd).toLowerCase()
      const end = source.indexOf('>', nameEnd)
      const close = end < 0 ? source.length : end + 1
      if ((openCount.get(name) ?? 0) > 0) {
        for (;;) {
          const open = stack.pop()
          if (open === undefined) break
          openCount.set(open.name, (openCount.get(open.name) ?? 1) - 1)
          if (!open.blanked) depth--
          if (open.name === 'svg' || open.name === 'math') foreign--
          if (open.name === name) {
            if (open.blanked) blanks.push([at, close])
            break
          }
        }
      }
      at = source.indexOf('<', close)
      continue
    }
    if (!/[A-Za-z]/.test(next)) {
      at = source.indexOf('<', at + 1)
      continue
    }
    const start = at
    const nameEnd = tagNameEnd(source, at + 1)
    const name = source.slice(at + 1, nameEnd).toLowerCase()
    const tag = readAttributes(source, nameEnd)
    if (tag.count > maxHtmlAttributes) {
      result.tooManyAttributes ??= { offset: start, count: tag.count }
      if (tag.excess) blanks.push(tag.excess)
    }
    at = tag.end
    if (rawText.has(name)) {
      const closing = new RegExp(`</${name}[\\s/>]`, 'gi')
      closing.lastIndex = at
      const match = closing.exec(source)
      if (match === null) break
      const end = source.indexOf('>', match.index)
      at = end < 0 ? -1 : source.indexOf('<', end + 1)
      continue
    }
    const selfClosing = tag.selfClosing && (foreign > 0 || name === 'svg' || name === 'math')
    if (!voidElements.has(name) && !implicitlyClosed.has(name) && !selfClosing) {
      const blanked = depth >= maxHtmlDepth
      if (blanked) {
        result.tooDeep ??= { offset: start, depth: 0 }
        blanks.push([start, tag.end])
      } else depth++
      stack.push({ name, blanked })
      deepest = Math.max(deepest, stack.length)
      openCount.set(name, (openCount.get(name) ?? 0) + 1)
      if (name === 'svg' || name === 'math') foreign++
    }
    at = source.indexOf('<', at)
  }
  if (result.tooDeep) result.tooDeep.depth = deepest
  if (blanks.length === 0) return { source, compact: source, ...result }
  return { ...blank(source, blanks), ...result }
}

function tagNameEnd(source: string, from: number): number {
  let at = from
  while (at < source.length && !/[\s/>]/.test(source[at] ?? '')) at++
  return at
}

/**
 * Read the attributes of a start tag from `from` (just after its name) to its `>`: how many
 * there are, the stretch holding those past the limit, and whether the tag ends in `/>`.
 */
function readAttributes(
  source: string,
  from: number,
): { end: number; count: number; excess?: [number, number]; selfClosing: boolean } {
  let at = from
  let count = 0
  let excessStart = -1
  let lastEnd = from
  while (at < source.length) {
    const character = source[at] ?? ''
    if (character === '>') return finish(at + 1, false)
    if (character === '/' && source[at + 1] === '>') return finish(at + 2, true)
    if (/\s/.test(character) || character === '/') {
      at++
      continue
    }
    // An attribute: a name, then optionally `=` and a value.
    count++
    if (count === maxHtmlAttributes + 1) excessStart = at
    while (at < source.length && !/[\s/>=]/.test(source[at] ?? '')) at++
    let look = at
    while (look < source.length && /\s/.test(source[look] ?? '')) look++
    if (source[look] === '=') {
      look++
      while (look < source.length && /\s/.test(source[look] ?? '')) look++
      const quote = source[look]
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, look + 1)
        at = close < 0 ? source.length : close + 1
      } else {
        at = look
        while (at < source.length && !/[\s>]/.test(source[at] ?? '')) at++
      }
    }
    lastEnd = at
  }
  return finish(source.length, false)

  function finish(end: number, selfClosing: boolean) {
    return excessStart >= 0
      ? { end, count, excess: [excessStart, lastEnd] as [number, number], selfClosing }
      : { end, count, selfClosing }
  }
}

/**
 * `source` with each range replaced by spaces, line breaks kept so places do not move; and a
 * compact form where each run of ranges separated only by whitespace is one space.
 */
function blank(
  source: string,
  ranges: ReadonlyArray<[number, number]>,
): { source: string; compact: string } {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const spaced: string[] = []
  const compact: string[] = []
  let at = 0
  let previousBlank = false
  for (const [start, end] of sorted) {
    if (start < at) continue
    const between = source.slice(at, start)
    spaced.push(between, source.slice(start, end).replace(/[^\n]/g, ' '))
    if (!(previousBlank && between.trim() === '')) compact.push(between, ' ')
    previousBlank = true
    at = end
  }
  spaced.push(source.slice(at))
  compact.push(source.slice(at))
  return { source: spaced.join(''), compact: compact.join('') }
}
