import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { discoverContent } from '../src/discover.js'

const scratch = await mkdtemp(join(tmpdir(), 'newsroom-discover-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('discoverContent', () => {
  it('lists content files in path order, skipping hidden files and READMEs, naming links', async () => {
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
    await symlink(join(scratch, 'a.md'), join(scratch, 'sub/link.md'))
    await symlink(join(scratch, 'a.md'), join(scratch, '.hidden-link.md'))
    expect(await discoverContent(scratch)).toEqual({
      files: ['a.md', 'b.txt', 'sub/c.html'],
      skipped: [{ path: 'sub/link.md', kind: 'symbolic link' }],
    })
  })
})
