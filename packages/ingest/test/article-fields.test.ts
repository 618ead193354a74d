import type { IngestedArticle } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ingest } from '../src/index.js'
import { ArticleFields, checkedArticleFields } from '../src/lib/build-article.js'

const story = `Tide mill reopens at Wrenmouth
Wrenmouth Courier
By Odile Brankes and Pell Vantry
Tuesday, May 7, 2024

WRENMOUTH — The tide mill on the estuary ground its first flour in forty years on Tuesday.

"The wheel turned as if it had never stopped," said miller Hanne Corwell.
`

/** The ingested article of the story above, as a fresh copy a test may break. */
function article(): IngestedArticle {
  const file = ingest({ path: 'tide-mill.txt', contents: new TextEncoder().encode(story) })
  const ingested = file.data.article
  if (!ingested) throw new Error('Expected the test story to ingest')
  return structuredClone(ingested)
}

/** The issues a safe parse reports, or `undefined` when it passes. */
function issuesOf(result: { success: boolean; error?: { issues: unknown } }) {
  return result.success ? undefined : result.error?.issues
}

describe('checkedArticleFields', () => {
  it('is compiled: zod can compile every part of the schema', () => {
    // Strict: a part zod's compiler cannot model throws rather than leaving the runtime parser.
    expect(() => z.compile(ArticleFields, { strict: true })).not.toThrow()
    expect(checkedArticleFields()).not.toBe(ArticleFields)
  })

  it('is the runtime schema when zod is told to generate no code (jitless)', () => {
    const jitless = z.config().jitless
    try {
      z.config({ jitless: true })
      expect(checkedArticleFields()).toBe(ArticleFields)
    } finally {
      z.config({ jitless })
    }
    expect(checkedArticleFields()).not.toBe(ArticleFields)
  })

  it('gives what the runtime parser gives, in the same key order, unknown keys dropped alike', () => {
    const value = { ...article(), extra: 'dropped' }
    const checked = checkedArticleFields().safeParse(value)
    const runtime = ArticleFields.safeParse(value)
    expect(checked.success).toBe(true)
    expect(checked.data).toStrictEqual(runtime.data)
    expect(JSON.stringify(checked.data)).toBe(JSON.stringify(runtime.data))
    expect(checked.data).not.toHaveProperty('extra')
  })

  /** Breaks one field the schema checks; casts where the type would forbid the break. */
  const breakages: Array<[string, (value: IngestedArticle) => void]> = [
    ['a date that is no date', (value) => (value.publishedAt = 'the first of April')],
    ['an address that is no web address', (value) => (value.url = 'ftp://example.invalid/mill')],
    ['an author without a name', (value) => (value.authors = [{ name: '', kind: 'person' }])],
    ['a read time of no minutes', (value) => (value.readTimeMinutes = 0)],
    ['a slug with spaces', (value) => (value.slug = 'tide mill')],
    ['a title that is no string', (value) => (value.title = 7 as unknown as string)],
    ['a missing field', (value) => delete (value as Partial<IngestedArticle>).language],
  ]
  for (const [name, breakIt] of breakages) {
    it(`refuses ${name} with the runtime parser's issues`, () => {
      const value = article()
      breakIt(value)
      const expected = issuesOf(ArticleFields.safeParse(value))
      expect(expected).toBeDefined()
      expect(issuesOf(checkedArticleFields().safeParse(value))).toStrictEqual(expected)
    })
  }
})
