import { createHash } from 'node:crypto'
import { type Dirent, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Entry modules of the packages an article's JSON comes from; with their `@newsroom/*`
 * dependencies, found through the manifests, they are the whole pipeline. Resolved, not imported:
 * the main thread never loads the pipeline to fingerprint it.
 */
function pipelineEntries(): string[] {
  return [
    import.meta.resolve('@newsroom/schema'),
    import.meta.resolve('@newsroom/ingest'),
    import.meta.resolve('@newsroom/enrich'),
  ]
}

// Sources, not build output: running from sources or from dist gives the same version.
const hashedFolders = ['src', 'data']

function listFiles(folder: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true, encoding: 'utf8' })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** The folder of the nearest package.json above a module, and the package's name. */
function packageOf(entry: string): { root: string; name: string } {
  let folder = dirname(fileURLToPath(entry))
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string
      }
      return { root: folder, name: manifest.name ?? folder }
    } catch {}
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`Cannot find the package of ${entry}`)
    folder = parent
  }
}

/** The folder of `dependency` as installed for the package in `root`, looked up the way Node does. */
function installedFolder(root: string, dependency: string): string | undefined {
  for (let folder = root; ; folder = dirname(folder)) {
    try {
      return realpathSync(join(folder, 'node_modules', dependency))
    } catch {}
    if (dirname(folder) === folder) return undefined
  }
}

/** The packages of the entries and, through their manifests, every `@newsroom/*` dependency. */
function pipelinePackages(): Array<{ root: string; name: string }> {
  const found = new Map<string, { root: string; name: string }>()
  const visit = (root: string, name: string): void => {
    if (found.has(root)) return
    found.set(root, { root, name })
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) {
      if (!dependency.startsWith('@newsroom/')) continue
      const folder = installedFolder(root, dependency)
      if (folder !== undefined) visit(folder, dependency)
    }
  }
  for (const entry of pipelineEntries()) {
    const { root, name } = packageOf(entry)
    visit(root, name)
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** The installed version of `dependency` as seen from `root`, looked up the way Node does. */
function installedVersion(root: string, dependency: string): string {
  for (let folder = root; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(
        readFileSync(join(folder, 'node_modules', dependency, 'package.json'), 'utf8'),
      ) as { version?: string }
      return manifest.version ?? 'unknown'
    } catch {}
    if (dirname(folder) === folder) return 'missing'
  }
}

/**
 * `name@version` of every third-party dependency of a package, sorted: a catalog bump of
 * compromise or retext-keywords changes output as surely as a change of our own code.
 */
function dependencyVersions(root: string, manifestText: string): string[] {
  const manifest = JSON.parse(manifestText) as { dependencies?: Record<string, string> }
  const names = Object.keys(manifest.dependencies ?? {})
    .filter((name) => !name.startsWith('@newsroom/'))
    .sort()
  return names.map((name) => `${name}@${installedVersion(root, name)}`)
}

let cached: Promise<string> | undefined

/**
 * A fingerprint of the pipeline: a hash over the manifests, code and data of every package that
 * shapes an article. Any change to them gives a new version, so the per-article cache never serves
 * output of an older pipeline. Its files are read synchronously: the main thread has nothing else
 * to do until it knows the version, and some 200 files through the thread pool (open, stat, read,
 * close each) took some 100 ms of CPU a run where reading them at once takes 45 ms.
 */
export function pipelineVersion(): Promise<string> {
  cached ??= new Promise((resolve) => {
    const hash = createHash('sha256')
    for (const { root, name } of pipelinePackages()) {
      const manifest = readFileSync(join(root, 'package.json'), 'utf8')
      hash.update(`${name}\n${manifest}\n`)
      hash.update(dependencyVersions(root, manifest).join('\n'))
      for (const folder of hashedFolders) {
        for (const file of listFiles(join(root, folder))) {
          hash.update(file.slice(root.length))
          hash.update(readFileSync(file))
        }
      }
    }
    resolve(hash.digest('hex').slice(0, 16))
  })
  return cached
}
