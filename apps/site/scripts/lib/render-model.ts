import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { provideModel } from '../../lib/site-loader.js'
import type { SiteModel } from '../../lib/site-model.js'

/** One shard's rendering: its model (only the pages to render) and where it goes. */
export interface RenderRequest {
  model: SiteModel
  shard: { index: number; count: number }
  outDir: string
}

/**
 * Render a prepared model with a fresh Eleventy, in this thread. The working directory must be
 * the site's: Eleventy resolves `pages/`, `_includes/` and `_data/` from it.
 */
export async function renderModel({ model, shard, outDir }: RenderRequest): Promise<void> {
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
