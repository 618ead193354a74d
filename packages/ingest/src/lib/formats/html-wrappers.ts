import type { Document, Element } from './html-dom.js'

/**
 * Shorten long chains of bare wrappers before Readability reads a page. Readability's cleaning
 * reads, for each `<div>`, the text of every `<div>` below it, so a nest of `d` divs costs time
 * cubic in `d`: a page of chains of 252 divs (just under the depth limit, `html-limits.ts`),
 * each around one paragraph, read at 28 kB/s. A bare wrapper holds nothing Readability scores
 * (no attributes, no text, one element child), so a run of more than `maxWrapperRun` of them
 * keeps its innermost `maxWrapperRun` and loses the rest: everything inside keeps the same
 * nearest ancestors (Readability scores five levels up), and the run still climbs to the same
 * siblings when Readability takes an only child's parent. Real pages wrap far less than that,
 * so their documents reach Readability unchanged.
 */

/** Longest run of bare wrappers kept; longer runs keep their innermost this many. */
export const maxWrapperRun = 16

/** Elements that only wrap, which Readability folds together itself when it simplifies. */
const wrapperTags = new Set(['DIV', 'SECTION'])

/** Node types: element, text, comment. */
const elementNode = 1
const textNode = 3
const commentNode = 8

/**
 * The only child of `element` when it is a bare wrapper (a `<div>` or `<section>` with no
 * attributes and nothing but one element, white space and comments inside), else undefined.
 * The loop stops at the second child that counts, so each element is read in time bounded by
 * its own child nodes.
 */
function wrappedChild(element: Element): Element | undefined {
  if (!wrapperTags.has(element.tagName) || element.attributes.length > 0) return undefined
  let only: Element | undefined
  for (const child of element.childNodes) {
    if (child.nodeType === elementNode) {
      if (only) return undefined
      only = child as Element
    } else if (child.nodeType === textNode) {
      if ((child.textContent ?? '').trim() !== '') return undefined
    } else if (child.nodeType !== commentNode) return undefined
  }
  return only
}

/**
 * Keep at most `maxWrapperRun` bare wrappers of each run in `document`'s body; returns how many
 * were removed. Each element is looked at once as the top of a run and once as a member of one:
 * linear in the page.
 */
export function collapseWrapperRuns(document: Document): number {
  // linkedom's `body` throws on a document with no root element; ingest always gives one.
  const body = document.documentElement ? (document.body as Element | null) : null
  if (!body) return 0
  const seen = new Set<Element>()
  let removed = 0
  for (const top of [...body.querySelectorAll('div, section')]) {
    if (seen.has(top)) continue
    // The run from `top` down: each member wraps the next; `run.at(-1)` wraps what is kept.
    const run: Element[] = []
    let member: Element | undefined = top
    while (member !== undefined) {
      const child: Element | undefined = wrappedChild(member)
      if (child === undefined) break
      seen.add(member)
      run.push(member)
      member = child
    }
    if (run.length <= maxWrapperRun) continue
    const kept = run[run.length - maxWrapperRun] as Element
    top.replaceWith(kept)
    removed += run.length - maxWrapperRun
  }
  return removed
}
