import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Article, ArticleList, jsonSchemas, SpeakerIndex, TopicIndex } from '@newsroom/schema'
import { DOMParser } from 'linkedom'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { fragmentId } from '../lib/escape.js'
import { loadNewsroomData, type NewsroomData } from '../lib/load-data.js'
import { publishedSchemaStems } from '../lib/open-data-schemas.js'
import { displayQuote } from '../lib/quote-text.js'
import { PAGE_SIZES } from '../lib/site-model.js'
import { DEFAULT_SITE_URL } from '../lib/site-settings.js'
import { schemaApiUrl } from '../lib/urls.js'
import { SITE_MARKER } from '../scripts/lib/site-manifest.js'
import {
  fileForUrl,
  type HtmlDocument,
  jsonLdOf,
  listFiles,
  listPages,
  readJson,
  readPage,
  searchShards,
  textOf,
} from './helpers/site-files.js'

const siteDir = inject('siteDir')
const dataDir = inject('dataDir')
let data: NewsroomData
let pages: string[]

const named = (kind: string) => kind === 'person' || kind === 'organization'
const text = textOf

/** A paginated list: every page, following `rel="next"` links from the first. */
async function allPages(url: string): Promise<HtmlDocument[]> {
  const documents: HtmlDocument[] = []
  let next: string | null | undefined = url
  while (next) {
    const document = await readPage(siteDir, next)
    documents.push(document)
    next = document.querySelector('.pagination a[rel="next"]')?.getAttribute('href')
  }
  return documents
}

beforeAll(async () => {
  data = await loadNewsroomData(dataDir)
  pages = await listPages(siteDir)
})

describe('the fixture data', () => {
  it('has what the site tests need: named and unnamed speakers, topics, the hostile article', () => {
    expect(data.articles.length).toBeGreaterThanOrEqual(5)
    expect(data.speakers.speakers.length).toBeGreaterThanOrEqual(3)
    expect(data.speakers.speakers.some((speaker) => speaker.articles.length >= 2)).toBe(true)
    expect(data.speakers.anonymous.length).toBeGreaterThanOrEqual(1)
    expect(data.topics.topics.length).toBeGreaterThanOrEqual(2)
    expect(data.articles.some((article) => article.title.includes('<script>'))).toBe(true)
  })
})

describe('pages', () => {
  it('builds the home page, the indexes, the search page and the 404 page', () => {
    for (const url of [
      '/',
      '/articles/',
      '/topics/',
      '/speakers/',
      '/sources/unnamed/',
      '/search/',
      '/404.html',
      '/api/',
    ]) {
      expect(pages).toContain(url)
    }
  })

  it('builds a page for every article, named speaker and topic, and none for unnamed sources', () => {
    for (const article of data.articles) expect(pages).toContain(`/articles/${article.slug}/`)
    for (const speaker of data.speakers.speakers)
      expect(pages).toContain(`/speakers/${speaker.id}/`)
    for (const topic of data.topics.topics) expect(pages).toContain(`/topics/${topic.id}/`)
    const speakerPages = pages.filter((url) => /^\/speakers\/[^/]+\/$/.test(url))
    expect(speakerPages.every((url) => !/\/(anonymous|group)-\d+\/$/.test(url))).toBe(true)
    expect(speakerPages).toHaveLength(data.speakers.speakers.length)
  })

  it('lists the latest articles, main topics and most quoted speakers on the home page', async () => {
    const home = await readPage(siteDir, '/')
    const latest = [...home.querySelectorAll('.home-latest .card-title a')].map((a) =>
      a.getAttribute('href'),
    )
    const newest = [...data.articles]
      .filter((article) => article.publishedAt)
      .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0]
    expect(latest[0]).toBe(`/articles/${newest?.slug}/`)
    expect(home.querySelectorAll('#topics-heading + .chips a').length).toBeGreaterThan(0)
    const most = Math.max(...data.speakers.speakers.map((speaker) => speaker.quotes.length))
    const first = home.querySelector('.ranked a')?.getAttribute('href')
    const top = data.speakers.speakers.find((speaker) => `/speakers/${speaker.id}/` === first)
    expect(top?.quotes.length).toBe(most)
  })
})

describe('article pages', () => {
  it("list the article's own tags as text, hostile ones too", async () => {
    const tagged = data.articles.filter((article) => article.tags.length > 0)
    expect(tagged.length).toBeGreaterThan(1)
    for (const article of data.articles) {
      const document = await readPage(siteDir, `/articles/${article.slug}/`)
      const shown = [...document.querySelectorAll('.article-tags li')].map(
        (item) => item.textContent,
      )
      expect(shown, article.slug).toEqual(article.tags)
    }
    const hostile = tagged.flatMap((article) => article.tags).filter((tag) => tag.includes('<'))
    expect(hostile.length).toBeGreaterThan(0)
    expect(tagged.flatMap((article) => article.tags)).toContain('{{ tag }}')
  })

  it('show the metadata, anchor every block and highlight every quote with a link to its speaker', async () => {
    for (const article of data.articles) {
      const document = await readPage(siteDir, `/articles/${article.slug}/`)
      expect(text(document.querySelector('h1'))).toBe(article.title.replace(/\s+/g, ' ').trim())
      if (article.dek)
        expect(text(document.querySelector('.dek'))).toBe(article.dek.replace(/\s+/g, ' ').trim())
      const meta = text(document.querySelector('.article-meta'))
      if (article.byline) expect(meta).toContain(article.byline)
      if (article.publisher) expect(meta).toContain(article.publisher)
      expect(meta).toContain(`${article.readTimeMinutes} min read`)
      if (article.publishedAt) {
        expect(document.querySelector('.article-meta time')?.getAttribute('datetime')).toBe(
          new Date(article.publishedAt).toISOString().slice(0, 10),
        )
      }
      for (const block of article.blocks) {
        const element = document.getElementById(block.id)
        expect(element, `${article.slug}#${block.id}`).not.toBeNull()
        expect(element?.querySelector(`a[href="#${block.id}"]`)).not.toBeNull()
      }
      for (const quote of article.quotes) {
        const mark = document.getElementById(`quote-${fragmentId(quote.id)}`)
        expect(mark?.tagName, `${article.slug} ${quote.id}`).toBe('MARK')
        const speaker = quote.speaker
        if (
          speaker &&
          named(speaker.kind) &&
          data.speakers.speakers.some((entry) => entry.id === speaker.id)
        ) {
          const links = [...(mark?.parentElement?.querySelectorAll('a.quote-by') ?? [])]
          expect(links.map((link) => link.getAttribute('href'))).toContain(
            `/speakers/${speaker.id}/`,
          )
        }
      }
      const topicLinks = [...document.querySelectorAll('[data-pagefind-filter="topic"]')].map((a) =>
        a.getAttribute('href'),
      )
      expect(topicLinks).toEqual(article.topics.map((topic) => `/topics/${topic.id}/`))
    }
  })

  it('lists the people, places and organizations mentioned, and related articles', async () => {
    const article = data.articles.find(
      (candidate) => candidate.entities.people.length > 0 && candidate.topics.length > 0,
    )
    expect(article).toBeDefined()
    if (!article) return
    const document = await readPage(siteDir, `/articles/${article.slug}/`)
    const people = [...document.querySelectorAll('#people-heading + ul li')].map(text)
    expect(people).toEqual(article.entities.people.map((entity) => entity.name))
    const related = [...document.querySelectorAll('.related .card-title a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(related.length).toBeGreaterThan(0)
    expect(related).not.toContain(`/articles/${article.slug}/`)
  })
})

describe('speaker pages', () => {
  it('show every quote with its context, date and a link to its paragraph', async () => {
    for (const speaker of data.speakers.speakers) {
      const document = await readPage(siteDir, `/speakers/${speaker.id}/`)
      expect(text(document.querySelector('h1'))).toBe(speaker.name.replace(/\s+/g, ' ').trim())
      expect(text(document.querySelector('.kicker'))).toBe(
        speaker.kind === 'person' ? 'Person' : 'Organization',
      )
      const items = [...document.querySelectorAll('.quote-item')]
      expect(items).toHaveLength(Math.min(speaker.quotes.length, 25))
      for (const ref of speaker.quotes.slice(0, 25)) {
        const article = data.articles.find((candidate) => candidate.slug === ref.article)
        const quote = article?.quotes.find((candidate) => candidate.id === ref.quoteId)
        const item = document.getElementById(`${ref.article}-${fragmentId(ref.quoteId)}`)
        expect(item, `${speaker.id}: ${ref.article}#${ref.quoteId}`).not.toBeNull()
        expect(
          item?.querySelector(`a[href="/articles/${ref.article}/#${quote?.blockId}"]`),
        ).not.toBeNull()
        const context = text(item?.querySelector('.quote-context mark'))
        expect(context.length).toBeGreaterThan(0)
        if (article?.publishedAt) expect(item?.querySelector('time')).not.toBeNull()
      }
      for (const role of speaker.roles) {
        const roles = [...document.querySelectorAll('#roles-heading + ul li')]
        expect(
          roles.some(
            (li) =>
              text(li).startsWith(role.role.replace(/\s+/g, ' ').trim()) &&
              li.querySelector(`a[href="/articles/${role.article}/"]`),
          ),
        ).toBe(true)
      }
      const topics = [...document.querySelectorAll('#topics-heading + ul a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(topics).toEqual(speaker.topics.map((topic) => `/topics/${topic.id}/`))
    }
  })

  it('lists the speakers quoted alongside them', async () => {
    const speaker = data.speakers.speakers.find((candidate) =>
      candidate.articles.some((slug) =>
        data.speakers.speakers.some(
          (other) => other.id !== candidate.id && other.articles.includes(slug),
        ),
      ),
    )
    expect(speaker).toBeDefined()
    if (!speaker) return
    const document = await readPage(siteDir, `/speakers/${speaker.id}/`)
    const alongside = [...document.querySelectorAll('#alongside-heading + ul a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(alongside.length).toBeGreaterThan(0)
    expect(alongside).not.toContain(`/speakers/${speaker.id}/`)
  })

  it('keeps unnamed sources on one listing, never merged into a person', async () => {
    const listing = await allPages('/sources/unnamed/')
    for (const ref of data.speakers.anonymous) {
      const id = `${ref.article}-${fragmentId(ref.quoteId)}`
      const item = listing.map((document) => document.getElementById(id)).find(Boolean)
      expect(item, `${ref.article}#${ref.quoteId}`).not.toBeNull()
      expect(text(item?.querySelector('.quote-speaker'))).toContain(
        ref.description.replace(/\s+/g, ' ').trim(),
      )
      const article = await readPage(siteDir, `/articles/${ref.article}/`)
      const mark = article.getElementById(`quote-${fragmentId(ref.quoteId)}`)
      expect(mark).not.toBeNull()
    }
    for (const speaker of data.speakers.speakers)
      expect(['person', 'organization']).toContain(speaker.kind)
  })
})

describe('topic pages and indexes', () => {
  it('list a topic’s articles newest first, its most quoted speakers and related topics', async () => {
    for (const topic of data.topics.topics) {
      const document = await readPage(siteDir, `/topics/${topic.id}/`)
      expect(text(document.querySelector('h1'))).toBe(topic.label.replace(/\s+/g, ' ').trim())
      const dates = [...document.querySelectorAll('.card time')].map(
        (time) => time.getAttribute('datetime') ?? '',
      )
      expect(dates).toEqual([...dates].sort().reverse())
      const links = [...document.querySelectorAll('.card-title a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(new Set(links)).toEqual(
        new Set(topic.articles.slice(0, 20).map((entry) => `/articles/${entry.slug}/`)),
      )
      const speakers = [...document.querySelectorAll('#speakers-heading + ol a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(speakers).toEqual(topic.speakers.slice(0, 10).map((entry) => `/speakers/${entry.id}/`))
      const related = [...document.querySelectorAll('#related-heading + ul a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(related).toEqual(topic.related.slice(0, 8).map((entry) => `/topics/${entry.id}/`))
    }
  })

  it('lists every speaker A–Z with counts, every topic and every article', async () => {
    const listed = (await allPages('/speakers/')).flatMap((document) => [
      ...document.querySelectorAll('.letter-group li'),
    ])
    expect(listed).toHaveLength(data.speakers.speakers.length)
    const names = listed.map((li) => text(li.querySelector('a')))
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    )
    for (const speaker of data.speakers.speakers) {
      const item = listed.find((li) => li.querySelector(`a[href="/speakers/${speaker.id}/"]`))
      expect(text(item?.querySelector('.count'))).toMatch(
        new RegExp(`^${speaker.quotes.length} quotes?$`),
      )
    }
    const topics = await readPage(siteDir, '/topics/')
    expect(topics.querySelectorAll('.columns li a')).toHaveLength(data.topics.topics.length)
    const articles = await readPage(siteDir, '/articles/')
    expect(articles.querySelectorAll('.card')).toHaveLength(Math.min(20, data.articles.length))
  })
})

describe('safety', () => {
  const hostileTitle = () => {
    const article = data.articles.find((candidate) => candidate.title.includes('<script>'))
    if (!article) throw new Error('The hostile fixture article is missing')
    return article
  }

  it('renders the hostile articles’ titles, front matter and quotes as inert text', async () => {
    const article = hostileTitle()
    const document = await readPage(siteDir, `/articles/${article.slug}/`)
    expect(text(document.querySelector('h1'))).toBe(article.title.replace(/\s+/g, ' ').trim())
    expect(text(document.querySelector('h1'))).toContain('{{')
    expect(document.querySelector('title')?.textContent).toContain('<script>')
    if (article.byline) expect(text(document.querySelector('.byline'))).toBe(article.byline)
    const [jsonLd] = jsonLdOf(document)
    expect(jsonLd?.headline).toBe(article.title)
    // A `javascript:` source URL is dropped at ingest (with a warning), and never linked.
    expect(article.url ?? null).toBeNull()
    expect(document.querySelector('.article-footer a[rel~="nofollow"]')).toBeNull()

    const quoted = data.articles.flatMap((candidate) =>
      candidate.quotes
        .filter((quote) => quote.text.includes('<script>'))
        .map((quote) => ({ candidate, quote })),
    )
    expect(quoted.length).toBeGreaterThan(0)
    for (const { candidate, quote } of quoted) {
      const page = await readPage(siteDir, `/articles/${candidate.slug}/`)
      expect(text(page.getElementById(`quote-${fragmentId(quote.id)}`))).toBe(
        quote.text.replace(/\s+/g, ' ').trim(),
      )
      expect(text(page.querySelector('h1'))).toBe(candidate.title.replace(/\s+/g, ' ').trim())
    }
  })

  it('has no script, event handler or javascript: URL on any page but its own', async () => {
    for (const url of pages) {
      const document = await readPage(siteDir, url)
      for (const script of document.querySelectorAll('script')) {
        const source = script.getAttribute('src')
        const type = script.getAttribute('type')
        const allowed =
          type === 'application/ld+json' ||
          (url === '/search/' && source === '/assets/search.js' && type === 'module')
        expect(allowed, `${url}: ${script.outerHTML.slice(0, 120)}`).toBe(true)
      }
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(
            attribute.name.startsWith('on'),
            `${url}: ${element.outerHTML.slice(0, 120)}`,
          ).toBe(false)
          if (['href', 'src', 'action', 'formaction', 'content'].includes(attribute.name)) {
            expect(
              attribute.value.trim().toLowerCase().startsWith('javascript:'),
              `${url}: ${attribute.name}`,
            ).toBe(false)
          }
        }
      }
      for (const tag of ['iframe', 'img', 'svg', 'object', 'embed', 'textarea', 'b']) {
        expect(document.querySelectorAll(tag), `${url} <${tag}>`).toHaveLength(0)
      }
    }
  })

  it('never renders article text as template source', async () => {
    const all = await Promise.all(
      pages.map(async (url) => (await readPage(siteDir, url)).toString()),
    )
    const html = all.join('\n')
    expect(html).toContain('{{ 7 * 7 }}')
    expect(html).not.toMatch(/Harbor 49 and/)
    const templates = (await listFiles(siteRoot('_includes')))
      .map((file) => path.join(siteRoot('_includes'), file))
      .concat(
        (await listFiles(siteRoot('pages'))).map((file) => path.join(siteRoot('pages'), file)),
      )
    for (const file of templates) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(/\|\s*safe\b/)
    }
  })

  it('gives named speakers safe, distinct path segments', () => {
    const ids = data.speakers.speakers.map((speaker) => speaker.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})

describe('links', () => {
  it('has no broken internal link or anchor', async () => {
    const broken: string[] = []
    let checked = 0
    for (const url of pages) {
      const document = await readPage(siteDir, url)
      const targets = [
        ...[...document.querySelectorAll('a[href], link[href]')].map(
          (element) => element.getAttribute('href') ?? '',
        ),
        ...[...document.querySelectorAll('script[src]')].map(
          (element) => element.getAttribute('src') ?? '',
        ),
        ...[...document.querySelectorAll('form[action]')].map(
          (element) => element.getAttribute('action') ?? '',
        ),
      ]
      for (const target of targets) {
        const resolved = new URL(target, `https://site.test${url}`)
        if (resolved.origin !== 'https://site.test') continue
        checked++
        const file = await fileForUrl(siteDir, resolved.pathname)
        if (!file) {
          broken.push(`${url} → ${target}`)
          continue
        }
        if (resolved.hash && file.endsWith('.html')) {
          const targetDocument = await readPage(siteDir, resolved.pathname)
          if (!targetDocument.getElementById(decodeURIComponent(resolved.hash.slice(1)))) {
            broken.push(`${url} → ${target} (no anchor)`)
          }
        }
      }
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(pages.length * 10)
  })
})

describe('feeds', () => {
  const parseXml = async (url: string) => {
    const file = await fileForUrl(siteDir, url)
    if (!file) throw new Error(`No feed at ${url}`)
    return new DOMParser().parseFromString(await readFile(file, 'utf8'), 'text/xml')
  }

  it('publishes a site-wide Atom feed and JSON Feed', async () => {
    const atom = await parseXml('/feed.xml')
    const entries = [...atom.querySelectorAll('entry')]
    expect(entries).toHaveLength(Math.min(PAGE_SIZES.siteFeedEntries, data.articles.length))
    for (const entry of entries) {
      expect(entry.querySelector('id')?.textContent).toMatch(
        new RegExp(`^${DEFAULT_SITE_URL}/articles/[a-z0-9-]+/$`),
      )
      expect(entry.querySelector('updated')?.textContent).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/,
      )
      expect(entry.querySelector('title')?.textContent?.length).toBeGreaterThan(0)
    }
    const hostile = data.articles.find((article) => article.title.includes('<script>'))
    expect(entries.map((entry) => entry.querySelector('title')?.textContent)).toContain(
      hostile?.title,
    )
    const json = (await readJson(siteDir, '/feed.json')) as {
      version: string
      items: { id: string; title: string }[]
    }
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items.map((item) => item.title)).toEqual(
      entries.map((entry) => entry.querySelector('title')?.textContent),
    )
  })

  it('publishes one Atom and one JSON feed per topic and per speaker, linked from their pages', async () => {
    const owners = [
      ...data.topics.topics.map((topic) => ({
        url: `/topics/${topic.id}/`,
        count: topic.articles.length,
      })),
      ...data.speakers.speakers.map((speaker) => ({
        url: `/speakers/${speaker.id}/`,
        count: new Set(speaker.articles).size,
      })),
    ]
    for (const owner of owners) {
      const atom = await parseXml(`${owner.url}feed.xml`)
      expect(atom.querySelectorAll('entry'), owner.url).toHaveLength(
        Math.min(PAGE_SIZES.feedEntries, owner.count),
      )
      const json = (await readJson(siteDir, `${owner.url}feed.json`)) as { items: unknown[] }
      expect(json.items).toHaveLength(Math.min(PAGE_SIZES.feedEntries, owner.count))
      const page = await readPage(siteDir, owner.url)
      expect(
        page.querySelector(`link[rel="alternate"][href="${owner.url}feed.xml"]`),
      ).not.toBeNull()
    }
  })
})

describe('metadata', () => {
  it('gives every page a canonical URL, Open Graph and Twitter meta', async () => {
    for (const url of pages) {
      const document = await readPage(siteDir, url)
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(
        `${DEFAULT_SITE_URL}${url}`,
      )
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
        expect(
          document.querySelector(`meta[property="${property}"]`),
          `${url} ${property}`,
        ).not.toBeNull()
      }
      expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull()
      expect(document.documentElement.getAttribute('lang')).toBe('en')
      expect(document.querySelectorAll('h1'), url).toHaveLength(1)
    }
  })

  it('describes articles as NewsArticle with Quotations and speakers as Person or Organization', async () => {
    for (const article of data.articles) {
      const [jsonLd] = jsonLdOf(await readPage(siteDir, `/articles/${article.slug}/`))
      expect(jsonLd?.['@type']).toBe('NewsArticle')
      expect(jsonLd?.headline).toBe(article.title)
      const parts = (jsonLd?.hasPart ?? []) as { '@type': string; text: string }[]
      // Alone, a quote drops the comma that joined it to its sentence.
      expect(parts.map((part) => part.text)).toEqual(
        article.quotes.map((quote) => displayQuote(quote.text)),
      )
      expect(parts.every((part) => part['@type'] === 'Quotation')).toBe(true)
    }
    for (const speaker of data.speakers.speakers) {
      const [jsonLd] = jsonLdOf(await readPage(siteDir, `/speakers/${speaker.id}/`))
      const graph = (jsonLd?.['@graph'] ?? []) as {
        '@type': string
        name?: string
        spokenByCharacter?: { '@id': string }
      }[]
      expect(graph[0]?.['@type']).toBe(speaker.kind === 'person' ? 'Person' : 'Organization')
      expect(graph[0]?.name).toBe(speaker.name)
      const quotations = graph.filter((node) => node['@type'] === 'Quotation')
      expect(quotations).toHaveLength(Math.min(25, speaker.quotes.length))
      expect(
        quotations.every((node) =>
          node.spokenByCharacter?.['@id']?.endsWith(`/speakers/${speaker.id}/#speaker`),
        ),
      ).toBe(true)
    }
  })

  it('lists every indexable page in sitemap.xml and points robots.txt at it', async () => {
    const file = await fileForUrl(siteDir, '/sitemap.xml')
    const sitemap = new DOMParser().parseFromString(await readFile(file ?? '', 'utf8'), 'text/xml')
    const locations = [...sitemap.querySelectorAll('loc')].map((loc) => loc.textContent)
    const expected = pages
      .filter((url) => url !== '/404.html')
      .map((url) => `${DEFAULT_SITE_URL}${url}`)
    expect(new Set(locations)).toEqual(new Set(expected))
    const robots = await readFile((await fileForUrl(siteDir, '/robots.txt')) ?? '', 'utf8')
    expect(robots).toContain(`Sitemap: ${DEFAULT_SITE_URL}/sitemap.xml`)
  })
})

describe('open data and search index', () => {
  it('publishes the processed JSON under /api/, valid against the schemas', async () => {
    for (const article of data.articles) {
      const published = await readJson(siteDir, `/api/articles/${article.slug}.json`)
      expect(Article.parse(published)).toEqual(article)
    }
    expect(SpeakerIndex.parse(await readJson(siteDir, '/api/speakers.json'))).toEqual(data.speakers)
    expect(TopicIndex.parse(await readJson(siteDir, '/api/topics.json'))).toEqual(data.topics)
    const list = (await readJson(siteDir, '/api/articles.json')) as { articles: { slug: string }[] }
    expect(list.articles.map((entry) => entry.slug).sort()).toEqual(
      data.articles.map((a) => a.slug).sort(),
    )
  })

  it('validates the article list against its schema', async () => {
    const list = ArticleList.parse(await readJson(siteDir, '/api/articles.json'))
    expect(list.articles.map((entry) => entry.slug).sort()).toEqual(
      data.articles.map((a) => a.slug).sort(),
    )
  })

  it('publishes the JSON Schema of each kind of file, as the schema package generates it', async () => {
    const generated = jsonSchemas()
    expect(publishedSchemaStems.length).toBeGreaterThan(0)
    for (const stem of ['article', 'article-list', 'speakers', 'topics', 'report'])
      expect(publishedSchemaStems).toContain(stem)
    for (const stem of publishedSchemaStems)
      expect(await readJson(siteDir, schemaApiUrl(stem))).toEqual(generated[stem])
    // Recorded as made by the build, so a later build replaces or removes them, and nothing else.
    const manifest = JSON.parse(await readFile(path.join(siteDir, SITE_MARKER), 'utf8')) as {
      copies: string[]
    }
    for (const stem of publishedSchemaStems)
      expect(manifest.copies).toContain(schemaApiUrl(stem).slice(1))
  })

  it('links each file of the /api/ page to its schema, and every link there resolves', async () => {
    const page = await readPage(siteDir, '/api/')
    const links = [...page.querySelectorAll('main a[href]')].map(
      (a) => a.getAttribute('href') ?? '',
    )
    for (const stem of publishedSchemaStems) expect(links).toContain(schemaApiUrl(stem))
    for (const link of links) expect(await fileForUrl(siteDir, link), link).not.toBeNull()
  })

  it('builds a Pagefind index with topic and speaker filters', async () => {
    const shards = await searchShards(siteDir)
    expect(shards.length).toBeGreaterThan(0)
    let indexed = 0
    for (const shard of shards) {
      const files = await listFiles(shard)
      expect(files).toContain('pagefind.js')
      expect(files.some((file) => file.startsWith('filter/'))).toBe(true)
      const entry = JSON.parse(await readFile(path.join(shard, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>
      }
      for (const language of Object.values(entry.languages)) indexed += language.page_count
    }
    expect(indexed).toBe(
      data.articles.length + data.speakers.speakers.length + data.topics.topics.length,
    )
    const article = await readPage(siteDir, `/articles/${data.articles[0]?.slug}/`)
    expect(article.querySelector('main[data-pagefind-body]')).not.toBeNull()
  })
})

function siteRoot(folder: string) {
  return path.join(path.dirname(new URL(import.meta.url).pathname), '..', folder)
}
