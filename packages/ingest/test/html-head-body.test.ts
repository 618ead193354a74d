import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { placeHeadAndBody } from '../src/lib/formats/html-head-body.js'

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text)
const paragraph =
  '<p>The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether it should be saved.</p>'
const paragraphText =
  'The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether it should be saved.'

/** The tags of an element's children, and of theirs, as `HEAD(META) BODY(H1 P)`. */
function outline(element: { children: Iterable<unknown> }): string {
  return [...element.children]
    .map((child) => {
      const { tagName, children } = child as { tagName: string; children: unknown[] }
      return children.length === 0 ? tagName : `${tagName}(${outline({ children })})`
    })
    .join(' ')
}

describe('placeHeadAndBody', () => {
  it("moves a head left open's content to the body, keeping the head's elements", () => {
    const { document } = parseHTML(
      `<html lang="en"><head><meta charset="utf-8"><title>Pier vote</title><h1>Port Alder votes</h1>${paragraph}</html>`,
    )
    placeHeadAndBody(document)
    expect(outline(document)).toBe('HTML(HEAD(META TITLE) BODY(H1 P))')
    expect(document.documentElement.getAttribute('lang')).toBe('en')
  })

  it('gives a page without any <html> one, with a head and a body', () => {
    for (const page of ['', 'Only words', '<!-- a comment -->', '<!doctype html>']) {
      const { document } = parseHTML(page)
      placeHeadAndBody(document)
      expect(outline(document)).toBe('HTML(HEAD BODY)')
      expect(document.body.textContent).toBe(page === 'Only words' ? page : '')
    }
    const { document } = parseHTML(`<table><tr><td>${paragraph}</td></tr></table>`)
    placeHeadAndBody(document)
    expect(outline(document)).toBe('HTML(HEAD BODY(TABLE(TR(TD(P)))))')
  })

  it('keeps in the head only elements that hold no element, or a <noscript>', () => {
    const { document } = parseHTML(
      `<html><head><noscript><link rel="stylesheet" href="a.css"></noscript><meta name="a" content="b"><noframes>${paragraph}</noframes><meta name="c" content="d"></head><body></body></html>`,
    )
    placeHeadAndBody(document)
    // The <noframes> holding a paragraph is content: the body begins there, and the <meta>
    // after it is the body's, as in a browser once the body has begun.
    expect(outline(document)).toBe('HTML(HEAD(NOSCRIPT(LINK) META) BODY(NOFRAMES(P) META))')
  })

  it("keeps a tracking pixel's or a tag manager's <noscript> in the head, and what follows it", () => {
    // A browser, scripts on, reads a <noscript> in the head as text: the <title>, <meta> and
    // JSON-LD after it stay in the head, where linkedom's `document.title` looks.
    for (const noscript of [
      '<noscript><img height="1" width="1" style="display:none" src="https://pixel.example/tr?id=1&amp;ev=PageView"></noscript>',
      '<noscript><iframe src="https://tags.example/ns.html?id=X" height="0" width="0"></iframe></noscript>',
    ]) {
      const { document } = parseHTML(
        `<!doctype html><html><head><meta charset="utf-8">${noscript}<title>Pier vote</title><meta name="description" content="A year of argument ends."><script type="application/ld+json">{}</script></head><body>${paragraph}</body></html>`,
      )
      placeHeadAndBody(document)
      expect(outline(document.head), noscript).toMatch(/^META NOSCRIPT\(\w+\) TITLE META SCRIPT$/)
      expect(outline(document.body)).toBe('P')
      expect(document.title).toBe('Pier vote')
    }
  })

  it('flattens repeated <body> tags into one body, without recursion', () => {
    const { document } = parseHTML(`<body class="story">${'<body>'.repeat(20_000)}${paragraph}`)
    placeHeadAndBody(document)
    expect(outline(document)).toBe('HTML(HEAD BODY(P))')
    expect(document.body.getAttribute('class')).toBe('story')
  })
})

describe('ingesting a page whose head or body is misplaced', () => {
  const read = (page: string) => ingest({ path: 'pier.html', contents: bytes(page) })

  it('reads a page whose <head> is never closed, and has no <body>', () => {
    // Readability scored the paragraph in the <head>, walked up past the root looking for the
    // <body>, and threw "Cannot read properties of null (reading 'tagName')".
    const file = read(
      `<html><head><meta charset=utf-8><h1>Port Alder votes</h1>${paragraph}</html>`,
    )
    expect(file.data.article?.title).toBe('Port Alder votes')
    expect(file.data.article?.blocks.map((block) => block.text)).toEqual([paragraphText])
  })

  it('never throws for a page whose content is outside the <body>', () => {
    const title = '<title>Pier vote</title>'
    for (const page of [
      `${title}<table><tr><td>${paragraph}${paragraph}</td></tr></table>`,
      `${title}<svg><text>${paragraph}</text></svg>`,
      `<html><head>${title}<template>${paragraph}</template></head><body><p>Short.</p></body></html>`,
      `<html><head>${title}<noframes>${paragraph}${paragraph}</noframes></head></html>`,
      `<html><head>${title}</head><body></body></html><table><tr><td>${paragraph}</td></tr></table>`,
    ]) {
      const file = read(page)
      expect(file.data.article?.title, page).toBe('Pier vote')
      expect(file.data.article?.blocks.length, page).toBeGreaterThan(0)
    }
  })

  it('reports a page with no element, or only text, as having no title, without throwing', () => {
    for (const page of ['Only words on a page.', '<!-- a comment -->', '<!doctype html>']) {
      const reasons = read(page).messages.map((message) => message.reason)
      expect(reasons, page).toContain('Expected a title, found none')
    }
  })

  it("keeps a headline like the <title> out of the body, after a tracking pixel's <noscript>", () => {
    // Readability drops the heading that repeats the page's title, which it reads from the head:
    // with the <title> moved to the body, the headline stayed as the body's first block.
    const page = (head: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>Port Alder votes to rebuild its old pier - Coastline Gazette</title></head><body><article><h2>Port Alder votes to rebuild the old pier</h2>${paragraph}${paragraph}</article></body></html>`
    const pixel =
      '<noscript><img height="1" width="1" src="https://pixel.example/tr?id=1&amp;ev=PageView"></noscript>'
    for (const head of ['', pixel]) {
      expect(
        read(page(head)).data.article?.blocks.map((block) => block.type),
        head,
      ).toEqual(['paragraph', 'paragraph'])
    }
  })

  it('reads what follows </html> as a browser does, which adds no text that archives, caches and trackers put there', () => {
    // A browser appends content after </html> to the body. Saving a page from a browser puts
    // nothing there (the DOM is written out whole); what servers and archives append is
    // comments, scripts, and pixels or banners that are images.
    const page = (after: string) =>
      `<!doctype html><html lang="en"><head><title>Pier vote</title></head><body><article><h1>Port Alder votes</h1>${paragraph}</article></body></html>${after}`
    const blocks = (after: string) =>
      read(page(after)).data.article?.blocks.map((block) => block.text) ?? []
    const alone = blocks('')
    expect(alone).toContain(paragraphText)
    for (const after of [
      '\n<!--\n     FILE ARCHIVED ON 14:47:19 Mar 04, 2021 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 14:48:16 Jul 13, 2025.\n-->\n<!--\nplayback timings (ms):\n  captures_list: 0.6\n-->',
      '\n<!-- Dynamic page generated in 0.231 seconds. -->\n<!-- Cached page generated by WP-Super-Cache on 2024-06-19 08:00:00 -->',
      '<script>(function(){var s=document.createElement("script");s.src="https://stats.example/beacon.js";document.body.appendChild(s)})();</script>',
      '<noscript><img height="1" width="1" style="display:none" src="https://pixel.example/tr?id=1&amp;ev=PageView"></noscript><img src="https://stats.example/pixel.gif" width="1" height="1" alt="">',
      '<div style="position:fixed;bottom:0"><a title="Hosted on free web hosting" href="https://host.example/?utm_source=banner"><img src="https://host.example/powered-by.png" alt="www.host.example"></a></div>',
      '\nPage generated in 0.052 seconds.',
    ]) {
      expect(blocks(after), after).toEqual(alone)
    }
    // What a page's template writes after closing the page early is the page's.
    expect(blocks('<p>The old pier stays open until the new one is built.</p>')).toEqual([
      ...alone,
      'The old pier stays open until the new one is built.',
    ])
  })

  it('reads the paragraph after thousands of repeated <body> tags', () => {
    // linkedom nests each <body> in the last: before `limitHtml` counted them as depth, 5,000
    // took Readability 2.5 seconds (20,000 took 30) and it found no text.
    const file = read(`<title>Pier vote</title>${'<body>'.repeat(5000)}${paragraph}`)
    expect(file.data.article?.blocks.map((block) => block.text)).toEqual([paragraphText])
  })
})

describe('ingesting a valid HTML5 page that leaves out the optional tags', () => {
  const read = (page: string) => ingest({ path: 'pier.html', contents: bytes(page) })

  it('reads the body a browser implies after the head', () => {
    // The <head> and <body> tags are optional: linkedom left an empty body before the content,
    // and ingest reported "Expected at least one paragraph of body text, found none".
    const file = read(
      `<!doctype html><html lang=en><meta charset=utf-8><title>Pier vote</title><h1>Port Alder votes</h1>${paragraph}`,
    )
    expect(file.data.article?.title).toBe('Pier vote')
    expect(file.data.article?.language).toBe('en')
    expect(file.data.article?.blocks.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'Port Alder votes'],
      ['paragraph', paragraphText],
    ])
  })

  it("takes the implied body's <h1> for the title of a page without <title> or <html>", () => {
    const file = read(
      `<!doctype html><meta charset=utf-8><meta name=description content="A year of argument ends."><h1>Port Alder votes</h1>${paragraph}`,
    )
    expect(file.data.article?.title).toBe('Port Alder votes')
    expect(file.data.article?.dek).toBe('A year of argument ends.')
    expect(file.data.article?.blocks.map((block) => block.text)).toEqual([paragraphText])
  })

  it('reads an <h1> before the <body> tag, and two <body>s, as one body', () => {
    const before = read(`<html><h1>Port Alder votes</h1><body>${paragraph}</body></html>`)
    expect(before.data.article?.title).toBe('Port Alder votes')
    expect(before.data.article?.blocks.map((block) => block.text)).toEqual([paragraphText])
    const twice = read(
      `<html><title>Pier vote</title><body><p>First of two.</p></body><body>${paragraph}</body></html>`,
    )
    expect(twice.data.article?.blocks.map((block) => block.text)).toEqual([
      'First of two.',
      paragraphText,
    ])
  })
})
