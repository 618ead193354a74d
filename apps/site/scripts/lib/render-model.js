// @ts-check
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { provideModel } from '../../lib/site-loader.js'

/**
 * JavaScript, not TypeScript: the render threads load it (and Eleventy) without a TypeScript
 * loader (see render-thread.js).
 *
 * @typedef {import('../../lib/site-model.js').SiteModel} SiteModel
 *
 * @typedef {object} RenderRequest
 *   One shard's rendering: its model (only the pages to render) and where it goes.
 * @property {SiteModel} model
 * @property {{ index: number, count: number }} shard
 * @property {string} outDir
 */

/**
 * Render a prepared model with a fresh Eleventy, in this thread. The working directory must be
 * the site's: Eleventy resolves `pages/`, `_includes/` and `_data/` from it.
 *
 * @param {RenderRequest} request
 * @returns {Promise<void>}
 */
export async function renderModel({ model, shard, outDir }) {
  const siteRoot = process.cwd()
  const saved = process.env.NEWSROOM_SHARD
  process.env.NEWSROOM_SHARD = `${shard.index + 1}/${shard.count}`
  provideModel(model)
  try {
    const eleventy = new Eleventy(path.join(siteRoot, 'pages'), outDir, {
      configPath: path.join(siteRoot, 'eleventy.config.js'),
      quietMode: true,
      // As on the command line: the folders given here win over the config's.
      source: 'cli',
    })
    await eleventy.write()
  } finally {
    provideModel(undefined)
    if (saved === undefined) delete process.env.NEWSROOM_SHARD
    else process.env.NEWSROOM_SHARD = saved
  }
}
