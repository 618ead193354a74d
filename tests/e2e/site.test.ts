import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { processContent } from '@newsroom/cli'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, repoRoot } from './helpers.js'

const seedSlug = 'need-to-choose-between-cooperation-or-conflict-to-get-along-china-tells-us'
let scratch: string
let site: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-site-'))
  const data = join(scratch, 'data')
  site = join(scratch, 'site')
  await processContent({ contentDir: join(repoRoot, 'content'), outDir: data, cacheDir: false })
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
  it('renders the home page, the seed article and its topics', async () => {
    const home = await page('')
    expect(home.querySelector(`a[href="/articles/${seedSlug}/"]`)).not.toBeNull()
    const article = await page(`articles/${seedSlug}`)
    expect(article.querySelector('h1')?.textContent).toBe(
      'Need To Choose Between “Cooperation Or Conflict” To Get Along: China Tells US',
    )
    const topicLinks = [...article.querySelectorAll('a[href^="/topics/"]')].map((link) =>
      link.getAttribute('href'),
    )
    expect(topicLinks).toEqual(expect.arrayContaining(['/topics/diplomacy/', '/topics/taiwan/']))
    for (const href of new Set(topicLinks)) {
      if (href && href !== '/topics/') await page(href.slice(1, -1))
    }
  })

  it('gives each named speaker of the seed a page with their quotes, linked from the article', async () => {
    const article = await page(`articles/${seedSlug}`)
    for (const [id, name, quotes] of [
      ['wang-yi', 'Wang Yi', 6],
      ['qin-gang', 'Qin Gang', 2],
      ['matthew-miller', 'Matthew Miller', 2],
    ] as const) {
      expect(article.querySelector(`a[href="/speakers/${id}/"]`), id).not.toBeNull()
      const speaker = await page(`speakers/${id}`)
      expect(speaker.querySelector('h1')?.textContent).toContain(name)
      const links = [...speaker.querySelectorAll(`a[href^="/articles/${seedSlug}/#p"]`)]
      expect(links.length, id).toBeGreaterThanOrEqual(quotes)
    }
  })

  it('shows the anonymous official on the article but gives them no identity page', async () => {
    const article = await page(`articles/${seedSlug}`)
    expect(article.body.textContent).toContain('a senior US official')
    await expect(readFile(join(site, 'speakers/a-senior-us-official/index.html'))).rejects.toThrow()
    const unnamed = await page('sources/unnamed')
    expect(unnamed.body.textContent).toContain('This was a real conversation')
  })
})
