import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { placeHeadAndBody } from '../src/lib/formats/html-head-body.js'
import { emptyTemplates } from '../src/lib/formats/html-templates.js'

const encoder = new TextEncoder()
const paragraphText =
  'The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether it should be saved.'
const paragraph = `<p>${paragraphText}</p>`
/** A share button a script copies where it needs one, as pages write it. */
const shareButton =
  '<template id="share-button"><button class="share"><svg><use href="#icon-share"></use></svg><span>Share this story</span></button></template>'

function read(page: string) {
  const file = ingest({ path: 'pier.html', contents: encoder.encode(page) })
  return file.data.article?.blocks.map((block) => [block.type, block.text]) ?? []
}

/** The tags of an element's children, and of theirs, as `HEAD(META) BODY(H1 P)`. */
function outline(element: { children: Iterable<unknown> }): string {
  return [...element.children]
    .map((child) => {
      const { tagName, children } = child as { tagName: string; children: unknown[] }
      return children.length === 0 ? tagName : `${tagName}(${outline({ children })})`
    })
    .join(' ')
}

describe('emptyTemplates', () => {
  it("takes out every template's content, in the head, in the body and in another template", () => {
    const { document } = parseHTML(
      `<html><head>${shareButton}</head><body><template><div><template><p>Inner</p></template></div></template>${paragraph}</body></html>`,
    )
    emptyTemplates(document)
    expect(outline(document)).toBe('HTML(HEAD(TEMPLATE) BODY(TEMPLATE P))')
  })

  it("keeps a declarative shadow root's content, which a browser shows, but the templates in it", () => {
    const { document } = parseHTML(
      `<html><body><story-card><template shadowrootmode="open">${paragraph}${shareButton}</template></story-card></body></html>`,
    )
    emptyTemplates(document)
    expect(outline(document.body)).toBe('STORY-CARD(TEMPLATE(P TEMPLATE))')
  })
})

describe('ingesting a page with templates', () => {
  it("reads no text from a template's content", () => {
    // Readability read the reply form's text as the article's, between the two paragraphs.
    const page = `<!doctype html><html><head><title>Pier vote</title></head><body><article>${paragraph}<template id="reply"><div class="comment"><p>Reply to this comment from the harbour board.</p></div></template>${paragraph}</article></body></html>`
    expect(read(page)).toEqual([
      ['paragraph', paragraphText],
      ['paragraph', paragraphText],
    ])
  })

  it('keeps the head open past a template of elements, as a browser does', () => {
    // The template began the body, and the <title> after it went there: Readability no longer
    // knew the page's title, and kept the headline that repeats it as the body's first block.
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">${shareButton}<title>Port Alder votes to rebuild its old pier - Coastline Gazette</title></head><body><article><h2>Port Alder votes to rebuild the old pier</h2>${paragraph}${paragraph}</article></body></html>`
    expect(read(page).map(([type]) => type)).toEqual(['paragraph', 'paragraph'])
    const { document } = parseHTML(page)
    placeHeadAndBody(document)
    expect(outline(document.head)).toBe('META TEMPLATE(BUTTON(SVG(USE) SPAN)) TITLE')
  })

  it('reads the text of a declarative shadow root', () => {
    const page = `<!doctype html><html><head><title>Pier vote</title></head><body><article><story-body><template shadowrootmode="open">${paragraph}</template></story-body></article></body></html>`
    expect(read(page)).toEqual([['paragraph', paragraphText]])
  })
})
