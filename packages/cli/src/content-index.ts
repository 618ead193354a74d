import type { Stats } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { sha256 } from './output-record.js'

/**
 * The content index: what the last run knew of each content file, kept in the cache folder. A
 * file whose size, modification time, change time and inode are as recorded (and were already so before that
 * run began) is known by its recorded cache key without being read and hashed; an entry file that
 * is as recorded is known to hold the entry that run served, so it is parsed without being hashed
 * or validated again. Anything else (a file touched, edited, copied back or replaced; an entry
 * rewritten; an index of another version, damaged or missing) is read and hashed as without an
 * index: the index only ever saves work, it never decides what an article is.
 */

/** What `stat` says of a file, as far as telling it unchanged goes. */
export interface FileState {
  size: number
  mtimeMs: number
  /** A copy or a restored backup is a new inode, even with the size and mtime preserved. */
  ino: number
  /**
   * Set by the kernel on every write or change of mtime, never put back: an edit in place whose
   * mtime a tool restored (`cp -p` over the file, `touch -r`, `rsync -t --inplace`) shows only here.
   */
  ctimeMs: number
}

/** One content file as a run served it. */
export interface IndexedFile {
  content: FileState
  /** Its key in the article cache (over its path and bytes and the pipeline version). */
  key: string
  /** The cache entry file it was served from, and the digest of that entry's JSON. */
  entry: FileState
  digest: string
}

export interface ContentIndex {
  /** The pipeline's and this package's versions: an index of other code is not used. */
  version: string
  /**
   * The file system clock when the run began, before it looked at any file. A file whose mtime is
   * not older could have been changed after it was read in the same clock tick, with its mtime
   * unchanged: it is never trusted (git's "racily clean" entries).
   */
  startedAt: number
  files: Map<string, IndexedFile>
}

export const stateOf = ({ size, mtimeMs, ino, ctimeMs }: Stats): FileState => ({
  size,
  mtimeMs,
  ino,
  ctimeMs,
})

/**
 * The coarsest mtime a content folder's file system may keep, in milliseconds: FAT's two seconds
 * (ext3, HFS+ and some file servers keep whole seconds). A run's clock is the cache folder's, whose
 * mtimes may be finer: on such a disk, a file edited after it was read, in the second the run
 * began, keeps a truncated mtime that looks older than the run.
 */
const coarsestTick = 2000

/** A file of mtime `mtimeMs`, read by a run begun at `startedAt`, cannot have changed unseen. */
export const wasSettled = (mtimeMs: number, startedAt: number): boolean =>
  mtimeMs < startedAt - coarsestTick

/** `state` is the one recorded, and was already before the recording run began. */
export function isUnchanged(
  state: FileState | undefined,
  recorded: FileState,
  startedAt: number,
): boolean {
  return (
    state !== undefined &&
    state.size === recorded.size &&
    state.mtimeMs === recorded.mtimeMs &&
    state.ino === recorded.ino &&
    state.ctimeMs === recorded.ctimeMs &&
    wasSettled(recorded.mtimeMs, startedAt)
  )
}

/** Where the index of the content folder `contentDir` (a real path) is kept in `cacheDir`. */
export function contentIndexFile(cacheDir: string, contentDir: string): string {
  return join(cacheDir, 'content', `${sha256(contentDir).slice(0, 16)}.json`)
}

const isState = (value: unknown): value is [number, number, number, number] =>
  Array.isArray(value) && value.length === 4 && value.every((part) => typeof part === 'number')

/**
 * The index in `file`, or nothing when there is none or it is of another form or damaged: then
 * every file is read and hashed. Checked by hand, not with zod: a row that is not as written is
 * left out, and its file is read.
 */
export async function readContentIndex(file: string): Promise<ContentIndex | undefined> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const { version, startedAt, files } = json as Record<string, unknown>
  if (typeof version !== 'string' || typeof startedAt !== 'number') return undefined
  if (typeof files !== 'object' || files === null) return undefined
  const index: ContentIndex = { version, startedAt, files: new Map() }
  for (const [path, row] of Object.entries(files)) {
    if (!Array.isArray(row)) continue
    const [content, key, entry, digest] = row
    if (!isState(content) || !isState(entry)) continue
    if (typeof key !== 'string' || typeof digest !== 'string') continue
    const [size, mtimeMs, ino, ctimeMs] = content
    index.files.set(path, {
      content: { size, mtimeMs, ino, ctimeMs },
      key,
      entry: { size: entry[0], mtimeMs: entry[1], ino: entry[2], ctimeMs: entry[3] },
      digest,
    })
  }
  return index
}

/** Save an index (rows in path order), replacing the previous one at once. */
export async function writeContentIndex(file: string, index: ContentIndex): Promise<void> {
  const files: Record<string, unknown> = {}
  const state = ({ size, mtimeMs, ino, ctimeMs }: FileState) => [size, mtimeMs, ino, ctimeMs]
  for (const [path, row] of [...index.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    files[path] = [state(row.content), row.key, state(row.entry), row.digest]
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  try {
    // Compact: read by this module alone, and 10,000 rows indented would be three times the bytes.
    await writeFile(
      temporary,
      JSON.stringify({ version: index.version, startedAt: index.startedAt, files }),
    )
    await rename(temporary, file)
  } catch (error) {
    // A full disk leaves no half-written file of ours behind.
    await rm(temporary, { force: true })
    throw error
  }
}
