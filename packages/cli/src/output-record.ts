import { createHash, randomUUID } from 'node:crypto'
import { lstatSync } from 'node:fs'
import { lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { toJsonText } from './json.js'

/**
 * What a run wrote to an output folder, file by file, kept in the cache folder (not in the output,
 * which must be the same whether it was written at once or bit by bit): the next run keeps a file
 * made from the same inputs (the same source fingerprint) that is still the one it wrote (same
 * inode, size and modification time: one deleted, replaced, copied or edited since is written
 * again), rather than making and writing it anew.
 */
export interface RecordedFile {
  /** Fingerprint of what the text was made from (a hash over its inputs). */
  source: string
  size: number
  mtimeMs: number
  /** A copy or a restored backup is a new inode, even with the size and mtime preserved. */
  ino: number
}

export interface OutputRecord {
  files: Map<string, RecordedFile>
  /**
   * The output file system's clock when the run had written every file (the mtime of a file made
   * then). A file whose mtime is not older could be edited in the same tick of a coarse clock
   * (a second on HFS+ or many network shares, two on FAT) without its mtime changing: it is
   * never trusted, as git treats a "racily clean" index entry.
   */
  writtenAt: number
  /** The version of the code that wrote the files (see writer-version.ts), when recorded. */
  writer?: string | undefined
}

export const emptyOutputRecord = (): OutputRecord => ({ files: new Map(), writtenAt: 0 })

/** The record of an output folder, or an empty one (none yet, unreadable or of another form). */
export async function readOutputRecord(file: string): Promise<OutputRecord> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return emptyOutputRecord()
  }
  // Checked by hand, not with zod: a record that is not as written is simply not used.
  if (typeof json !== 'object' || json === null || !('files' in json) || !('writtenAt' in json))
    return emptyOutputRecord()
  const { files, writtenAt } = json
  if (typeof files !== 'object' || files === null || typeof writtenAt !== 'number')
    return emptyOutputRecord()
  const writer = 'writer' in json && typeof json.writer === 'string' ? json.writer : undefined
  const record: OutputRecord = { files: new Map(), writtenAt, writer }
  for (const [path, value] of Object.entries(files)) {
    const [source, size, mtimeMs, ino] = Array.isArray(value) ? value : []
    if (
      typeof source === 'string' &&
      typeof size === 'number' &&
      typeof mtimeMs === 'number' &&
      typeof ino === 'number'
    )
      record.files.set(path, { source, size, mtimeMs, ino })
  }
  return record
}

/** Save the record of an output folder (replacing it at once, never leaving half of one). */
export async function writeOutputRecord(file: string, record: OutputRecord): Promise<void> {
  const files: Record<string, [string, number, number, number]> = {}
  for (const [path, { source, size, mtimeMs, ino }] of [...record.files].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    files[path] = [source, size, mtimeMs, ino]
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(
    temporary,
    toJsonText({ writtenAt: record.writtenAt, writer: record.writer, files }),
  )
  await rename(temporary, file)
}

/**
 * Whether the file at `path` is still the one recorded and the output's alone: `same` for the same
 * inode, size and mtime, and no other name; `racy` when its mtime is not older than the record's
 * clock (an edit in that tick would not show: its bytes must be compared); else `changed`. A file
 * with another name (a hard-link backup such as `cp -al` or rsync --link-dest makes) counts as
 * changed: linked into the new output, an edit of one would silently change the other.
 */
export function recordedState(
  path: string,
  recorded: RecordedFile,
  writtenAt: number,
): 'same' | 'racy' | 'changed' {
  try {
    const stats = lstatSync(path)
    const same =
      stats.isFile() &&
      stats.nlink === 1 &&
      stats.ino === recorded.ino &&
      stats.size === recorded.size &&
      stats.mtimeMs === recorded.mtimeMs
    if (!same) return 'changed'
    return recorded.mtimeMs < writtenAt ? 'same' : 'racy'
  } catch {
    return 'changed'
  }
}

/**
 * Whether the file `path` of the output folder `outDir` is still as the code of version `writer`
 * wrote it, by the record in `recordFile`: then it needs no validating to be read.
 */
export async function isAsWritten(
  recordFile: string,
  outDir: string,
  path: string,
  writer: string,
): Promise<boolean> {
  const record = await readOutputRecord(recordFile)
  const recorded = record.files.get(path)
  if (record.writer !== writer || recorded === undefined) return false
  return recordedState(join(outDir, path), recorded, record.writtenAt) === 'same'
}

/**
 * The clock of the file system of `folder` (an mtime, in milliseconds): the mtime of a file made
 * there and removed at once. Its own clock, not this process's: mtimes come from the kernel's
 * coarse clock or a file server's. The probe's name is new each time: a probe left by a killed run
 * (whose pid a container soon gives again) must not make every later run fail here.
 */
export async function fileSystemNow(folder: string): Promise<number> {
  const probe = join(folder, `.newsroom-clock-${process.pid}-${randomUUID()}`)
  await writeFile(probe, '', { flag: 'wx' })
  try {
    return (await lstat(probe)).mtimeMs
  } finally {
    await unlink(probe)
  }
}

/** Where the record of the output folder `outDir` (a real path) is kept in `cacheDir`. */
export function outputRecordFile(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16)
  return join(cacheDir, 'outputs', `${name}.json`)
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
