import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../src/errors.js'
import {
  lockFileOf,
  outputMarker,
  prepareOutputFolder,
  replaceOutputFolder,
} from '../src/output-folder.js'
import {
  fileSystemNow,
  isAsWritten,
  readOutputRecord,
  writeOutputRecord,
} from '../src/output-record.js'
import { writerVersion } from '../src/writer-version.js'

let scratch: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-output-'))
  await mkdir(join(scratch, 'content'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const marker = `{"generator":"newsroom","articles":[]}\n`
const refusal = async (target: string) => {
  try {
    await prepareOutputFolder(target, join(scratch, 'content'))
  } catch (error) {
    return error instanceof CliError ? error.name : String(error)
  }
  return 'accepted'
}

describe('prepareOutputFolder', () => {
  it('accepts a new, an empty or an earlier output folder and refuses anything else', async () => {
    await mkdir(join(scratch, 'empty'))
    await mkdir(join(scratch, 'earlier'))
    await writeFile(join(scratch, 'earlier', outputMarker), marker)
    await mkdir(join(scratch, 'legacy/articles'), { recursive: true })
    await writeFile(join(scratch, 'legacy/report.json'), '{"pipelineVersion":"x"}')
    await mkdir(join(scratch, 'notes'))
    await writeFile(join(scratch, 'notes/todo.txt'), 'x')
    await mkdir(join(scratch, 'fake'))
    await writeFile(join(scratch, 'fake', outputMarker), '{"mine": true}')
    await writeFile(join(scratch, 'file.txt'), 'x')
    expect(await refusal(join(scratch, 'new'))).toBe('accepted')
    expect(await refusal(join(scratch, 'empty'))).toBe('accepted')
    expect(await refusal(join(scratch, 'earlier'))).toBe('accepted')
    expect(await refusal(join(scratch, 'legacy'))).toBe('accepted')
    expect(await refusal(join(scratch, 'notes'))).toBe('OutputNotOurs')
    expect(await refusal(join(scratch, 'fake'))).toBe('OutputNotOurs')
    expect(await refusal(join(scratch, 'file.txt'))).toBe('OutputNotOurs')
    expect(await refusal(join(scratch, 'content'))).toBe('OutputHoldsContent')
    expect(await refusal(scratch)).toBe('OutputHoldsContent')
    expect(await refusal('/')).toBe('OutputHoldsContent')
    expect(await refusal(join(scratch, 'content/out'))).toBe('OutputInsideContent')
    expect(await refusal(process.cwd())).toBe('OutputHoldsWorkingFolder')
  })
})

describe('replaceOutputFolder', () => {
  it('replaces the whole folder, dropping files of the previous run', async () => {
    const target = join(scratch, 'out')
    await replaceOutputFolder(
      target,
      new Map([
        ['articles/old.json', '{}\n'],
        [outputMarker, marker],
      ]),
    )
    await replaceOutputFolder(
      target,
      new Map([
        ['articles/new.json', '{}\n'],
        [outputMarker, marker],
      ]),
    )
    expect(await readdir(join(target, 'articles'))).toEqual(['new.json'])
    expect((await readdir(scratch)).sort()).toEqual(['content', 'out'])
  })

  it('leaves the previous output whole, and nothing of its own, when a write fails', async () => {
    const target = join(scratch, 'out')
    await replaceOutputFolder(target, new Map([['report.json', 'previous\n']]))
    // `report.json` as a file and as a folder cannot both exist: the second write fails.
    const failing = new Map([
      ['report.json', 'next\n'],
      ['report.json/inner.json', 'x\n'],
    ])
    await expect(replaceOutputFolder(target, failing)).rejects.toThrow(
      /^Cannot write the output folder .*out: .*; the previous output is unchanged\.$/,
    )
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('previous\n')
    expect((await readdir(scratch)).sort()).toEqual(['content', 'out'])
  })

  it('puts back an output that a killed run had moved away, and removes its staging folder', async () => {
    const target = join(scratch, 'out')
    await mkdir(join(scratch, '.out.old-999999'))
    await writeFile(join(scratch, '.out.old-999999', outputMarker), marker)
    await mkdir(join(scratch, '.out.staging-999999'))
    await prepareOutputFolder(target, join(scratch, 'content'))
    expect((await readdir(scratch)).sort()).toEqual(['content', 'out'])
    expect(await readFile(join(target, outputMarker), 'utf8')).toBe(marker)
  })

  it('lets runs writing one folder at once take turns, each output whole, the last one kept', async () => {
    const target = join(scratch, 'out')
    const runs = ['a', 'b', 'c', 'd', 'e'].map(
      (name) =>
        new Map([
          [`articles/${name}-1.json`, `${name}\n`],
          [`articles/${name}-2.json`, `${name}\n`],
          [outputMarker, marker],
        ]),
    )
    await Promise.all(runs.map((files) => replaceOutputFolder(target, files)))
    const kept = await readdir(join(target, 'articles'))
    expect(kept).toHaveLength(2)
    const run = kept[0]?.slice(0, 1)
    expect(kept.sort()).toEqual([`${run}-1.json`, `${run}-2.json`])
    expect((await readdir(scratch)).sort()).toEqual(['content', 'out'])
  })

  /** Output files `articles/<name>.json` from their sources; `made` lists the texts made. */
  const recordedFiles = (made: string[], sources: Record<string, string>) =>
    Object.entries(sources).map(([name, source]) => ({
      path: `articles/${name}.json`,
      source,
      text: () => {
        made.push(name)
        return `${name} from ${source}\n`
      },
    }))

  it('keeps a recorded file made from the same source, unless it was changed since', async () => {
    const target = join(scratch, 'out')
    const record = join(scratch, 'cache/outputs/out.json')
    const made: string[] = []
    const files = (sources: Record<string, string>) => recordedFiles(made, sources)
    await replaceOutputFolder(target, files({ a: '1', b: '1', c: '1' }), record)
    const inode = async (name: string) => (await stat(join(target, `articles/${name}.json`))).ino
    const before = await inode('a')
    // A file written in the last tick of the file system's clock is compared by its bytes.
    const { files: recorded, writtenAt } = await readOutputRecord(record)
    const racy = (recorded.get('articles/a.json')?.mtimeMs ?? 0) >= writtenAt
    made.length = 0
    // b's source changed; c was edited by hand since it was written.
    await writeFile(join(target, 'articles/c.json'), 'edited\n')
    const outcome = await replaceOutputFolder(target, files({ a: '1', b: '2', c: '1' }), record)
    expect(outcome.kept).toBe(1)
    expect(made.sort()).toEqual(racy ? ['a', 'b', 'c'] : ['b', 'c'])
    expect(await inode('a')).toBe(before)
    expect(await readFile(join(target, 'articles/b.json'), 'utf8')).toBe('b from 2\n')
    expect(await readFile(join(target, 'articles/c.json'), 'utf8')).toBe('c from 1\n')
    // Without its record every file is made again.
    await rm(record)
    made.length = 0
    await replaceOutputFolder(target, files({ a: '1', b: '2', c: '1' }), record)
    expect(made.sort()).toEqual(['a', 'b', 'c'])
  })

  it('tells a file still as this code wrote it, by the record', async () => {
    const target = join(scratch, 'out')
    const record = join(scratch, 'cache/outputs/out.json')
    await replaceOutputFolder(target, recordedFiles([], { a: '1' }), record)
    const writer = await writerVersion()
    const { files: recorded, writer: recordedWriter } = await readOutputRecord(record)
    expect(recordedWriter).toBe(writer)
    // Written well before the end of the run, as a real run's files are.
    const a = recorded.get('articles/a.json')
    if (a === undefined) throw new Error('a is not recorded')
    await writeOutputRecord(record, { files: recorded, writtenAt: a.mtimeMs + 1, writer })
    expect(await isAsWritten(record, target, 'articles/a.json', writer)).toBe(true)
    expect(await isAsWritten(record, target, 'articles/a.json', 'another')).toBe(false)
    expect(await isAsWritten(record, target, 'articles/b.json', writer)).toBe(false)
    // Written in the tick the record was: an edit might not show.
    await writeOutputRecord(record, { files: recorded, writtenAt: a.mtimeMs, writer })
    expect(await isAsWritten(record, target, 'articles/a.json', writer)).toBe(false)
    await writeOutputRecord(record, { files: recorded, writtenAt: a.mtimeMs + 1, writer })
    await writeFile(join(target, 'articles/a.json'), 'edited\n')
    expect(await isAsWritten(record, target, 'articles/a.json', writer)).toBe(false)
  })

  it('rewrites a same-size edit its mtime cannot show, made in the tick the record was written', async () => {
    const target = join(scratch, 'out')
    const record = join(scratch, 'cache/outputs/out.json')
    const made: string[] = []
    const files = () => recordedFiles(made, { a: '1', b: '1' })
    await replaceOutputFolder(target, files(), record)
    // On a file system whose clock ticks once a second, the write, the end of the run and an edit
    // of the same size can all carry one mtime: recorded as such here.
    const edited = join(target, 'articles/a.json')
    await writeFile(edited, 'A from 1\n')
    const { files: recorded } = await readOutputRecord(record)
    const a = recorded.get('articles/a.json')
    const b = recorded.get('articles/b.json')
    if (a === undefined || b === undefined) throw new Error('a file is not recorded')
    recorded.set('articles/a.json', { ...a, mtimeMs: (await stat(edited)).mtimeMs })
    await writeOutputRecord(record, { files: recorded, writtenAt: b.mtimeMs })
    const inodeOfB = (await stat(join(target, 'articles/b.json'))).ino
    const outcome = await replaceOutputFolder(target, files(), record)
    expect(await readFile(edited, 'utf8')).toBe('a from 1\n')
    // b, as unsure, is compared and, the same, kept.
    expect(outcome.kept).toBe(1)
    expect((await stat(join(target, 'articles/b.json'))).ino).toBe(inodeOfB)
  })

  it('never links a file that has another name, nor one in a folder replaced by a link', async () => {
    const target = join(scratch, 'out')
    const record = join(scratch, 'cache/outputs/out.json')
    const made: string[] = []
    const files = () => recordedFiles(made, { a: '1', b: '1' })
    await replaceOutputFolder(target, files(), record)
    // A hard-link backup of the output (cp -al, rsync --link-dest).
    const backup = join(scratch, 'backup-a.json')
    await link(join(target, 'articles/a.json'), backup)
    await replaceOutputFolder(target, files(), record)
    // Written in place later (an editor, a script): the backup does not change with it.
    await writeFile(join(target, 'articles/a.json'), 'changed\n')
    expect(await readFile(backup, 'utf8')).toBe('a from 1\n')

    // The articles moved elsewhere by the user and linked back: the new output shares no inode
    // with the moved files, which are no longer the output's.
    await replaceOutputFolder(target, files(), record)
    const moved = join(scratch, 'moved')
    await rename(join(target, 'articles'), moved)
    await symlink(moved, join(target, 'articles'))
    await replaceOutputFolder(target, files(), record)
    for (const name of ['a', 'b'])
      expect((await stat(join(target, `articles/${name}.json`))).ino).not.toBe(
        (await stat(join(moved, `${name}.json`))).ino,
      )
    expect(await readFile(join(moved, 'a.json'), 'utf8')).toBe('a from 1\n')
  })

  it('waits for the lock of a running swap and takes over that of a process that is gone', async () => {
    const target = join(scratch, 'out')
    const lock = await lockFileOf(target)
    await writeFile(lock, '999999\n')
    await replaceOutputFolder(target, new Map([['report.json', 'first\n']]))
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('first\n')

    await writeFile(lock, `${process.pid}\n`)
    let done = false
    const swap = replaceOutputFolder(target, new Map([['report.json', 'second\n']])).then(() => {
      done = true
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(done).toBe(false)
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('first\n')
    await rm(lock)
    await swap
    expect(await readFile(join(target, 'report.json'), 'utf8')).toBe('second\n')
    expect((await readdir(scratch)).sort()).toEqual(['content', 'out'])
  })
})

describe('fileSystemNow', () => {
  it('reads the clock beside a probe a killed run of the same pid left behind, and leaves only that', async () => {
    const left = join(scratch, `.newsroom-clock-${process.pid}`)
    await writeFile(left, '')
    const now = await fileSystemNow(scratch)
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000)
    expect((await readdir(scratch)).sort()).toEqual(['.newsroom-clock-' + process.pid, 'content'])
  })
})
