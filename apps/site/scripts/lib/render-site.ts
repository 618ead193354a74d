import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { loadSite } from '../../lib/site-loader.js'
import { runCommand, siteRoot } from './run-command.js'

/**
 * Rendering, indexing and publishing a site from processed data: what `pnpm build` does after
 * `newsroom process`. The site is built into a fresh staging folder beside its output folder and
 * replaces it whole, so it is exactly what the data says (a deleted article leaves no page, no
 * feed entry and no search fragment behind) and no reader sees a half-built site.
 */

const pagefindBin = path.join(siteRoot, 'node_modules', '.bin', 'pagefind')

/** Where `pnpm build` publishes the site: Eleventy's output folder, `_site`. */
export const defaultOutput = path.join(siteRoot, '_site')

/** Marks a folder as a built site, which a later build may replace. */
export const SITE_MARKER = '.newsroom-site'

export interface RenderFigures {
  /** Eleventy runs, each over its part of the pages (see `lib/model/shards.js`). */
  shards: number
}

/**
 * Render the site of `dataDir` into `outDir` with Eleventy, in this process: one fresh Eleventy
 * per shard, so that memory holds one shard's pages at a time. The data is read and validated
 * once and shared by the shards (`lib/site-loader.js`).
 *
 * @param options.shardBudget page weight per shard (see `SHARD_WEIGHT`); smaller uses less memory
 */
export async function renderSite(options: {
  dataDir: string
  outDir: string
  shardBudget?: number | undefined
  quiet?: boolean | undefined
}): Promise<RenderFigures> {
  const dataDir = path.resolve(options.dataDir)
  const outDir = path.resolve(options.outDir)
  const saved = { data: process.env.NEWSROOM_DATA, shard: process.env.NEWSROOM_SHARD }
  const cwd = process.cwd()
  process.env.NEWSROOM_DATA = dataDir
  // Eleventy resolves `pages/`, `_includes/` and `_data/` from the working directory.
  process.chdir(siteRoot)
  try {
    const { site } = await loadSite(dataDir)
    const shards = site.shardCount(options.shardBudget)
    for (let number = 1; number <= shards; number++) {
      process.env.NEWSROOM_SHARD = `${number}/${shards}`
      const eleventy = new Eleventy(path.join(siteRoot, 'pages'), outDir, {
        configPath: path.join(siteRoot, 'eleventy.config.js'),
        quietMode: options.quiet ?? true,
        // As on the command line: the folders given here win over the config's.
        source: 'cli',
      })
      await eleventy.write()
    }
    return { shards }
  } finally {
    process.chdir(cwd)
    restore('NEWSROOM_DATA', saved.data)
    restore('NEWSROOM_SHARD', saved.shard)
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

/** Index the rendered site for search with Pagefind. */
export async function indexSite(siteDir: string): Promise<void> {
  await runCommand(pagefindBin, ['--site', siteDir, '--silent'], {})
}

/**
 * A fresh staging folder beside `target`, for a build that will replace it. Staging and retired
 * folders that a killed build left behind (their process is gone) are removed first.
 */
export async function stagingFolderFor(target: string): Promise<string> {
  const parent = path.dirname(path.resolve(target))
  const name = path.basename(target)
  const leftover = new RegExp(
    `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|old)-(\\d+)$`,
  )
  for (const entry of await readdir(parent).catch(() => [])) {
    const pid = Number(leftover.exec(entry)?.[1])
    if (pid && pid !== process.pid && !isRunning(pid)) {
      await rm(path.join(parent, entry), { recursive: true, force: true })
    }
  }
  const staging = path.join(parent, `${name}.staging-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  return staging
}

/**
 * Replace `target` with the site built in `staging`. Only a folder that is missing, empty or an
 * earlier build (it has the `SITE_MARKER` file, or it is the site's own `_site`) is replaced;
 * anything else is refused, so a mistyped output folder never costs a project. Entries of the
 * old folder whose names start with a dot and that the new build does not have (`.git` of a
 * deployment checkout, `.nojekyll`) are not the build's: they move into the new folder.
 */
export async function publishSite(staging: string, target: string): Promise<void> {
  const resolved = path.resolve(target)
  await writeFile(
    path.join(staging, SITE_MARKER),
    `${JSON.stringify({ builtBy: '@newsroom/site' })}\n`,
  )
  const previous = await listFolder(resolved)
  const earlierBuild = previous?.includes(SITE_MARKER) || resolved === defaultOutput
  if (previous && previous.length > 0 && !earlierBuild) {
    throw new Error(
      `Refusing to replace ${resolved}: it is not empty and was not built by @newsroom/site (no ${SITE_MARKER} file). Choose an empty or new output folder, or remove it first.`,
    )
  }
  const retired = path.join(path.dirname(resolved), `${path.basename(resolved)}.old-${process.pid}`)
  await rm(retired, { recursive: true, force: true })
  if (previous) {
    const built = new Set(await readdir(staging))
    for (const name of previous) {
      if (name.startsWith('.') && name !== SITE_MARKER && !built.has(name)) {
        await rename(path.join(resolved, name), path.join(staging, name))
      }
    }
    await rename(resolved, retired)
  }
  try {
    await rename(staging, resolved)
  } catch (error) {
    if (previous) await rename(retired, resolved)
    throw error
  }
  await rm(retired, { recursive: true, force: true })
}

/** Whether a process is alive (or not ours to signal, which counts as alive). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/** The names in a folder, or null when there is no folder. */
async function listFolder(folder: string): Promise<string[] | null> {
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new Error(`Refusing to replace ${folder}: it is a file, not a folder`)
    }
    return await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * Build the site of `dataDir` and publish it as `outDir`: render into a staging folder, index
 * it, then replace `outDir` with it. A failure at any step leaves `outDir` as it was and no
 * staging folder behind.
 */
export async function buildAndPublish(options: {
  dataDir: string
  outDir: string
  shardBudget?: number | undefined
}): Promise<RenderFigures> {
  const staging = await stagingFolderFor(options.outDir)
  try {
    const figures = await renderSite({ ...options, outDir: staging })
    await indexSite(staging)
    await publishSite(staging, options.outDir)
    return figures
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
