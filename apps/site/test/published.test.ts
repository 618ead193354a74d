import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSpeakerIndex, buildTopicIndex } from '@newsroom/enrich'
import type { Quote, Speaker } from '@newsroom/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteUrlWarning } from '../eleventy.config.js'
import type { SiteArticle } from '../lib/load-data.js'
import { UNDATED } from '../lib/model/feeds.js'
import { SITE_MARKER } from '../scripts/lib/render-site.js'
import { runCommand, siteRoot } from '../scripts/lib/run-command.js'
import { emptyReport, makeArticle } from './helpers/factory.js'
import {
  fileForUrl,
  listFiles,
  parseSitePage,
  parseSiteXml,
  readSiteFile,
  searchFragments,
  textOf,
} from './helpers/site-files.js'

/**
 * A site built with `pnpm build` (scripts/build.ts) from processed data written here, for the
 * cases the fixture content cannot produce on demand: undated articles with and without a
 * first-seen date, quotations whose span stops before the closing mark, a speaker the articles
 * also describe, and an article deleted between two builds. All people are fictional.
 */

const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const rosaInArticle = (aliases: string[]): Speaker => ({
  ...rosa,
  roles: ['Mayor'],
  aliases,
  description: null,
  quoteCount: 1,
})
const harbor = {
  id: 'harbor',
  label: 'Harbor',
  score: 0.8,
  source: 'taxonomy' as const,
  evidence: [],
}

/** An article with one paragraph and a quote of Rosa Vance on the span `[start, end)`. */
function quoted(
  slug: string,
  text: string,
  quoteText: string,
  overrides: Partial<SiteArticle> = {},
): SiteArticle {
  const start = text.indexOf(quoteText)
  if (start < 0) throw new Error(`fixture: ${quoteText} not in ${text}`)
  const quote: Quote = {
    id: 'q1',
    text: quoteText,
    blockId: 'p1',
    spans: [{ blockId: 'p1', start, end: start + quoteText.length }],
    cue: 'said',
    mention: 'Rosa Vance',
    speaker: rosa,
    confidence: 0.9,
    sentiment: null,
  }
  return makeArticle({
    slug,
    title: `Story ${slug}`,
    blocks: [{ id: 'p1', type: 'paragraph', text }],
    quotes: [quote],
    speakers: [rosaInArticle(['Vance'])],
    topics: [harbor],
    ...overrides,
  })
}

const articles: SiteArticle[] = [
  quoted(
    'quay-rebuilt',
    '“We will rebuild the quay,” said Rosa Vance, the mayor of Port Averly.',
    'We will rebuild the quay,',
    {
      publishedAt: '2031-04-02T09:00:00Z',
      speakers: [rosaInArticle(['Vance', 'the mayor', "Port Averly's first citizen"])],
    },
  ),
  quoted(
    'fares-frozen',
    '"Fares stay where they are", Vance said on Friday.',
    'Fares stay where they are',
    {
      publishedAt: '2031-03-01T09:00:00Z',
    },
  ),
  quoted('seen-lately', '“The lights are back on,” Vance said.', 'The lights are back on,', {
    publishedAt: null,
    firstSeen: '2031-05-01T00:00:00Z',
  }),
  quoted('never-dated', '“The bridge will hold,” Vance said.', 'The bridge will hold,', {
    publishedAt: null,
  }),
  quoted(
    'withdrawn-story',
    '“This story will be withdrawn,” Vance said.',
    'This story will be withdrawn,',
    {
      publishedAt: '2031-03-20T09:00:00Z',
    },
  ),
]

async function writeData(dir: string, list: SiteArticle[]): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(path.join(dir, 'articles'), { recursive: true })
  for (const article of list) {
    await writeFile(path.join(dir, 'articles', `${article.slug}.json`), JSON.stringify(article))
  }
  await writeFile(path.join(dir, 'speakers.json'), JSON.stringify(buildSpeakerIndex(list)))
  await writeFile(path.join(dir, 'topics.json'), JSON.stringify(buildTopicIndex(list)))
  await writeFile(
    path.join(dir, 'report.json'),
    JSON.stringify({ ...emptyReport, articles: list.length }),
  )
}

/** `pnpm build` of the site, in a child process as a user runs it; its output. */
function build(dataDir: string, outDir: string, env: Record<string, string> = {}) {
  return runCommand(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      path.join(siteRoot, 'scripts', 'build.ts'),
      '--output',
      outDir,
    ],
    {
      NEWSROOM_DATA: dataDir,
      NEWSROOM_SITE_URL: '',
      // The records cache goes in the test's own folder, beside the one it looks into.
      NEWSROOM_SITE_CACHE: cacheDir,
      ...env,
    },
  )
}

let workDir: string
let cacheDir: string
let siteDir: string
let dataDir: string
let firstOutput: string

const read = (url: string) => readSiteFile(siteDir, url)
const page = (url: string) => parseSitePage(siteDir, url)
const xml = (url: string) => parseSiteXml(siteDir, url)
const text = textOf

const fragments = () => searchFragments(siteDir)

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-published-cache-'))
  workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-published-'))
  dataDir = path.join(workDir, 'data')
  siteDir = path.join(workDir, 'site')
  await writeData(dataDir, articles)
  firstOutput = await build(dataDir, siteDir)
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
  await rm(cacheDir, { recursive: true, force: true })
})

describe('quote display', () => {
  it('places the speaker after the closing quotation mark, not inside it', async () => {
    const curly = (await page('/articles/quay-rebuilt/')).querySelector('#p1')
    const mark = curly?.querySelector('mark.quote')
    expect(text(mark)).toBe('We will rebuild the quay,')
    expect(mark?.nextSibling?.textContent).toBe('” ')
    expect(mark?.nextSibling?.nextSibling).toBe(curly?.querySelector('a.quote-by'))

    const straight = (await page('/articles/fares-frozen/')).querySelector('#p1')
    expect(text(straight)).toMatch(
      /^"Fares stay where they are" Quote by Rosa Vance, Vance said on Friday\. ¶/,
    )
  })

  it('shows a quote alone without the punctuation of the sentence around it', async () => {
    const document = await page('/speakers/rosa-vance/')
    const headings = [...document.querySelectorAll('.quote-text')].map(text)
    expect(headings).toContain('“We will rebuild the quay”')
    expect(headings).toContain('“Fares stay where they are”')
    expect(headings.every((heading) => !/[,;:]”$/.test(heading))).toBe(true)
    // The context keeps the sentence as the article has it.
    expect(text(document.querySelector('#quay-rebuilt-q1 .quote-context'))).toContain(
      '“We will rebuild the quay,” said Rosa Vance',
    )
  })
})

describe('roles and other names', () => {
  it('lists a description of a speaker among their roles, not as another name', async () => {
    const document = await page('/speakers/rosa-vance/')
    expect(text(document.querySelector('.aliases'))).toBe('Also called: Vance')
    const roles = [...document.querySelectorAll('#roles-heading + ul li')].map(text)
    expect(roles).toContain("Port Averly's first citizen")
    expect(roles.filter((role) => role.startsWith('Mayor'))).not.toHaveLength(0)
    // "the mayor" says what "Mayor" says: not listed twice.
    expect(roles.some((role) => role.startsWith('the mayor'))).toBe(false)
  })
})

describe('feeds', () => {
  it('puts undated articles last, dated by when they were first seen, in Atom and JSON alike', async () => {
    const atom = await xml('/feed.xml')
    const entries = [...atom.querySelectorAll('entry')].map((entry) => ({
      url: entry.querySelector('id')?.textContent,
      updated: entry.querySelector('updated')?.textContent,
      published: entry.querySelector('published')?.textContent ?? null,
    }))
    const article = (slug: string) => `https://newsroom.example/articles/${slug}/`
    expect(entries).toEqual([
      {
        url: article('quay-rebuilt'),
        updated: '2031-04-02T09:00:00Z',
        published: '2031-04-02T09:00:00Z',
      },
      {
        url: article('withdrawn-story'),
        updated: '2031-03-20T09:00:00Z',
        published: '2031-03-20T09:00:00Z',
      },
      {
        url: article('fares-frozen'),
        updated: '2031-03-01T09:00:00Z',
        published: '2031-03-01T09:00:00Z',
      },
      { url: article('seen-lately'), updated: '2031-05-01T00:00:00Z', published: null },
      { url: article('never-dated'), updated: UNDATED, published: null },
    ])
    // The newest date the feed knows: when the undated article was first seen.
    expect(atom.querySelector('feed > updated')?.textContent).toBe('2031-05-01T00:00:00Z')

    const json = JSON.parse(await read('/feed.json')) as {
      items: { id: string; date_published?: string; date_modified?: string }[]
    }
    expect(
      json.items.map((item) => ({
        url: item.id,
        updated: item.date_modified ?? UNDATED,
        published: item.date_published ?? null,
      })),
    ).toEqual(entries)
    expect(json.items.at(-1)).not.toHaveProperty('date_modified')
  })

  it('keeps topic and speaker feeds to summaries', async () => {
    const json = JSON.parse(await read('/topics/harbor/feed.json')) as {
      items: { content_text?: string; content_html?: string }[]
    }
    expect(json.items.length).toBe(articles.length)
    expect(json.items.every((item) => item.content_html === undefined && item.content_text)).toBe(
      true,
    )
    const speaker = await xml('/speakers/rosa-vance/feed.xml')
    const content = speaker.querySelector('entry content')?.textContent ?? ''
    expect(content).toContain('<blockquote')
    expect(content).not.toContain('<h2>')
  })
})

describe('search index', () => {
  it('indexes what pages say, not their furniture', async () => {
    const all = await fragments()
    expect(all.length).toBeGreaterThan(0)
    for (const fragment of all) {
      for (const furniture of [
        'Quote by',
        'JSON Feed',
        'Atom feed',
        'min read',
        'In context',
        'Link to this paragraph',
      ]) {
        expect(fragment.content, `${fragment.url}: ${furniture}`).not.toContain(furniture)
      }
    }
    const topic = all.find((fragment) => fragment.url === '/topics/harbor/')
    expect(topic?.content).toBe('Harbor.')
    // The lists around an article are not indexed, but still file it under its speakers.
    const article = all.find((fragment) => fragment.url === '/articles/quay-rebuilt/')
    expect(article?.filters.speaker).toEqual(['Rosa Vance'])
    expect(article?.filters.topic).toEqual(['Harbor'])
    expect(article?.content).toContain('We will rebuild the quay')
    // A speaker is found by name and role; their quotes are searched on the articles they are in.
    const speaker = all.find((fragment) => fragment.url === '/speakers/rosa-vance/')
    expect(speaker?.content).toContain('Rosa Vance')
    expect(speaker?.content).toContain('Mayor')
    expect(speaker?.content).not.toContain('rebuild')
    expect(speaker?.filters.speaker).toEqual(['Rosa Vance'])
  })
})

describe('publishing', () => {
  it('warns when the public URL of a production build is not set', () => {
    expect(firstOutput).toContain(siteUrlWarning)
  })

  it('puts every link under the path of a site URL that has one', async () => {
    const prefixed = path.join(workDir, 'prefixed')
    try {
      await build(dataDir, prefixed, {
        NEWSROOM_SITE_URL: 'https://news.example.org/newsroom',
        NEWSROOM_SITE_CACHE: 'off',
      })
      // A URL from the root of the domain (`href="/articles/"`, `"/pagefind/`, `url(/`) anywhere
      // in what a browser, a feed reader or a crawler reads; `//host` is not one. The search index
      // is Pagefind's own: the search page gives its results the path (the browser tests).
      const rootRelative = /(?:[\w-]+=["']|["'`(])\/(?!\/|newsroom\/)(?=[\w#?"'`)]|$)/g
      const found: string[] = []
      const files = (await listFiles(prefixed)).filter(
        (file) => !file.startsWith('pagefind/') && /\.(html|xml|json|js|txt|css)$/.test(file),
      )
      for (const file of files) {
        const content = await readFile(path.join(prefixed, file), 'utf8')
        for (const match of content.matchAll(rootRelative)) {
          found.push(`${file}: ${content.slice(match.index, match.index + 40)}`)
        }
      }
      expect(files.length).toBeGreaterThan(20)
      expect(found).toEqual([])
      // The absolute URLs keep the path too.
      const sitemap = await readSiteFile(prefixed, '/sitemap.xml')
      expect(sitemap).toContain(
        '<loc>https://news.example.org/newsroom/articles/quay-rebuilt/</loc>',
      )
      const feed = await readSiteFile(prefixed, '/feed.xml')
      expect(feed).toContain('<link href="https://news.example.org/newsroom/feed.xml" rel="self"')
      expect(await readSiteFile(prefixed, '/robots.txt')).toContain(
        'Sitemap: https://news.example.org/newsroom/sitemap.xml',
      )
      const article = await parseSitePage(prefixed, '/articles/quay-rebuilt/')
      expect(article.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
        '/newsroom/assets/site.css',
      )
      expect(article.querySelector('.quote-by')?.getAttribute('href')).toMatch(
        /^\/newsroom\/speakers\/rosa-vance\//,
      )
    } finally {
      await rm(prefixed, { recursive: true, force: true })
    }
  })

  it('writes robots.txt as plain text, the URLs in it percent-encoded', async () => {
    const quirky = path.join(workDir, 'quirky')
    try {
      await build(dataDir, quirky, {
        NEWSROOM_SITE_URL: "https://news.example.org/o'neil news&co",
        NEWSROOM_SITE_CACHE: 'off',
      })
      // No HTML escapes (`&#39;`, `&amp;`): a crawler would read them as they are.
      expect(await readSiteFile(quirky, '/robots.txt')).toBe(
        [
          'User-agent: *',
          'Allow: /',
          "Disallow: /o'neil%20news&co/pagefind/",
          '',
          "Sitemap: https://news.example.org/o'neil%20news&co/sitemap.xml",
          '',
        ].join('\n'),
      )
    } finally {
      await rm(quirky, { recursive: true, force: true })
    }
  })

  it('refuses a site URL with a query, a fragment or a password, in its own words, making nothing', async () => {
    const refused = path.join(workDir, 'refused')
    for (const [url, message] of [
      [
        'https://news.example.org/newsroom?x=1#f',
        'to be an origin and a path, without a query (?…) or fragment (#…)',
      ],
      ['https://deploy:s3cret@news.example.org/', 'to hold no user name or password'],
    ] as const) {
      const failure = await build(dataDir, refused, { NEWSROOM_SITE_URL: url }).then(
        () => null,
        (error: Error) => error.message,
      )
      // Eleventy would say "Error in your Eleventy config file" and no more.
      expect(failure).toContain(`Expected \`NEWSROOM_SITE_URL\` ${message}`)
      expect(failure).not.toContain('s3cret')
      expect((await readdir(workDir)).sort()).toEqual(['data', 'site'])
    }
  })

  it('rebuilds to exactly what the data says: a deleted article leaves nothing behind', async () => {
    expect(await fileForUrl(siteDir, '/articles/withdrawn-story/')).not.toBeNull()
    const before = await fragments()
    expect(before.some((fragment) => fragment.url === '/articles/withdrawn-story/')).toBe(true)
    // Not the build's: kept.
    await writeFile(path.join(siteDir, '.nojekyll'), '')

    await writeData(
      dataDir,
      articles.filter((article) => article.slug !== 'withdrawn-story'),
    )
    const output = await build(dataDir, siteDir, { NEWSROOM_SITE_URL: 'https://news.example.org' })
    expect(output).not.toContain(siteUrlWarning)

    const files = await listFiles(siteDir)
    expect(files.filter((file) => file.includes('withdrawn-story'))).toEqual([])
    const speaker = await read('/speakers/rosa-vance/')
    expect(speaker).not.toContain('withdrawn')
    expect(await read('/sitemap.xml')).not.toContain('withdrawn')
    expect(await read('/speakers/rosa-vance/feed.xml')).not.toContain('withdrawn')
    const after = await fragments()
    expect(after.map((fragment) => fragment.url)).not.toContain('/articles/withdrawn-story/')
    expect(after.some((fragment) => fragment.content.includes('withdrawn'))).toBe(false)
    expect(files).toContain('.nojekyll')
    expect(files).toContain(SITE_MARKER)
    expect(speaker).toContain('https://news.example.org/speakers/rosa-vance/')
    // Nothing left beside the site either.
    expect((await readdir(workDir)).sort()).toEqual(['data', 'site'])
  })

  it('renders again only what changed', async () => {
    const env = { NEWSROOM_SITE_URL: 'https://news.example.org' }
    const figures = (output: string) =>
      /(\d+) files rendered, (\d+) unchanged, (\d+) removed/.exec(output)?.slice(1).map(Number)
    const article = path.join(siteDir, 'articles', 'quay-rebuilt', 'index.html')
    const before = (await stat(article)).mtimeMs
    // Nothing changed: only the pages made on every build (home, search, 404, /api/, its
    // article list, robots.txt, the sitemap) are rendered again.
    const again = await build(dataDir, siteDir, env)
    const [rendered, unchanged, removed] = figures(again) ?? []
    expect(rendered).toBe(7)
    expect(unchanged).toBeGreaterThan(10)
    expect(removed).toBe(0)
    expect((await stat(article)).mtimeMs).toBe(before)
    // Every article page is known unchanged without being worked out again, and so is every
    // speaker page and feed (one page, two feed files).
    expect(again).toContain('; 4 article pages known from their inputs')
    expect(again).toContain('; 3 speaker pages and feed files known from their inputs')

    const list = articles.filter((candidate) => candidate.slug !== 'withdrawn-story')
    await writeData(
      dataDir,
      list.map((candidate) =>
        candidate.slug === 'fares-frozen'
          ? { ...candidate, title: 'Fares frozen again' }
          : candidate,
      ),
    )
    const quay = (await stat(article)).mtimeMs
    expect(figures(await build(dataDir, siteDir, env))?.[0]).toBeGreaterThan(7)
    expect(await read('/articles/fares-frozen/')).toContain('Fares frozen again')
    expect(await read('/speakers/rosa-vance/')).toContain('Fares frozen again')
    // The bytes of this article did not change, but the title of a related one did.
    expect((await stat(article)).mtimeMs).not.toBe(quay)
    expect(await read('/articles/quay-rebuilt/')).toContain('Fares frozen again')

    // A speaker gains a quote from a changed article: their page and feed show it.
    const bridge = '“The bridge will hold,” Vance said. “The river will rise,” she added.'
    const never = quoted('never-dated', bridge, 'The bridge will hold,', { publishedAt: null })
    const first = never.quotes[0] as Quote
    const river = 'The river will rise,'
    const riverStart = bridge.indexOf(river)
    const gained = {
      ...never,
      quotes: [
        first,
        {
          ...first,
          id: 'q2',
          text: river,
          spans: [{ blockId: 'p1', start: riverStart, end: riverStart + river.length }],
        },
      ],
    }
    await writeData(
      dataDir,
      list.map((candidate) =>
        candidate.slug === 'fares-frozen'
          ? { ...candidate, title: 'Fares frozen again' }
          : candidate.slug === 'never-dated'
            ? gained
            : candidate,
      ),
    )
    const withQuote = await build(dataDir, siteDir, env)
    expect(withQuote).not.toContain('speaker pages and feed files known from their inputs')
    expect(await read('/speakers/rosa-vance/')).toContain('The river will rise')
    expect(await read('/speakers/rosa-vance/feed.xml')).toContain('The river will rise')

    // The newest article gains a paragraph that no other page shows: the pages of the others are
    // known unchanged from their inputs (the build's record lists them first), its own is made.
    await writeData(
      dataDir,
      list.map((candidate) =>
        candidate.slug === 'fares-frozen'
          ? { ...candidate, title: 'Fares frozen again' }
          : candidate.slug === 'never-dated'
            ? gained
            : candidate.slug === 'quay-rebuilt'
              ? {
                  ...candidate,
                  blocks: [
                    ...candidate.blocks,
                    { id: 'p2', type: 'paragraph' as const, text: 'The works end in May.' },
                  ],
                }
              : candidate,
      ),
    )
    const paragraph = await build(dataDir, siteDir, env)
    expect(paragraph).toContain('; 3 article pages known from their inputs')
    expect(await read('/articles/quay-rebuilt/')).toContain('The works end in May.')

    // Built from nothing, the same data gives the same site, file for file.
    const coldDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-published-cold-'))
    try {
      await build(dataDir, coldDir, { ...env, NEWSROOM_SITE_CACHE: 'off' })
      // Less what a deployment put there (the test before); the build's record too is the same,
      // to its order.
      const built = async (dir: string) =>
        (await listFiles(dir)).filter((file) => file !== '.nojekyll')
      const files = await built(siteDir)
      expect(await built(coldDir)).toEqual(files)
      for (const file of files) {
        expect(await readFile(path.join(coldDir, file)), file).toEqual(
          await readFile(path.join(siteDir, file)),
        )
      }
    } finally {
      await rm(coldDir, { recursive: true, force: true })
    }
    // Four whole builds (Eleventy and Pagefind each time): together they passed the file's minute
    // a test on a 2-core machine at load 10. A bound on a hang, not on speed.
  }, 240_000)

  it('renders again what a build cut short wrote, once the data is put back as it was', async () => {
    const env = { NEWSROOM_SITE_URL: 'https://news.example.org' }
    const settled = articles.filter((candidate) => candidate.slug !== 'withdrawn-story')
    await writeData(dataDir, settled)
    await build(dataDir, siteDir, env)
    await writeData(
      dataDir,
      settled.map((candidate) =>
        candidate.slug === 'fares-frozen'
          ? { ...candidate, title: 'Fares frozen for good' }
          : candidate,
      ),
    )
    // A folder where the build copies a data file, which it does after rendering: it fails there.
    const blocker = path.join(siteDir, 'api', 'report.json')
    await rm(blocker, { force: true })
    await mkdir(path.join(blocker, 'in-the-way'), { recursive: true })
    await expect(build(dataDir, siteDir, env)).rejects.toThrow()
    expect(await read('/articles/fares-frozen/')).toContain('Fares frozen for good')
    expect(await read('/speakers/rosa-vance/')).toContain('Fares frozen for good')

    await rm(blocker, { recursive: true, force: true })
    await writeData(dataDir, settled)
    await build(dataDir, siteDir, env)
    expect(await read('/articles/fares-frozen/')).not.toContain('for good')
    expect(await read('/speakers/rosa-vance/')).not.toContain('for good')
    expect(await read('/articles/quay-rebuilt/')).not.toContain('for good')
  })

  it('names the pages an Eleventy run of other content left in its folders, and keeps them', async () => {
    // What `pnpm dev` did before it had a folder of its own: Eleventy's dev server rendered the
    // content it followed into `_site`, and recorded nothing.
    const devData = path.join(workDir, 'dev-data')
    const devOnly = quoted('dev-only-story', '“Not for print,” Vance said.', 'Not for print,', {
      publishedAt: '2031-06-01T09:00:00Z',
    })
    const settled = articles.filter((candidate) => candidate.slug !== 'withdrawn-story')
    const env = { NEWSROOM_SITE_URL: 'https://news.example.org' }
    await writeData(dataDir, settled)
    await build(dataDir, siteDir, env)
    await writeData(devData, [...settled, devOnly])
    await runCommand(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@newsroom/source',
        path.join(siteRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'),
        '--quiet',
        `--output=${siteDir}`,
      ],
      { NEWSROOM_DATA: devData, NEWSROOM_SITE_URL: '' },
    )
    // Beside the site, a deployment's own file.
    await writeFile(path.join(siteDir, 'CNAME'), 'news.example.org\n')
    expect(await fileForUrl(siteDir, '/articles/dev-only-story/')).not.toBeNull()

    const output = await build(dataDir, siteDir, env)
    const warning = output.slice(output.indexOf('[newsroom] warning: 2 files'))
    expect(warning).toContain('were not made by a build')
    expect(warning).toContain(
      '  api/articles/dev-only-story.json\n  articles/dev-only-story/index.html\n',
    )
    expect(warning).not.toContain('CNAME')
    // Not the build's to remove, and everything of the data's is built again.
    expect(await fileForUrl(siteDir, '/articles/dev-only-story/')).not.toBeNull()
    // The pages the build made that Eleventy wrote over, though their data did not change.
    expect(await read('/articles/')).not.toContain('dev-only-story')
    expect(await read('/speakers/rosa-vance/')).not.toContain('Not for print')
    expect(await read('/feed.xml')).not.toContain('Not for print')
    // Gone, the build trusts its pages again.
    await rm(path.join(siteDir, 'articles', 'dev-only-story'), { recursive: true })
    await rm(path.join(siteDir, 'api', 'articles', 'dev-only-story.json'))
    const clean = await build(dataDir, siteDir, env)
    expect(clean).not.toContain('not made by a build')
    expect(clean).toMatch(/ 7 files rendered, /)
    await rm(devData, { recursive: true, force: true })
    await rm(path.join(siteDir, 'CNAME'))
  })

  it('refuses to replace a folder that is not a site it built', async () => {
    const foreign = path.join(workDir, 'project')
    await mkdir(foreign)
    await writeFile(path.join(foreign, 'notes.txt'), 'keep me')
    await expect(build(dataDir, foreign)).rejects.toThrow(/Refusing to build into/)
    expect(await readFile(path.join(foreign, 'notes.txt'), 'utf8')).toBe('keep me')
    expect((await readdir(workDir)).sort()).toEqual(['data', 'project', 'site'])
  })
})
