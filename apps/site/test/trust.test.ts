import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Article } from '@newsroom/schema'
import escapeRegExp from 'escape-string-regexp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UNDATED } from '../lib/model/feeds.js'
import { siteRoot } from '../scripts/lib/run-command.js'
import {
  fileForUrl,
  jsonLdOf,
  parseSitePage,
  parseSiteXml,
  readSiteFile,
  searchFragments,
  textOf,
} from './helpers/site-files.js'
import { feedProblems, htmlProblems } from './helpers/validators.js'

/**
 * Issue 13, end to end: a content folder in every input form (a saved HTML page with a share
 * bar, og:image and a byline of two people and a company; Markdown with a taxonomy tag; JSON;
 * plain text, undated) goes through `newsroom process`, Eleventy and Pagefind, and the
 * published pages, feeds, JSON-LD and search index are read as a reader and a feed reader
 * would. All people and places are fictional.
 */

const contentDir = path.join(siteRoot, 'test', 'fixtures', 'trust')
const ferry = 'ferry-crews-vote-to-strike-over-winter-rosters'
const lantern = 'lantern-festival-returns-to-the-old-harbor-after-two-quiet-years'
const pact = 'port-averly-signs-a-fisheries-pact-with-the-united-states'
const library = 'library-opens-its-reading-room-at-night-for-exam-season'
/** The share bar of the saved page, and the words of it that must not survive anywhere. */
const shareBar = /Share on|Facebook/

let workDir: string
let siteDir: string
let dataDir: string

const read = (url: string) => readSiteFile(siteDir, url)
const page = (url: string) => parseSitePage(siteDir, url)
const xml = (url: string) => parseSiteXml(siteDir, url)
const text = textOf
const article = async (slug: string) =>
  JSON.parse(await readFile(path.join(dataDir, 'articles', `${slug}.json`), 'utf8')) as Article

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-trust-'))
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      path.join(siteRoot, 'scripts', 'build-site.ts'),
      contentDir,
      path.join(workDir, 'build'),
    ],
    { cwd: siteRoot, maxBuffer: 64 * 1024 * 1024 },
  )
  const folders = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
    dataDir: string
    siteDir: string
  }
  siteDir = folders.siteDir
  dataDir = folders.dataDir
  // Processing five articles and building their site takes about 15 s alone on 2 cores.
}, 240_000)

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('validators', () => {
  it('find no html-validate error (standard and a11y presets) and no feed problem', async () => {
    expect(await htmlProblems(siteDir)).toEqual([])
    expect(await feedProblems(siteDir)).toEqual([])
  })
})

describe('feeds', () => {
  it('list undated articles last, dated by when they were first seen, in Atom and JSON alike', async () => {
    const undated = await Promise.all([pact, library].map(article))
    for (const entry of undated) expect(entry.publishedAt).toBeNull()

    const atom = await xml('/feed.xml')
    const entries = [...atom.querySelectorAll('entry')].map((entry) => ({
      id: entry.querySelector('id')?.textContent ?? '',
      updated: entry.querySelector('updated')?.textContent ?? '',
      published: entry.querySelector('published')?.textContent ?? null,
    }))
    expect(entries).toHaveLength(5)
    const dated = entries.slice(0, 3)
    // Dated entries newest first, each with its own date.
    expect(dated.every((entry) => entry.published === entry.updated)).toBe(true)
    expect(dated.map((entry) => entry.updated)).toEqual(
      dated
        .map((entry) => entry.updated)
        .sort()
        .reverse(),
    )
    // The undated ones come last, with no publication date: updated is the day `newsroom
    // process` first saw the file, never the newest article's date.
    const last = entries.slice(3)
    expect(last.map((entry) => entry.published)).toEqual([null, null])
    expect(last.map((entry) => entry.id.split('/').at(-2)).sort()).toEqual([library, pact].sort())
    for (const entry of last) {
      const data = undated.find((candidate) => entry.id.includes(candidate.slug))
      const firstSeen = data?.firstSeen ? `${data.firstSeen.slice(0, 10)}T00:00:00Z` : UNDATED
      expect(entry.updated).toBe(firstSeen)
      expect(entry.updated).not.toBe(dated[0]?.updated)
    }

    const json = JSON.parse(await read('/feed.json')) as {
      items: { id: string; date_published?: string; date_modified?: string }[]
    }
    expect(
      json.items.map((item) => ({
        id: item.id,
        updated: item.date_modified ?? UNDATED,
        published: item.date_published ?? null,
      })),
    ).toEqual(entries)
  })
})

describe('a saved HTML page', () => {
  it('loses its share bar: not on the page, in the feeds, the search index or the entities', async () => {
    const document = await page(`/articles/${ferry}/`)
    const body = document.querySelector('.article-body')
    expect(text(body)).not.toMatch(shareBar)
    expect(text(body?.querySelector('#p1'))).toMatch(/^Crews on the ferry between Port Alder/)
    // The dateline the share bar sat above is found, and shown once.
    expect(text(document.querySelector('.dateline'))).toBe('PORT ALDER (Coast Wire) —')
    expect(text(body)).not.toContain('PORT ALDER')
    const data = await article(ferry)
    expect(data.dateline?.place).toBe('PORT ALDER')
    expect(data.entities.organizations.map((entity) => entity.name)).not.toContain('Facebook')
    expect(text(document.querySelector('#organizations-heading + ul'))).not.toMatch(shareBar)
    expect(await read('/feed.xml')).not.toMatch(shareBar)
    expect(await read('/feed.json')).not.toMatch(shareBar)
    for (const fragment of await fragments()) expect(fragment.content).not.toMatch(shareBar)
  })

  it('gives NewsArticle its og:image and types each author of the byline', async () => {
    const [jsonLd] = jsonLdOf(await page(`/articles/${ferry}/`))
    expect(jsonLd?.['@type']).toBe('NewsArticle')
    expect(jsonLd?.image).toEqual(['https://ledger.example.com/images/ferry-crews.jpg'])
    expect(jsonLd?.author).toEqual([
      { '@type': 'Person', name: 'Ana Vale' },
      { '@type': 'Person', name: 'Tomas Brel' },
      { '@type': 'Organization', name: 'Northwind Energy' },
    ])
    // Shared on social media, the page shows the same image.
    const head = (await page(`/articles/${ferry}/`)).head
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      'https://ledger.example.com/images/ferry-crews.jpg',
    )
    expect(head.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
      'summary_large_image',
    )
    const undated = (await page(`/articles/${library}/`)).head
    expect(undated.querySelector('meta[property="og:image"]')).toBeNull()
  })
})

describe('quotes', () => {
  it('put the speaker after the closing quotation mark', async () => {
    const paragraph = (await page(`/articles/${ferry}/`)).querySelector('#p2')
    const mark = paragraph?.querySelector('mark.quote')
    expect(text(mark)).toMatch(/^We are not asking for more money.*families,$/)
    expect(mark?.nextSibling?.textContent).toBe('” ')
    expect(mark?.nextSibling?.nextSibling).toBe(paragraph?.querySelector('a.quote-by'))
    expect(text(paragraph)).toMatch(/families,” Quote by Leif Arnason said Leif Arnason/)
  })

  it('shown alone, drop the comma that joined them to their sentence, in HTML and JSON-LD', async () => {
    const document = await page('/speakers/odile-fenwick/')
    const headings = [...document.querySelectorAll('.quote-text')].map(text)
    expect(headings).toContain('“We wanted the harbor to feel like a village square again”')
    expect(headings.filter((heading) => /[,;:]”$/.test(heading))).toEqual([])
    const texts = [...jsonLdOf(document), ...jsonLdOf(await page(`/articles/${ferry}/`))].flatMap(
      quotationTexts,
    )
    expect(texts.length).toBeGreaterThan(2)
    expect(texts.filter((quote) => /[,;:]$/.test(quote))).toEqual([])
  })
})

describe('speakers', () => {
  it('list a description as a role, never as another name', async () => {
    const document = await page('/speakers/odile-fenwick/')
    expect(text(document.querySelector('.aliases'))).toBe('Also called: Fenwick')
    const roles = [...document.querySelectorAll('#roles-heading + ul li')].map(text)
    expect(roles.some((role) => /committee's chair/.test(role))).toBe(true)
  })

  it('take no role from how a statement was delivered', async () => {
    const document = await page('/speakers/rosa-vance/')
    const roles = [...document.querySelectorAll('#roles-heading + ul li')].map(text)
    expect(roles.some((role) => /^Mayor\b/.test(role))).toBe(true)
    expect(roles.filter((role) => /statement|press secretary|delivered/i.test(role))).toEqual([])
    expect(text(document.querySelector('.aliases'))).not.toMatch(/statement|secretary/i)
  })

  it('file a name under the letter it sorts with, each letter once', async () => {
    const document = await page('/speakers/')
    const letters = [...document.querySelectorAll('.letter-heading')].map(text)
    expect(letters).toEqual([...new Set(letters)])
    const group = document.querySelector('#letter-l')?.closest('section')
    expect(text(group)).toContain('Łucja Wrzosek')
    expect(text(group)).toContain('Leif Arnason')
  })
})

describe('keyphrases and topics', () => {
  it('keep keyphrases whole: "United States", never "States"', async () => {
    const data = (await JSON.parse(await read(`/api/articles/${pact}.json`))) as Article
    const texts = data.keyphrases.map((keyphrase) => keyphrase.text)
    expect(texts).not.toContain('States')
    expect(texts).not.toContain('United')
    const prose = [data.title, ...data.blocks.map((block) => block.text)].join('\n')
    for (const keyphrase of texts) {
      const whole = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(keyphrase)}(?![\\p{L}\\p{N}])`,
        'u',
      )
      expect(prose, keyphrase).toMatch(whole)
    }
  })

  it('count a front-matter tag from the taxonomy as a topic, on the page and in JSON-LD', async () => {
    const data = await article(lantern)
    expect(data.topics.map((topic) => topic.id)).toContain('climate-change')
    const document = await page(`/articles/${lantern}/`)
    const links = [...document.querySelectorAll('a[href="/topics/climate-change/"]')]
    expect(links.length).toBeGreaterThan(0)
    const [jsonLd] = jsonLdOf(document)
    expect(jsonLd?.about).toContainEqual(expect.objectContaining({ name: 'Climate change' }))
    expect(await fileForUrl(siteDir, '/topics/climate-change/')).not.toBeNull()
  })
})

describe('search index', () => {
  it('indexes content, not furniture; topic pages by name only; filters from the content', async () => {
    const all = await fragments()
    for (const fragment of all) {
      for (const furniture of ['Quote by', 'JSON Feed', 'Atom feed', 'Articles.', 'min read']) {
        expect(fragment.content, `${fragment.url}: ${furniture}`).not.toContain(furniture)
      }
    }
    expect(all.find((fragment) => fragment.url === '/topics/climate-change/')?.content).toBe(
      'Climate change.',
    )
    const festival = all.find((fragment) => fragment.url === `/articles/${lantern}/`)
    expect(festival?.filters.speaker?.sort()).toEqual(
      ['Łucja Wrzosek', 'Odile Fenwick', 'Rosa Vance'].sort(),
    )
    // Topic pages index only their name, speaker pages their names and roles: the quotes are
    // searched on the articles they are in.
    const speaker = all.find((fragment) => fragment.url === '/speakers/odile-fenwick/')
    expect(speaker?.content).toContain('Odile Fenwick')
    expect(speaker?.content).not.toContain('village square')
    expect(festival?.content).toContain('village square')
  })
})

/** The text of every Quotation in a JSON-LD document, however deep. */
function quotationTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(quotationTexts)
  if (typeof node !== 'object' || node === null) return []
  const record = node as Record<string, unknown>
  const own =
    record['@type'] === 'Quotation' && typeof record.text === 'string' ? [record.text] : []
  return [...own, ...Object.values(record).flatMap(quotationTexts)]
}

const fragments = () => searchFragments(siteDir)
