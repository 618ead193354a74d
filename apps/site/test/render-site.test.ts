import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSpeakerIndex, buildTopicIndex } from '@newsroom/enrich'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildSite, indexSite, SITE_MARKER } from '../scripts/lib/render-site.js'
import { threadExecArgv } from '../scripts/lib/thread-options.js'
import {
  makeArticle,
  makeData,
  makeQuote,
  makeSpeaker,
  makeSpeakerEntry,
  writeDataDir,
} from './helpers/factory.js'
import { type HtmlDocument, listFiles, parseSitePage, parseSiteXml } from './helpers/site-files.js'

/**
 * Where Eleventy is loaded: a build that renders on threads holds the whole site's records in
 * this thread, and Eleventy (with its template engines) is loaded only in a thread that renders.
 */

const loads = vi.hoisted(() => ({ eleventy: 0, writes: [] as string[] }))
// In this thread Eleventy is a stand-in that counts its loads and writes (the real one does not
// run inside vitest's module loader); the render threads load the real one.
vi.mock('@11ty/eleventy', () => {
  loads.eleventy++
  return {
    default: class {
      #output: string
      constructor(_input: string, output: string) {
        this.#output = output
      }
      async write() {
        loads.writes.push(this.#output)
      }
    },
  }
})

const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const articles = ['quay-rebuilt', 'fares-frozen', 'lights-back'].map((slug, index) =>
  makeArticle({
    slug,
    publishedAt: `2031-04-0${index + 1}T09:00:00Z`,
    quotes: [makeQuote('q1', rosa)],
  }),
)

let workDir: string
let dataDir: string

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-render-'))
  dataDir = path.join(workDir, 'data')
  const data = makeData({
    articles,
    speakers: [
      makeSpeakerEntry(
        'rosa-vance',
        'Rosa Vance',
        articles.map((article) => article.slug),
      ),
    ],
  })
  await writeDataDir(dataDir, data)
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('render threads', () => {
  it('loads Eleventy in this thread only when a shard renders here', async () => {
    // Importing the build loads no Eleventy.
    expect(loads.eleventy).toBe(0)
    // On threads (every site counts as big here), in shards of a few pages: every shard renders
    // on a thread, none here.
    const threaded = path.join(workDir, 'threaded')
    const figures = await buildSite({
      dataDir,
      outDir: threaded,
      search: false,
      jobs: 2,
      parallelPages: 1,
      shardBudget: 8,
    })
    expect(figures.shards).toBeGreaterThan(1)
    expect(
      await readFile(path.join(threaded, 'articles', 'quay-rebuilt', 'index.html'), 'utf8'),
    ).toContain('Story quay-rebuilt')
    expect(loads.eleventy).toBe(0)

    // One thread: the shards render here, and Eleventy is loaded for them.
    const here = path.join(workDir, 'here')
    await buildSite({ dataDir, outDir: here, search: false, jobs: 1, shardBudget: 8 })
    expect(loads.eleventy).toBe(1)
    expect(loads.writes.length).toBeGreaterThan(0)
    expect(new Set(loads.writes)).toEqual(new Set([here]))
  })
})

describe('one more article, in shards on threads', () => {
  const harbor = {
    id: 'harbor',
    // Markup in an article string: the pages print it as text.
    label: 'Harbor <b>& Quay</b>',
    score: 0.8,
    source: 'taxonomy' as const,
    evidence: [],
  }
  // Day n of 2031 at noon: 45 stories a day apart, then today's.
  const story = (n: number) =>
    makeArticle({
      slug: `story-${String(n).padStart(2, '0')}`,
      publishedAt: new Date(Date.UTC(2031, 0, n, 12)).toISOString(),
      quotes: [makeQuote('q1', rosa)],
      speakers: [makeSpeaker(rosa.id, rosa.name)],
      topics: [harbor],
    })
  const stories = Array.from({ length: 46 }, (_, index) => story(index + 1))
  const writeStories = (dir: string, count: number) => {
    const list = stories.slice(0, count)
    return writeDataDir(dir, {
      articles: list,
      speakers: buildSpeakerIndex(list),
      topics: buildTopicIndex(list),
    })
  }
  // In shards (one per thread), rendered on threads with the real Eleventy.
  const options = { search: false, jobs: 2, parallelPages: 1, shardBudget: 400 }

  it('renders what changed in one run and gives the site a cold build gives', async () => {
    const data = path.join(workDir, 'stories')
    const site = path.join(workDir, 'stories-site')
    await writeStories(data, 45)
    await buildSite({ ...options, dataDir: data, outDir: site })
    // Pages numbered from the oldest keep their articles: the topic's and the index's page 1
    // hold the 20 oldest stories.
    const numbered = ['topics/harbor/page/1/index.html', 'articles/page/1/index.html']
    const before = await Promise.all(numbered.map((file) => stat(path.join(site, file))))

    await writeStories(data, 46)
    const figures = await buildSite({ ...options, dataDir: data, outDir: site })
    expect(figures.shards).toBeGreaterThan(1)
    // The changed pages of every shard, in one Eleventy run.
    expect(figures.runs).toBe(1)
    expect(figures.rendered).toBeGreaterThan(1)
    const after = await Promise.all(numbered.map((file) => stat(path.join(site, file))))
    expect(after.map((file) => file.mtimeMs)).toEqual(before.map((file) => file.mtimeMs))

    // A reader goes from the newest page to the oldest and back by rel="next" and rel="prev".
    const newest = await parseSitePage(site, '/topics/harbor/')
    const oldest = await parseSitePage(site, '/topics/harbor/page/1/')
    const link = (page: HtmlDocument, rel: string) =>
      page.querySelector(`.pagination a[rel="${rel}"]`)?.getAttribute('href') ?? null
    expect([link(newest, 'prev'), link(newest, 'next')]).toEqual([null, '/topics/harbor/page/1/'])
    expect([link(oldest, 'prev'), link(oldest, 'next')]).toEqual(['/topics/harbor/', null])
    expect(newest.querySelector('.pagination [aria-current="page"]')?.textContent).toBe(
      'Newest page',
    )
    // 46 stories: the newest 26 (a full page and what does not make one yet), then the oldest 20.
    const titles = (page: HtmlDocument) =>
      [...page.querySelectorAll('.card-list .card-title')].map((title) => title.textContent)
    expect(titles(newest)).toEqual(
      stories
        .slice(20)
        .reverse()
        .map((item) => item.title),
    )
    expect(titles(oldest)).toEqual(
      stories
        .slice(0, 20)
        .reverse()
        .map((item) => item.title),
    )
    expect(oldest.querySelector('title')?.textContent).toContain('Harbor <b>& Quay</b> (page 1)')
    expect(oldest.querySelector('.pagination')?.getAttribute('aria-label')).toBe(
      'Articles on Harbor <b>& Quay</b>, pages',
    )
    expect(oldest.querySelector('h1 b')).toBeNull()

    const cold = path.join(workDir, 'stories-cold')
    await buildSite({ ...options, dataDir: data, outDir: cold })
    const files = (await listFiles(site)).filter((file) => file !== SITE_MARKER)
    expect((await listFiles(cold)).filter((file) => file !== SITE_MARKER)).toEqual(files)
    for (const file of files) {
      expect(await readFile(path.join(cold, file)), file).toEqual(
        await readFile(path.join(site, file)),
      )
    }
  }, 240_000)

  it('indexes for search while the last shards render, as a build that indexes after them', async () => {
    // In shards of a few pages: the last ones (indexes, feeds) hold no page search reads.
    const small = { jobs: 2, parallelPages: 1, shardBudget: 8 }
    const data = path.join(workDir, 'searched')
    await writeStories(data, 10)
    const along = path.join(workDir, 'searched-along')
    const figures = await buildSite({ ...small, dataDir: data, outDir: along })
    expect(figures.shards).toBeGreaterThan(2)
    expect(figures.search).toEqual({ shards: 1, indexed: 1, pages: 12 })
    const after = path.join(workDir, 'searched-after')
    await buildSite({ ...small, search: false, dataDir: data, outDir: after })
    await indexSite(after)
    const files = (await listFiles(after)).filter((file) => file !== SITE_MARKER)
    expect(files).toContain('pagefind/shards.json')
    expect((await listFiles(along)).filter((file) => file !== SITE_MARKER)).toEqual(files)
    for (const file of files) {
      expect(await readFile(path.join(along, file)), file).toEqual(
        await readFile(path.join(after, file)),
      )
    }
  }, 240_000)
})

describe('files no build made in the site’s folders', () => {
  it('render every page again when they appear or change, not on every build', async () => {
    const site = path.join(workDir, 'strays-site')
    // On threads, which load the real Eleventy (this thread's is a stand-in).
    const build = () =>
      buildSite({
        dataDir,
        outDir: site,
        search: false,
        jobs: 2,
        parallelPages: 1,
        shardBudget: 400,
      })
    const first = await build()
    expect(first.strays).toEqual([])
    // What a deploy step may leave in a folder of the build's own.
    const stray = path.join(site, 'assets', 'deployed.txt')
    await writeFile(stray, 'version 1\n')
    const everything = first.rendered + first.unchanged
    const withStray = await build()
    expect(withStray.strays).toEqual(['assets/deployed.txt'])
    expect(withStray.rendered).toBe(everything)

    // The same stray: only what every build makes (home, search, robots.txt, …) is rendered,
    // and the stray is still named.
    const again = await build()
    expect(again.strays).toEqual(['assets/deployed.txt'])
    expect(again.rendered).toBeLessThan(10)
    expect(again.unchanged).toBe(everything - again.rendered)

    // Written again: everything is rendered again, once.
    await writeFile(stray, 'version 2, longer\n')
    expect((await build()).rendered).toBe(everything)
    expect((await build()).rendered).toBe(again.rendered)
    // Another stray beside it, then none: only a new one renders everything.
    await writeFile(path.join(site, 'articles', 'old.html'), 'old\n')
    expect((await build()).rendered).toBe(everything)
    await rm(stray)
    await rm(path.join(site, 'articles', 'old.html'))
    const clean = await build()
    expect(clean.strays).toEqual([])
    expect(clean.rendered).toBe(again.rendered)
    expect(JSON.parse(await readFile(path.join(site, SITE_MARKER), 'utf8'))).not.toHaveProperty(
      'strays',
    )
  }, 240_000)
})

describe('a speaker whose name holds markup', () => {
  // Ingest refuses such a name in `overrides.speakerNames`, and names found in the text hold no
  // markup; the site still prints whatever its data says as text (a data folder is input too).
  const name =
    "Mallory <img src=x onerror=alert('name')><script>alert('name')</script> Quinn {{ 6 * 7 }}"
  const mallory = { id: 'mallory-quinn', name, kind: 'person' as const }

  it('prints the name as text on the article, the speaker page and its feeds’ titles', async () => {
    const article = makeArticle({
      slug: 'moorings-vote',
      publishedAt: '2031-03-06T10:00:00Z',
      quotes: [makeQuote('q1', mallory)],
      speakers: [makeSpeaker(mallory.id, name)],
    })
    const data = path.join(workDir, 'hostile-name')
    await writeDataDir(data, {
      articles: [article],
      speakers: buildSpeakerIndex([article]),
      topics: buildTopicIndex([article]),
    })
    const site = path.join(workDir, 'hostile-name-site')
    // On threads, which load the real Eleventy (this thread's is a stand-in).
    await buildSite({
      dataDir: data,
      outDir: site,
      search: false,
      jobs: 2,
      parallelPages: 1,
      shardBudget: 400,
    })
    for (const url of ['/articles/moorings-vote/', '/speakers/mallory-quinn/']) {
      const page = await parseSitePage(site, url)
      expect(page.querySelector('main img, main script'), url).toBeNull()
      expect(page.querySelector('main')?.textContent, url).toContain(name)
      expect(page.querySelector('main')?.textContent, url).not.toContain('Quinn 42')
    }
    const files = await listFiles(site)
    const feeds = files.filter(
      (file) =>
        file.startsWith('speakers/mallory-quinn/') && file !== 'speakers/mallory-quinn/index.html',
    )
    // A speaker's feeds name the speaker in their title only: their entries hold quotes.
    const title = `${name} · Newsroom`
    const atom = feeds.filter((file) => file.endsWith('.xml'))
    const json = feeds.filter((file) => file.endsWith('.json'))
    expect([atom.length, json.length]).toEqual([1, 1])
    // Atom holds the name as escaped text, its markup no element of the feed.
    const atomText = await readFile(path.join(site, atom[0] as string), 'utf8')
    expect(atomText).toContain('<title>Mallory &lt;img src=x onerror=alert(')
    expect(atomText).toContain('&lt;script&gt;alert(')
    expect(atomText).not.toMatch(/<(img|script)\b/)
    const feed = await parseSiteXml(site, `/${atom[0]}`)
    expect(feed.querySelector('feed > title')?.textContent).toBe(title)
    // JSON Feed's titles are plain text by definition: the name as it is.
    const jsonFeed = JSON.parse(await readFile(path.join(site, json[0] as string), 'utf8')) as {
      title: string
    }
    expect(jsonFeed.title).toBe(title)
  }, 120_000)
})

describe('threadExecArgv', () => {
  it("starts render threads without the build's module hooks, with its other options", () => {
    const tsx = '/repo/node_modules/tsx/dist'
    expect(
      threadExecArgv([
        '--require',
        `${tsx}/preflight.cjs`,
        '--import',
        `file://${tsx}/loader.mjs`,
        '--conditions=@newsroom/source',
        '--loader=other-hooks',
        '--max-old-space-size=4096',
        '-r',
        './setup.cjs',
      ]),
    ).toEqual(['--conditions=@newsroom/source', '--max-old-space-size=4096'])
    expect(threadExecArgv([])).toEqual([])
  })
})
