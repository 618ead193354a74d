import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ContentIndex,
  isUnchanged,
  readContentIndex,
  writeContentIndex,
} from '../src/content-index.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-content-index-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const row = {
  content: { size: 120, mtimeMs: 1000.5, ino: 7, ctimeMs: 1000.5 },
  key: 'k1',
  entry: { size: 900, mtimeMs: 1001, ino: 8, ctimeMs: 1001 },
  digest: 'd1',
}

describe('content index', () => {
  it('reads back what it wrote', async () => {
    const file = join(folder, 'content', 'index.json')
    const index: ContentIndex = {
      version: 'v1',
      startedAt: 2000,
      files: new Map([
        ['b.txt', { ...row, key: 'k2' }],
        ['a.txt', row],
      ]),
    }
    await writeContentIndex(file, index)
    expect(await readContentIndex(file)).toEqual(index)
  })

  it('reads nothing from a missing or damaged index, and leaves out rows not as written', async () => {
    const file = join(folder, 'index.json')
    expect(await readContentIndex(file)).toBeUndefined()
    await writeFile(file, '{"version":"v1","startedAt":2000,"files":{"a.txt":[[1,2')
    expect(await readContentIndex(file)).toBeUndefined()
    await writeFile(file, '{"version":"v1","files":{}}')
    expect(await readContentIndex(file)).toBeUndefined()
    await writeFile(
      file,
      JSON.stringify({
        version: 'v1',
        startedAt: 2000,
        files: {
          'a.txt': [[120, 1000.5, 7, 1000.5], 'k1', [900, 1001, 8, 1001], 'd1'],
          'b.txt': [[120, 1000.5, 7], 'k2', [900, 1001, 8, 1001], 'd2'],
          'c.txt': [[120, 1000.5, 7, 1000.5], 3, [900, 1001, 8, 1001], 'd3'],
        },
      }),
    )
    expect([...((await readContentIndex(file))?.files ?? [])]).toEqual([['a.txt', row]])
  })

  it('trusts a state only when it is as recorded and was so before the recording run began', () => {
    const recorded = row.content
    expect(isUnchanged({ ...recorded }, recorded, 5000)).toBe(true)
    expect(isUnchanged(undefined, recorded, 5000)).toBe(false)
    expect(isUnchanged({ ...recorded, size: 121 }, recorded, 5000)).toBe(false)
    // Touched: same bytes maybe, but read again to know.
    expect(isUnchanged({ ...recorded, mtimeMs: 1000.6 }, recorded, 5000)).toBe(false)
    // Copied back from a backup with its size and mtime: a new inode.
    expect(isUnchanged({ ...recorded, ino: 9 }, recorded, 5000)).toBe(false)
    // Edited in place, its mtime put back (cp -p over it, touch -r): only the ctime moved.
    expect(isUnchanged({ ...recorded, ctimeMs: 1500 }, recorded, 5000)).toBe(false)
    // Changed in the tick the recording run began in: an edit after its read would not show.
    expect(isUnchanged({ ...recorded }, recorded, 1000.5)).toBe(false)
    // On a disk of whole-second (or FAT's two-second) mtimes, a file edited after the run began
    // and read keeps an mtime truncated to below the cache folder's finer clock.
    expect(isUnchanged({ ...recorded }, recorded, 1001)).toBe(false)
    expect(isUnchanged({ ...recorded }, recorded, 3000)).toBe(false)
  })
})
