import { createHash } from 'node:crypto'
import {
  existsSync,
  linkSync,
  lstatSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {
  access,
  constants,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import escapeRegExp from 'escape-string-regexp'
import { CliError, cliErrors, describeFileError } from './errors.js'
import {
  emptyOutputRecord,
  fileSystemNow,
  type OutputRecord,
  readOutputRecord,
  recordedState,
  writeOutputRecord,
} from './output-record.js'
import { writerVersion } from './writer-version.js'

/**
 * The file that marks a folder as newsroom output (and records what it published): only a folder
 * holding it, or an empty one, is ever replaced.
 */
export const outputMarker = 'published.json'

/** What a marker holds at least, so that a user's own `published.json` is not taken for one. */
export const markerGenerator = 'newsroom'

// Output written before the marker existed: only these names, with a newsroom report among them.
const legacyOutputNames = new Set(['articles', 'speakers.json', 'topics.json', 'report.json'])

/** `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner)
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path))
}

/** The real path of `path`, through the links of the part of it that exists. */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(await realPathOf(parent), basename(path))
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return undefined
  }
}

function hasGenerator(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    'generator' in json &&
    json.generator === markerGenerator
  )
}

async function isEarlierOutput(folder: string, entries: readonly string[]): Promise<boolean> {
  if (entries.includes(outputMarker) && hasGenerator(await readJson(join(folder, outputMarker))))
    return true
  if (!entries.includes('report.json') || !entries.every((name) => legacyOutputNames.has(name)))
    return false
  const report = await readJson(join(folder, 'report.json'))
  return typeof report === 'object' && report !== null && 'pipelineVersion' in report
}

/**
 * Refuse an output folder whose replacement could delete anything newsroom did not make: the
 * content folder, a folder holding it or the current folder, a folder inside the content, a link,
 * a file, or a folder that is neither empty nor an earlier output. Then tidy what killed runs
 * left beside it (putting back an output a kill had moved away), so that the previous output is
 * in place for the run to read. Throws a `CliError`.
 */
export async function prepareOutputFolder(target: string, contentDir: string): Promise<void> {
  const [realTarget, realContent, here] = await Promise.all([
    realPathOf(target),
    realPathOf(contentDir),
    realPathOf(process.cwd()),
  ])
  if (isWithin(realContent, realTarget)) throw cliErrors.outputHoldsContent(target, contentDir)
  if (isWithin(realTarget, realContent)) throw cliErrors.outputInsideContent(target, contentDir)
  if (isWithin(here, realTarget)) throw cliErrors.outputHoldsWorkingFolder(target)
  try {
    await cleanStale(target)
  } catch (error) {
    throw cliErrors.outputNotWritable(target, error)
  }
  let stats: Awaited<ReturnType<typeof lstat>>
  try {
    stats = await lstat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw cliErrors.outputNotWritable(target, error)
  }
  if (stats.isSymbolicLink()) throw cliErrors.outputNotOurs(target, 'is a symbolic link')
  if (!stats.isDirectory()) throw cliErrors.outputNotOurs(target, 'is a file, not a folder')
  const entries = await readdir(target)
  if (entries.length > 0 && !(await isEarlierOutput(target, entries)))
    throw cliErrors.outputNotOurs(target, `holds files newsroom did not write (no ${outputMarker})`)
}

/** Whether a process with this id is running (one of another user's counts as running). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Tidy what a killed run left beside `target`: its staging folder is removed; its retired previous
 * output is put back when the swap was cut between its two renames, else removed. Only folders
 * named by this module for a process that is no longer running are touched.
 */
async function cleanStale(target: string): Promise<void> {
  const parent = dirname(target)
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(staging|old)-(\\d+)$`)
  let names: string[]
  try {
    names = await readdir(parent)
  } catch {
    return
  }
  for (const name of names.sort()) {
    const match = pattern.exec(name)
    if (!match || isRunning(Number(match[2]))) continue
    const path = join(parent, name)
    if (match[1] === 'old') {
      try {
        await lstat(target)
      } catch {
        await rename(path, target)
        continue
      }
    }
    await rm(path, { recursive: true, force: true })
  }
}

// A lock file left by a process that died between creating it and writing its id is stale after this.
const unwrittenLockAge = 10_000

/** Whether the lock file at `path` belongs to a run that is still going. */
async function isLockHeld(path: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  const pid = Number(text.trim())
  if (Number.isInteger(pid) && pid > 0) return isRunning(pid)
  try {
    return Date.now() - (await stat(path)).mtimeMs < unwrittenLockAge
  } catch {
    return false
  }
}

/**
 * The lock file of an output folder: in the system's temporary folder, named by the folder's real
 * path, not beside it, where a watcher of the output's folder (Eleventy's, under `pnpm dev`) would
 * take it for a change of the output.
 */
export async function lockFileOf(target: string): Promise<string> {
  const key = createHash('sha256')
    .update(await realPathOf(target))
    .digest('hex')
    .slice(0, 16)
  return join(tmpdir(), `newsroom-output-${key}.lock`)
}

/**
 * Hold the lock of `target` while `swap` runs, so that two runs writing the same output folder at
 * once (two terminals, a watcher and a build) write and swap one after the other: each leaves a
 * whole output, the last one to finish wins, neither removes the other's. The lock is a file
 * named by the target's real path, holding the process id; one of a process that is gone is taken
 * over.
 */
async function withSwapLock<T>(target: string, swap: () => Promise<T>): Promise<T> {
  const lock = await lockFileOf(target)
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(lock, 'wx')
      try {
        await handle.writeFile(`${process.pid}\n`)
      } finally {
        await handle.close()
      }
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (!(await isLockHeld(lock))) await rm(lock, { force: true })
    else await sleep(wait)
  }
  try {
    return await swap()
  } finally {
    await rm(lock, { force: true })
  }
}

/** Folders that must be writable for the swap and the removal of the previous output. */
async function assertWritable(target: string): Promise<void> {
  for (const folder of [dirname(target), target, join(target, 'articles')]) {
    try {
      await access(folder, constants.W_OK)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

/** A file of the output whose text is made only if the file cannot be kept as it is. */
export interface OutputFile {
  /** Relative to the output folder. */
  path: string
  text: () => string
  /**
   * A fingerprint of everything the text is made from, when that is known without making it:
   * a file recorded with the same one is kept without its text being made.
   */
  source?: string | undefined
}

/** What a replacement did beyond writing the files. */
export interface ReplaceOutcome {
  /** Files kept from the previous output (linked into the new one, not written). */
  kept: number
  /** Why the record of what was written could not be saved, when it could not. */
  recordError?: string
}

/**
 * Replace the output folder `target` (checked by `prepareOutputFolder`) by exactly `files` (paths
 * relative to it, each text made only when it is written), at once: every
 * file goes to a staging folder beside the target, which then takes its place by rename. A run
 * that fails (read-only, immutable or full disk) or is interrupted leaves the previous output
 * whole and nothing of its own behind; what a run killed outright leaves, the next one tidies.
 * Runs writing one target at once (in one process or several) take turns. Failures are
 * `CliError`s naming the folder.
 *
 * Given a `record` file (see output-record.ts), a file of the previous output that is still as
 * that run wrote it and whose text would be the same (the same source fingerprint) is
 * hard-linked into the staging folder rather than made and written: adding one article to ten
 * thousand then makes and writes a few files, not all of them, and the swap stays whole.
 */
export async function replaceOutputFolder(
  target: string,
  files: Iterable<OutputFile | readonly [path: string, text: string]>,
  record?: string,
): Promise<ReplaceOutcome> {
  try {
    return await withSwapLock(target, () => writeAndSwap(target, files, record))
  } catch (error) {
    throw error instanceof CliError ? error : cliErrors.outputNotWritable(target, error)
  }
}

const asOutputFile = (file: OutputFile | readonly [string, string]): OutputFile =>
  'path' in file ? file : { path: file[0], text: () => file[1] }

/** Write `files` to a staging folder beside `target` and swap it in (under the target's lock). */
async function writeAndSwap(
  target: string,
  files: Iterable<OutputFile | readonly [path: string, text: string]>,
  record: string | undefined,
): Promise<ReplaceOutcome> {
  const parent = dirname(target)
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`)
  const retired = join(parent, `.${basename(target)}.old-${process.pid}`)
  // Ctrl-C or a kill while writing: put back a previous output the swap had moved away, then
  // remove the staging folder and a retired output. Read from the disk, not from a variable: a
  // rename may have completed before its promise did.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      if (!existsSync(target) && existsSync(retired)) renameSync(retired, target)
      rmSync(staging, { recursive: true, force: true })
      if (existsSync(target)) rmSync(retired, { recursive: true, force: true })
    } finally {
      process.kill(process.pid, signal)
    }
  }
  // Read under the lock: it describes the output as the last run to swap left it.
  const previous = record === undefined ? emptyOutputRecord() : await readOutputRecord(record)
  const next: OutputRecord['files'] = new Map()
  let kept = 0
  // A folder of the output replaced by a link (to a folder the user moved elsewhere) holds files
  // that are no longer the output's: none is linked into the new one. Checked once a folder.
  const realFolders = new Map<string, boolean>()
  const isRealFolder = (folder: string): boolean => {
    if (folder === '.') return true
    let real = realFolders.get(folder)
    if (real === undefined) {
      let here = false
      try {
        here = lstatSync(join(target, folder)).isDirectory()
      } catch {}
      real = isRealFolder(dirname(folder)) && here
      realFolders.set(folder, real)
    }
    return real
  }
  /** Whether the previous output's file at `path` still holds `text` (a racy file's check). */
  const holds = (path: string, text: string) => {
    try {
      return readFileSync(path).equals(Buffer.from(text))
    } catch {
      return false
    }
  }
  // Each file is placed synchronously: nothing else waits on this thread once the articles are
  // in, and each asynchronous call (open, write, close, stat, link) was a trip through libuv's
  // thread pool: writing 1,000 files of 12 kB took 110-270 ms of CPU so, 25 ms synchronously.
  const place = (file: OutputFile, staged: string) => {
    const recorded = previous.files.get(file.path)
    let text: string | undefined
    if (recorded && file.source !== undefined && recorded.source === file.source) {
      const current = join(target, file.path)
      let state = isRealFolder(dirname(file.path))
        ? recordedState(current, recorded, previous.writtenAt)
        : 'changed'
      if (state === 'racy') {
        text = file.text()
        if (!holds(current, text)) state = 'changed'
      }
      // The previous output's file is linked into the new one in place of writing it; on a file
      // system without hard links it is written instead.
      if (state !== 'changed') {
        try {
          linkSync(current, staged)
          next.set(file.path, recorded)
          kept++
          return
        } catch {}
      }
    }
    writeFileSync(staged, text ?? file.text())
    // A file without a source fingerprint is written every time: hashing its text to find it
    // unchanged would cost making it (the indexes, 35 MB at 10k articles, are worth keeping only
    // because their fingerprint is known without building them).
    if (record === undefined || file.source === undefined) return
    const { size, mtimeMs, ino } = statSync(staged)
    next.set(file.path, { source: file.source, size, mtimeMs, ino })
  }
  let writtenAt = 0
  try {
    await mkdir(parent, { recursive: true })
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('SIGHUP', onSignal)
    await mkdir(staging)
    const folders = new Set<string>([staging])
    for (const entry of files) {
      const file = asOutputFile(entry)
      const staged = join(staging, file.path)
      const folder = dirname(staged)
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true })
        folders.add(folder)
      }
      place(file, staged)
    }
    // Taken once every file is written: see OutputRecord.writtenAt.
    if (record !== undefined) writtenAt = await fileSystemNow(staging)
    await assertWritable(target)
    let hadPrevious = true
    try {
      await rename(target, retired)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      hadPrevious = false
    }
    try {
      await rename(staging, target)
    } catch (error) {
      if (hadPrevious) await rename(retired, target)
      throw error
    }
    await rm(retired, { recursive: true, force: true })
  } catch (error) {
    throw cliErrors.outputNotWritable(target, error)
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal)
    await rm(staging, { recursive: true, force: true }).catch(() => {})
  }
  if (record === undefined) return { kept }
  try {
    await writeOutputRecord(record, { files: next, writtenAt, writer: await writerVersion() })
    return { kept }
  } catch (error) {
    // The output is whole; without a record the next run writes every file again.
    return { kept, recordError: describeFileError(error) }
  }
}
