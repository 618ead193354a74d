import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { type ProcessResult, processContent } from '@newsroom/cli'
import { indexSite, buildSite as renderSite } from './render-site.js'

/**
 * The steps of `pnpm process && pnpm build`, callable one by one so that the benchmark can time
 * each. They run on the workspace's TypeScript sources (`--conditions=@newsroom/source`), so no
 * package needs building first.
 */

export interface SiteFolders {
  /** What `newsroom process --out` writes. */
  dataDir: string
  /** What Eleventy and Pagefind write. */
  siteDir: string
}

/** The data and site folders of a build in `workDir`. */
export function siteFolders(workDir: string): SiteFolders {
  return { dataDir: path.join(workDir, 'data'), siteDir: path.join(workDir, 'site') }
}

/** Step 1: process the content folder into `dataDir`, as `newsroom process` does. */
export function processStep(options: {
  contentDir: string
  dataDir: string
  jobs?: number | undefined
  cacheDir?: string | false | undefined
}): Promise<ProcessResult> {
  return processContent({
    contentDir: options.contentDir,
    outDir: options.dataDir,
    jobs: options.jobs,
    cacheDir: options.cacheDir,
  })
}

/** Step 2: render the site from `dataDir` into `siteDir` with Eleventy. */
export async function eleventyStep(
  folders: SiteFolders,
  options: { shardBudget?: number | undefined } = {},
): Promise<{ shards: number }> {
  return renderSite({
    dataDir: folders.dataDir,
    outDir: folders.siteDir,
    search: false,
    ...options,
  })
}

/** Step 3: index the rendered site for search with Pagefind. */
export async function pagefindStep(folders: SiteFolders): Promise<void> {
  await indexSite(folders.siteDir)
}

/** Build a site from a content folder into a fresh `workDir`: every step, in order. */
export async function buildSite(options: {
  contentDir: string
  workDir: string
}): Promise<SiteFolders> {
  const folders = siteFolders(options.workDir)
  await rm(options.workDir, { recursive: true, force: true })
  await mkdir(options.workDir, { recursive: true })
  // One thread: fixture folders are small, and a failing article then fails in this process. No
  // cache: the tests' builds leave nothing in (and take nothing from) the user's cache folder.
  await processStep({
    contentDir: options.contentDir,
    dataDir: folders.dataDir,
    jobs: 1,
    cacheDir: false,
  })
  await eleventyStep(folders)
  await pagefindStep(folders)
  return folders
}
