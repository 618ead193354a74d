import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const siteFolder = join(repoRoot, 'apps/site')
/** The tests' own content folder: articles about fictional people, never the user's `content/`. */
export const fixtureContent = fileURLToPath(new URL('../fixtures/content/', import.meta.url))
/**
 * The example article the product was first described with, in the read-only `../shared` folder
 * beside the repository (there in CI too); tests of it are skipped where it is absent.
 */
export const seedFolder = join(repoRoot, '../shared/seeds')
/** Children the tests start (Eleventy) are stopped after this long, so a hang fails the test. */
export const childTimeout = 120_000

/**
 * Render the Eleventy site from processed data in `dataFolder` into `outputFolder`, on the
 * workspace's TypeScript sources (tsx and the source condition), so no package build is needed.
 */
export async function buildSite(dataFolder: string, outputFolder: string): Promise<void> {
  const eleventy = join(siteFolder, 'node_modules/@11ty/eleventy/cmd.cjs')
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      eleventy,
      `--output=${outputFolder}`,
      '--quiet',
    ],
    {
      cwd: siteFolder,
      env: { ...process.env, NEWSROOM_DATA: dataFolder },
      maxBuffer: 64 * 1024 * 1024,
      timeout: childTimeout,
    },
  )
}

/** Every file under `folder` (relative paths, sorted) with its bytes. */
export async function readTree(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length))
    .sort()
  const tree = new Map<string, Buffer>()
  for (const file of files) tree.set(file, await readFile(join(folder, file)))
  return tree
}
