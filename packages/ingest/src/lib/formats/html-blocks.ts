import type { VFile } from 'vfile'
import type { Segment } from '../draft.js'
import { type Place, report, shorten } from '../messages.js'
import { normalizeBlockText } from '../normalize.js'
import type { Element } from './html-dom.js'

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
/** Elements whose text is one block when they hold no other such element. */
const blockTags = new Set([...headingTags, 'P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'PRE'])
/** Captions describe images; they are reported, not kept. */
const captionTags = new Set(['FIGCAPTION'])
/** Containers whose text is a block of its own when they hold no element. */
const leafContainerTags = new Set(['DIV', 'SPAN', 'SECTION'])
/**
 * Table cells are read as blocks only beside a cell that holds a paragraph (a layout table that
 * sets the article out in cells); a data table's cells stay out of the text.
 */
const cellTags = new Set(['TD', 'TH'])
/**
 * Elements that run on inside a line of text: the words in them and the text around them are one
 * block. Any other element ends the run before it.
 */
const phrasingTags = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
])

/** Elements that hold a block element somewhere inside, found in one pass from the leaves up. */
function withBlocksInside(root: Element): Set<Element> {
  const holders = new Set<Element>()
  const order: Element[] = []
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    order.push(element)
    for (const child of element.children) stack.push(child)
  }
  for (let index = order.length - 1; index >= 0; index--) {
    const element = order[index] as Element
    const parent = element.parentElement as Element | null
    if (parent && (blockTags.has(element.tagName) || holders.has(element))) holders.add(parent)
  }
  return holders
}

/**
 * The blocks of an article's content, in document order: each block element that holds no other
 * (a paragraph, a heading, a list item), and the text an element that holds blocks has around
 * them (`<li>Outer item<ul><li>…`, `<blockquote>First paragraph<p>Second…`), one block a run of
 * text. `place` gives a block's place in the source, asked in document order.
 */
export function collectBlocks(
  root: Element,
  place: (text: string) => Place,
  file: VFile,
): Segment[] {
  const segments: Segment[] = []
  const holders = withBlocksInside(root)
  const paragraph = (text: string): void => {
    segments.push({ type: 'paragraph', lines: [{ text, ...place(text) }] })
  }
  // Depth is bounded by `limitHtml`, so this recursion is too.
  const visit = (element: Element) => {
    // Text beside blocks is kept only in an element that holds blocks: elsewhere (a data
    // table's cells, a bare `<div>` Readability left) it is markup's text, not the article's.
    const holdsBlocks = holders.has(element)
    let run = ''
    const endRun = (): void => {
      const text = normalizeBlockText(run)
      run = ''
      if (text) paragraph(text)
    }
    for (const node of element.childNodes) {
      if (node.nodeType === 3) {
        if (holdsBlocks) run += node.textContent ?? ''
        continue
      }
      if (node.nodeType !== 1) continue
      const child = node as Element
      if (holdsBlocks && phrasingTags.has(child.tagName) && !holders.has(child)) {
        run += child.textContent ?? ''
        continue
      }
      endRun()
      if (captionTags.has(child.tagName)) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) {
          report(file, 'info', `Removed image caption “${shorten(text)}”`, {
            rule: 'clutter-photo-credit',
            place: place(text),
            note: 'Captions and photo credits describe images, which are not kept.',
          })
        }
        continue
      }
      if (holders.has(child)) {
        visit(child)
        continue
      }
      if (blockTags.has(child.tagName)) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) {
          segments.push({
            type: headingTags.has(child.tagName) ? 'heading' : 'paragraph',
            lines: [{ text, ...place(text) }],
          })
        }
      } else if (holdsBlocks && cellTags.has(child.tagName)) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) paragraph(text)
      } else if (child.children.length > 0) {
        visit(child)
      } else if (leafContainerTags.has(child.tagName)) {
        const text = normalizeBlockText(child.textContent ?? '')
        if (text) paragraph(text)
      }
    }
    endRun()
  }
  visit(root)
  return segments
}
