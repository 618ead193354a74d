/**
 * Raw HTML in Markdown, read for its text. Markdown lets a writer put HTML in a paragraph
 * (`We will <em>never</em> close the pier`) or as a block of its own (`<p>…</p>`, a line that is
 * only `<span>`); the reader of the site expects the words, and never the markup. What a tag
 * does to the text around it is decided here by its name: phrasing elements (`<em>`, `<span>`,
 * `<abbr>`…) leave the words as they are, `<br>` breaks the line, other elements (`<p>`,
 * `<div>`, `<li>`…) separate blocks, and the elements whose content is no article text
 * (`<script>`, `<style>`, embeds, forms, tables) are dropped with their content. Comments,
 * processing instructions and declarations carry no text and vanish.
 */

/** One piece of raw HTML: text, a tag, or markup without text (comments and the like). */
export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'tag'; name: string; closing: boolean; start: number; end: number }
  | { kind: 'markup'; start: number; end: number }

/** What an element does to the text: see the module's comment. */
export type TagEffect = 'phrasing' | 'line-break' | 'block' | 'dropped'

/** Elements inside a line of text, whose tags leave the words around them joined as written. */
const phrasingElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
])

/**
 * Elements whose content is not article text: code the page runs, styles, embedded media and
 * documents, forms, and tables (Markdown tables are not read either).
 */
const droppedElements = new Set([
  'applet',
  'audio',
  'button',
  'canvas',
  'embed',
  'form',
  'iframe',
  'math',
  'noscript',
  'object',
  'pre',
  'script',
  'select',
  'style',
  'svg',
  'table',
  'template',
  'textarea',
  'video',
])

/** Elements that never have content or a closing tag. */
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
  'source',
  'track',
  'wbr',
])

export function tagEffect(name: string): TagEffect {
  if (name === 'br') return 'line-break'
  if (phrasingElements.has(name)) return 'phrasing'
  if (droppedElements.has(name)) return 'dropped'
  return 'block'
}

/** Whether an element of this name has content to drop up to its closing tag. */
export function hasContent(name: string): boolean {
  return !voidElements.has(name)
}

/**
 * An open or closing tag as CommonMark defines them (its grammar for raw HTML): a name, then
 * attributes with unquoted, single- or double-quoted values. Names are strict (an attribute name
 * cannot hold `<`), so a failed match ends at the first character out of place and scanning for
 * tags stays linear in the text.
 */
const tag =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y

/** Markup that carries no text, and where it ends: comments, CDATA, `<?…?>` and `<!…>`. */
const markupEnds: ReadonlyArray<[opening: string, closing: string]> = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
]

/**
 * The tokens of raw HTML. Text is whatever is no tag or markup; a `<` that starts something
 * tag-like but is no well-formed tag (`<em class="x` cut off) is markup up to the next `>`, or
 * to the end, so that no markup is ever read as text.
 */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let textStart = 0
  let at = html.indexOf('<')
  const endText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', start: textStart, end })
  }
  while (at >= 0 && at < html.length) {
    const next = html.charAt(at + 1)
    let end = -1
    if (/[A-Za-z/]/.test(next)) {
      tag.lastIndex = at
      const match = tag.exec(html)
      if (match) {
        endText(at)
        end = tag.lastIndex
        const name = (match[2] ?? '').toLowerCase()
        tokens.push({ kind: 'tag', name, closing: match[1] === '/', start: at, end })
      } else if (next !== '/' || /[A-Za-z]/.test(html.charAt(at + 2))) {
        endText(at)
        const close = html.indexOf('>', at)
        end = close < 0 ? html.length : close + 1
        tokens.push({ kind: 'markup', start: at, end })
      }
    } else if (next === '!' || next === '?') {
      const [, closing] = markupEnds.find(([opening]) => html.startsWith(opening, at)) ?? []
      if (closing !== undefined) {
        endText(at)
        const close = html.indexOf(closing, at + 2)
        end = close < 0 ? html.length : close + closing.length
        tokens.push({ kind: 'markup', start: at, end })
      }
    }
    if (end < 0) {
      at = html.indexOf('<', at + 1)
      continue
    }
    textStart = end
    at = html.indexOf('<', end)
  }
  endText(html.length)
  return tokens
}
