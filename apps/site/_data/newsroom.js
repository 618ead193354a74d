import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadNewsroomData } from '../lib/load-data.js'
import { buildSiteModel } from '../lib/site-model.js'
import { DEFAULT_DATA_DIR } from '../lib/site-settings.js'

const siteRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * The processed articles, speakers and topics (`NEWSROOM_DATA`, default `.newsroom`), validated
 * with the @newsroom/schema zod schemas and turned into the views the templates paginate over.
 */
export default async function newsroom() {
  const dataDir = path.resolve(siteRoot, process.env.NEWSROOM_DATA ?? DEFAULT_DATA_DIR)
  return buildSiteModel(await loadNewsroomData(dataDir))
}
