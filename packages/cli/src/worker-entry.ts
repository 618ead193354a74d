import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** What `scripts/bundle-worker.ts` writes beside the bundle. */
const bundleManifest = z.object({
  /** Files the bundle finds its data and packages from, relative to the bundle's folder. */
  anchored: z.array(z.string()),
})

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
  const manifest = bundleManifest.safeParse(json)
  return (
    manifest.success &&
    existsSync(fileURLToPath(new URL('worker.js', folder))) &&
    manifest.data.anchored.every((path) => existsSync(fileURLToPath(new URL(path, folder))))
  )
}

/**
 * The module a worker thread of the built CLI runs: the bundle of `worker.js` (see
 * scripts/bundle-worker.ts), which loads several times faster, where it can run here (the
 * repository), else `worker.js` itself (an installed package, whose dependencies lie elsewhere).
 */
export function builtWorkerEntry(dist: URL): URL {
  return bundleRuns(new URL('bundle/', dist))
    ? new URL('bundle/worker.js', dist)
    : new URL('worker.js', dist)
}
