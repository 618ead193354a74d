import type { Html } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Segment } from '../draft.js'
import { hasContent, htmlTokens, tagEffect } from './markdown-html.js'
import { align, type Characters, linesOfCharacters, type OnDropped } from './markdown-lines.js'

/** A character reference (`&amp;`, `&#8220;`, `&#x201C;`) where `lastIndex` says. */
const characterReference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y

const referenceParser = unified().use(remarkParse)
const decoded = new Map<string, string>()

/**
 * The text of a character reference, as CommonMark decodes it in text (`&eacute;` → `é`), or
 * the reference as written when it names no character. remark carries the table of HTML's named
 * references; parsing the reference alone reaches it without a dependency of ingest's own.
 * Few distinct references occur, so each is parsed once.
 */
function decodeReference(reference: string): string {
  let text = decoded.get(reference)
  if (text === undefined) {
    const paragraph = referenceParser.parse(reference).children[0]
    const children = paragraph?.type === 'paragraph' ? paragraph.children : []
    const [child] = children
    text = child?.type === 'text' && children.length === 1 ? child.value : reference
    decoded.set(reference, text)
  }
  return text
}

/** The characters of a text token (`from` to `to` of `value`), references decoded, placed. */
function pushText(
  value: string,
  from: number,
  to: number,
  placed: readonly number[],
  into: Characters,
): void {
  for (let at = from; at < to; at++) {
    const offset = placed[at] ?? -1
    characterReference.lastIndex = at
    const reference = value.charAt(at) === '&' ? characterReference.exec(value) : null
    if (reference !== null && at + reference[0].length <= to) {
      // Every code unit of the decoded text sits where the reference starts.
      for (const unit of decodeReference(reference[0]).split('')) {
        into.values.push(unit)
        into.offsets.push(offset)
      }
      at += reference[0].length - 1
      continue
    }
    into.values.push(value.charAt(at))
    into.offsets.push(offset)
  }
}

/**
 * The paragraphs and headings of an HTML block in Markdown (`<p>…</p>`, a quotation wrapped in
 * `<em>` lines, `<div>`s), placed line by line in the file: the text of its elements, split into
 * blocks where a block element (`<p>`, `<div>`, `<li>`, `<h2>`…) starts or ends, `<br>` a line
 * break. The content of elements that hold no article text (`<script>`, `<table>`…) is dropped
 * and reported through `onDropped`; comments vanish. Nothing of the markup is kept as text.
 */
export function htmlBlockSegments(
  node: Html,
  file: string,
  starts: readonly number[],
  onDropped: OnDropped,
): Segment[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  const value = node.value
  // Where each code unit of the block's value is in the file: the value leaves out the block
  // quote and list prefixes of its lines.
  const placed: Characters = { values: [], offsets: [] }
  align(value, file.slice(start, end), start, placed)
  const segments: Segment[] = []
  let current: Characters = { values: [], offsets: [] }
  let type: Segment['type'] = 'paragraph'
  let dropping: string | undefined
  const flush = () => {
    const lines = linesOfCharacters(current, file, starts)
    if (lines.length > 0) segments.push({ type, lines })
    current = { values: [], offsets: [] }
    type = 'paragraph'
  }
  for (const token of htmlTokens(value)) {
    if (dropping !== undefined) {
      if (token.kind === 'tag' && token.closing && token.name === dropping) dropping = undefined
      continue
    }
    if (token.kind === 'markup') continue
    if (token.kind === 'text') {
      pushText(value, token.start, token.end, placed.offsets, current)
      continue
    }
    switch (tagEffect(token.name)) {
      case 'phrasing':
        break
      case 'line-break':
        current.values.push('\n')
        current.offsets.push(-1)
        break
      case 'block':
        flush()
        if (!token.closing && /^h[1-6]$/.test(token.name)) type = 'heading'
        break
      case 'dropped':
        if (token.closing) break
        flush()
        onDropped(token.name, placed.offsets[token.start] ?? start)
        if (hasContent(token.name)) dropping = token.name
        break
    }
  }
  flush()
  return segments
}
