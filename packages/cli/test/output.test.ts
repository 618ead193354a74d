import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFolderAtomically } from '../src/output.js'

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-output-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('writeFolderAtomically', () => {
  it('replaces the whole folder, dropping files of the previous run', async () => {
    const target = join(scratch, 'out')
    await writeFolderAtomically(
      target,
      new Map([
        ['articles/old.json', '{}\n'],
        ['report.json', '1\n'],
      ]),
    )
    await writeFolderAtomically(
      target,
      new Map([
        ['articles/new.json', '{}\n'],
        ['report.json', '2\n'],
      ]),
    )
    expect(await readdir(join(target, 'articles'))).toEqual(['new.json'])
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('2\n')
    expect((await readdir(scratch)).sort()).toEqual(['out'])
  })

  it('leaves the previous output whole when a write fails', async () => {
    const target = join(scratch, 'out')
    await writeFolderAtomically(target, new Map([['report.json', 'previous\n']]))
    // `report.json` as a file and as a folder cannot both exist: the second write fails.
    const failing = new Map([
      ['report.json', 'next\n'],
      ['report.json/inner.json', 'x\n'],
    ])
    await expect(writeFolderAtomically(target, failing)).rejects.toThrow()
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('previous\n')
    expect(await readdir(scratch)).toEqual(['out'])
  })
})
