import path from 'node:path'
import { parseArgs } from 'node:util'
import { indexSite } from './lib/render-site.js'

const usage = `Index a built site for search again, as its last build left it.

Usage: tsx scripts/index-search.ts --site <dir> [--shard-pages <n>]

  --site <dir>         a folder \`pnpm build\` wrote
  --shard-pages <n>    indexed pages per search shard, about (default 2000)
Shards already in place are kept: remove <dir>/pagefind first to index everything.`

/** The search step of `pnpm build` on its own (the scale benchmark times it). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
    options: {
      site: { type: 'string' },
      'shard-pages': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help || !values.site) {
    console.log(usage)
    if (!values.help) process.exitCode = 1
    return
  }
  const perShard = values['shard-pages'] === undefined ? undefined : Number(values['shard-pages'])
  const from = process.env.INIT_CWD ?? process.cwd()
  const figures = await indexSite(path.resolve(from, values.site), { perShard })
  console.log(
    `Indexed ${figures.indexed} of ${figures.shards} search shards (${figures.pages} pages)`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
