import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import * as schema from '../src/index.js'

describe('@newsroom/schema', () => {
  it('exposes its public API', () => {
    expect(Object.keys(schema).sort()).toEqual(
      [
        'Article',
        'ArticleList',
        'ArticleListEntry',
        'ArticleTopic',
        'Author',
        'AuthorKind',
        'Block',
        'Dateline',
        'Diagnostic',
        'Entities',
        'Entity',
        'IngestedArticle',
        'IsoDate',
        'Keyphrase',
        'Overrides',
        'Publication',
        'PublishedArticle',
        'QuoteRef',
        'Quote',
        'Readability',
        'Report',
        'Sentiment',
        'Severity',
        'Slug',
        'SourceFormat',
        'Speaker',
        'SpeakerEntry',
        'SpeakerIndex',
        'SpeakerKind',
        'SpeakerRef',
        'TextSpan',
        'TopicEntry',
        'TopicIndex',
        'WebUrl',
        'formatIssues',
        'jsonSchemas',
        'limits',
        'overrideEntryField',
        'validate',
        'withFastPath',
      ].sort(),
    )
  })

  it('names the field of one override entry as the file writes it, quotes and all', () => {
    expect(schema.overrideEntryField('speakerNames', 'Ann "Vale"')).toBe(
      'overrides.speakerNames["Ann \\"Vale\\""]',
    )
    expect(schema.overrideEntryField('addTopics', 'harbour')).toBe('overrides.addTopics["harbour"]')
  })

  it('keeps the committed JSON Schema files in step with the zod schemas', async () => {
    for (const [name, generated] of Object.entries(schema.jsonSchemas())) {
      const committed = await readFile(
        new URL(`../schemas/${name}.schema.json`, import.meta.url),
        'utf8',
      )
      expect(
        JSON.parse(committed),
        `schemas/${name}.schema.json is stale: run pnpm --filter @newsroom/schema generate`,
      ).toEqual(generated)
    }
  })

  it('describes the site article list, an entry per article with its page and data file', () => {
    const entry = {
      slug: 'sea-wall',
      title: 'Sea wall vote',
      publishedAt: '2024-06-19',
      url: '/articles/sea-wall/',
      data: '/api/articles/sea-wall.json',
    }
    expect(schema.ArticleList.parse({ articles: [entry] })).toEqual({ articles: [entry] })
    expect(Object.keys(schema.jsonSchemas())).toContain('article-list')
  })

  it('takes an undated entry of the article list', () => {
    const undated = {
      slug: 'harbour-notes',
      title: 'Harbour notes',
      publishedAt: null,
      url: '/articles/harbour-notes/',
      data: '/api/articles/harbour-notes.json',
    }
    expect(schema.ArticleList.parse({ articles: [undated] })).toEqual({ articles: [undated] })
  })

  it('refuses an article list entry whose page is not a path from the site root', () => {
    const relative = {
      slug: 'sea-wall',
      title: 'Sea wall vote',
      publishedAt: '2024-06-19',
      url: 'articles/sea-wall/',
      data: '/api/articles/sea-wall.json',
    }
    const result = schema.ArticleList.safeParse({ articles: [relative] })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['articles', 0, 'url']])
  })

  it('documents each field of a quote, its spans and its speaker in the JSON Schema', () => {
    type Node = { description?: string; properties?: Record<string, Node>; items?: Node }
    type Nullable = Node & { anyOf?: Node[] }
    const article = schema.jsonSchemas().article as { $defs: { Article: Node } }
    const quote = article.$defs.Article.properties?.quotes?.items?.properties ?? {}
    for (const field of [
      'id',
      'text',
      'blockId',
      'spans',
      'cue',
      'mention',
      'mentionSpan',
      'speaker',
      'candidate',
      'confidence',
      'sentiment',
    ])
      expect(quote[field]?.description, `quotes[].${field}`).toMatch(/\w{3}/)
    const span = quote.spans?.items?.properties ?? {}
    for (const field of ['blockId', 'start', 'end'])
      expect(span[field]?.description, `spans[].${field}`).toMatch(/\w{3}/)
    expect(span.start?.description).toContain('UTF-16 code units')
    expect(quote.id?.description).toContain('renumbers')
    expect(quote.confidence?.description).toContain('province')
    expect(quote.candidate?.description).toContain('confidence 0')
    const speakerId = (quote.speaker as Nullable).anyOf?.[0]?.properties?.id?.description
    expect(speakerId).toContain('slug of its canonical name')
    expect(speakerId).toContain('can change')
    const speakers = article.$defs.Article.properties?.speakers?.items?.properties ?? {}
    expect(speakers.id?.description).toBe(speakerId)
  })

  it('rejects slugs that are not safe path segments', () => {
    for (const bad of ['../etc', 'a/b', 'Upper', 'a--b', '-a', '', 'a b', 'é']) {
      expect(schema.Slug.safeParse(bad).success, bad).toBe(false)
    }
    expect(schema.Slug.safeParse('wang-yi-2').success).toBe(true)
  })

  it('accepts ISO dates and date-times, not loose dates', () => {
    expect(schema.IsoDate.safeParse('2023-06-19').success).toBe(true)
    expect(schema.IsoDate.safeParse('2023-06-19T08:30:00Z').success).toBe(true)
    expect(schema.IsoDate.safeParse('2023-06-19T08:30:00+02:00').success).toBe(true)
    expect(schema.IsoDate.safeParse('June 19, 2023').success).toBe(false)
  })

  it('marks a restored paragraph with true only, and keeps the mark', () => {
    const block = { id: 'p2', type: 'paragraph', text: 'Rain fell.' }
    expect(schema.Block.parse({ ...block, restored: true })).toEqual({ ...block, restored: true })
    expect(schema.Block.parse(block)).toEqual(block)
    // A written paragraph carries no mark rather than `false`, so its JSON stays as it was.
    expect(schema.Block.safeParse({ ...block, restored: false }).success).toBe(false)
  })

  it('names the field of each problem', () => {
    const result = schema.Block.safeParse({ id: 'p1', type: 'aside', text: '' })
    expect(result.success).toBe(false)
    if (result.success) return
    const fields = schema.formatIssues(result.error).map((issue) => issue.field)
    expect(fields).toEqual(['type', 'text'])
  })

  it('accepts only http and https URLs, saying what it expected', () => {
    for (const good of ['https://example.com/story', 'http://news.example.org/a?b=c#d']) {
      expect(schema.WebUrl.safeParse(good).success, good).toBe(true)
    }
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.com/a',
      'https://exa mple.com/story',
      'example.com/story',
    ]) {
      const result = schema.WebUrl.safeParse(bad)
      expect(result.success, bad).toBe(false)
      expect(result.error?.issues[0]?.message, bad).toMatch(
        /^Expected an absolute http or https URL/,
      )
    }
    expect(schema.WebUrl.parse(' https://example.com/a ')).toBe('https://example.com/a')
    const article = validArticle({ url: 'javascript:alert(1)' })
    expect(schema.IngestedArticle.safeParse(article).success).toBe(false)
  })

  it('says what a date should look like instead of "Invalid input"', () => {
    const result = schema.IsoDate.safeParse('0-01-01')
    expect(result.error?.issues[0]?.message).toBe(
      'Expected an ISO 8601 date such as `2024-06-19`, or a date-time with an offset such as `2024-06-19T08:00:00Z`',
    )
    const fields = schema.formatIssues(
      schema.IngestedArticle.safeParse(validArticle({ publishedAt: 'June 19' })).error as never,
    )
    expect(fields).toEqual([
      { field: 'publishedAt', message: expect.stringMatching(/^Expected an ISO 8601 date/) },
    ])
  })

  it('fills each key of overrides that is left out', () => {
    expect(schema.Overrides.parse({})).toEqual({
      addTopics: [],
      removeTopics: [],
      speakerNames: {},
    })
    expect(schema.Overrides.parse({ addTopics: ['ports'] })).toEqual({
      addTopics: ['ports'],
      removeTopics: [],
      speakerNames: {},
    })
  })

  it('defaults the fields added after the first release, so earlier data still reads', () => {
    const { authors: _authors, image: _image, ...earlier } = validArticle({})
    const parsed = schema.IngestedArticle.parse(earlier)
    expect(parsed.authors).toEqual([])
    expect(parsed.image).toBeNull()
    const earlierDiagnostic = {
      file: 'a.txt',
      line: 3,
      column: 1,
      severity: 'warning',
      message: 'Unexpected unclosed quotation mark',
      ruleId: 'retext-quotes/unclosed',
      field: null,
      hint: null,
    }
    expect(schema.Diagnostic.parse(earlierDiagnostic).url).toBeNull()
  })

  it('bounds the length of titles and other repeated values', () => {
    const title = 'a'.repeat(schema.limits.title)
    expect(schema.IngestedArticle.safeParse(validArticle({ title })).success).toBe(true)
    const longer = schema.IngestedArticle.safeParse(validArticle({ title: `${title}a` }))
    expect(longer.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title'])
    const tags = Array.from({ length: schema.limits.items + 1 }, (_, index) => `tag${index}`)
    expect(schema.IngestedArticle.safeParse(validArticle({ tags })).success).toBe(false)
  })

  it('types authors as people or organizations', () => {
    expect(
      schema.Author.safeParse({ name: 'Northwind Energy', kind: 'organization' }).success,
    ).toBe(true)
    expect(schema.Author.safeParse({ name: 'Ann Vale', kind: 'robot' }).success).toBe(false)
    expect(schema.Author.safeParse({ name: '', kind: 'person' }).success).toBe(false)
  })

  describe('validate', () => {
    it('drops unknown keys with a warning naming each', () => {
      const data = {
        ...validArticle({}),
        colour: 'red',
        blocks: [{ id: 'p1', type: 'paragraph', text: 'A.', style: 'x' }],
      }
      const result = schema.validate(schema.IngestedArticle, data)
      expect(result.success).toBe(true)
      expect(result.data).not.toHaveProperty('colour')
      expect(result.problems.map((problem) => problem.field)).toEqual(['blocks.0.style', 'colour'])
      expect(result.problems[1]).toEqual({
        field: 'colour',
        message: 'Unexpected unknown key `colour`: it is dropped',
        severity: 'warning',
      })
    })

    it('refuses unknown keys in strict mode', () => {
      const result = schema.validate(
        schema.Block,
        { id: 'p1', type: 'paragraph', text: 'A.', x: 1 },
        { strict: true },
      )
      expect(result.success).toBe(false)
      expect(result.data).toBeUndefined()
      expect(result.problems).toEqual([
        { field: 'x', message: 'Unexpected unknown key `x`', severity: 'error' },
      ])
    })

    it('keeps the keys of maps such as speakerNames', () => {
      const result = schema.validate(schema.Overrides, { speakerNames: { Vale: 'Ann Vale' } })
      expect(result.problems).toEqual([])
    })

    it('reports each invalid field as an error', () => {
      const result = schema.validate(schema.Block, { id: 'x', type: 'paragraph', text: '' })
      expect(result.success).toBe(false)
      expect(result.problems.map((problem) => [problem.field, problem.severity])).toEqual([
        ['id', 'error'],
        ['text', 'error'],
      ])
      expect(result.problems[0]?.message).toBe('Expected a block id such as `p1` or `h2`')
    })

    it('does not walk deeper than the schema, however deep the input', () => {
      let deep: unknown = []
      for (let depth = 0; depth < 100_000; depth++) deep = [deep]
      const result = schema.validate(schema.Overrides, { addTopics: [], extra: deep })
      expect(result.problems.map((problem) => problem.field)).toEqual(['extra'])
    })
  })
})

function validArticle(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    sourceFile: 'harbor.md',
    sourceFormat: 'markdown',
    slug: 'harbor-wall',
    title: 'Harbor wall plan approved',
    dek: null,
    publisher: null,
    byline: 'Ann Vale',
    authors: [{ name: 'Ann Vale', kind: 'person' }],
    dateline: null,
    publishedAt: '2031-05-04',
    url: 'https://example.com/harbor-wall',
    image: null,
    language: 'en',
    readTimeMinutes: 1,
    readTimeSource: 'computed',
    wordCount: 2,
    contentHash: `sha256-${'0'.repeat(64)}`,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    blocks: [{ id: 'p1', type: 'paragraph', text: 'A.' }],
    ...overrides,
  }
}
