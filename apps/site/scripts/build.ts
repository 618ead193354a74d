import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_DATA_DIR, siteUrlFrom } from '../lib/site-settings.js'
import { displayPath } from './lib/display-path.js'
import { buildSite, defaultOutput, recordsCacheOf } from './lib/render-site.js'
import { siteRoot } from './lib/run-command.js'

const usage = `Build the site from the processed data, rendering only the pages that changed.

Usage: pnpm --filter @newsroom/site build [-- --output <dir>]

  --output <dir>  where the site goes (default: _site): a new or empty folder, or an earlier
                  build, whose files this build updates, adds or removes
  --jobs <n>      threads rendering at once on a big site (default: one per core)
Settings: NEWSROOM_DATA (default .newsroom), NEWSROOM_SITE_URL (the public URL),
NEWSROOM_SITE_CACHE (folder of the records kept between builds, or "off").`

/**
 * `pnpm build` of the site: Eleventy, in shards on a big site, over the pages that changed since
 * the last build, then Pagefind (see scripts/lib/render-site.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      output: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  // Read before anything is made, so that a bad value is refused with its own message: Eleventy
  // reports a throw of its config file as "Error in your Eleventy config file" alone.
  siteUrlFrom(process.env.NEWSROOM_SITE_URL)
  // Relative to where `pnpm` was run, like every path a user types.
  const from = process.env.INIT_CWD ?? process.cwd()
  const outDir = values.output ? path.resolve(from, values.output) : defaultOutput
  const dataDir = path.resolve(siteRoot, process.env.NEWSROOM_DATA ?? DEFAULT_DATA_DIR)
  const started = performance.now()
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) {
    throw new TypeError(`Expected \`--jobs\` to be a positive integer, not \`${values.jobs}\``)
  }
  const figures = await buildSite({ dataDir, outDir, jobs, recordsCache: recordsCacheOf(dataDir) })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const shards =
    figures.shards > 1
      ? ` in ${figures.shards} shards by ${figures.runs} Eleventy ${figures.runs === 1 ? 'run' : 'runs'}`
      : ''
  const search = figures.search
    ? `; search index: ${figures.search.indexed} of ${figures.search.shards} ${figures.search.shards === 1 ? 'shard' : 'shards'} indexed`
    : ''
  const reused =
    figures.reused > 0 ? `; ${figures.reused} article pages known from their inputs` : ''
  const reusedSpeakers =
    figures.reusedSpeakerFiles > 0
      ? `; ${figures.reusedSpeakerFiles} speaker pages and feed files known from their inputs`
      : ''
  if (figures.strays.length > 0)
    console.warn(strayWarning(figures.strays, displayPath(outDir, from)))
  console.log(
    `Built the site into ${displayPath(outDir, from)} in ${seconds} s: ${figures.rendered} files rendered${shards}, ${figures.unchanged} unchanged, ${figures.removed} removed${search}${reused}${reusedSpeakers}`,
  )
}

/**
 * What to say of files in the site's folders that no build made (the pages an older `pnpm dev`
 * left in `_site`): they would be published, and the build does not remove what it did not make.
 */
function strayWarning(strays: string[], folder: string): string {
  const shown = strays.slice(0, STRAYS_SHOWN).map((file) => `  ${file}`)
  if (strays.length > STRAYS_SHOWN) shown.push(`  … and ${strays.length - STRAYS_SHOWN} more`)
  return [
    `[newsroom] warning: ${strays.length} ${strays.length === 1 ? 'file' : 'files'} in ${folder} ${strays.length === 1 ? 'was' : 'were'} not made by a build (pages an older \`pnpm dev\` rendered there, or copied in) and will be published with the site:`,
    ...shown,
    `When such a file appears or changes, every page is rendered again (the pages a build made may have been written over too). Delete ${strays.length === 1 ? 'it' : 'them'}, or delete ${folder} and build again (keep aside what a deployment put there, such as .git).`,
  ].join('\n')
}

const STRAYS_SHOWN = 10

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
