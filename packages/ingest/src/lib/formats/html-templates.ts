import type { Document, Element } from './html-dom.js'

/**
 * Whether a template is a declarative shadow root (`shadowrootmode="open"` or `"closed"`): a
 * browser's parser attaches its content to the template's parent, and shows it.
 */
function isShadowRoot(template: Element): boolean {
  const mode = template.getAttribute('shadowrootmode')?.toLowerCase()
  return mode === 'open' || mode === 'closed'
}

/**
 * Take out what each `<template>` holds. A browser's parser puts a template's content in a
 * document fragment of its own (its `content`), outside the page, and never shows it: markup a
 * script copies when it needs one (a comment form, a share button, a card for the next story).
 * linkedom parses it into the page like any markup, where Readability read its text as the
 * article's. A declarative shadow root's content is shown, and kept, but for the templates it
 * holds. linkedom's selectors skip what a template holds, as a browser's do: a search of the
 * document finds every template outside another, a search of a shadow root's content those it
 * holds, and a template inside an emptied one goes with it. Each element is searched once and
 * each child removed once, so the cost is linear in the page.
 */
export function emptyTemplates(document: Document): void {
  const pending = [...document.querySelectorAll('template')] as Element[]
  for (let template = pending.pop(); template !== undefined; template = pending.pop()) {
    if (!isShadowRoot(template)) template.replaceChildren()
    // A loop, not push(...): a spread of 100,000 templates would overflow the call's arguments.
    else for (const inner of template.querySelectorAll('template') as Element[]) pending.push(inner)
  }
}
