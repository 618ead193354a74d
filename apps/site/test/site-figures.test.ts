import { describe, expect, inject, it } from 'vitest'
import { fileKind, measureSite, pageKind } from '../scripts/lib/site-figures.js'
import { listPages } from './helpers/site-files.js'

describe('benchmark figures', () => {
  it('sorts built files into HTML, feeds, API, search index and the rest', () => {
    expect(fileKind('articles/a/index.html')).toBe('html')
    expect(fileKind('404.html')).toBe('html')
    expect(fileKind('feed.xml')).toBe('feeds')
    expect(fileKind('speakers/rosa-vance/feed.json')).toBe('feeds')
    expect(fileKind('api/articles/a.json')).toBe('api')
    expect(fileKind('api/index.html')).toBe('html')
    expect(fileKind('pagefind/fragment/en_1.pf_fragment')).toBe('search index')
    expect(fileKind('assets/site.css')).toBe('other')
    expect(fileKind('sitemap.xml')).toBe('other')
  })

  it('names the template of every page, paginated pages included', () => {
    expect(pageKind('index.html')).toBe('home')
    expect(pageKind('articles/index.html')).toBe('article index')
    expect(pageKind('articles/page/3/index.html')).toBe('article index')
    expect(pageKind('articles/harbor-reopens/index.html')).toBe('article')
    expect(pageKind('speakers/rosa-vance/page/2/index.html')).toBe('speaker')
    expect(pageKind('topics/index.html')).toBe('topic index')
    expect(pageKind('topics/harbor/index.html')).toBe('topic')
    expect(pageKind('sources/unnamed/page/2/index.html')).toBe('unnamed sources')
    expect(pageKind('search/index.html')).toBe('search')
    expect(pageKind('api/index.html')).toBe('open data')
    expect(pageKind('404.html')).toBe('not found')
  })

  it('counts every file and page of the fixture site', async () => {
    const siteDir = inject('siteDir')
    const figures = await measureSite(siteDir)
    const pages = await listPages(siteDir)
    expect(Object.values(figures.pages).reduce((sum, count) => sum + count, 0)).toBe(pages.length)
    expect(figures.pages.other).toBe(0)
    expect(figures.pages.article).toBe(
      pages.filter((url) => /^\/articles\/[^/]+\/$/.test(url)).length,
    )
    expect(figures.byKind['search index'].files).toBeGreaterThan(0)
    expect(Object.values(figures.byKind).reduce((sum, kind) => sum + kind.bytes, 0)).toBe(
      figures.bytes,
    )
  })
})
