import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadNewsroomData, type NewsroomData } from '../../lib/load-data.js'
import { siteRoot } from '../../scripts/lib/run-command.js'
import { searchShards } from '../helpers/site-files.js'
import { serveSite } from '../helpers/static-server.js'

/**
 * Search in a real Chromium over the fixture site's Pagefind index: what a reader finds for a
 * name or a topic, what the excerpts say and which filters are offered. Skipped without
 * Chromium (see browser.test.ts for CI).
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

describe.skipIf(!existsSync(executablePath))('search', () => {
  const siteDir = inject('siteDir')
  const dataDir = inject('dataDir')
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveSite>>
  let data: NewsroomData

  beforeAll(async () => {
    data = await loadNewsroomData(dataDir)
    server = await serveSite(siteDir)
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** Search for `query` and read what the page shows once the results are in. */
  async function search(query: string, origin = server.origin) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(() =>
      /\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? ''),
    )
    const status = await page.locator('#search-status').textContent()
    if (!status?.startsWith('0 ')) await page.locator('#search-results li').first().waitFor()
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector('a')?.getAttribute('href') ?? '',
        excerpt: item.querySelector('p:last-child')?.textContent ?? '',
      })),
    )
    const filters = await filterCounts(page)
    await context.close()
    return { status, results, filters, problems }
  }

  /** Every filter value offered, with its count. */
  function filterCounts(page: Page) {
    return page.locator('#search-filters label').evaluateAll((labels) =>
      labels.map((label) => ({
        name: label.querySelector('input')?.getAttribute('name') ?? '',
        value: label.querySelector('input')?.getAttribute('value') ?? '',
        count: Number(label.querySelector('.count')?.textContent?.trim()),
      })),
    )
  }

  it('finds a person on their page and the articles quoting them, not on lists', async () => {
    const speaker = [...data.speakers.speakers]
      .filter((candidate) => /^[\p{L} .'-]+$/u.test(candidate.name))
      .sort((a, b) => b.articles.length - a.articles.length)[0]
    if (!speaker) throw new Error('The fixture needs a speaker quoted in several articles')
    const family = speaker.name.split(' ').at(-1) ?? speaker.name
    const { results, filters, problems } = await search(family)

    expect(results[0]?.url).toBe(`/speakers/${speaker.id}/`)
    for (const result of results) {
      expect(result.url).toMatch(/^\/(articles|speakers)\/[a-z0-9-]+\/$/)
      for (const furniture of ['Quote by', 'JSON Feed', 'Atom feed', 'Articles.', 'min read']) {
        expect(result.excerpt, result.url).not.toContain(furniture)
      }
    }
    // Every filter offered narrows to some of these results.
    expect(filters.length).toBeGreaterThan(0)
    expect(filters.filter((filter) => !(filter.count > 0))).toEqual([])
    expect(filters.filter((filter) => filter.name === 'speaker').length).toBeLessThan(
      data.speakers.speakers.length,
    )
    expect(problems).toEqual([])
  })

  it('ranks articles above the topic pages that list them', async () => {
    // "Storms": the label of a topic, and a word of the articles filed under it.
    const topic = data.topics.topics.find((candidate) => candidate.label.startsWith('Storms'))
    if (!topic) throw new Error('The fixture needs the storms topic')
    const { results } = await search('storms')
    const urls = results.map((result) => result.url)
    expect(urls).toContain(`/topics/${topic.id}/`)
    expect(urls[0]).toMatch(/^\/articles\//)
    expect(urls.indexOf(`/topics/${topic.id}/`)).toBeGreaterThan(0)
  })

  it('finds the same pages with the same filter counts in an index split into shards', async () => {
    // The fixture site again, its index made of shards of four pages or fewer.
    const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-search-shards-'))
    const copy = path.join(workDir, 'site')
    let sharded: Awaited<ReturnType<typeof serveSite>> | undefined
    try {
      await cp(siteDir, copy, { recursive: true })
      await promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        path.join(import.meta.dirname, '..', '..', 'scripts', 'index-search.ts'),
        '--site',
        copy,
        '--shard-pages',
        '4',
      ])
      expect((await searchShards(siteDir)).length).toBe(1)
      expect((await searchShards(copy)).length).toBeGreaterThan(4)
      sharded = await serveSite(copy)
      const names = data.speakers.speakers.map((speaker) => speaker.name)
      const queries = [
        'storms',
        'harbor',
        // Words of one article together, and of different articles: each in some shards only.
        'ferry fares',
        'storm harbor',
        'council vote',
        'library storms',
        ...names.slice(0, 3),
        `${names[0]?.split(' ')[0]} ${names[1]?.split(' ').at(-1)}`,
      ]
      for (const query of queries) {
        const whole = await search(query)
        const split = await search(query, sharded.origin)
        const sorted = (found: typeof whole) => ({
          status: found.status,
          urls: found.results.map((result) => result.url).sort(),
          filters: [...found.filters].sort((a, b) =>
            `${a.name}\0${a.value}`.localeCompare(`${b.name}\0${b.value}`, 'en'),
          ),
          problems: found.problems,
        })
        expect(sorted(split), query).toEqual(sorted(whole))
      }
    } finally {
      await sharded?.close()
      await rm(workDir, { recursive: true, force: true })
    }
    // Twenty searches and an index made again: a few minutes on a busy machine.
  }, 300_000)

  it('works on a site published under a path, its index in shards', async () => {
    // The fixture data built for https://news.example.org/newsroom and served only under
    // /newsroom/, as a GitHub Pages project site is; the index in shards, merged from that path.
    const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-search-path-'))
    const prefixed = path.join(workDir, 'site')
    let served: Awaited<ReturnType<typeof serveSite>> | undefined
    try {
      const run = (script: string, args: string[]) =>
        promisify(execFile)(
          process.execPath,
          ['--import', 'tsx', '--conditions=@newsroom/source', script, ...args],
          {
            cwd: siteRoot,
            env: {
              ...process.env,
              NEWSROOM_DATA: dataDir,
              NEWSROOM_SITE_URL: 'https://news.example.org/newsroom',
              NEWSROOM_SITE_CACHE: 'off',
            },
          },
        )
      await run(path.join(siteRoot, 'scripts', 'build.ts'), ['--output', prefixed])
      await run(path.join(siteRoot, 'scripts', 'index-search.ts'), [
        '--site',
        prefixed,
        '--shard-pages',
        '4',
      ])
      expect((await searchShards(prefixed)).length).toBeGreaterThan(1)
      served = await serveSite(prefixed, '/newsroom')
      const whole = await search('storms')
      const found = await search('storms', `${served.origin}/newsroom`)
      expect(found.problems).toEqual([])
      expect(found.results.map((result) => result.url).sort()).toEqual(
        whole.results.map((result) => `/newsroom${result.url}`).sort(),
      )
      // A result's page loads with everything it links to (its styles), from under the path.
      const context = await browser.newContext()
      const page = await context.newPage()
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(response.url())
      })
      await page.goto(`${served.origin}${found.results[0]?.url}`, { waitUntil: 'load' })
      const styled = await page.evaluate(() => document.styleSheets.length)
      await context.close()
      expect(failed).toEqual([])
      expect(styled).toBeGreaterThan(0)
    } finally {
      await served?.close()
      await rm(workDir, { recursive: true, force: true })
    }
  }, 120_000)
})
