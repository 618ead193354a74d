import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest'
import { loadNewsroomData } from '../../lib/load-data.js'
import { siteRoot } from '../../scripts/lib/run-command.js'
import { serveSite } from '../helpers/static-server.js'

/**
 * Browser tests in a real Chromium (Debian's `/usr/bin/chromium`, or CHROMIUM_PATH). Without it
 * they are skipped locally, and fail on CI (`CI=true`), where `.ci/run` installs it.
 *
 * Each test opens one page (or follows one path through the site), so its time limit is the
 * site's test timeout for a few page loads. Every wait is on a condition in the page, never a
 * fixed delay, and Playwright gives up on a wait before vitest gives up on the test, so a
 * failure names the element it waited for.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(executablePath)
const onCi = process.env.CI === 'true'
const artifacts = path.join(siteRoot, 'test-results')
/** One navigation, click or wait for an element; a page loads in well under a second alone. */
const waitTimeout = 20_000

if (!available && onCi) {
  describe('browser', () => {
    it('needs Chromium on CI', () => {
      throw new Error(
        `Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\``,
      )
    })
  })
}

const siteDir = inject('siteDir')
const data = await loadNewsroomData(inject('dataDir'))

const mostQuoted = [...data.speakers.speakers].sort((a, b) => b.quotes.length - a.quotes.length)[0]
// Search offers a topic filter only when its results hold an article with a topic: the speaker
// searched for is the most quoted of those quoted in one (the hostile fixtures quote Mallory Quinn
// most, in articles without a topic).
const searchedSpeaker = [...data.speakers.speakers]
  .filter((speaker) => speaker.topics.length > 0)
  .sort((a, b) => b.quotes.length - a.quotes.length)[0]
const quotedArticle =
  data.articles.find((candidate) => candidate.quotes.length > 0) ?? data.articles[0]
const largestTopic = [...data.topics.topics].sort(
  (a, b) => b.articles.length - a.articles.length,
)[0]

/** One page of each type. */
const pageTypes = {
  home: '/',
  article: `/articles/${quotedArticle?.slug}/`,
  speaker: `/speakers/${mostQuoted?.id}/`,
  topic: `/topics/${largestTopic?.id}/`,
  articles: '/articles/',
  speakers: '/speakers/',
  topics: '/topics/',
  unnamed: '/sources/unnamed/',
  search: '/search/?q=harbor',
  api: '/api/',
  notFound: '/no-such-page/',
}

/** The fixture articles with markup in a title or a quote, and every page that shows them. */
const hostile = data.articles.filter(
  (article) =>
    article.title.includes('<') || article.quotes.some((quote) => quote.text.includes('<')),
)
const hostileSlugs = new Set(hostile.map((article) => article.slug))
const hostileUrls = [
  ...hostile.map((article) => `/articles/${article.slug}/`),
  ...data.speakers.speakers
    .filter((speaker) => speaker.articles.some((slug) => hostileSlugs.has(slug)))
    .map((speaker) => `/speakers/${speaker.id}/`),
  ...data.topics.topics
    .filter((topic) => topic.articles.some((entry) => hostileSlugs.has(entry.slug)))
    .map((topic) => `/topics/${topic.id}/`),
  '/',
  '/sources/unnamed/',
  `/search/?q=${encodeURIComponent('alert')}`,
]

describe.skipIf(!available)('browser', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveSite>>
  let axeSource: string

  beforeAll(async () => {
    server = await serveSite(siteDir)
    browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    axeSource = await readFile(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    )
    await mkdir(artifacts, { recursive: true })
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A page that records every dialog, page error and console error. */
  async function open(
    url: string,
    options: { colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {},
  ) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      javaScriptEnabled: options.javaScript ?? true,
    })
    // Closed when the test ends, passed or failed.
    onTestFinished(() => context.close())
    context.setDefaultTimeout(waitTimeout)
    context.setDefaultNavigationTimeout(waitTimeout)
    const page = await context.newPage()
    const problems: string[] = []
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      await dialog.dismiss()
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await page.goto(`${server.origin}${url}`, { waitUntil: 'load' })
    return { page, problems }
  }

  async function seriousViolations(page: Page) {
    await page.addScriptTag({ content: axeSource })
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{
              violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[]
            }>
          }
        }
      ).axe
      const result = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      })
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target)).slice(0, 300)}`,
        )
    })
  }

  it('navigates home → topic → speaker → the quote’s paragraph', async () => {
    const { page, problems } = await open('/')
    await page.getByRole('region', { name: 'Main topics' }).getByRole('link').first().click()
    await page.waitForURL(/\/topics\/[a-z0-9-]+\/$/)
    const speakerLink = page
      .getByRole('region', { name: /^Most quoted on/ })
      .getByRole('link')
      .first()
    const speakerName = (await speakerLink.textContent())?.trim()
    await speakerLink.click()
    await page.waitForURL(/\/speakers\/[a-z0-9-]+\/$/)
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(speakerName)

    const firstQuote = page.locator('.quote-item').first()
    const quoteText =
      (await firstQuote.locator('.quote-text').textContent())?.trim().replace(/^“|”$/g, '') ?? ''
    await firstQuote.locator('.meta a').click()
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/#[a-z]+\d+$/)
    const fragment = new URL(page.url()).hash.slice(1)
    const target = page.locator(':target')
    expect(await target.getAttribute('id')).toBe(fragment)
    const paragraph = (await target.textContent())?.replace(/\s+/g, ' ') ?? ''
    expect(paragraph).toContain(quoteText.replace(/\s+/g, ' ').slice(0, 40))
    expect(await target.locator('a.quote-by').first().textContent()).toContain(speakerName)
    expect(problems).toEqual([])
  })

  it('finds a speaker with search, and offers topic and speaker filters', async () => {
    expect(searchedSpeaker).toBeDefined()
    const { page, problems } = await open(
      `/search/?q=${encodeURIComponent(searchedSpeaker?.name ?? '')}`,
    )
    const result = page.locator(`#search-results a[href$="/speakers/${searchedSpeaker?.id}/"]`)
    await result.first().waitFor()
    expect((await result.first().textContent())?.trim()).toBe(
      searchedSpeaker?.name.replace(/\s+/g, ' ').trim(),
    )
    const filters = await page.locator('#search-filters legend').allTextContents()
    expect(filters).toEqual(expect.arrayContaining(['Topic', 'Speaker']))

    // Narrowing by a topic filter searches again and draws the filters and results anew: mark
    // the current filters, and wait until they are replaced and the new results are listed.
    await page.locator('#search-filters').evaluate((box) => {
      for (const fieldset of box.children) fieldset.setAttribute('data-stale', '')
    })
    const topicBox = page.locator('#search-filters input[name="topic"]').first()
    const topic = await topicBox.getAttribute('value')
    await topicBox.check()
    await page.waitForFunction(
      () =>
        document.querySelector('#search-filters [data-stale]') === null &&
        document.querySelector('#search-filters fieldset') !== null &&
        document.querySelector('#search-results li') !== null,
    )
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0)
    expect(
      await page.locator('#search-filters input[name="topic"]:checked').getAttribute('value'),
    ).toBe(topic)
    await page.screenshot({ path: path.join(artifacts, 'search.png'), fullPage: true })
    expect(problems).toEqual([])
  })

  it('has hostile fixture articles to check', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(2)
  })

  it.for(hostileUrls)('runs no script from the hostile articles on %s', async (url) => {
    const { page, problems } = await open(url)
    if (url.startsWith('/search/')) await page.locator('#search-results li').first().waitFor()
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((script) => script.getAttribute('src') ?? script.type),
    )
    for (const script of scripts) {
      expect(['application/ld+json', '/assets/search.js'], url).toContain(script)
    }
    expect(
      await page.evaluate(
        () => document.querySelectorAll('img, iframe, svg, object, embed').length,
      ),
      url,
    ).toBe(0)
    expect(problems, url).toEqual([])
    const article = hostile.find((candidate) => url === `/articles/${candidate.slug}/`)
    if (article) {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title)
      await page.screenshot({
        path: path.join(artifacts, `hostile-${article.slug.slice(0, 40)}.png`),
        fullPage: true,
      })
    }
  })

  const axeCases = Object.entries(pageTypes).flatMap(([name, url]) =>
    (['light', 'dark'] as const).map((colorScheme) => [name, colorScheme, url] as const),
  )

  it.for(axeCases)(
    'passes axe (no serious or critical violations) on the %s page, %s, and saves a screenshot',
    async ([name, colorScheme, url]) => {
      const { page, problems } = await open(url, { colorScheme })
      if (name === 'search') await page.locator('#search-results li').first().waitFor()
      const violations = await seriousViolations(page)
      await page.screenshot({
        path: path.join(artifacts, `${name}-${colorScheme}.png`),
        fullPage: true,
      })
      expect(violations, url).toEqual([])
      if (name !== 'notFound') expect(problems, url).toEqual([])
    },
  )

  it('is usable without JavaScript and with the keyboard', async () => {
    const { page } = await open(pageTypes.article, { javaScript: false })
    await page.keyboard.press('Tab')
    const skip = page.locator(':focus')
    expect(await skip.textContent()).toBe('Skip to content')
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).hash, { timeout: waitTimeout }).toBe('#main')
    const quoteLinks = await page.locator('a.quote-by').count()
    if (
      quotedArticle?.quotes.some(
        (quote) =>
          quote.speaker &&
          (quote.speaker.kind === 'person' || quote.speaker.kind === 'organization'),
      )
    ) {
      expect(quoteLinks).toBeGreaterThan(0)
    }
    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(artifacts, 'article-mobile.png'), fullPage: true })
  })
})
