/**
 * Bounds on the shape of a saved page, enforced on its source before any DOM is built: the DOM
 * (linkedom) and Readability take time quadratic (Readability's cleaning cubic) in the nesting
 * depth and quadratic in the attributes of one element, and Readability and linkedom recurse
 * once per level, so a small hostile page could stall a build or overflow the stack. Tags past
 * the depth limit and attributes past the count limit are blanked (replaced by spaces, line
 * breaks kept), so the text they wrap stays, at the same lines and columns, in the nearest
 * element kept.
 *
 * The depth counted is the depth of the tree linkedom builds, so the scan follows its parser,
 * htmlparser2, token for token, in one linear pass: where a tag, a comment or a raw-text element
 * (`<script>`, `<style>`, `<textarea>`, `<title>`, `<xmp>`) begins and ends, which elements a
 * start tag closes (a `<p>` the open `<p>`, a `<td>` the open `<td>`: only while that element
 * is the innermost open one), which are void, and where `<x/>` closes itself (in `<svg>` and
 * `<math>`). Every other element counts as a level, whatever a browser would do with it:
 * linkedom nests a `<thead>` in a `<thead>`, a `<body>` in a `<body>`, a `<p>` in a `<b>` in a
 * `<p>`…, and reads the content of an `<iframe>`, `<noframes>` or `<noembed>` as markup. Two
 * exceptions, where the DOM's copy gets the end tag a browser implies: an `<a>` inside an open
 * `<a>` closes it, and an `<li>` (`<dd>`, `<dt>`) the open list item and what it holds, so a
 * page that never closes its links or list items keeps its shape. Scanning otherwise (counting
 * no `<a>` as a level, skipping a comment written `<!-->` to a later `-->`, taking `</div/>` or
 * `</ div>` for what the parser does not) let 4,000 nested elements of 13 bytes each through:
 * Readability then overflowed the stack. Each tag is read once and each element opened and
 * closed once, so the scan is linear in the page.
 */

/**
 * Deepest element nesting kept, as linkedom builds the tree (`<html>` is level 1). Real pages
 * nest 10 to 50 levels; the deepest news pages of an HTTP Archive crawl (2023) about 130.
 *
 * The stack bounds it. Code that recurses once per level, and the nesting at which it overflowed
 * (Node 20, cold code; on the main thread, Node's default stack, and in a worker thread's default
 * 4 MB stack, which the CLI's workers keep): Readability's `_hasChildBlockElement` (4 frames a
 * level) 1,460 and 6,062 levels; its `_isPhrasingContent` 1,781 and 7,187; linkedom's `innerHTML`
 * setter, with which Readability restores the page to try again, 2,312 and 9,375;
 * `collectBlocks` (html.ts) 3,812 and 15,750; Readability's `_cleanClasses` and `_cleanStyles`
 * 7,250 and 28,250. linkedom's `textContent`, serializing, `cloneNode`, selectors and `closest`,
 * and our other walks, loop: none overflowed at 256,000. A whole `ingest` overflowed at 1,515
 * levels on the main thread, 6,125 in a worker: 256 is under a fifth of the smaller.
 *
 * Time bounds it too: Readability's cleaning reads, for each element, the text of each block
 * below it, time cubic in the depth of one nest. A page nested 50,000 deep (kept to the limit)
 * took 0.23 s at 64, 0.55 s at 256 and 3.6 s at 512; a page of nests each just under
 * the limit, the worst case known, reads at 40 kB/s at 64, 22 at 128 and 9 at 256. Runs of bare
 * wrappers (`<div>` in `<div>`) are now shortened before Readability reads the page
 * (`html-wrappers.ts`); nests of elements with attributes, or with text or a paragraph beside
 * each level, still cost that.
 */
export const maxHtmlDepth = 256
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

/** Elements htmlparser2 never opens (version 10, which linkedom 0.18 uses, as all below). */
const voidElements = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Elements whose content htmlparser2 reads as text, up to `</name` and a space or `>`. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp'])

const formTags = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']
const paragraph = ['p']
/** For a start tag, the elements it closes while one of them is the innermost open element. */
const closedBy = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    p: paragraph,
    h1: paragraph,
    h2: paragraph,
    h3: paragraph,
    h4: paragraph,
    h5: paragraph,
    h6: paragraph,
    select: formTags,
    input: formTags,
    output: formTags,
    button: formTags,
    datalist: formTags,
    textarea: formTags,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    address: paragraph,
    article: paragraph,
    aside: paragraph,
    blockquote: paragraph,
    details: paragraph,
    div: paragraph,
    dl: paragraph,
    fieldset: paragraph,
    figcaption: paragraph,
    figure: paragraph,
    footer: paragraph,
    form: paragraph,
    header: paragraph,
    hr: paragraph,
    main: paragraph,
    nav: paragraph,
    ol: paragraph,
    pre: paragraph,
    section: paragraph,
    table: paragraph,
    ul: paragraph,
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([name, closed]) => [name, new Set(closed)]),
)

/**
 * Where `<x/>` closes itself: htmlparser2 keeps a stack of contexts, pushed by the start tags of
 * `<svg>` and `<math>` (foreign: it does) and of their HTML integration points (it does not),
 * popped by any end tag of those names, and by nothing else.
 */
const foreignRoots = new Set(['svg', 'math'])
const integrationPoints = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
])

/**
 * The list items a start tag closes, with what is open inside them, as a browser does: an `<li>`
 * an open `<li>`, a `<dd>` or `<dt>` an open `<dd>` or `<dt>`. htmlparser2 closes one only while
 * it is the innermost open element, so `<li><p>One<li><p>Two` nests the second item in the
 * first's paragraph.
 */
const closesListItem = new Map<string, ReadonlySet<string>>([
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
])

/**
 * Where a browser stops looking for the open list item to close: its "special" elements (all
 * that structure a page: a list, a table, a section, a form…), but `<address>`, `<div>` and
 * `<p>`, and a list item of another kind. So `<li><ul><li>` opens a list in the item, and the
 * item an inline element or a paragraph holds is closed. `<svg>` and `<math>` stop it too
 * (their content is another language).
 */
const listItemScope = new Set([
  'applet',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'center',
  'colgroup',
  'dd',
  'details',
  'dir',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'html',
  'iframe',
  'li',
  'listing',
  'main',
  'marquee',
  'math',
  'menu',
  'nav',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'plaintext',
  'pre',
  'search',
  'section',
  'select',
  'summary',
  'svg',
  'table',
  'tbody',
  'td',
  'template',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

interface Open {
  name: string
  /** Blanked: past the depth limit, so the DOM never sees it. */
  blanked: boolean
  /**
   * Where on the stack the list item is that a browser would close from here (see
   * `closesListItem`), or -1: this element if it is one, else the one below's, unless this
   * element stops the search (`listItemScope`). Kept per element, so finding it takes one step.
   */
  listItem: number
}

/** HTML's white space, as the tokenizer knows it: no other character ends a name or a value. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 12 || code === 13
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

export function limitHtml(source: string): HtmlLimits {
  // Stretches to blank, and places where the DOM's copy gets an end tag the source lacks.
  const blanks: Edit[] = []
  const stack: Open[] = []
  const openCount = new Map<string, number>()
  // Whether `<x/>` closes itself, innermost context first: in HTML it does not.
  const foreign: boolean[] = [false]
  let depth = 0
  let deepest = 0
  const result: Omit<HtmlLimits, 'source' | 'compact'> = {}

  const pop = (): Open | undefined => {
    const open = stack.pop()
    if (open === undefined) return undefined
    openCount.set(open.name, (openCount.get(open.name) ?? 1) - 1)
    if (!open.blanked) depth--
    return open
  }
  /** What a start or end tag the DOM sees does to the self-closing contexts. */
  const enterContext = (name: string): void => {
    if (foreignRoots.has(name)) foreign.push(true)
    else if (integrationPoints.has(name)) foreign.push(false)
  }
  const leaveContext = (name: string): void => {
    if (foreignRoots.has(name) || integrationPoints.has(name)) foreign.pop()
  }
  /** An end tag `</name` whose `>` (or the end) is at `end`: close up to its element, if open. */
  const closeTag = (name: string, start: number, end: number): void => {
    if ((openCount.get(name) ?? 0) > 0) {
      for (let open = pop(); open !== undefined; open = pop()) {
        if (open.name !== name) continue
        // The end tag of an element the DOM never saw is blanked too, and is not seen either.
        if (open.blanked) {
          blanks.push([start, end])
          return
        }
        break
      }
    }
    leaveContext(name)
  }

  let at = source.indexOf('<')
  while (at >= 0 && at < source.length) {
    const next = source.charCodeAt(at + 1)
    let resume: number
    if (source.startsWith('<!--', at)) {
      // `<!-->` and `<!--->` are whole comments: the end is looked for from the first dash.
      const end = source.indexOf('-->', at + 2)
      resume = end < 0 ? source.length : end + 3
    } else if (source.startsWith('<![CDATA[', at)) {
      const end = source.indexOf(']]>', at + 9)
      resume = end < 0 ? source.length : end + 3
    } else if (next === 33 || next === 63) {
      // `<!doctype …>`, another declaration, or `<?…>`: up to the first `>`.
      const end = source.indexOf('>', at + 2)
      resume = end < 0 ? source.length : end + 1
    } else if (next === 47) {
      resume = endTag(at)
    } else if (isLetter(next)) {
      resume = startTag(at)
    } else {
      // A `<` that begins no tag is text.
      resume = at + 1
    }
    at = source.indexOf('<', resume)
  }
  if (result.tooDeep) result.tooDeep.depth = deepest
  if (blanks.length === 0) return { source, compact: source, ...result }
  return { ...blank(source, blanks), ...result }

  /** `</…`: an end tag, ignored as `</>`, or a comment up to `>` when no letter begins it. */
  function endTag(start: number): number {
    let at = start + 2
    while (at < source.length && isSpace(source.charCodeAt(at))) at++
    if (source[at] === '>') return at + 1
    const gt = source.indexOf('>', at)
    const close = gt < 0 ? source.length : gt + 1
    if (!isLetter(source.charCodeAt(at))) return close
    // The name ends at white space or `>`: `</div/>` closes no `<div>`.
    const nameStart = at
    while (at < source.length && !isSpace(source.charCodeAt(at)) && source[at] !== '>') at++
    closeTag(source.slice(nameStart, at).toLowerCase(), start, close)
    return close
  }

  /** `<name …>`: open the element (or skip a raw-text one), blanking it past the limits. */
  function startTag(start: number): number {
    let nameEnd = start + 1
    while (nameEnd < source.length && !endsName(source.charCodeAt(nameEnd))) nameEnd++
    const name = source.slice(start + 1, nameEnd).toLowerCase()
    const tag = readAttributes(source, nameEnd)
    if (tag.count > maxHtmlAttributes) {
      result.tooManyAttributes ??= { offset: start, count: tag.count }
      if (tag.excess) blanks.push(tag.excess)
    }
    // An `<a>` inside an open `<a>` closes it first, as in a browser (a link left unclosed before
    // the next): linkedom would nest every link of a page that never closes them in the last,
    // past the depth limit. The DOM's copy gets the `</a>`; the source, whose places are read,
    // does not. (When the innermost element is blanked, so is this tag: the DOM sees neither.)
    const innermost = stack.at(-1)
    if (name === 'a' && innermost?.blanked === false && (openCount.get('a') ?? 0) > 0) {
      blanks.push([start, start, '</a>'])
      for (let open = pop(); open !== undefined && open.name !== 'a'; open = pop()) {}
    }
    // An <li> (<dd>, <dt>) closes the open item, and what is open inside it, as in a browser:
    // linkedom would nest the next item in the paragraph of the last, which read as one block
    // and kept only its last item's text. The DOM's copy gets the end tag, as for an <a>.
    const items = closesListItem.get(name)
    const item = innermost?.blanked === false ? stack[innermost.listItem] : undefined
    if (items !== undefined && item !== undefined && item !== innermost && items.has(item.name)) {
      blanks.push([start, start, `</${item.name}>`])
      for (let open = pop(); open !== undefined && open !== item; open = pop()) {}
    }
    // The innermost open element this tag closes, and the next, as long as the DOM sees them.
    const closed = closedBy.get(name)
    if (closed !== undefined) {
      for (
        let top = stack.at(-1);
        top && !top.blanked && closed.has(top.name);
        top = stack.at(-1)
      ) {
        pop()
      }
    }
    if (voidElements.has(name)) return tag.end
    if (rawText.has(name) && !tag.selfClosing) {
      // Read as text up to its end tag: a leaf, never deeper than one level past the limit.
      const end = rawTextEnd(name, tag.end)
      if (end < 0) return source.length
      const gt = source.indexOf('>', end)
      return gt < 0 ? source.length : gt + 1
    }
    const blanked = depth >= maxHtmlDepth
    if (blanked) {
      result.tooDeep ??= { offset: start, depth: 0 }
      blanks.push([start, tag.end])
    } else {
      enterContext(name)
      // `<x/>` in `<svg>` or `<math>` closes itself (read after its own context is entered).
      if (tag.selfClosing && foreign.at(-1) === true) return tag.end
      depth++
    }
    let listItem = stack.at(-1)?.listItem ?? -1
    if (closesListItem.has(name)) listItem = stack.length
    else if (listItemScope.has(name)) listItem = -1
    if (blanked) listItem = -1
    stack.push({ name, blanked, listItem })
    deepest = Math.max(deepest, stack.length)
    openCount.set(name, (openCount.get(name) ?? 0) + 1)
    return tag.end
  }

  /** Where `</name` followed by white space or `>` begins, from `from`, or -1. */
  function rawTextEnd(name: string, from: number): number {
    const closing = `</${name}`
    let at = from
    for (;;) {
      at = source.indexOf('</', at)
      if (at < 0) return -1
      const after = source.charCodeAt(at + closing.length)
      if (
        source.slice(at, at + closing.length).toLowerCase() === closing &&
        (after === 62 || isSpace(after))
      ) {
        return at
      }
      at += 2
    }
  }
}

/** A tag's name ends at white space, `/` or `>`. */
function endsName(code: number): boolean {
  return isSpace(code) || code === 47 || code === 62
}

/**
 * Read the attributes of a start tag from `from` (just after its name) to its `>`, as the
 * tokenizer does: how many there are, the stretch holding those past the limit, and whether the
 * tag ends in `/>` (white space may stand between). A name runs to white space, `/`, `>` or
 * `=` (and may begin with `=` or a quote); a value is quoted, or runs to white space or `>`.
 */
function readAttributes(
  source: string,
  from: number,
): { end: number; count: number; excess?: [number, number]; selfClosing: boolean } {
  let at = from
  let count = 0
  let excessStart = -1
  let lastEnd = from
  let slash = false
  while (at < source.length) {
    const code = source.charCodeAt(at)
    if (code === 62) return finish(at + 1, slash)
    if (isSpace(code)) {
      at++
      continue
    }
    if (code === 47) {
      slash = true
      at++
      continue
    }
    slash = false
    // An attribute: a name (its first character may be anything but white space, `/` or `>`),
    // then optionally `=` and a value.
    count++
    if (count === maxHtmlAttributes + 1) excessStart = at
    at++
    while (at < source.length && !endsName(source.charCodeAt(at)) && source[at] !== '=') at++
    let look = at
    while (look < source.length && isSpace(source.charCodeAt(look))) look++
    if (source[look] === '=') {
      look++
      while (look < source.length && isSpace(source.charCodeAt(look))) look++
      const quote = source[look]
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, look + 1)
        at = close < 0 ? source.length : close + 1
      } else {
        at = look
        while (at < source.length && !isSpace(source.charCodeAt(at)) && source[at] !== '>') at++
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
 * A stretch `[start, end)` of the source to blank, or, with a third element, text the DOM's copy
 * gets at `start` (then `end` is `start`) where the source keeps its places.
 */
type Edit = [start: number, end: number, insert?: string]

/**
 * `source` with each range replaced by spaces, line breaks kept so places do not move; and a
 * compact form where each run of ranges separated only by whitespace is one space, and each
 * insertion is made.
 */
function blank(source: string, edits: readonly Edit[]): { source: string; compact: string } {
  const sorted = [...edits].sort((a, b) => a[0] - b[0])
  const spaced: string[] = []
  const compact: string[] = []
  let at = 0
  let previousBlank = false
  for (const [start, end, insert] of sorted) {
    if (start < at) continue
    const between = source.slice(at, start)
    if (insert !== undefined) {
      spaced.push(between)
      compact.push(between, insert)
      previousBlank = false
    } else {
      spaced.push(between, source.slice(start, end).replace(/[^\n]/g, ' '))
      if (!(previousBlank && between.trim() === '')) compact.push(between, ' ')
      previousBlank = true
    }
    at = end
  }
  spaced.push(source.slice(at))
  compact.push(source.slice(at))
  return { source: spaced.join(''), compact: compact.join('') }
}
