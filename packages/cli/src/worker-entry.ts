import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The files the bundle finds its data and packages from, relative to the bundle's folder, as
 * `scripts/bundle-worker.ts` writes them in `manifest.json` (`{ "anchored": [...] }`), or
 * `undefined` for anything else. Checked by hand rather than with zod: this runs on the main
 * thread before any worker can start, and loading zod there first would delay every worker.
 */
function anchoredFiles(json: unknown): string[] | undefined {
  if (typeof json !== 'object' || json === null || !('anchored' in json)) return undefined
  const { anchored } = json
  return Array.isArray(anchored) && anchored.every((path) => typeof path === 'string')
    ? anchored
    : undefined
}

/** The bundled worker, one script (see worker-loader.ts), in the bundle's folder. */
export const bundledWorker = 'worker.cjs'

/**
 * What the bundled worker's text is the body of a function of: CommonJS's module parameters, then
 * what stands in the bundle for `import.meta` of each module and for `saveCodeCache`.
 */
export const bundleParameters = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  'bundleLoader',
] as const

/** `bundleLoader`: each bundled module's `import.meta`, by its path relative to the bundle. */
export interface BundleLoader {
  url: (path: string) => string
  resolve: (path: string, specifier: string) => string
  saveCodeCache: () => void
}

/**
 * Whether the bundled worker in `folder` can run here: it was built, and the files it finds its
 * data and packages from (through their place when it was built) are where it expects them.
 */
export function bundleRuns(folder: URL): boolean {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(new URL('manifest.json', folder), 'utf8'))
  } catch {
    return false
  }
  const anchored = anchoredFiles(json)
  return (
    anchored !== undefined &&
    existsSync(fileURLToPath(new URL(bundledWorker, folder))) &&
    anchored.every((path) => existsSync(fileURLToPath(new URL(path, folder))))
  )
}

/**
 * The module a worker thread of the built CLI runs: `worker-loader.js`, which runs the bundle of
 * `worker.js` (see scripts/bundle-worker.ts), several times faster to load, where it can run here
 * (the repository), else `worker.js` itself (an installed package, whose dependencies lie
 * elsewhere).
 */
export function builtWorkerEntry(dist: URL): URL {
  return bundleRuns(new URL('bundle/', dist))
    ? new URL('worker-loader.js', dist)
    : new URL('worker.js', dist)
}

/**
 * The module bin/newsroom.js runs: the bundle of `main.js`, built beside the worker's and sharing
 * its chunks, where it can run here, else `main.js` itself (an installed package).
 */
export function builtMainEntry(dist: URL): URL {
  const bundled = new URL('bundle/main.js', dist)
  return bundleRuns(new URL('bundle/', dist)) && existsSync(fileURLToPath(bundled))
    ? bundled
    : new URL('main.js', dist)
}
