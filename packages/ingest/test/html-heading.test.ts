import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
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
