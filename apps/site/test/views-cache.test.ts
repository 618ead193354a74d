import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type ArticlePageMemo,
  readSpeakerViewsCache,
  readViewsCache,
  speakerViewsCacheBeside,
  viewsCacheBeside,
  writeViewsCache,
} from '../scripts/lib/views-cache.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

const memo = (slug: string): ArticlePageMemo => ({
  digest: `digest-${slug}`,
  inputs: JSON.stringify([['lookup', 'article', [slug]]]),
  answers: `answers-${slug}`,
  page: `page-${slug}`,
  search: `search-${slug}`,
})

describe('views cache', () => {
  it('reads back what it wrote, and nothing from other code or a damaged file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-views-cache-'))
    dirs.push(dir)
    const file = viewsCacheBeside(path.join(dir, 'records-site.ndjson'))
    expect(path.basename(file)).toBe('views-site.ndjson')
    expect(path.basename(speakerViewsCacheBeside(path.join(dir, 'records-site.ndjson')))).toBe(
      'speaker-views-site.ndjson',
    )
    expect(await readViewsCache(file, 'code-1')).toEqual(new Map())

    const memos = new Map([
      ['articles/quay/index.html', memo('quay')],
      ['articles/ferry/index.html', memo('ferry')],
    ])
    await writeViewsCache(file, 'code-1', memos)
    // Renamed into place: no temporary file is left beside it.
    expect(await readdir(dir)).toEqual(['views-site.ndjson'])
    expect(await readViewsCache(file, 'code-1')).toEqual(memos)
    expect(await readViewsCache(file, 'code-2')).toEqual(new Map())

    await appendFile(file, '["articles/harbor/index.html", {"inputs": \n')
    expect(await readViewsCache(file, 'code-1')).toEqual(new Map())
    await writeFile(
      file,
      `${JSON.stringify({ key: 'code-1' })}\n["articles/quay/index.html", {}]\n`,
    )
    expect(await readViewsCache(file, 'code-1')).toEqual(new Map())
  })
  it('reads back the speaker memos it wrote, and none of a damaged file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-views-cache-'))
    dirs.push(dir)
    const file = speakerViewsCacheBeside(path.join(dir, 'records-site.ndjson'))
    const memos = new Map([
      ['speakers/rosa-vance/index.html', { inputs: 'in-1', page: 'page-1', search: 'search-1' }],
      ['speakers/rosa-vance/feed.xml', { inputs: 'in-1', page: 'page-2' }],
    ])
    await writeViewsCache(file, 'code-1', memos)
    expect(await readSpeakerViewsCache(file, 'code-1')).toEqual(memos)
    expect(await readSpeakerViewsCache(file, 'code-2')).toEqual(new Map())
    await writeFile(
      file,
      `${JSON.stringify({ key: 'code-1' })}\n["speakers/rosa-vance/index.html", {"inputs": "in-1"}]\n`,
    )
    expect(await readSpeakerViewsCache(file, 'code-1')).toEqual(new Map())
  })
})
