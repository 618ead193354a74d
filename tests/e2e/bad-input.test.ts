import { copyFile, mkdir, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main, processContent } from '@newsroom/cli'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fixtureContent } from './helpers.js'

let content: string
let scratch: string

const goodArticle = (title: string) =>
  `---\ntitle: ${title}\ndate: 2024-02-01\n---\n\n"The tide is early this year," said harbour master Ada Quillon.\n`

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-bad-'))
  content = join(scratch, 'content')
  await mkdir(content)
  await copyFile(
    join(fixtureContent, 'orchard-cooperative-doubles-harvest.md'),
    join(content, 'good.md'),
  )
  await writeFile(join(content, 'empty.txt'), '')
  await writeFile(
    join(content, 'binary.txt'),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]),
  )
  await writeFile(join(content, 'notes.docx'), 'not an article')
  await writeFile(join(content, 'broken-front-matter.md'), '---\ntitle: [unclosed\n---\n\nBody.\n')
  await writeFile(
    join(content, 'wrong-type.md'),
    '---\ntitle: Tide Tables Published\ndate: 2024-13-45\ntags: 7\n---\n\nThe tables are out.\n',
  )
  await writeFile(
    join(content, 'no-title.md'),
    '---\ndek: A dek but no title\n---\n\nSome body text here.\n',
  )
  await writeFile(join(content, 'same-title-a.md'), goodArticle('Tide Comes Early'))
  await writeFile(join(content, 'same-title-b.md'), goodArticle('Tide Comes Early'))
  await writeFile(
    join(content, 'no-article.html'),
    '<!doctype html><html><head><title>Login</title></head><body><nav><a href="/">Home</a></nav></body></html>',
  )
  await writeFile(join(content, 'huge.txt'), '')
  await truncate(join(content, 'huge.txt'), 50 * 1024 * 1024)
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('bad input', () => {
  it('gets a diagnostic per problem, naming file, line and field, and never stops the rest', async () => {
    const out = join(scratch, 'out')
    const { report, articles } = await processContent({
      contentDir: content,
      outDir: out,
      cacheDir: false,
      jobs: 1,
    })
    const rules = (file: string) =>
      report.diagnostics
        .filter((diagnostic) => diagnostic.file === file && diagnostic.severity !== 'info')
        .map((diagnostic) => diagnostic.ruleId)

    expect(rules('empty.txt')).toEqual(['ingest/empty-file'])
    expect(rules('binary.txt')).toEqual(['ingest/binary-file'])
    expect(rules('notes.docx')).toEqual(['ingest/unknown-extension'])
    expect(rules('huge.txt')).toEqual(['ingest/file-too-large'])
    expect(rules('broken-front-matter.md')).toContain('ingest/front-matter-syntax')
    expect(rules('no-title.md')).toEqual(['ingest/missing-title'])
    expect(rules('no-article.html')).toEqual(['ingest/no-article'])
    expect(rules('same-title-b.md')).toEqual(['cli/duplicate-slug'])

    const wrongType = report.diagnostics.filter((diagnostic) => diagnostic.file === 'wrong-type.md')
    expect(wrongType.map(({ line, field, severity }) => ({ line, field, severity }))).toEqual(
      expect.arrayContaining([
        { line: 3, field: 'date', severity: 'error' },
        { line: 4, field: 'tags', severity: 'error' },
      ]),
    )
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === 'error') expect(diagnostic.hint, diagnostic.ruleId).toBeTruthy()
    }

    // The good articles are all there, the duplicate under a distinct slug.
    expect(articles.map((article) => article.slug).sort()).toEqual([
      'orchard-cooperative-doubles-its-harvest',
      'tide-comes-early',
      'tide-comes-early-2',
      'tide-tables-published',
    ])
    expect((await readdir(join(out, 'articles'))).sort()).toEqual([
      'orchard-cooperative-doubles-its-harvest.json',
      'tide-comes-early-2.json',
      'tide-comes-early.json',
      'tide-tables-published.json',
    ])
  })

  it('makes `newsroom check` list every problem like a compiler and exit 1', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) =>
      lines.push(...String(line).split('\n')),
    )
    const code = await main(['check', '--content', content, '--no-cache', '--jobs', '1'])
    vi.restoreAllMocks()
    expect(code).toBe(1)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /wrong-type\.md:3:\d+ {2}error {2}.*\(date\) {2}ingest\/front-matter-value$/,
      ),
    )
    expect(lines).toContainEqual(
      expect.stringMatching(/empty\.txt(:1:1)? {2}error {2}.* {2}ingest\/empty-file$/),
    )
    expect(lines.at(-1)).toMatch(/^\d+ errors, \d+ warnings?/)
  })

  it('makes warnings fatal with --strict', async () => {
    const clean = join(scratch, 'strict')
    await mkdir(clean)
    await writeFile(join(clean, 'a.md'), goodArticle('Tide Comes Early'))
    await writeFile(join(clean, 'b.md'), goodArticle('Tide Comes Early'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await main(['check', '--content', clean, '--no-cache', '--jobs', '1'])).toBe(0)
    expect(await main(['check', '--content', clean, '--no-cache', '--jobs', '1', '--strict'])).toBe(
      1,
    )
    vi.restoreAllMocks()
  })
})
