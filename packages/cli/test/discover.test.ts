import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { discoverContent } from '../src/discover.js'

const scratch = await mkdtemp(join(tmpdir(), 'newsroom-discover-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('discoverContent', () => {
  it('lists content files in path order, skipping hidden files and READMEs', async () => {
    for (const file of [
      'b.txt',
      'a.md',
      'sub/c.html',
      '.DS_Store',
      '.git/config',
      'README.md',
      'sub/readme.txt',
    ]) {
      await mkdir(join(scratch, file, '..'), { recursive: true })
      await writeFile(join(scratch, file), 'x')
    }
    expect(await discoverContent(scratch)).toEqual(['a.md', 'b.txt', 'sub/c.html'])
  })
})
