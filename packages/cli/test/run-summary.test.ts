import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../src/main.js'

const scratch = await mkdtemp(join(tmpdir(), 'newsroom-summary-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
})

const article = `---
title: Ferry returns to the harbour
date: 2024-05-01
---

"The ferry runs again from Monday," said Ann Vale, the harbour master.
`

/** The last line a command printed on stderr, with the seconds it took made constant. */
async function lastLine(args: string[]): Promise<{ code: number; line: string }> {
  const errors: string[] = []
  vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(String(line)))
  vi.spyOn(console, 'log').mockImplementation(() => {})
  const code = await main(args)
  vi.restoreAllMocks()
  return { code, line: (errors.at(-1) ?? '').replace(/in \d+\.\d\ds/, 'in Ns') }
}

describe('the line that ends a run', () => {
  it('counts the articles, those from the cache among them, and the failed files apart', async () => {
    const content = join(scratch, 'content')
    await mkdir(content)
    await writeFile(join(content, 'ferry.md'), article)
    await writeFile(join(content, 'empty.txt'), '')
    const args = ['process', '--content', content, '--cache', join(scratch, 'cache'), '--jobs', '1']
    const out = join(scratch, 'out')
    const failed = '; 1 file(s) failed (the errors above) and gave no article'
    expect(await lastLine([...args, '--out', out])).toEqual({
      code: 1,
      line: `processed 1 article(s) (0 from cache) into ${out} in Ns${failed}`,
    })
    // Both files come from the cache now: the failed one is counted once, as failed.
    expect(await lastLine([...args, '--out', out])).toEqual({
      code: 1,
      line: `processed 1 article(s) (1 from cache) into ${out} in Ns${failed}`,
    })
  }, 60_000)

  it('is printed by `build` too, before the site is built', async () => {
    const content = join(scratch, 'build-content')
    const site = join(scratch, 'site')
    await mkdir(content)
    await mkdir(site)
    await writeFile(join(content, 'ferry.md'), article)
    // A site whose build does nothing: only the processing is under test.
    await writeFile(
      join(site, 'package.json'),
      JSON.stringify({ name: 'site', private: true, scripts: { build: 'node -e 0' } }),
    )
    const { code, line } = await lastLine([
      'build',
      '--content',
      content,
      '--site',
      site,
      '--no-cache',
      '--jobs',
      '1',
    ])
    expect(code).toBe(0)
    expect(line).toBe(`processed 1 article(s) (0 from cache) into ${join(site, '.newsroom')} in Ns`)
  }, 60_000)
})
