import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ArticleCache, pipelineVersion } from '@newsroom/cli/cache'
import { afterAll, describe, expect, it } from 'vitest'
import { treeRss } from '../scripts/lib/measure-command.js'
import { siteRoot } from '../scripts/lib/run-command.js'
import { contentText, dateLineOf, writeContent } from '../scripts/lib/seeded-content.js'
import { makeArticle } from './helpers/factory.js'

const work = await mkdtemp(path.join(tmpdir(), 'newsroom-site-seeded-'))
afterAll(() => rm(work, { recursive: true, force: true }))

describe('benchmark:scale', () => {
  it('writes a date line that ingest reads, weekday included', () => {
    expect(dateLineOf('2019-01-05T00:00:00Z')).toBe('Saturday, January 5, 2019')
    const article = makeArticle({ slug: 'harbor', title: 'Harbor reopens' })
    expect(contentText(article, '2031-02-03T12:00:00Z')).toBe(
      'Harbor reopens\n\nMonday, February 3, 2031\n\n"We will rebuild," said Rosa Vance. It was late.\n',
    )
    expect(contentText(article, null)).toBe(
      'Harbor reopens\n\n"We will rebuild," said Rosa Vance. It was late.\n',
    )
  })

  it('sums the memory of a process tree', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20)
    expect(treeRss(2 ** 22 + 7)).toBeNull()
  })

  it('counts the memory of child processes', async () => {
    // A child that holds 96 MB written (so resident) until its input closes.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "const b = Buffer.alloc(96 * 2 ** 20, 1); process.stdout.write('ready'); process.stdin.on('end', () => b.length).resume()",
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    )
    await once(child.stdout, 'data')
    try {
      const own = process.memoryUsage().rss
      expect(treeRss(process.pid)).toBeGreaterThan(own + 80 * 2 ** 20)
    } finally {
      child.stdin.end()
      await once(child, 'exit')
    }
  })

  // The entries are the CLI's own (`ArticleCache`, `pipelineVersion`), so their layout cannot
  // drift; what is left to prove is that the built CLI the benchmark runs keys its cache with the
  // version found here, else the benchmark would enrich every article instead of serving it.
  it('fills the cache so that the built `newsroom process` serves the articles from it', {
    timeout: 120_000,
  }, async () => {
    const dataDir = path.join(work, 'data')
    const contentDir = path.join(work, 'content')
    const cacheDir = path.join(work, 'cache')
    await mkdir(path.join(dataDir, 'articles'), { recursive: true })
    const slugs = ['harbor-reopens', 'ferry-returns']
    for (const slug of slugs) {
      const article = makeArticle({ slug, title: `The ${slug.replace('-', ' ')}` })
      await writeFile(path.join(dataDir, 'articles', `${slug}.json`), JSON.stringify(article))
    }
    const cache = new ArticleCache(cacheDir, await pipelineVersion())
    await writeContent({ dataDir, slugs, contentDir, cache })
    const newsroom = path.join(siteRoot, 'node_modules', '@newsroom', 'cli', 'bin', 'newsroom.js')
    const out = path.join(work, 'out')
    const { stderr } = await promisify(execFile)(process.execPath, [
      newsroom,
      'process',
      '--content',
      contentDir,
      '--out',
      out,
      '--cache',
      cacheDir,
      '--jobs',
      '1',
    ])
    expect(stderr).toMatch(/processed 2 article\(s\) \(2 from cache/)
    const served = JSON.parse(
      await readFile(path.join(out, 'articles', 'ferry-returns.json'), 'utf8'),
    )
    expect(served.title).toBe('The ferry returns')
  })
})
