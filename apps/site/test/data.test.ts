import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SpeakerIndex, TopicIndex } from '@newsroom/schema'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { NewsroomDataError } from '../lib/errors.js'
import { loadNewsroomData, loadSiteData } from '../lib/load-data.js'
import { buildSiteModel, PAGE_SIZES } from '../lib/site-model.js'
import { makeArticle, makeQuote, writeDataDir } from './helpers/factory.js'

const folders: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-data-'))
  folders.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const speakerEntry = (
  quotes: { article: string; quoteId: string }[],
): SpeakerIndex['speakers'][number] => ({
  id: rosa.id,
  name: rosa.name,
  kind: 'person',
  aliases: ['Vance'],
  roles: [{ role: 'Mayor', article: quotes[0]?.article ?? 'a' }],
  quoteCount: quotes.length,
  articles: [...new Set(quotes.map((quote) => quote.article))],
  quotes,
  topics: [{ id: 'harbor', count: 1 }],
})
const noTopics: TopicIndex = { topics: [] }

async function caught(promise: Promise<unknown>): Promise<NewsroomDataError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof NewsroomDataError) return error
    throw error
  }
  throw new Error('Expected the promise to reject')
}

describe('loadNewsroomData', () => {
  it('reads and validates articles, speakers, topics and the report', async () => {
    const dir = await tempDir()
    const article = makeArticle({ slug: 'a', quotes: [makeQuote('q1', rosa)] })
    await writeDataDir(dir, {
      articles: [article],
      speakers: { speakers: [speakerEntry([{ article: 'a', quoteId: 'q1' }])], anonymous: [] },
      topics: noTopics,
    })
    const data = await loadNewsroomData(dir)
    expect(data.articles).toEqual([article])
    expect(data.speakers.speakers[0]?.id).toBe('rosa-vance')
    expect(data.dataDir).toBe(dir)
  })

  it('names the file and the field path of invalid data, with the zod error as cause', async () => {
    const dir = await tempDir()
    const article = {
      ...makeArticle({ slug: 'a' }),
      blocks: [{ id: 'p1', type: 'paragraph', text: '' }],
    }
    await writeDataDir(dir, {
      articles: [article],
      speakers: { speakers: [], anonymous: [] },
      topics: noTopics,
    })
    const error = await caught(loadNewsroomData(dir))
    expect(error.file).toBe(path.join(dir, 'articles', 'a.json'))
    expect(error.field).toBe('blocks.0.text')
    expect(error.message).toContain(path.join(dir, 'articles', 'a.json'))
    expect(error.message).toContain('blocks.0.text')
    expect(error.cause).toBeInstanceOf(z.ZodError)
  })

  it('rejects speaker ids that are not safe path segments', async () => {
    const dir = await tempDir()
    const entry = { ...speakerEntry([]), id: '../../etc' }
    await writeDataDir(dir, {
      articles: [makeArticle({ slug: 'a' })],
      speakers: { speakers: [entry], anonymous: [] },
      topics: noTopics,
    })
    const error = await caught(loadNewsroomData(dir))
    expect(error.field).toBe('speakers.0.id')
  })

  it('rejects two speakers with one id, and references to missing quotes', async () => {
    const dir = await tempDir()
    const article = makeArticle({ slug: 'a', quotes: [makeQuote('q1', rosa)] })
    const entry = speakerEntry([{ article: 'a', quoteId: 'q1' }])
    await writeDataDir(dir, {
      articles: [article],
      speakers: { speakers: [entry, { ...entry, name: 'Rosa Vancé' }], anonymous: [] },
      topics: noTopics,
    })
    expect((await caught(loadNewsroomData(dir))).message).toMatch(
      /Duplicate speaker id `rosa-vance`/,
    )

    await writeDataDir(dir, {
      articles: [article],
      speakers: { speakers: [speakerEntry([{ article: 'a', quoteId: 'q7' }])], anonymous: [] },
      topics: noTopics,
    })
    const error = await caught(loadNewsroomData(dir))
    expect(error.message).toMatch(/has no quote `q7`/)
    expect(error.field).toBe('speakers.0.quotes.0')
  })

  it('explains a missing data folder and invalid JSON', async () => {
    const dir = await tempDir()
    const missing = await caught(loadNewsroomData(path.join(dir, 'nowhere')))
    expect(missing.message).toMatch(/pnpm process/)
    expect(missing.cause).toBeInstanceOf(Error)

    await writeDataDir(dir, {
      articles: [],
      speakers: { speakers: [], anonymous: [] },
      topics: noTopics,
    })
    await writeFile(path.join(dir, 'topics.json'), '{ not json')
    const invalid = await caught(loadNewsroomData(dir))
    expect(invalid.message).toBe(`Expected valid JSON in ${path.join(dir, 'topics.json')}`)
    expect(invalid.cause).toBeInstanceOf(SyntaxError)
  })
})

describe('loadSiteData with a records cache', () => {
  const data = (title: string) => ({
    articles: [makeArticle({ slug: 'a', title, quotes: [makeQuote('q1', rosa)] })],
    speakers: { speakers: [speakerEntry([{ article: 'a', quoteId: 'q1' }])], anonymous: [] },
    topics: noTopics,
  })

  it('keeps records by the bytes of each file, and ignores a cache of other code', async () => {
    const dir = await tempDir()
    const cache = { file: path.join(await tempDir(), 'records.ndjson'), key: 'code-1' }
    await writeDataDir(dir, data('Harbor plan approved'))
    const first = await loadSiteData(dir, { cache })
    expect(first.articles[0]?.summary.title).toBe('Harbor plan approved')

    // A record in the cache stands for the file as long as its bytes are the same: edit the
    // cached title to see which one the next load uses.
    const lines = (await readFile(cache.file, 'utf8')).replace(
      'Harbor plan approved',
      'From the cache',
    )
    await writeFile(cache.file, lines)
    // Written again with the same bytes, as `newsroom process` does on every run.
    await writeDataDir(dir, data('Harbor plan approved'))
    const cachedLoad = await loadSiteData(dir, { cache })
    expect(cachedLoad.articles[0]?.summary.title).toBe('From the cache')
    expect(cachedLoad.articles[0]?.quotes.get('q1')?.text).toBe(
      first.articles[0]?.quotes.get('q1')?.text,
    )
    expect(cachedLoad.articles[0]?.file).toBe(first.articles[0]?.file)

    // Other site code: the cache is not used.
    const otherCode = await loadSiteData(dir, { cache: { ...cache, key: 'code-2' } })
    expect(otherCode.articles[0]?.summary.title).toBe('Harbor plan approved')

    // A changed file is read, validated and recorded again.
    await writeDataDir(dir, data('Harbor plan delayed'))
    const changed = await loadSiteData(dir, { cache: { ...cache, key: 'code-2' } })
    expect(changed.articles[0]?.summary.title).toBe('Harbor plan delayed')
  })

  it('reads every article when the cache is damaged, and still validates changed files', async () => {
    const dir = await tempDir()
    const cache = { file: path.join(await tempDir(), 'records.ndjson'), key: 'code-1' }
    await writeFile(cache.file, `${JSON.stringify({ key: 'code-1' })}\n{"name": 4`)
    await writeDataDir(dir, data('Harbor plan approved'))
    const loaded = await loadSiteData(dir, { cache })
    expect(loaded.articles[0]?.summary.title).toBe('Harbor plan approved')

    const article = { ...makeArticle({ slug: 'a', quotes: [makeQuote('q1', rosa)] }), title: 4 }
    await writeFile(path.join(dir, 'articles', 'a.json'), JSON.stringify(article))
    const error = await caught(loadSiteData(dir, { cache }))
    expect(error.message).toContain('at `title`')
  })
})

describe('buildSiteModel', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      makeArticle({
        slug: `story-${index}`,
        publishedAt: `2031-01-${String((index % 28) + 1).padStart(2, '0')}T${String(index % 24).padStart(2, '0')}:00:00Z`,
        quotes: [
          makeQuote('q1', rosa),
          makeQuote('q2', { id: 'anonymous-1', name: 'an aide', kind: 'anonymous' }),
        ],
        speakers: [
          { ...rosa, roles: ['Mayor'], aliases: [], description: null, quoteCount: 1 },
          {
            id: 'anonymous-1',
            name: 'an aide',
            kind: 'anonymous',
            roles: [],
            aliases: [],
            description: 'an aide',
            quoteCount: 1,
          },
        ],
        topics: [{ id: 'harbor', label: 'Harbor', score: 0.5, source: 'taxonomy', evidence: [] }],
      }),
    )

  it('paginates topics, speaker quotes, unnamed sources and the indexes', async () => {
    const articles = many(65)
    const model = buildSiteModel({
      dataDir: '/data',
      articles,
      speakers: {
        speakers: [
          speakerEntry(articles.map((article) => ({ article: article.slug, quoteId: 'q1' }))),
        ],
        anonymous: articles.map((article) => ({
          article: article.slug,
          quoteId: 'q2',
          description: 'an aide',
          kind: 'anonymous' as const,
        })),
      },
      topics: {
        topics: [
          {
            id: 'harbor',
            label: 'Harbor',
            articles: articles.map((article) => ({ slug: article.slug, score: 0.5 })),
            speakers: [{ id: 'rosa-vance', count: 65 }],
            related: [],
          },
        ],
      },
      report: {
        pipelineVersion: 't',
        articles: 65,
        failed: 0,
        counts: { error: 0, warning: 0, info: 0 },
        diagnostics: [],
      },
    })
    // Newest first, the newest on the first page, then pages counted from the oldest: 65 = 25 on
    // the first page (a full page and what does not make one yet) and 20 on each numbered one.
    expect(model.topicPages.map((entry) => [entry.page.url, entry.page.items.length])).toEqual([
      ['/topics/harbor/', 25],
      ['/topics/harbor/page/2/', 20],
      ['/topics/harbor/page/1/', 20],
    ])
    expect(model.speakerPages.map(({ page }) => [page.url, page.items.length])).toEqual([
      ['/speakers/rosa-vance/', 40],
      ['/speakers/rosa-vance/page/1/', 25],
    ])
    expect(model.sitemaps[0]?.urls).toEqual(
      expect.arrayContaining(model.speakerPages.map(({ page }) => page.url)),
    )
    expect(model.unnamedPages.map((page) => page.url)).toEqual([
      '/sources/unnamed/',
      '/sources/unnamed/page/1/',
    ])
    expect(model.articleIndexPages.map((page) => page.url)).toEqual([
      '/articles/',
      '/articles/page/2/',
      '/articles/page/1/',
    ])
    const dates = model.topicPages.flatMap((entry) =>
      entry.page.items.map((item) => item.publishedAt ?? ''),
    )
    expect(dates).toEqual([...dates].sort().reverse())

    // An anonymous quote on a numbered listing page links there from its article.
    const last = model.unnamedPages.at(-1)?.items.at(-1)
    const article = model.articles.find((candidate) => candidate.slug === last?.quote.article.slug)
    const mark = article?.blocks[0]?.marks.find((candidate) => candidate.quoteId === 'q2')
    expect(mark?.attribution?.url).toBe(`/sources/unnamed/page/1/#${last?.quote.anchor}`)
    expect(model.speakers[0]?.url).toBe('/speakers/rosa-vance/')
    expect(model.feeds.map((feed) => feed.atomUrl)).toEqual([
      '/feed.xml',
      '/topics/harbor/feed.xml',
      '/speakers/rosa-vance/feed.xml',
    ])
    expect(model.feeds[0]?.entries).toHaveLength(Math.min(65, PAGE_SIZES.siteFeedEntries))
    expect(model.feeds[1]?.entries).toHaveLength(Math.min(65, PAGE_SIZES.feedEntries))
  })

  it('ranks related articles by shared speakers, then shared topics', () => {
    const topic = {
      id: 'harbor',
      label: 'Harbor',
      score: 0.5,
      source: 'taxonomy' as const,
      evidence: [],
    }
    const speaker = { ...rosa, roles: [], aliases: [], description: null, quoteCount: 1 }
    const base = makeArticle({
      slug: 'base',
      topics: [topic],
      speakers: [speaker],
      quotes: [makeQuote('q1', rosa)],
    })
    const bySpeaker = makeArticle({
      slug: 'by-speaker',
      speakers: [speaker],
      quotes: [makeQuote('q1', rosa)],
    })
    const byTopic = makeArticle({ slug: 'by-topic', topics: [topic] })
    const unrelated = makeArticle({ slug: 'unrelated' })
    const model = buildSiteModel({
      dataDir: '/data',
      articles: [base, byTopic, bySpeaker, unrelated],
      speakers: {
        speakers: [
          speakerEntry([
            { article: 'base', quoteId: 'q1' },
            { article: 'by-speaker', quoteId: 'q1' },
          ]),
        ],
        anonymous: [],
      },
      topics: {
        topics: [
          {
            id: 'harbor',
            label: 'Harbor',
            articles: [
              { slug: 'base', score: 1 },
              { slug: 'by-topic', score: 1 },
            ],
            speakers: [],
            related: [],
          },
        ],
      },
      report: {
        pipelineVersion: 't',
        articles: 4,
        failed: 0,
        counts: { error: 0, warning: 0, info: 0 },
        diagnostics: [],
      },
    })
    const view = model.articles.find((article) => article.slug === 'base')
    expect(view?.related.map((article) => article.slug)).toEqual(['by-speaker', 'by-topic'])
  })
})
