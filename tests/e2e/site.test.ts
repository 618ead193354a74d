import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { processContent } from '@newsroom/cli'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, fixtureContent } from './helpers.js'

const islandsSlug = 'islands-must-choose-trust-or-tolls-veldra-tells-ostria'
const islandsTitle = 'Islands Must Choose “Trust Or Tolls”, Veldra Tells Ostria'
let scratch: string
let site: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-site-'))
  const data = join(scratch, 'data')
  site = join(scratch, 'site')
  // One thread: three small articles cost less than starting worker threads.
  await processContent({ contentDir: fixtureContent, outDir: data, cacheDir: false, jobs: 1 })
  await buildSite(data, site)
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function page(path: string) {
  const html = await readFile(join(site, path, 'index.html'), 'utf8')
  return parseHTML(html).document
}

describe('content → JSON → HTML', () => {
  it('renders the home page, every article and their topics', async () => {
    const home = await page('')
    for (const slug of [
      islandsSlug,
      'harbour-council-approves-sea-wall-plan-after-stormy-debate',
      'orchard-cooperative-doubles-its-harvest',
    ]) {
      expect(home.querySelector(`a[href="/articles/${slug}/"]`), slug).not.toBeNull()
    }
    const article = await page(`articles/${islandsSlug}`)
    expect(article.querySelector('h1')?.textContent).toBe(islandsTitle)
    const topicLinks = [...article.querySelectorAll('a[href^="/topics/"]')].map((link) =>
      link.getAttribute('href'),
    )
    expect(topicLinks).toContain('/topics/diplomacy/')
    for (const href of new Set(topicLinks)) {
      if (href && href !== '/topics/') await page(href.slice(1, -1))
    }
  })

  it('gives each named speaker a page with their quotes, linked from the article', async () => {
    for (const [slug, id, name, quotes] of [
      [islandsSlug, 'ilse-marrant', 'Ilse Marrant', 4],
      [islandsSlug, 'olav-pettersen', 'Olav Pettersen', 1],
      [
        'harbour-council-approves-sea-wall-plan-after-stormy-debate',
        'marta-okonkwo',
        'Marta Okonkwo',
        4,
      ],
      ['orchard-cooperative-doubles-its-harvest', 'tomas-brenner', 'Tomas Brenner', 2],
    ] as const) {
      const article = await page(`articles/${slug}`)
      expect(article.querySelector(`a[href="/speakers/${id}/"]`), id).not.toBeNull()
      const speaker = await page(`speakers/${id}`)
      expect(speaker.querySelector('h1')?.textContent).toContain(name)
      const links = [...speaker.querySelectorAll(`a[href^="/articles/${slug}/#p"]`)]
      expect(links.length, id).toBeGreaterThanOrEqual(quotes)
    }
  })

  it('shows the anonymous official on the article but gives them no identity page', async () => {
    const article = await page(`articles/${islandsSlug}`)
    expect(article.body.textContent).toContain('a senior Ostrian official')
    await expect(
      readFile(join(site, 'speakers/a-senior-ostrian-official/index.html')),
    ).rejects.toThrow()
    const unnamed = await page('sources/unnamed')
    expect(unnamed.body.textContent).toContain('This was a real start')
  })
})
