import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import * as schema from '../src/index.js'

describe('@newsroom/schema', () => {
  it('exposes its public API', () => {
    expect(Object.keys(schema).sort()).toEqual(
      [
        'Article',
        'ArticleTopic',
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
        'formatIssues',
        'jsonSchemas',
      ].sort(),
    )
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

  it('names the field of each problem', () => {
    const result = schema.Block.safeParse({ id: 'p1', type: 'aside', text: '' })
    expect(result.success).toBe(false)
    if (result.success) return
    const fields = schema.formatIssues(result.error).map((issue) => issue.field)
    expect(fields).toEqual(['type', 'text'])
  })
})
