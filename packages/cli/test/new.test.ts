import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingest } from '@newsroom/ingest'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../src/main.js'

const scratch = await mkdtemp(join(tmpdir(), 'newsroom-new-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
})

describe('newsroom new', () => {
  it('names the title argument when the title is missing or empty, writing nothing', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(String(line)))
    const content = join(scratch, 'untitled')
    for (const args of [[], [''], ['  ']]) {
      errors.length = 0
      expect(await main(['new', ...args, '--content', content])).toBe(2)
      expect(errors).toEqual([
        'MissingArgument: `newsroom new` needs the article\'s title as its first argument (there is no --title option), such as `newsroom new "Council approves sea wall"`.',
        '  hint: Run `newsroom new --help` for its arguments and options.',
      ])
    }
    await expect(readdir(content)).rejects.toThrow()
  })

  it('refuses a --date that is no date, writing nothing', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(String(line)))
    for (const date of ['tomorrow', '2026-02-30', '2024-6-1']) {
      expect(await main(['new', 'Ferry Returns', '--content', scratch, '--date', date])).toBe(2)
    }
    expect(errors.join('\n')).toContain('--date must be a date such as 2024-06-19')
    await expect(readFile(join(scratch, 'ferry-returns.md'), 'utf8')).rejects.toThrow()
    expect(
      await main(['new', 'Ferry Returns', '--content', scratch, '--date', '2026-03-14T09:30:00Z']),
    ).toBe(0)
    expect(await readFile(join(scratch, 'ferry-returns.md'), 'utf8')).toContain(
      'date: 2026-03-14T09:30:00Z',
    )
  })

  it('takes every --date the front matter takes, written as given and read as ingest reads it', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const dates = ['June 19, 2024', '19 June 2024', '2024-06-19T08:00', '2024-06-19 08:00']
    const content = join(scratch, 'dates')
    for (const [index, date] of dates.entries()) {
      const title = `Quay Reopens ${index}`
      expect(await main(['new', title, '--content', content, '--date', date])).toBe(0)
      const path = `quay-reopens-${index}.md`
      const text = await readFile(join(content, path), 'utf8')
      const file = ingest({ path, contents: new TextEncoder().encode(text) })
      expect(text).toContain(`\ndate: ${date}\n`)
      expect(file.data.article?.publishedAt).toBe('2024-06-19')
      expect(file.messages.filter((message) => message.ruleId === 'front-matter-value')).toEqual([])
    }
  })

  it('writes a Markdown article that `newsroom check` accepts, and never overwrites it', async () => {
    const printed: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(
      await main([
        'new',
        'Harbour Board Meets Again',
        '--content',
        scratch,
        '--date',
        '2024-05-01',
      ]),
    ).toBe(0)
    const path = join(scratch, 'harbour-board-meets-again.md')
    expect(printed).toEqual([path])
    const text = await readFile(path, 'utf8')
    expect(text).toMatch(/^---\ntitle: Harbour Board Meets Again\n/)
    expect(text).toContain('date: 2024-05-01')

    expect(await main(['check', '--content', scratch, '--no-cache', '--jobs', '1'])).toBe(0)
    // The placeholder body is a warning: an unedited article fails a strict check.
    expect(
      await main(['check', '--content', scratch, '--no-cache', '--jobs', '1', '--strict']),
    ).toBe(1)
    expect(await main(['new', 'Harbour Board Meets Again', '--content', scratch])).toBe(2)
    expect(await readFile(path, 'utf8')).toBe(text)
    // Each check starts a worker thread that loads the pipeline from TypeScript sources.
  }, 60_000)
})
