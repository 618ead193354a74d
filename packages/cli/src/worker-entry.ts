import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** What `scripts/bundle-worker.ts` writes beside the bundle. */
interface BundleManifest {
  /** Files the bundle finds its data and packages from, relative to the bundle's folder. */
  anchored: string[]
}

function isManifest(value: unknown): value is BundleManifest {
  const anchored = (value as Partial<BundleManifest> | null)?.anchored
  return Array.isArray(anchored) && anchored.every((path) => typeof path === 'string')
}

/**
 * Whether the bundled worker in `folder` can run here: it was built, and the files it finds its
 * data and packages from (through their place when it was built) are where it expects them.
 */
export function bundleRuns(folder: URL): boolean {
  let manifest: unknown
  try {
    manifest = JSON.parse(readFileSync(new URL('manifest.json', folder), 'utf8'))
  } catch {
    return false
  }
  return (
    isManifest(manifest) &&
    existsSync(fileURLToPath(new URL('worker.js', folder))) &&
    manifest.anchored.every((path) => existsSync(fileURLToPath(new URL(path, folder))))
  )
}

let chosen: URL | undefined

/**
 * The module a worker thread of the built CLI runs: the bundle of `worker.js` (see
 * scripts/bundle-worker.ts), which loads several times faster, where it can run here (the
 * repository), else `worker.js` itself (an installed package, whose dependencies lie elsewhere).
 */
export function builtWorkerEntry(dist: URL): URL {
  chosen ??= bundleRuns(new URL('bundle/', dist))
    ? new URL('bundle/worker.js', dist)
    : new URL('worker.js', dist)
  return chosen
}
