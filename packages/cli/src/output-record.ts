import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toJsonText } from './json.js'

/**
 * What a run wrote to an output folder, file by file, kept in the cache folder (not in the output,
 * which must be the same whether it was written at once or bit by bit): the next run keeps a file
 * made from the same inputs (the same source fingerprint) that is still as it was written (same size and modification
 * time: one deleted or edited since is written again), rather than making and writing it anew.
 */
export interface RecordedFile {
  /** Fingerprint of what the text was made from (a hash over its inputs). */
  source: string
  size: number
  mtimeMs: number
}

export type OutputRecord = Map<string, RecordedFile>

/** The record of an output folder, or an empty one (none yet, unreadable or of another form). */
export async function readOutputRecord(file: string): Promise<OutputRecord> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return new Map()
  }
  // Checked by hand, not with zod: a record that is not as written is simply not used.
  if (typeof json !== 'object' || json === null || !('files' in json)) return new Map()
  const record: OutputRecord = new Map()
  const files = json.files
  if (typeof files !== 'object' || files === null) return new Map()
  for (const [path, value] of Object.entries(files)) {
    const [source, size, mtimeMs] = Array.isArray(value) ? value : []
    if (typeof source === 'string' && typeof size === 'number' && typeof mtimeMs === 'number')
      record.set(path, { source, size, mtimeMs })
  }
  return record
}

/** Save the record of an output folder (replacing it at once, never leaving half of one). */
export async function writeOutputRecord(file: string, record: OutputRecord): Promise<void> {
  const files: Record<string, [string, number, number]> = {}
  for (const [path, { source, size, mtimeMs }] of [...record].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    files[path] = [source, size, mtimeMs]
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, toJsonText({ files }))
  await rename(temporary, file)
}

/** Whether the file at `path` is still the one recorded: there, with its size and mtime. */
export async function isAsRecorded(path: string, recorded: RecordedFile): Promise<boolean> {
  try {
    const stats = await lstat(path)
    return stats.isFile() && stats.size === recorded.size && stats.mtimeMs === recorded.mtimeMs
  } catch {
    return false
  }
}

/** Where the record of the output folder `outDir` (a real path) is kept in `cacheDir`. */
export function outputRecordFile(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16)
  return join(cacheDir, 'outputs', `${name}.json`)
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

let writer: Promise<string> | undefined

/**
 * A fingerprint of the code that writes the output (this package's modules, as they run): part
 * of every source fingerprint, so that a change of how a file is written is never hidden by a
 * record of what the older code wrote.
 */
export function writerVersion(): Promise<string> {
  writer ??= (async () => {
    const folder = dirname(fileURLToPath(import.meta.url))
    const hash = createHash('sha256')
    const names = (await readdir(folder))
      .filter((name) => /\.[cm]?[jt]s$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
      .sort()
    for (const name of names)
      hash
        .update(name)
        .update('\u0000')
        .update(await readFile(join(folder, name)))
    return hash.digest('hex').slice(0, 16)
  })()
  return writer
}
