import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { articleHeading } from '../src/lib/formats/html-heading.js'

const headingOf = (page: string) => articleHeading(parseHTML(page).document)

describe('articleHeading', () => {
  it('stays linear in the headings of one <header>', () => {
    // 10,000 logo <h1>s in a header without <nav>: asking each whether its header holds a
    // <nav> searched the whole header again: some 28 seconds; once per page, under one.
    const logos = '<h1><a href="/">Home</a></h1>'.repeat(10_000)
    expect(
      headingOf(
        `<html><body><header>${logos}</header><div><h1>Pier collapses in storm</h1></div></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
  })
})

describe("articleHeading and the article's own <header>", () => {
  const story =
    '<p>The Harbour Bridge reopened on Saturday after three weeks of repairs, officials said.</p>'
  const sidebar = '<div class="sidebar"><h1>Sign up for our newsletter</h1></div>'
  it('takes the <h1> of a header whose <nav> is a breadcrumb trail, not a sidebar one', () => {
    for (const crumbs of [
      '<nav class="breadcrumb"><a href="/news">News</a> › <a href="/news/local">Local</a></nav>',
      '<nav aria-label="Breadcrumbs"><a href="/news">News</a></nav>',
      '<nav><ol><li><a href="/news">News</a></li><li><a href="/news/local">Local</a></li><li>Harbour Bridge reopens</li></ol></nav>',
    ]) {
      expect(
        headingOf(
          `<html><body><div class="story"><header class="article-header">${crumbs}<h1>Harbour Bridge reopens after repairs</h1></header>${story}</div>${sidebar}</body></html>`,
        ),
      ).toBe('Harbour Bridge reopens after repairs')
    }
  })

  it("takes the <h1> of an article's own header whose <nav> is a share bar", () => {
    const share =
      '<nav><a href="/share/facebook">Facebook</a><a href="/share/email">Email</a></nav>'
    for (const part of ['article', 'main']) {
      expect(
        headingOf(
          `<html><body><header><h1>The Gazette</h1></header><${part}><header>${share}<h1>Harbour Bridge reopens after repairs</h1></header>${story}</${part}>${sidebar}</body></html>`,
        ),
      ).toBe('Harbour Bridge reopens after repairs')
    }
  })

  it("still takes a header holding the site's menu for the banner", () => {
    for (const menu of [
      '<nav><a href="/news">News</a><a href="/sport">Sport</a></nav>',
      '<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>',
      '<nav><ul><li><a href="/news">News</a></li><li><button>Menu</button></li></ul></nav>',
    ]) {
      expect(
        headingOf(
          `<html><body><header><h1>The Gazette</h1>${menu}</header><div><h1>Harbour Bridge reopens after repairs</h1>${story}</div></body></html>`,
        ),
      ).toBe('Harbour Bridge reopens after repairs')
    }
  })
})

describe("articleHeading and other stories' teasers", () => {
  // The page's own story: four paragraphs, some 510 characters without spaces.
  const body = [
    'The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether the structure should be saved or pulled down.',
    'Work is expected to begin next spring and to last eighteen months, the council said on Friday, and the ferry to Skerry Island will use the north quay meanwhile.',
    '“We have listened to the fishermen and to the families who walk there every evening,” said Ines Marrow, who chairs the works committee.',
    'The rebuilt pier will be wider than the old one, with a lift and a shelter at its far end, and will cost some four million crowns, most of it from the regional fund.',
  ]
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')
  // A short article: its first paragraph, some 140 characters without spaces.
  const brief = body.slice(0, body.indexOf('</p>') + 4)
  const own = 'Port Alder votes to rebuild its pier'
  // Teasers of other stories: a headline and a line.
  const others = [
    'Ferry crews vote to strike',
    'Night market returns to the quay',
    'Lighthouse keeper retires',
  ]
  const line = '<p>Crews will walk out for two days next month.</p>'
  const summary =
    '<p>Crews on the Skerry Island route will walk out for two days next month unless the operator changes its winter rosters.</p>'
  const teaser = (title: string, inside = line) => `<article><h1>${title}</h1>${inside}</article>`
  const linkedTeaser = (title: string, inside = line) =>
    `<article><h1><a href="/2026/03/${title.toLowerCase().replaceAll(' ', '-')}">${title}</a></h1>${inside}</article>`
  const page = (content: string, head = '') =>
    `<!doctype html><html><head>${head}</head><body>${content}</body></html>`

  it("takes the page's own <h1>, not a teaser's before it", () => {
    // A "More stories" strip at the top of the page, then the article.
    expect(
      headingOf(
        page(
          `<section class="more-stories">${others.map((title) => linkedTeaser(title)).join('')}</section><main><article><h1>${own}</h1>${body}</article></main>`,
        ),
      ),
    ).toBe(own)
    // The same with nothing but their size to tell them: no name, no link.
    expect(
      headingOf(
        page(
          `${others.map((title) => teaser(title)).join('')}<article><h1>${own}</h1>${body}</article>`,
        ),
      ),
    ).toBe(own)
  })

  it("takes the page's <h1> in <main> outside any <article>, not a teaser <article>'s", () => {
    for (const content of [
      // Teasers after the story, inside <main>.
      `<main><h1>${own}</h1><div class="story">${body}</div><div>${others.map((title) => teaser(title)).join('')}</div></main>`,
      // Teasers before the heading.
      `<main><div>${others.map((title) => teaser(title)).join('')}</div><h1>${own}</h1>${body}</main>`,
      // Teasers between the heading and the story's text: the text after a teaser's <article>
      // is the heading's before it.
      `<main><h1>${own}</h1><div>${others.map((title) => teaser(title)).join('')}</div>${body}</main>`,
      // The story's text in an <article> without a heading of its own.
      `<main><h1>${own}</h1><article>${body}</article>${others.map((title) => teaser(title)).join('')}</main>`,
    ]) {
      expect(headingOf(page(content))).toBe(own)
    }
  })

  it("takes a hero <header>'s <h1>, not a card grid's or a related box's", () => {
    const grid = `<div class="grid">${others.map((title) => teaser(title)).join('')}</div>`
    const hero = `<header class="hero"><h1>${own}</h1><p>By Ines Marrow</p></header>`
    // The card grid under the story.
    expect(headingOf(page(`${hero}<article>${body}</article>${grid}`))).toBe(own)
    // A related box of <div>s between the hero and the story's text: the text after the box is
    // the hero's heading's.
    const related = `<div class="related">${others.map((title) => `<div><h1>${title}</h1>${line}</div>`).join('')}</div>`
    expect(headingOf(page(`${hero}${related}<div class="story">${body}</div>`))).toBe(own)
  })

  it("takes the article's <h1>, not a related story's nested in the article before it", () => {
    expect(
      headingOf(
        page(
          `<article><div class="box">${teaser(others[0] as string)}</div><h1>${own}</h1>${body}<div>${teaser(others[1] as string)}</div></article>`,
        ),
      ),
    ).toBe(own)
    // A short article, and a nested teaser as long: nesting tells them.
    expect(
      headingOf(
        page(
          `<article><div class="box">${teaser(others[0] as string, summary)}</div><h1>${own}</h1>${brief}</article>`,
        ),
      ),
    ).toBe(own)
  })

  it('takes no text inside a link for a body: a card that is one link', () => {
    const card = (title: string) =>
      `<a href="/2026/03/other"><article><h1>${title}</h1>${summary}${summary}${summary}${summary}</article></a>`
    expect(
      headingOf(page(`${others.map(card).join('')}<main><h1>${own}</h1>${brief}</main>`)),
    ).toBe(own)
  })

  it("takes no text of the page's sidelines for a body, nor their headings", () => {
    // A newsletter box's <h1> above a sidebar of "Most read" summaries, then a short article.
    const mostRead = `<aside>${summary.repeat(6)}</aside>`
    expect(
      headingOf(
        page(
          `<div><h1>Sign up for our newsletter</h1></div>${mostRead}<main><h1>${own}</h1>${brief}</main>`,
        ),
      ),
    ).toBe(own)
    // A sideline's <h1> before the article's, in an article without text.
    expect(
      headingOf(
        page(
          `<article><aside><h1>Most read</h1></aside><h1>${own}</h1><img src="/pier.jpg" alt=""></article>`,
        ),
      ),
    ).toBe(own)
  })

  it("tells a short article from teasers as long by their containers' names", () => {
    for (const container of [
      'class="jp-relatedposts"',
      'id="moreStories"',
      'aria-label="Recommended for you"',
      'class="c-card-grid"',
      'class="promo-rail"',
    ]) {
      expect(
        headingOf(
          page(
            `<main><div ${container}>${others.map((title) => teaser(title, summary)).join('')}</div><h1>${own}</h1>${brief}</main>`,
          ),
        ),
      ).toBe(own)
    }
    // Names with those words only inside others (`moreover`, `discard`) name no teasers: the
    // teasers are then as likely the article as the heading after them, and the first is taken.
    expect(
      headingOf(
        page(
          `<main><div class="moreover discard">${others.map((title) => teaser(title, summary)).join('')}</div><h1>${own}</h1>${brief}</main>`,
        ),
      ),
    ).toBe(others[0])
  })

  it('tells a short article from teasers as long by their headings linking to other pages', () => {
    expect(
      headingOf(
        page(
          `<main><div>${others.map((title) => linkedTeaser(title, summary)).join('')}</div><h1>${own}</h1>${brief}</main>`,
        ),
      ),
    ).toBe(own)
    // A heading that links to the page itself, as a blog post's may, is no teaser's.
    const canonical = '<link rel="canonical" href="https://gazette.example/2026/03/pier-vote">'
    expect(
      headingOf(
        page(
          `${linkedTeaser(others[0] as string, summary)}<article><h1><a href="https://gazette.example/2026/03/pier-vote/#top">${own}</a></h1>${brief}</article>`,
          canonical,
        ),
      ),
    ).toBe(own)
  })

  it('without a body to tell them, goes by where the headings stand, as before', () => {
    // A gallery's page: headings and pictures, no prose.
    const picture = '<img src="/storm.jpg" alt="">'
    expect(
      headingOf(page(`<div><h1>Gazette</h1></div><article><h1>${own}</h1>${picture}</article>`)),
    ).toBe(own)
    expect(
      headingOf(page(`<div><h1>Gazette</h1></div><main><h1>${own}</h1>${picture}</main>`)),
    ).toBe(own)
    expect(
      headingOf(
        page(
          `<div><h1>Gazette</h1></div><div class="post"><header class="entry-header"><h1 class="entry-title">${own}</h1></header>${picture}</div>`,
        ),
      ),
    ).toBe(own)
    // The site's logo comes last, and alone is no article's heading.
    for (const logo of [
      '<div id="top"><h1><a href="/">Gazette</a></h1></div>',
      '<header><h1>Gazette</h1><nav><a href="/news">News</a></nav></header>',
    ]) {
      expect(headingOf(page(`${logo}<div><h1>${own}</h1></div>`))).toBe(own)
    }
    expect(
      headingOf(page('<header><h1>Gazette</h1><nav><a href="/news">News</a></nav></header>')),
    ).toBeUndefined()
  })

  it('keeps the first of two full stories, as a page that loads the next one holds', () => {
    const next = body.replaceAll('pier', 'breakwater')
    expect(
      headingOf(
        page(
          `<article><h1>${own}</h1>${brief}${brief}${brief}${brief}</article><article><h1>${others[0]}</h1>${next}${next}${next}</article>`,
        ),
      ),
    ).toBe(own)
  })

  // Pages whose own heading stands first in the order of <article>, <main>, entry header and
  // first heading, as on main, where weighing each heading's prose gave the title to another
  // heading: a teaser's, a consent box's, a comment thread's, a section's (review of ing55).
  const relatedRail = `<section class="related-stories"><h2>More stories</h2>${others.map((title) => linkedTeaser(title)).join('')}</section>`
  const alsoOwn = body.replace('The harbour council', 'A harbour council')
  // A story of one paragraph, some 105 characters without spaces.
  const short =
    '<p>The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over its future.</p>'

  it('takes the article heading of a page with little or no prose, not a teaser rail after it', () => {
    // A gallery: a picture and a caption under the heading; the teasers' lines were its body.
    const figure =
      '<figure><img src="/pier.jpg" alt=""><figcaption>Photo: Ines Marrow</figcaption></figure>'
    expect(headingOf(page(`<article><h1>${own}</h1>${figure}</article>${relatedRail}`))).toBe(own)
    // A story whose text a script loads: an empty <div>, then a grid of teasers.
    const grid = `<div class="grid">${others.map((title) => teaser(title)).join('')}</div>`
    expect(headingOf(page(`<article><h1>${own}</h1><div id="body"></div></article>${grid}`))).toBe(
      own,
    )
  })

  it("takes a short article's heading, not a longer consent box's, comments' or next story's", () => {
    const consent = `<div id="consent"><h1>We value your privacy</h1>${summary.repeat(6)}</div>`
    const comments = `<section id="comments"><h1>12 comments</h1>${summary.repeat(6)}</section>`
    const nextStory = `<article><h1>${others[0]}</h1>${alsoOwn}</article>`
    for (const after of [consent, comments, nextStory]) {
      expect(headingOf(page(`<article><h1>${own}</h1>${short}${short}</article>${after}`))).toBe(
        own,
      )
    }
  })

  it("takes the article's heading, not a longer section's <h1> inside it", () => {
    const why = '<h1>Why the vote matters</h1>'
    // The HTML5 outline: an <h1> for each <section>.
    expect(
      headingOf(page(`<article><h1>${own}</h1>${brief}<section>${why}${body}</section></article>`)),
    ).toBe(own)
    // Subheads as <h1>s, with no sections.
    expect(headingOf(page(`<article><h1>${own}</h1>${short}${why}${body}</article>`))).toBe(own)
  })

  it("takes a hero <article>'s heading whose story is in a sibling <div>", () => {
    expect(
      headingOf(
        page(
          `<article class="story-header"><h1>${own}</h1></article><div class="story-body">${body}</div>${relatedRail}`,
        ),
      ),
    ).toBe(own)
  })

  it("takes a post's title that links to the post itself, on a page that states no address", () => {
    // WordPress links an entry's title to the post with rel="bookmark": the page's own address,
    // which a page without a canonical link or og:url does not state.
    const newsletter =
      '<div class="newsletter"><h1>Get the Gazette</h1><p>Every morning, the stories of the harbour towns in your inbox.</p></div>'
    expect(
      headingOf(
        page(
          `<div class="post"><header class="entry-header"><h1 class="entry-title"><a href="/2026/03/pier-vote/" rel="bookmark">${own}</a></h1></header>${short}</div>${newsletter}`,
        ),
      ),
    ).toBe(own)
    // Outside an entry header, such a link is a teaser's, as any link to another page.
    expect(
      headingOf(
        page(
          `<article><h1><a href="/2026/03/other" rel="bookmark">${others[0]}</a></h1>${line}</article><main><h1>${own}</h1>${brief}</main>`,
        ),
      ),
    ).toBe(own)
  })

  it("takes a short story's heading, not a sidebar's with a few lines more", () => {
    const story =
      '<p>The Harbour Bridge reopened on Saturday after three weeks of repairs, officials said.</p>'
    const sidebar = `<div class="sidebar"><h1>Sign up for our newsletter</h1>${summary}${summary}</div>`
    const bridge = 'Harbour Bridge reopens after repairs'
    for (const content of [
      `<header><h1>Gazette</h1></header><div class="post"><header class="entry-header"><h1 class="entry-title">${bridge}</h1></header>${story}</div>`,
      `<article><h1>${bridge}</h1>${story}</article>`,
      `<main><h1>${bridge}</h1>${story}</main>`,
    ]) {
      expect(headingOf(page(`${content}${sidebar}`))).toBe(bridge)
    }
  })

  it("trims a <title>'s site suffix by the article's own heading, not a comment thread's", () => {
    const comments = `<section id="comments"><h1>12 comments</h1>${summary.repeat(6)}</section>`
    const file = ingest({
      path: 'pier.html',
      contents: new TextEncoder().encode(
        page(
          `<article><h1>${own}</h1>${short}${short}</article>${comments}`,
          `<title>${own} | Coastline Gazette</title>`,
        ),
      ),
    })
    expect(file.data.article?.title).toBe(own)
  })

  it("takes the heading of the page's prose, though marked as a teaser's, not a box's after it", () => {
    // A post's title linking to the post on a page that states no address of its own, or states
    // it with another scheme or a query; a story in a container named like teasers: marked,
    // these gave the title to any <h1> left, a newsletter box's, a comment thread's.
    const newsletter =
      '<div class="newsletter"><h1>Get the Gazette</h1><p>Every morning, in your inbox.</p></div>'
    const comments = '<div id="comments"><h1>3 comments</h1><p>Good news. — Olaf</p></div>'
    const selfLink = (href: string) => `<h1><a href="${href}">${own}</a></h1>`
    const canonical = '<link rel="canonical" href="https://gazette.example/2026/03/pier-vote">'
    for (const [content, head] of [
      [`<article>${selfLink('/2026/03/pier-vote.html')}${body}</article>${newsletter}`, ''],
      [`<div class="post">${selfLink('/2026/03/pier-vote.html')}${short}</div>${newsletter}`, ''],
      [
        `<article>${selfLink('http://gazette.example/2026/03/pier-vote')}${body}</article>${comments}`,
        canonical,
      ],
      [
        `<article>${selfLink('/2026/03/pier-vote?ref=title')}${body}</article>${comments}`,
        canonical,
      ],
      [
        `<div class="card"><div class="card-body"><h1 class="card-title">${own}</h1>${body}</div></div>${newsletter}`,
        '',
      ],
      [`<div class="post-card"><h1>${own}</h1>${short}</div>${comments}`, ''],
    ] as const) {
      expect(headingOf(page(content, head)), content).toBe(own)
    }
    // And the <title>'s site suffix is trimmed by it.
    const file = ingest({
      path: 'pier.html',
      contents: new TextEncoder().encode(
        page(
          `<article>${selfLink('https://gazette.example/2026/03/pier-vote/')}${body}</article>${comments}`,
          `<title>${own} | Coastline Gazette</title>`,
        ),
      ),
    })
    expect(file.data.article?.title).toBe(own)
  })

  it("takes no <h1> from a <template>, whose content is not the page's", () => {
    expect(
      headingOf(
        page(`<template><h1>Template title</h1></template><div><h1>${own}</h1>${short}</div>`),
      ),
    ).toBe(own)
  })

  it('stays linear in the teasers of a page', () => {
    // 10,000 teaser <article>s before the story: one walk of the page, not one per teaser.
    const teasers = teaser(others[0] as string).repeat(10_000)
    expect(
      headingOf(
        page(`<div class="more">${teasers}</div><article><h1>${own}</h1>${body}</article>`),
      ),
    ).toBe(own)
  })
})
