import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { shardFrom } from '../lib/model/shards.js'
import { loadSite, providedModel } from '../lib/site-loader.js'
import { loadShardModel } from '../lib/site-model.js'
import { DEFAULT_DATA_DIR } from '../lib/site-settings.js'

const siteRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * The processed articles, speakers and topics (`NEWSROOM_DATA`, default `.newsroom`), validated
 * with the @newsroom/schema zod schemas and turned into the views the templates paginate over:
 * all of them, or those of one shard (`NEWSROOM_SHARD=<n>/<count>`, see `lib/model/shards.js`),
 * or the model a build script prepared (`provideModel`).
 */
export default async function newsroom() {
  // `pnpm build` prepares each shard's model itself, with only the pages that changed.
  const provided = providedModel()
  if (provided) return provided
  const dataDir = path.resolve(siteRoot, process.env.NEWSROOM_DATA ?? DEFAULT_DATA_DIR)
  const { data, site } = await loadSite(dataDir)
  return loadShardModel(site, data, shardFrom(process.env.NEWSROOM_SHARD))
}
