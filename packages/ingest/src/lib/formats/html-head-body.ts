import type { Document, Element } from './html-dom.js'

type Node = NonNullable<Element['firstChild']>

/**
 * Elements an HTML parser keeps in the `<head>` when they come before the page's first content
 * (its "in head" insertion mode).
 */
const headTags = new Set([
  'BASE',
  'BASEFONT',
  'BGSOUND',
  'LINK',
  'META',
  'NOFRAMES',
  'NOSCRIPT',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
])

/** Copy the attributes `to` lacks: a repeated `<html>` or `<body>` tag adds to the first. */
function addAttributes(from: Element, to: Element): void {
  for (const { name, value } of from.attributes) {
    if (!to.hasAttribute(name)) to.setAttribute(name, value)
  }
}

/** Head elements the head keeps whatever they hold, which is never shown (see `isHeadElement`). */
const unshownTags = new Set(['NOSCRIPT', 'TEMPLATE'])

/**
 * Whether an element is one the head keeps: a head element that holds no element, as linkedom
 * reads it (void, or raw text such as `<title>`, `<style>` and `<script>`), or a `<noscript>` or
 * `<template>`, whatever it holds. A browser reads a page with its scripts on, and then reads a
 * `<noscript>` in the head as text it never shows: a tracking pixel's `<img>` or a tag manager's
 * `<iframe>` there, written before the `<title>`, `<meta>` tags and JSON-LD, leaves them in the
 * head. Readability removes every `<noscript>` before it reads the page, so none it holds is
 * scored. A `<template>`'s content is outside the page (see `emptyTemplates`): one of elements,
 * a button or a card a script copies, leaves the head open as well. linkedom reads the content
 * of a `<noframes>` as markup, where a browser reads text; holding an element, it would be
 * scored in the head, so it is the page's content, and begins the body.
 */
function isHeadElement(element: Element): boolean {
  if (!headTags.has(element.tagName)) return false
  return unshownTags.has(element.tagName) || element.firstElementChild === null
}

/**
 * Whether a node before the page's content stays in the head: a head element (see
 * `isHeadElement`), a comment, or white space. Any other element, or text, is content, and
 * begins the body.
 */
function staysInHead(node: Node): boolean {
  if (node.nodeType === 1) return isHeadElement(node as Element)
  if (node.nodeType === 3) return (node.textContent ?? '').trim() === ''
  return true
}

/**
 * Give a parsed page the shape a browser's HTML parser gives it: one `<html>` holding a
 * `<head>` and then a `<body>`, the head holding the head's elements that come before the
 * page's first content, the body everything else, in order. linkedom follows the tags as
 * written and opens no element itself, so a page that leaves out the optional `<head>` and
 * `<body>` tags, or never closes its `<head>`, kept its content beside or inside an empty body,
 * or inside the head, or (with no `<html>` either) as the document's root: Readability, which
 * scores every element of the page and walks up from the best to the `<body>`, read no text from
 * such a page, or walked past the root and threw.
 *
 * The nodes under the document and under each `<html>`, `<head>` and `<body>` not inside other
 * content are placed one by one, in document order, from a stack instead of by recursion
 * (linkedom nests repeated `<body>` tags, as deep as `limitHtml` lets it): each node
 * is moved once, and an element before the content is asked only whether it holds one, so the
 * cost is linear in the page. Repeated `<html>` and `<body>` tags add their attributes to the
 * first, as in a browser, and what follows `</html>` joins the body, as in a browser too: what
 * servers and archives append there (a cache's or the Wayback Machine's comments, scripts,
 * tracking pixels, a host's banner that is an image) holds no text for Readability to read,
 * and what a page's template writes after closing the page early is the page's.
 * Afterwards every element is inside the `<body>` but the head's, which hold no element but
 * inside a `<noscript>`, which Readability removes, or a `<template>`, which Readability never
 * reads in the head: whatever Readability scores is in the body.
 */
export function placeHeadAndBody(document: Document): void {
  const html = document.createElement('html')
  const head = document.createElement('head')
  const body = document.createElement('body')
  html.append(head, body)
  const frames = new Map([
    ['HTML', html],
    ['HEAD', head],
    ['BODY', body],
  ])
  const pending = ([...document.childNodes] as Node[]).reverse()
  // Whether the page's content has begun: from then on, everything belongs to the body.
  let inBody = false
  while (pending.length > 0) {
    const node = pending.pop() as Node
    // The doctype stays where it is, before the <html>.
    if (node.nodeType === 10) continue
    const frame = node.nodeType === 1 ? frames.get((node as Element).tagName) : undefined
    if (frame !== undefined) {
      const element = node as Element
      if (frame === body) inBody = true
      addAttributes(element, frame)
      const children = [...element.childNodes] as Node[]
      for (let index = children.length - 1; index >= 0; index--) {
        pending.push(children[index] as Node)
      }
      element.remove()
    } else if (!inBody && staysInHead(node)) {
      head.append(node)
    } else {
      inBody = true
      body.append(node)
    }
  }
  for (const node of [...document.childNodes] as Node[]) {
    if (node.nodeType !== 10) node.remove()
  }
  document.append(html)
}
