import { teaserNameStems, teaserNameWords } from '../../data/teaser-names.js'
import type { Document, Element } from './html-dom.js'

type Node = NonNullable<Element['firstChild']>

/** An `<h1>` that may head the page's article, with what the page says around it. */
export interface HeadingCandidate {
  element: Element
  /** The heading's text, as `textContent` gives it. */
  text: string
  /**
   * Characters (white space not counted) of prose the heading governs: the text after it and
   * before the next `<h1>`, outside links, headings, scripts and the page's sidelines, up to
   * the end of its `<article>` or teaser container; the text after a nested `<article>` or
   * teaser container goes back to the heading before it. A page's own heading governs its body,
   * a teaser's a line.
   */
  prose: number
  /** Inside an `<article>`. */
  inArticle: boolean
  /** Inside an `<article>` that is itself inside an `<article>`: a comment, a related story. */
  inNestedArticle: boolean
  /** Inside `<main>` or `[role=main]`. */
  inMain: boolean
  /** WordPress's post header: in or on `.entry-header` or `.entry-title`. */
  inEntryHeader: boolean
  /** Inside an element whose class, id or `aria-label` names teasers (see `teaser-names`). */
  inTeaserContainer: boolean
}

/**
 * Parts of a page beside the article: navigation, sidebars ("Most read", a newsletter box) and
 * footers, whose `<h1>` never names the article and whose text is not its body.
 */
const sidelineTags = new Set(['NAV', 'ASIDE', 'FOOTER'])
const sidelineRoles = new Set(['navigation', 'complementary', 'contentinfo'])

/** Elements whose text is not prose: links, controls, headings, and what is never shown. */
const quietTags = new Set([
  'A',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
])

const entryHeaderClasses = new Set(['entry-header', 'entry-title'])
const stems = teaserNameStems
const wholeWords = new Set(teaserNameWords)

function role(element: Element): string {
  return (element.getAttribute('role') ?? '').trim().toLowerCase()
}

/** Whether a class, id or `aria-label` value has a word that names teasers. */
function namesTeasers(name: string): boolean {
  for (const word of name
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)) {
    if (wholeWords.has(word) || stems.some((stem) => word.startsWith(stem))) return true
  }
  return false
}

function isTeaserContainer(element: Element): boolean {
  return ['class', 'id', 'aria-label'].some((name) => {
    const value: string | null = element.getAttribute(name)
    return value !== null && namesTeasers(value)
  })
}

function isEntryHeader(element: Element): boolean {
  const classes: string = element.getAttribute('class') ?? ''
  return classes.split(/\s+/).some((name) => entryHeaderClasses.has(name))
}

/** Characters of a text that are not white space. */
function visibleLength(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Space, tab, line feed, carriage return, form feed, no-break space.
    if (code !== 32 && (code < 9 || code > 13) && code !== 160) count++
  }
  return count
}

/** What an open element changed, undone when it closes. */
interface Frame {
  sideline: boolean
  quiet: boolean
  article: boolean
  main: boolean
  entryHeader: boolean
  teasers: boolean
  /** For an `<article>` or teaser container: the heading that governed the text before it. */
  governing?: HeadingCandidate | undefined
}

/**
 * The page's `<h1>`s with text outside its sidelines and `<template>`s, in document order, each
 * with the prose it governs and where it stands, found in one walk of the page: each element is
 * entered and left once, and an element's names are read once, however many headings it holds,
 * so the cost is linear in the page (a page of 10,000 teasers is one walk, not one per teaser),
 * and a heading's prose is what tells a story from a line beside it (see `articleHeading`).
 * The walk keeps its own stack instead of recursing: the depth of a page is bounded
 * (`limitHtml`), but the walk need not rely on it.
 */
export function headingCandidates(document: Document): HeadingCandidate[] {
  const root = (document.body ?? document.documentElement) as Element | null
  const candidates: HeadingCandidate[] = []
  if (root === null) return candidates
  const open: Frame[] = []
  let sidelines = 0
  let quiet = 0
  let articles = 0
  let mains = 0
  let entryHeaders = 0
  let teaserContainers = 0
  let governing: HeadingCandidate | undefined

  const enter = (element: Element): void => {
    const tag = element.tagName
    const frame: Frame = {
      sideline: sidelineTags.has(tag) || sidelineRoles.has(role(element)),
      quiet: quietTags.has(tag),
      article: tag === 'ARTICLE',
      main: tag === 'MAIN' || role(element) === 'main',
      entryHeader: isEntryHeader(element),
      // A heading, or what a link or a heading holds, is no container of teasers: its name
      // (`card-title`) says what it is in, and its end does not end the prose of a heading.
      teasers: quiet === 0 && !quietTags.has(tag) && isTeaserContainer(element),
    }
    if (frame.article || frame.teasers) frame.governing = governing
    if (frame.entryHeader) entryHeaders++
    if (tag === 'H1' && sidelines === 0 && !frame.sideline) {
      const text = element.textContent ?? ''
      if (visibleLength(text) > 0) {
        governing = {
          element,
          text,
          prose: 0,
          inArticle: articles > 0,
          inNestedArticle: articles > 1,
          inMain: mains > 0,
          inEntryHeader: entryHeaders > 0,
          inTeaserContainer: teaserContainers > 0,
        }
        candidates.push(governing)
      }
    }
    if (frame.sideline) sidelines++
    if (frame.quiet) quiet++
    if (frame.article) articles++
    if (frame.main) mains++
    if (frame.teasers) teaserContainers++
    open.push(frame)
  }

  const leave = (): void => {
    const frame = open.pop() as Frame
    if (frame.sideline) sidelines--
    if (frame.quiet) quiet--
    if (frame.article) articles--
    if (frame.main) mains--
    if (frame.entryHeader) entryHeaders--
    if (frame.teasers) teaserContainers--
    if (frame.article || frame.teasers) governing = frame.governing
  }

  let node: Node | null = root as Node
  while (node !== null) {
    let next: Node | null = null
    if (node.nodeType === 1) {
      enter(node as Element)
      // A <template>'s content is inert, outside the page, as `querySelectorAll` skips it.
      next = (node as Element).tagName === 'TEMPLATE' ? null : node.firstChild
      if (next === null) leave()
    } else if (node.nodeType === 3 && governing !== undefined && sidelines === 0 && quiet === 0) {
      governing.prose += visibleLength(node.textContent ?? '')
    }
    // Then the next sibling, else the next sibling of the nearest open element that has one,
    // leaving each element passed on the way up.
    while (next === null && node !== null) {
      if (node === root) {
        node = null
        break
      }
      next = node.nextSibling
      if (next === null) {
        node = node.parentNode as Node | null
        if (node !== null) leave()
      }
    }
    node = next
  }
  return candidates
}
