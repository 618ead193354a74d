import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { sampleArticles } from '../bench/sample-articles.js'

/** The good articles every case runs beside: they must be published whatever the case does. */
export const goodArticles = sampleArticles(2, { seed: 7 })

/**
 * A folder where one case runs: `content/` with the good articles (and the case's files), `out/`
 * holding the output of an earlier good run, `cache/` for the article cache.
 */
export interface Scene {
  root: string
  content: string
  out: string
  cache: string
}

export function sceneAt(root: string): Scene {
  return {
    root,
    content: join(root, 'content'),
    out: join(root, 'out'),
    cache: join(root, 'cache'),
  }
}

export async function writeFiles(
  folder: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<void> {
  for (const [name, contents] of Object.entries(files)) {
    const path = join(folder, name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, contents)
  }
}

/** A new scene in `root` from a baseline scene (its content and output are copied). */
export async function copyScene(baseline: Scene, root: string): Promise<Scene> {
  const scene = sceneAt(root)
  await rm(root, { recursive: true, force: true })
  await mkdir(root, { recursive: true })
  await cp(baseline.content, scene.content, { recursive: true })
  await cp(baseline.out, scene.out, { recursive: true })
  await cp(baseline.cache, scene.cache, { recursive: true })
  return scene
}

/**
 * Every file and folder under `folder` with its bytes (`null` for a folder), links as their
 * targets, skipping `skip` (relative paths): a snapshot to compare before and after a run.
 */
export async function snapshot(
  folder: string,
  skip: readonly string[] = [],
): Promise<Map<string, string | null>> {
  const tree = new Map<string, string | null>()
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name)
    const name = relative(folder, path).split(sep).join('/')
    if (skip.some((prefix) => name === prefix || name.startsWith(`${prefix}/`))) continue
    if (entry.isDirectory()) tree.set(name, null)
    else if (entry.isFile()) tree.set(name, (await readFile(path)).toString('base64'))
    else tree.set(name, `(${entry.isSymbolicLink() ? 'link' : 'special'})`)
  }
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Leftovers of an output swap beside `out`: `.out.staging-<pid>`, `.out.old-<pid>`. */
export async function swapLeftovers(scene: Scene): Promise<string[]> {
  return (await readdir(dirname(scene.out))).filter((name) => /^\.out\.(staging|old)-/.test(name))
}
