import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { quoteContext } from '../lib/context.js'
import { escapeHtml, fragmentId, jsonForScript } from '../lib/escape.js'
import { highlightText, renderBlock } from '../lib/highlight.js'
import {
  archivedPageCount,
  newestFirstPageUrl,
  type PageChunk,
  paginate,
  paginateNewestFirst,
} from '../lib/paginate.js'
import { afterClosingMark, displayQuote } from '../lib/quote-text.js'
import { robotsTxt } from '../lib/robots-txt.js'
import { safeExternalUrl } from '../lib/safe-url.js'
import { DEFAULT_SITE_URL, sitePathOf, siteUrlFrom } from '../lib/site-settings.js'

describe('escape', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
    expect(escapeHtml(null)).toBe('')
  })

  it('writes JSON that cannot close a script element', () => {
    const json = jsonForScript({ text: '</script><!-- & \u2028 \u2029' })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029"}')
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- & \u2028 \u2029' })
  })

  it('makes fragment ids from any string', () => {
    expect(fragmentId('q1')).toBe('q1')
    expect(fragmentId('a"b <c>/d')).toBe('a-b--c--d')
  })
})

describe('highlight', () => {
  const attribution = {
    name: 'Rosa <b>Vance</b>',
    url: '/speakers/rosa-vance/',
    description: 'Quote by',
  }

  it('wraps quoted stretches in <mark>, escapes every piece and links the speaker after the closing mark', () => {
    const html = highlightText('"<i>Yes</i>," she said & left.', [
      { start: 1, end: 11, quoteId: 'q1', first: true, last: true, attribution },
    ])
    expect(html).toBe(
      '&quot;<mark class="quote" id="quote-q1">&lt;i&gt;Yes&lt;/i&gt;</mark>,&quot; <a class="quote-by" href="/speakers/rosa-vance/" data-pagefind-ignore><span class="visually-hidden">Quote by </span>Rosa &lt;b&gt;Vance&lt;/b&gt;</a> she said &amp; left.',
    )
  })

  it('leaves the speaker at the end of the quote when no closing mark follows', () => {
    const marks = [{ start: 1, end: 4, quoteId: 'q1', first: true, last: true, attribution }]
    // A quotation running on into the next paragraph has no closing mark here.
    expect(highlightText('“Yes, and more', marks)).toMatch(/^“<mark[^>]*>Yes<\/mark> <a/)
    // A straight mark after the closing one opens the next quote.
    const next = { start: 6, end: 8, quoteId: 'q2', first: true, last: true, attribution: null }
    expect(highlightText('"Yes""No"', [...marks, next])).toMatch(
      /^&quot;<mark[^>]*>Yes<\/mark>&quot; <a/,
    )
  })

  it('skips marks outside the text or overlapping an earlier one', () => {
    const html = highlightText('abcdef', [
      { start: 0, end: 3, quoteId: 'a', first: true, last: false, attribution: null },
      { start: 2, end: 5, quoteId: 'b', first: true, last: true, attribution: null },
      { start: 4, end: 99, quoteId: 'c', first: true, last: true, attribution: null },
      { start: 5, end: 4, quoteId: 'd', first: true, last: true, attribution: null },
    ])
    expect(html).toBe('<mark class="quote" id="quote-a">abc</mark>def')
  })

  it('renders a block with its anchor, and an unlinked attribution when the speaker has no page', () => {
    const html = renderBlock({ id: 'p4', type: 'paragraph', text: '"Go," he said.' }, [
      {
        start: 1,
        end: 3,
        quoteId: 'q9',
        first: true,
        last: true,
        attribution: { name: 'an aide', url: null, description: 'Quote from an unnamed source:' },
      },
    ])
    expect(html).toMatch(/^<p id="p4" class="block">/)
    expect(html).toContain('<a class="block-anchor" href="#p4"')
    expect(html).toContain(
      '<span class="quote-by" data-pagefind-ignore><span class="visually-hidden">Quote from an unnamed source: </span>an aide</span>',
    )
    expect(renderBlock({ id: 'h1', type: 'heading', text: 'Next <steps>' }, [])).toMatch(
      /^<h2 id="h1" class="block block-heading">Next &lt;steps&gt; <a/,
    )
  })
})

describe('quote text', () => {
  it('drops the punctuation that joins a quote to its sentence, and keeps its own', () => {
    expect(displayQuote('We will rebuild, ')).toBe('We will rebuild')
    expect(displayQuote('the first of three;')).toBe('the first of three')
    expect(displayQuote('Is it safe?')).toBe('Is it safe?')
    expect(displayQuote('It is over.')).toBe('It is over.')
    expect(displayQuote('and then…')).toBe('and then…')
    expect(displayQuote(',')).toBe(',')
  })

  it('finds the end of the closing mark past the punctuation inside it', () => {
    expect(afterClosingMark('“Yes,” she said.', 4)).toBe(6)
    expect(afterClosingMark('“Yes” she said.', 4)).toBe(5)
    expect(afterClosingMark('"Yes", she said.', 4)).toBe(5)
    expect(afterClosingMark('‘“Yes,”’ she said.', 5)).toBe(8)
    expect(afterClosingMark('Yes, she said.', 3)).toBe(3)
    expect(afterClosingMark('“Yes,” she said.', 4, 5)).toBe(4)
    expect(afterClosingMark('"Yes" "No"', 4)).toBe(5)
  })
})

describe('quoteContext', () => {
  it('returns the sentence around the quote with the quoted words marked', () => {
    const text = 'The port is shut. "We will reopen soon," the mayor said. Boats waited.'
    const start = text.indexOf('We')
    const end = text.indexOf(',"')
    expect(quoteContext(text, start, end)).toEqual([
      { text: '"', quote: false },
      { text: 'We will reopen soon', quote: true },
      { text: '," the mayor said.', quote: false },
    ])
  })

  it('keeps every sentence a long quote runs over', () => {
    const text = 'Intro. "One. Two. Three," she said. After.'
    const pieces = quoteContext(text, text.indexOf('One'), text.indexOf(',"'))
    expect(pieces.map((piece) => piece.text).join('')).toBe('"One. Two. Three," she said.')
  })
})

describe('paginate', () => {
  it('splits a list into pages with URLs, neighbours and windowed numbered links', () => {
    const pages = paginate(
      Array.from({ length: 95 }, (_, index) => index),
      10,
      '/topics/x/',
    )
    expect(pages).toHaveLength(10)
    expect(pages[0]?.url).toBe('/topics/x/')
    expect(pages[1]?.url).toBe('/topics/x/page/2/')
    expect(pages[9]?.items).toEqual([90, 91, 92, 93, 94])
    expect(pages[0]?.previousUrl).toBeNull()
    expect(pages[9]?.nextUrl).toBeNull()
    expect(pages[4]?.links.map((link) => ('gap' in link ? '…' : link.number))).toEqual([
      1,
      '…',
      3,
      4,
      5,
      6,
      7,
    ])
    const numbers = (index: number) =>
      pages[index]?.links.map((link) => ('gap' in link ? '…' : link.number))
    expect(numbers(0)).toEqual([1, 2, 3, '…', 10])
    expect(numbers(2)).toEqual([1, 2, 3, 4, 5])
    expect(numbers(9)).toEqual([1, '…', 8, 9, 10])
    expect(pages.map((page) => page.total)).toEqual([10, ...Array(9).fill(null)])
    expect(paginate([1], 10, '/a/')[0]?.links).toEqual([{ number: 1, url: '/a/', current: true }])
  })

  it('leaves the pages before the last two as they were when the list grows by a page', () => {
    const list = (length: number) => Array.from({ length }, (_, index) => index)
    const before = paginate(list(100), 10, '/articles/')
    const after = paginate(list(101), 10, '/articles/')
    expect(after).toHaveLength(11)
    // The first page counts the pages; the two before the new one link to it.
    expect(after[0]).not.toEqual(before[0])
    expect(after.slice(1, 8)).toEqual(before.slice(1, 8))
    expect(after[8]).not.toEqual(before[8])
  })

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10, '/articles/')).toMatchObject([
      { items: [], number: 1, total: 1, url: '/articles/' },
    ])
    expect(paginateNewestFirst([], 10, '/articles/')).toMatchObject([
      { items: [], first: true, total: 1, url: '/articles/', nextUrl: null },
    ])
  })
})

describe('paginateNewestFirst', () => {
  /** Items newest first: the highest number is the newest. */
  const newestFirst = (length: number) => Array.from({ length }, (_, index) => length - 1 - index)
  const shown = (page: PageChunk<number> | undefined) =>
    page?.links.map((link) => ('gap' in link ? '…' : (link.number ?? 'newest')))

  it('numbers the pages from the oldest, the newest at the first page', () => {
    const pages = paginateNewestFirst(newestFirst(95), 10, '/topics/x/')
    // 95 = 15 on the first page (a full page and what does not make one yet) + 8 pages of 10.
    expect(pages.map((page) => [page.url, page.items.length])).toEqual([
      ['/topics/x/', 15],
      ...[8, 7, 6, 5, 4, 3, 2, 1].map((number) => [`/topics/x/page/${number}/`, 10]),
    ])
    expect(pages[0]?.items).toEqual(newestFirst(95).slice(0, 15))
    expect(pages.at(-1)?.items).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
    expect(pages.map((page) => page.first)).toEqual([true, ...Array(8).fill(false)])
    expect(pages.map((page) => page.total)).toEqual([9, ...Array(8).fill(null)])
    expect(pages[0]?.previousUrl).toBeNull()
    expect(pages[0]?.nextUrl).toBe('/topics/x/page/8/')
    expect(pages[1]?.previousUrl).toBe('/topics/x/')
    expect(pages.at(-1)?.nextUrl).toBeNull()
    expect(shown(pages[0])).toEqual(['newest', 8, 7, '…', 1])
    expect(shown(pages[4])).toEqual(['newest', '…', 7, 6, 5, 4, 3, '…', 1])
    expect(shown(pages.at(-1))).toEqual(['newest', '…', 3, 2, 1])
    expect(paginateNewestFirst(newestFirst(19), 10, '/a/')).toHaveLength(1)
  })

  it('changes only the first page and the newest three when the list grows at its newest end', () => {
    const pages = (length: number) => paginateNewestFirst(newestFirst(length), 10, '/articles/')
    const byUrl = (length: number) => new Map(pages(length).map((page) => [page.url, page]))
    // One more item: the first page only.
    const before = byUrl(95)
    const after = byUrl(96)
    const changed = [...after].filter(([url, page]) => !isDeepStrictEqual(before.get(url), page))
    expect(changed.map(([url]) => url)).toEqual(['/articles/'])
    // A full page more: the new numbered page, and the three below it, whose links reach the
    // newest pages.
    const grown = byUrl(105)
    const moved = [...grown].filter(([url, page]) => !isDeepStrictEqual(before.get(url), page))
    expect(moved.map(([url]) => url)).toEqual([
      '/articles/',
      '/articles/page/9/',
      '/articles/page/8/',
      '/articles/page/7/',
      '/articles/page/6/',
    ])
    // Every item is on the first page or on one page for good.
    expect(pages(105).flatMap((page) => page.items)).toEqual(newestFirst(105))
  })

  it('gives the URL of each page by its place in reading order', () => {
    const pages = paginateNewestFirst(newestFirst(95), 10, '/a/')
    expect(pages.map((_, index) => newestFirstPageUrl('/a/', index, 95, 10))).toEqual(
      pages.map((page) => page.url),
    )
    expect(archivedPageCount(95, 10)).toBe(8)
    expect(archivedPageCount(20, 10)).toBe(1)
    expect(archivedPageCount(19, 10)).toBe(0)
  })
})

describe('settings and URLs', () => {
  it('links only http and https URLs from articles', () => {
    expect(safeExternalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(safeExternalUrl("javascript:alert('x')")).toBeNull()
    expect(safeExternalUrl('JaVaScRiPt:alert(1)')).toBeNull()
    expect(safeExternalUrl('data:text/html,<script>')).toBeNull()
    expect(safeExternalUrl('/relative')).toBeNull()
    expect(safeExternalUrl(null)).toBeNull()
  })

  it('reads NEWSROOM_SITE_URL, without a trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe(DEFAULT_SITE_URL)
    expect(siteUrlFrom('https://news.example.org/archive/')).toBe(
      'https://news.example.org/archive',
    )
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow(/`NEWSROOM_SITE_URL`/)
    expect(() => siteUrlFrom('not a url')).toThrow(TypeError)
    // Every absolute URL of the site is this one followed by a site URL: nothing may follow it.
    expect(() => siteUrlFrom('https://example.org/newsroom?x=1#f')).toThrow(
      /`NEWSROOM_SITE_URL` to be an origin and a path, without a query \(\?…\) or fragment/,
    )
    expect(() => siteUrlFrom('https://example.org/newsroom?')).toThrow(/without a query/)
    expect(() => siteUrlFrom('https://example.org/newsroom#f')).toThrow(/without a query/)
    expect(() => siteUrlFrom('https://example.org/#')).toThrow(/without a query/)
    // Nor is a password published, not even in the message.
    expect(() => siteUrlFrom('https://deploy:s3cret@example.org/newsroom')).toThrow(
      /`NEWSROOM_SITE_URL` to hold no user name or password/,
    )
    expect(() => siteUrlFrom('https://deploy:s3cret@example.org/newsroom')).not.toThrow(/s3cret/)
    expect(() => siteUrlFrom('https://deploy@example.org/')).toThrow(/no user name or password/)
  })

  it('writes robots.txt with its URLs percent-encoded, not HTML-escaped', () => {
    expect(robotsTxt(siteUrlFrom(undefined))).toBe(
      'User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: https://newsroom.example/sitemap.xml\n',
    )
    const lines = robotsTxt(siteUrlFrom('https://example.org/a*b$c|d^e`f[g]/ünï/')).split('\n')
    // In a rule `*` and `$` are patterns: the path's own are escaped there, and only there.
    expect(lines[2]).toBe('Disallow: /a%2Ab%24c%7Cd%5Ee%60f%5Bg%5D/%C3%BCn%C3%AF/pagefind/')
    expect(lines[4]).toBe(
      'Sitemap: https://example.org/a*b$c%7Cd%5Ee%60f%5Bg%5D/%C3%BCn%C3%AF/sitemap.xml',
    )
    // Nothing ends a line early or starts a comment (`#`).
    expect(robotsTxt(siteUrlFrom('https://example.org/a\nb\tc d%23e')).split('\n')[2]).toBe(
      'Disallow: /abc%20d%23e/pagefind/',
    )
  })

  it('reads the path a site is published under from its URL', () => {
    expect(sitePathOf(siteUrlFrom(undefined))).toBe('')
    expect(sitePathOf(siteUrlFrom('https://news.example.org/'))).toBe('')
    expect(sitePathOf(siteUrlFrom('https://example.org/newsroom/'))).toBe('/newsroom')
    expect(sitePathOf(siteUrlFrom('https://example.org/a/b'))).toBe('/a/b')
    // One slash between names: `//newsroom/…` would be a URL of the host `newsroom`.
    expect(siteUrlFrom('https://example.org//newsroom//')).toBe('https://example.org/newsroom')
    expect(sitePathOf(siteUrlFrom('https://example.org//newsroom'))).toBe('/newsroom')
    expect(sitePathOf(siteUrlFrom('https://example.org/a///b/'))).toBe('/a/b')
    expect(sitePathOf(siteUrlFrom('https://example.org//'))).toBe('')
  })
})
