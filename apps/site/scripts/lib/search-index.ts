import { createHash } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { SEARCH_SHARD_PAGES, searchShardCount, searchShardOf } from '../../lib/model/search.js'
import { runCommand, siteRoot } from './run-command.js'

/**
 * The site's search index, in shards (see `lib/model/search.js`): each shard is a Pagefind index
 * of some of the indexed pages, in `pagefind/<digest>/`, named by a digest of its pages and of
 * what search reads of each. A build indexes only the shards whose digest is new; the others are
 * already in place. `pagefind/shards.json` lists the shards of the current build, the first one
 * holding the Pagefind script the search page loads; the search page merges the others.
 */

/**
 * Pagefind's command: its binary for this platform (from the package Pagefind's npm wrapper runs,
 * `@pagefind/<platform>-<arch>`), or the wrapper where that cannot be found. The binary itself
 * spares each shard a Node start.
 */
export const pagefindBin = pagefindBinary()

function pagefindBinary(): string {
  const wrapper = path.join(siteRoot, 'node_modules', '.bin', 'pagefind')
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const executable = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended'
  try {
    // Where the package manager put Pagefind, so that its own dependencies resolve.
    const manifest = realpathSync(path.join(siteRoot, 'node_modules', 'pagefind', 'package.json'))
    const fromPagefind = createRequire(manifest)
    return fromPagefind.resolve(`@pagefind/${platform}-${process.arch}/bin/${executable}`)
  } catch {
    return wrapper
  }
}

/** The search index folder. */
export const SEARCH_FOLDER = 'pagefind'

/** The list of shards in `SEARCH_FOLDER`, read by `public/assets/search.js`. */
export const SHARD_LIST = 'shards.json'

export interface SearchFigures {
  /** Shards in the index, and how many of them this build indexed. */
  shards: number
  indexed: number
  /** Pages in the index. */
  pages: number
}

/** The shards of an index, each named by a digest of its pages and of what search reads of them. */
export interface SearchPlan {
  version: string
  shards: { name: string; files: string[] }[]
  /** Pages in the index. */
  pages: number
}

/**
 * Bring the search index of `siteDir` up to date with its pages: index the shards whose pages
 * or whose searched content changed, list the shards, and remove the folders of shards no longer
 * listed (the old index of a removed page among them).
 *
 * @param pages indexed pages (files relative to the site) → fingerprint of what search reads of
 *   each (see `ModelPage.search`)
 * @param options.perShard indexed pages per shard, about (default `SEARCH_SHARD_PAGES`)
 */
export async function updateSearchIndex(
  siteDir: string,
  pages: Record<string, string>,
  options: { perShard?: number | undefined } = {},
): Promise<SearchFigures> {
  const plan = await planSearchIndex(pages, options)
  const indexed = await indexSearchShards(siteDir, plan)
  await publishSearchIndex(siteDir, plan)
  return { shards: plan.shards.length, indexed, pages: plan.pages }
}

/**
 * Which shards the index of `pages` has (see `updateSearchIndex`), and what each is named.
 */
export async function planSearchIndex(
  pages: Record<string, string>,
  options: { perShard?: number | undefined } = {},
): Promise<SearchPlan> {
  const files = Object.keys(pages).sort()
  const count = searchShardCount(files.length, options.perShard ?? SEARCH_SHARD_PAGES)
  const members: string[][] = Array.from({ length: count }, () => [])
  for (const file of files) members[searchShardOf(file, count)]?.push(file)
  const version = await pagefindVersion()
  const shards = members
    .filter((group) => group.length > 0)
    .map((group) => {
      const hash = createHash('sha256').update(`pagefind ${version}\n`)
      for (const file of group) hash.update(`${file}\0${pages[file]}\n`)
      return { name: hash.digest('hex').slice(0, 20), files: group }
    })
  return { version, shards, pages: files.length }
}

/**
 * Index the shards of `plan` that are not in `siteDir` yet, each into its own folder, which no
 * search page reads before `publishSearchIndex` lists it. Returns how many were indexed.
 *
 * Pagefind runs on its own threads (one per core), so two shards at a time keep the cores
 * busy; while the build still renders, one shard at a time shares them with the render threads.
 *
 * @param options.morePagefinds resolves when the site may run more than one Pagefind (default:
 *   at once)
 * @param options.signal stops before the next shard once aborted (a failed build)
 */
export async function indexSearchShards(
  siteDir: string,
  plan: SearchPlan,
  options: { morePagefinds?: Promise<unknown>; signal?: AbortSignal } = {},
): Promise<number> {
  const searchDir = path.join(siteDir, SEARCH_FOLDER)
  await mkdir(searchDir, { recursive: true })
  const present = new Set(await readdir(searchDir))
  const missing = plan.shards.filter((shard) => !present.has(shard.name))
  let next = 0
  const lane = async () => {
    while (next < missing.length && !options.signal?.aborted) {
      const shard = missing[next++] as (typeof missing)[number]
      await indexShard(siteDir, shard.name, shard.files)
    }
  }
  const later = options.morePagefinds ?? Promise.resolve()
  const lanes = Array.from({ length: Math.min(availableParallelism(), 2) }, (_, index) =>
    index === 0 ? lane() : later.then(lane),
  )
  await Promise.all(lanes)
  return missing.length
}

/**
 * Make `plan` the site's search index: list its shards, and remove the folders of the shards no
 * longer listed.
 */
export async function publishSearchIndex(siteDir: string, plan: SearchPlan): Promise<void> {
  const searchDir = path.join(siteDir, SEARCH_FOLDER)
  const list = { version: plan.version, shards: plan.shards.map((shard) => shard.name) }
  const temporary = path.join(searchDir, `${SHARD_LIST}.${process.pid}`)
  await writeFile(temporary, `${JSON.stringify(list)}\n`)
  await rename(temporary, path.join(searchDir, SHARD_LIST))
  // Everything else in the folder is an earlier build's: shards no longer listed, a whole-site
  // index of an older build, a shard left half-made by an interrupted one.
  const keep = new Set([SHARD_LIST, ...list.shards])
  for (const name of await readdir(searchDir)) {
    if (!keep.has(name)) await rm(path.join(searchDir, name), { recursive: true, force: true })
  }
}

/**
 * Index the pages `files` of `siteDir` into `pagefind/<name>/`: Pagefind reads a folder of hard
 * links to them (the same paths, so the same URLs), and writes beside the shard's folder, which
 * the finished index then becomes.
 *
 * Not kept (issue 11, measured at 10,000 articles, alternating, load 3-6): linking the next
 * shard's pages while Pagefind indexes one, and removing them while it indexes the next, made the
 * cold build 1.03x slower and cost 1.07x CPU (more system time); after rendering the two lanes
 * already keep both cores busy (1.66 cores over the search phase). A Pagefind `glob` listing the
 * shard's pages in a config file, instead of links, gives the same index, but Pagefind then walks
 * the whole site for every shard: a cost that grows with the square of the site.
 */
async function indexShard(siteDir: string, name: string, files: string[]): Promise<void> {
  const work = path.join(siteDir, SEARCH_FOLDER, `${name}.${process.pid}`)
  const pagesDir = path.join(work, 'pages')
  const outDir = path.join(work, 'index')
  await rm(work, { recursive: true, force: true })
  try {
    const folders = new Set(files.map((file) => path.dirname(file)))
    for (const folder of folders) await mkdir(path.join(pagesDir, folder), { recursive: true })
    for (const file of files) await link(path.join(siteDir, file), path.join(pagesDir, file))
    await runCommand(pagefindBin, ['--site', pagesDir, '--output-path', outDir, '--silent'], {})
    await rename(outDir, path.join(siteDir, SEARCH_FOLDER, name))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The installed Pagefind's version: a new one indexes every shard again. */
async function pagefindVersion(): Promise<string> {
  const manifest = path.join(siteRoot, 'node_modules', 'pagefind', 'package.json')
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version
}
