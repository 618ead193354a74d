import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_DATA_DIR } from '../lib/site-settings.js'
import { displayPath } from './lib/display-path.js'
import { buildAndPublish, defaultOutput } from './lib/render-site.js'
import { siteRoot } from './lib/run-command.js'

const usage = `Build the site from the processed data into a fresh folder and publish it.

Usage: pnpm --filter @newsroom/site build [-- --output <dir>]

  --output <dir>  where the site goes (default: _site); replaced whole, and only if it is
                  empty or an earlier build
Settings: NEWSROOM_DATA (default .newsroom), NEWSROOM_SITE_URL (the public URL).`

/**
 * `pnpm build` of the site: Eleventy, in shards on a big site, then Pagefind, into a staging
 * folder that replaces the output folder at the end (see scripts/lib/render-site.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      output: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  // Relative to where `pnpm` was run, like every path a user types.
  const from = process.env.INIT_CWD ?? process.cwd()
  const outDir = values.output ? path.resolve(from, values.output) : defaultOutput
  const dataDir = path.resolve(siteRoot, process.env.NEWSROOM_DATA ?? DEFAULT_DATA_DIR)
  const started = performance.now()
  const { shards } = await buildAndPublish({ dataDir, outDir })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Built the site into ${displayPath(outDir, from)} in ${seconds} s${shards > 1 ? ` (${shards} shards)` : ''}`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
