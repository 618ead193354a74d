import {
  appendFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { siteRoot } from './run-command.js'
import { SEARCH_FOLDER } from './search-index.js'

/**
 * What a build made in its output folder, and the folders it may build into: the output folder's
 * `SITE_MARKER` file lists every file a build made (with the fingerprint of what each page shows),
 * so that the next build renders only what changed and removes only what it made.
 */

/** Where `pnpm build` publishes the site: Eleventy's output folder, `_site`. */
export const defaultOutput = path.join(siteRoot, '_site')

/** Marks a folder as a built site and records what the build made there. */
export const SITE_MARKER = '.newsroom-site'

/**
 * Files a build makes that the manifest it started with does not list, one a line, written
 * before the files: the manifest is written twice a build (a site of 50,000 articles lists
 * 200,000 files), and an interrupted build's files are still known to the next one.
 */
export const MADE_JOURNAL = `${SITE_MARKER}.made`

/** What a build made in its output folder, recorded in `SITE_MARKER`. */
export interface Manifest {
  builtBy: '@newsroom/site'
  /** Fingerprint of the templates and settings every page was rendered with. */
  templates: string
  /** Rendered files → the fingerprint of what they show. */
  pages: Record<string, string>
  /** Files copied as they are (styles, open data). */
  copies: string[]
  /** Open data files → the digest of the bytes copied (see `SiteData.digests`). */
  copied?: Record<string, string>
  /** Pages search indexes → the fingerprint of what it reads of them. */
  search: Record<string, string>
  /**
   * Files in the site's folders that no build made, as the build that rendered every page for
   * them left them (`strayFiles` → `strayStamps`): the next build trusts its pages while they
   * are the same.
   */
  strays?: Record<string, string>
  /** False while a build runs: `pages` and `copies` then also list what the last one made. */
  complete: boolean
}

/**
 * Remove the files the manifest lists that this build did not make, and the folders that leaves
 * empty.
 */
export async function removeStale(
  outDir: string,
  manifest: Manifest,
  made: Set<string>,
): Promise<number> {
  let removed = 0
  for (const file of [...Object.keys(manifest.pages), ...manifest.copies]) {
    if (made.has(file)) continue
    await unlink(path.join(outDir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    removed++
    // Then the folders it leaves empty, up to the site's own.
    for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
      try {
        await rmdir(path.join(outDir, folder))
      } catch {
        break
      }
    }
  }
  return removed
}

/**
 * Files in the site's own folders (`articles/`, `speakers/`, `api/`, …: the folders of the files
 * a build made, but the search index's, which the search step keeps itself) that no build made:
 * pages an older `pnpm dev` rendered into `_site`, or files copied in by hand. A build never
 * removes them (it removes only what it made), but they would be published with the site.
 * Files beside the site (`.nojekyll`, `CNAME`, a deployment's `.git`) are not in its folders.
 *
 * @param present the files in the folder (`filesIn`)
 * @param made the files a build made there (the manifest's pages and copies)
 */
export function strayFiles(present: Iterable<string>, made: Set<string>): string[] {
  const folders = new Set<string>()
  for (const file of made) {
    const slash = file.indexOf('/')
    if (slash > 0) folders.add(file.slice(0, slash))
  }
  folders.delete(SEARCH_FOLDER)
  return [...present]
    .filter((file) => {
      // A file at the root (`CNAME`, `apis`) is in none of the build's folders.
      const slash = file.indexOf('/')
      return slash > 0 && !made.has(file) && folders.has(file.slice(0, slash))
    })
    .sort()
}

/**
 * The stray files of `outDir` as they are now: each one's size and time of last change, which
 * a file written again (by an Eleventy run of other content) changes. A file gone is left out.
 */
export async function strayStamps(
  outDir: string,
  strays: string[],
): Promise<Record<string, string>> {
  const stamps: Record<string, string> = {}
  for (const file of strays) {
    try {
      const { size, mtimeMs } = await stat(path.join(outDir, file))
      stamps[file] = `${size} ${mtimeMs}`
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return stamps
}

/**
 * Whether every stray file now is one the last build saw, unchanged: one taken away since wrote
 * over nothing.
 */
export function noNewStrays(
  before: Record<string, string> | undefined,
  now: Record<string, string>,
): boolean {
  return Object.keys(now).every((file) => before?.[file] === now[file])
}

/** The files a manifest says its build made. */
export function madeBy(manifest: Manifest | null): Set<string> {
  return new Set([...Object.keys(manifest?.pages ?? {}), ...(manifest?.copies ?? [])])
}

/**
 * The manifest of the build in `outDir`, or null for a new or empty folder. A folder that holds
 * anything else is refused.
 */
export async function previousBuild(outDir: string): Promise<Manifest | null> {
  let names: string[]
  try {
    if (!(await stat(outDir)).isDirectory()) {
      throw new Error(`Refusing to build into ${outDir}: it is a file, not a folder`)
    }
    names = await readdir(outDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  if (names.includes(SITE_MARKER)) {
    try {
      const manifest = JSON.parse(
        await readFile(path.join(outDir, SITE_MARKER), 'utf8'),
      ) as Manifest
      if (manifest.builtBy === '@newsroom/site' && manifest.pages && manifest.copies) {
        // Files an interrupted build made or wrote again (unknown fingerprint: they render again).
        const made = await readFile(path.join(outDir, MADE_JOURNAL), 'utf8').catch(() => '')
        const pages = { ...manifest.pages }
        for (const file of made.split('\n')) if (file) pages[file] = ''
        return { ...manifest, pages, search: manifest.search ?? {} }
      }
    } catch {
      // An unreadable record: rebuild everything, remove nothing.
    }
    return {
      builtBy: '@newsroom/site',
      templates: '',
      pages: {},
      copies: [],
      search: {},
      complete: false,
    }
  }
  if (names.length === 0) return null
  if (outDir === defaultOutput) {
    // `_site` from before builds kept a record is all Eleventy's output: start afresh, keeping
    // only what a deployment may have put there (`.git`, `.nojekyll`).
    for (const name of names) {
      if (!name.startsWith('.')) await rm(path.join(outDir, name), { recursive: true, force: true })
    }
    return null
  }
  throw new Error(
    `Refusing to build into ${outDir}: it is not empty and was not built by @newsroom/site (no ${SITE_MARKER} file). Choose an empty or new output folder.`,
  )
}

/**
 * What journals, before they are written, the files of `files` that the manifest does not list
 * yet (and lists them in the manifest held in memory) and the pages of `rewritten` it lists: cut
 * short, a build leaves those with new bytes under their old fingerprints, which content put back
 * as it was would match. `manifest.copies` stays as it is while a build runs: it is read into a
 * set once, not once a shard (shards and copies both grow with the site).
 */
function madeRecorder(
  outDir: string,
  manifest: Manifest,
): (files: string[], rewritten?: string[]) => Promise<void> {
  const copies = new Set(manifest.copies)
  return async (files, rewritten = []) => {
    const fresh = files.filter((file) => !(file in manifest.pages) && !copies.has(file))
    const listed = rewritten.filter((file) => manifest.pages[file])
    for (const file of fresh) manifest.pages[file] = ''
    const journal = [...fresh, ...listed]
    if (journal.length === 0) return
    await appendFile(path.join(outDir, MADE_JOURNAL), `${journal.join('\n')}\n`)
  }
}

/**
 * Write the manifest, its files in order: a build records them in the order it settles them (the
 * pages known unchanged from their inputs first), so that the same site would otherwise get a
 * record in another order after an incremental build than after a full one.
 */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const file = path.join(outDir, SITE_MARKER)
  const temporary = `${file}.${process.pid}`
  const ordered: Manifest = {
    ...manifest,
    pages: sortedRecord(manifest.pages),
    copies: [...manifest.copies].sort(),
    ...(manifest.copied && { copied: sortedRecord(manifest.copied) }),
    search: sortedRecord(manifest.search),
    ...(manifest.strays && { strays: sortedRecord(manifest.strays) }),
  }
  await writeFile(temporary, `${JSON.stringify(ordered)}\n`)
  await rename(temporary, file)
}

/** A record with its keys in code unit order (as `Array#sort`: the same on every machine). */
function sortedRecord(record: Record<string, string>): Record<string, string> {
  const sorted: Record<string, string> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as string
  return sorted
}

/** Every file in a folder and the folders in it, relative to it, with `/` between names. */
export async function filesIn(folder: string): Promise<Set<string>> {
  const files = new Set<string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      files.add(
        path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
    }
  }
  return files
}

/**
 * Start a build in `outDir`: record that a build runs (`complete: false`), listing everything
 * either build may have made, and return the recorder of the files this one makes (see
 * `madeRecorder`).
 */
export async function startManifest(
  outDir: string,
  previous: Manifest | null,
  templates: string,
): Promise<{ manifest: Manifest; recordMade: ReturnType<typeof madeRecorder> }> {
  const manifest: Manifest = {
    builtBy: '@newsroom/site',
    templates,
    pages: { ...previous?.pages },
    copies: previous?.copies ?? [],
    search: {},
    complete: false,
  }
  await mkdir(outDir, { recursive: true })
  const recordMade = madeRecorder(outDir, manifest)
  await writeManifest(outDir, manifest)
  // What the last build journaled is in the manifest now.
  await rm(path.join(outDir, MADE_JOURNAL), { force: true })
  return { manifest, recordMade }
}
