import type { Article } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import type { CacheEntry } from '../src/cache.js'
import { settlePublication } from '../src/publication.js'

/** Only the fields slugs and records read; the rest of an article does not matter here. */
function entry(
  sourceFile: string,
  title: string,
  slug: string,
): { sourceFile: string; entry: CacheEntry } {
  const article = { sourceFile, title, slug, contentHash: `sha256-${sourceFile}` } as Article
  return { sourceFile, entry: { article, diagnostics: [] } }
}

const slugs = (results: Array<{ entry: CacheEntry }>) =>
  results.map(({ entry }) => entry.article?.slug)

describe('settlePublication', () => {
  it('numbers repeated slugs in path order, with a warning naming the file that has the slug', () => {
    const results = [
      entry('a.md', 'Tide Comes Early', 'tide-comes-early'),
      entry('b.md', 'Tide Comes Early', 'tide-comes-early'),
    ]
    settlePublication(results, undefined, '2024-05-01')
    expect(slugs(results)).toEqual(['tide-comes-early', 'tide-comes-early-2'])
    expect(results[1]?.entry.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      [
        'cli/duplicate-slug',
        'Slug tide-comes-early is already used by a.md; this article is published as tide-comes-early-2',
      ],
    ])
  })

  it('never gives a numbered slug that another article asked for', () => {
    const results = [
      entry('a.md', 'Tide Comes Early', 'tide-comes-early'),
      entry('b.md', 'Tide Comes Early', 'tide-comes-early'),
      entry('c.md', 'Ferry Timetable', 'tide-comes-early-2'),
    ]
    settlePublication(results, undefined, '2024-05-01')
    expect(slugs(results)).toEqual(['tide-comes-early', 'tide-comes-early-3', 'tide-comes-early-2'])
  })

  it('gives an asked-for slug over one an earlier run numbered', () => {
    const first = [
      entry('a.md', 'Tide Comes Early', 'tide-comes-early'),
      entry('b.md', 'Tide Comes Early', 'tide-comes-early'),
    ]
    const record = settlePublication(first, undefined, '2024-05-01')
    const second = [
      ...first.map(({ sourceFile, entry: e }) =>
        entry(sourceFile, e.article?.title ?? '', 'tide-comes-early'),
      ),
      entry('c.md', 'Ferry', 'tide-comes-early-2'),
    ]
    settlePublication(second, record, '2024-05-02')
    expect(slugs(second)).toEqual(['tide-comes-early', 'tide-comes-early-3', 'tide-comes-early-2'])
  })

  it('keeps published URLs and first-seen dates when a file that sorts earlier is added', () => {
    const first = [entry('m.md', 'Harbour Reopens', 'harbour-reopens')]
    const record = settlePublication(first, undefined, '2024-05-01')
    const second = [
      entry('a.md', 'Harbour Reopens', 'harbour-reopens'),
      entry('m.md', 'Harbour Reopens', 'harbour-reopens'),
    ]
    const next = settlePublication(second, record, '2024-06-01')
    expect(slugs(second)).toEqual(['harbour-reopens-2', 'harbour-reopens'])
    expect(second.map(({ entry: e }) => e.article?.firstSeen)).toEqual(['2024-06-01', '2024-05-01'])
    expect(next.articles.map((a) => [a.sourceFile, a.slug, a.firstSeen])).toEqual([
      ['a.md', 'harbour-reopens-2', '2024-06-01'],
      ['m.md', 'harbour-reopens', '2024-05-01'],
    ])
    // A third run with nothing new changes nothing.
    const third = [
      entry('a.md', 'Harbour Reopens', 'harbour-reopens'),
      entry('m.md', 'Harbour Reopens', 'harbour-reopens'),
    ]
    expect(settlePublication(third, next, '2024-07-01')).toEqual(next)
  })

  it('follows a renamed file by its content, and drops deleted files from the record', () => {
    const record = settlePublication(
      [entry('old.md', 'Harbour Reopens', 'harbour-reopens'), entry('gone.md', 'Gone', 'gone')],
      undefined,
      '2024-05-01',
    )
    const moved = entry('news/new.md', 'Harbour Reopens', 'harbour-reopens')
    ;(moved.entry.article as Article).contentHash = 'sha256-old.md'
    const next = settlePublication([moved], record, '2024-06-01')
    expect(next.articles).toEqual([
      {
        sourceFile: 'news/new.md',
        slug: 'harbour-reopens',
        firstSeen: '2024-05-01',
        contentHash: 'sha256-old.md',
      },
    ])
  })

  it('keeps a numbered slug within the 120-character limit', () => {
    const long = `${'a'.repeat(60)}-${'b'.repeat(59)}`
    const results = [entry('a.md', 'X Y', long), entry('b.md', 'X Z', long)]
    settlePublication(results, undefined, '2024-05-01')
    expect(results[1]?.entry.article?.slug).toHaveLength(120)
    expect(results[1]?.entry.article?.slug).toMatch(/-2$/)
  })
})
