import { stat } from 'node:fs/promises'
import path from 'node:path'
import { loadSiteData } from './load-data.js'
import { createSite } from './site-model.js'

/**
 * @typedef {import('./load-data.js').SiteData} SiteData
 * @typedef {import('./site-model.js').Site} Site
 */

// Shared by every module copy in the process (Eleventy imports data files afresh on each run).
const registry = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))
const loaded = Symbol.for('@newsroom/site:loaded-site')

/**
 * The site of a data folder, loaded and worked out once per process: a sharded build runs a
 * fresh Eleventy for each shard, and each asks for the same site. A new `newsroom process` run
 * replaces the folder (and `report.json`), which loads it afresh.
 *
 * @param {string} dataDir
 * @param {{ cache?: import('./records-cache.js').RecordsCache | undefined }} [options]
 *   records kept between builds (see `loadSiteData`)
 * @returns {Promise<{ data: SiteData, site: Site }>}
 */
export async function loadSite(dataDir, options = {}) {
  const root = path.resolve(dataDir)
  const stamp = await stampOf(root)
  const cache =
    /** @type {Record<symbol, { key: string, value: Promise<{ data: SiteData, site: Site }> } | undefined>} */ (
      registry
    )
  const key = `${root}\u0000${stamp}`
  const current = cache[loaded]
  if (current && current.key === key) return current.value
  const value = loadSiteData(root, options).then((data) => ({ data, site: createSite(data) }))
  cache[loaded] = { key, value }
  // A failed load is not kept: the next run tries again.
  value.catch(() => {
    if (cache[loaded]?.value === value) cache[loaded] = undefined
  })
  return value
}

/**
 * What changes when `newsroom process` writes the folder again.
 *
 * @param {string} root
 */
async function stampOf(root) {
  try {
    const [folder, report] = await Promise.all([stat(root), stat(path.join(root, 'report.json'))])
    return `${folder.ino}:${folder.mtimeMs}:${report.ino}:${report.mtimeMs}:${report.size}`
  } catch {
    // Missing data: loadSiteData reports it with a clear message.
    return 'missing'
  }
}

const provided = Symbol.for('@newsroom/site:provided-model')

/**
 * Hand Eleventy a model made outside it, for its next run in this process: a build that renders
 * only the pages that changed prepares each shard's model itself (scripts/lib/render-site.ts).
 *
 * @param {import('./site-model.js').SiteModel | undefined} model
 */
export function provideModel(model) {
  registry[provided] = model
}

/**
 * The model handed over by `provideModel`, if any.
 *
 * @returns {import('./site-model.js').SiteModel | undefined}
 */
export function providedModel() {
  return /** @type {import('./site-model.js').SiteModel | undefined} */ (registry[provided])
}
