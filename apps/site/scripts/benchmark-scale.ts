import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { processStep } from './lib/build-site.js'
import { displayPath } from './lib/display-path.js'
import { generateSiteData } from './lib/generate-site-data.js'
import { type CommandCost, measureCommand } from './lib/measure-command.js'
import { writePlainProject } from './lib/plain-eleventy.js'
import { recordsCacheOf } from './lib/render-site.js'
import { siteRoot } from './lib/run-command.js'
import { fileKinds, measureSite } from './lib/site-figures.js'

const usage = `Measure the site build at scale against plain Eleventy on the same articles.

Usage: pnpm --filter @newsroom/site benchmark:scale -- (--source <data> | --content <dir>)
         [--articles 1000,10000,50000] [--runs 1] [--keep]

  --source <data>   a folder \`newsroom process\` wrote: its articles are copied with unique
                    slugs, titles and dates and fictional people (scripts/lib/generate-site-data.ts)
  --content <dir>   content to process first (without the cache) into such a folder
  --articles <n,…>  site sizes to measure (default 1000,10000)
  --runs <n>        runs of each build, alternating plain and site (default 1)
  --keep            keep the work folder and print where it is`

/**
 * For each size: plain Eleventy (one Markdown page per article, one layout) and the site's
 * \`pnpm build\` (Eleventy in shards, Pagefind, publishing) on the same articles, run one after
 * the other, then again after one article is added. Prints wall and CPU time as ratios, peak
 * memory and the site's bytes by kind. Processing is not part of it: \`pnpm bench\` at the
 * root measures the whole pipeline.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      source: { type: 'string' },
      content: { type: 'string' },
      articles: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const sizes = values.articles.split(',').map(Number)
  const runs = Number(values.runs)
  if (sizes.some((size) => !(Number.isInteger(size) && size > 0))) {
    throw new TypeError(`Expected \`--articles\` to list positive integers, not ${values.articles}`)
  }
  if (!(Number.isInteger(runs) && runs > 0)) {
    throw new TypeError(`Expected \`--runs\` to be a positive integer, not ${values.runs}`)
  }
  const from = process.env.INIT_CWD ?? process.cwd()
  const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-scale-'))
  try {
    let sourceDir: string
    if (values.source) sourceDir = path.resolve(from, values.source)
    else if (values.content) {
      sourceDir = path.join(workDir, 'source')
      await processStep({
        contentDir: path.resolve(from, values.content),
        dataDir: sourceDir,
        cacheDir: false,
      })
    } else throw new TypeError(`Expected \`--source <data>\` or \`--content <dir>\`\n\n${usage}`)

    const rows: Row[] = []
    for (const size of sizes) {
      const row = await measureSize(sourceDir, path.join(workDir, String(size)), size, runs)
      rows.push(row)
      printRow(row)
      // The next size is built from nothing: this one's folder is no longer needed.
      if (!values.keep) {
        await rm(path.join(workDir, String(size)), { recursive: true, force: true })
        await removeRecordsCache(path.join(workDir, String(size), 'data'))
      }
    }
    printGrowth(rows)
    if (values.keep) console.log(`\nKept ${displayPath(workDir, from)}`)
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true })
  }
}

interface Row {
  articles: number
  plain: CommandCost
  site: CommandCost
  plainAfterOne: CommandCost
  siteAfterOne: CommandCost
  /** The search index alone, every shard indexed. */
  search: CommandCost
  pages: number
  bytes: number
  feedBytes: number
  byKind: Record<string, number>
}

const eleventyBin = path.join(siteRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
const tsxCli = path.join(siteRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')

async function measureSize(
  sourceDir: string,
  dir: string,
  size: number,
  runs: number,
): Promise<Row> {
  const dataDir = path.join(dir, 'data')
  const plainDir = path.join(dir, 'plain')
  const siteDir = path.join(dir, 'site')
  await mkdir(dir, { recursive: true })
  await generateSiteData({ sourceDir, outDir: dataDir, count: size })
  await writePlainProject(dataDir, plainDir)

  const plain = () =>
    rm(path.join(plainDir, '_site'), { recursive: true, force: true }).then(() =>
      measureCommand(process.execPath, [eleventyBin, '--input=src', '--output=_site', '--quiet'], {
        cwd: plainDir,
      }),
    )
  // As `pnpm build` runs it (`tsx scripts/build.ts`): on the built packages, like Eleventy.
  const site = () =>
    measureCommand(
      process.execPath,
      [tsxCli, path.join(siteRoot, 'scripts', 'build.ts'), '--output', siteDir],
      {
        cwd: siteRoot,
        env: { NEWSROOM_DATA: dataDir, NEWSROOM_SITE_URL: 'https://newsroom.example' },
      },
    )
  const plainRuns: CommandCost[] = []
  const siteRuns: CommandCost[] = []
  for (let run = 0; run < runs; run++) {
    // Alternating, each from nothing: the site's output folder and records are removed first.
    plainRuns.push(await plain())
    await rm(siteDir, { recursive: true, force: true })
    await removeRecordsCache(dataDir)
    siteRuns.push(await site())
  }
  const figures = await measureSite(siteDir)
  // The search index on its own, every shard made again from the built pages (as a cold build
  // does): the site's index is removed and made anew, the same as before.
  await rm(path.join(siteDir, 'pagefind'), { recursive: true, force: true })
  const search = await measureCommand(
    process.execPath,
    [tsxCli, path.join(siteRoot, 'scripts', 'index-search.ts'), '--site', siteDir],
    { cwd: siteRoot },
  )

  // One more article: the site rebuilds over its last build; plain Eleventy builds again.
  const before = new Set(await readdir(path.join(dataDir, 'articles')))
  await generateSiteData({ sourceDir, outDir: dataDir, count: size + 1 })
  const added = (await readdir(path.join(dataDir, 'articles'))).filter((name) => !before.has(name))
  await writePlainProject(
    dataDir,
    plainDir,
    new Set(added.map((name) => name.slice(0, -'.json'.length))),
  )
  const plainAfterOne = await plain()
  const siteAfterOne = await site()

  return {
    articles: size,
    plain: median(plainRuns),
    site: median(siteRuns),
    plainAfterOne,
    siteAfterOne,
    search,
    pages: figures.byKind.html.files,
    bytes: figures.bytes,
    feedBytes: figures.byKind.feeds.bytes,
    byKind: Object.fromEntries(fileKinds.map((kind) => [kind, figures.byKind[kind].bytes])),
  }
}

async function removeRecordsCache(dataDir: string): Promise<void> {
  const file = recordsCacheOf(dataDir)
  if (file) await rm(file, { force: true })
}

/** The run with the median wall time. */
function median(costs: CommandCost[]): CommandCost {
  const sorted = [...costs].sort((a, b) => a.seconds - b.seconds)
  return sorted[Math.floor((sorted.length - 1) / 2)] as CommandCost
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`

function printRow(row: Row): void {
  const seconds = (cost: CommandCost) =>
    `${cost.seconds.toFixed(1)} s${cost.cpuSeconds === null ? '' : ` (cpu ${cost.cpuSeconds.toFixed(1)})`}`
  const memory = (cost: CommandCost) =>
    cost.peakRss === null ? 'n/a' : `${(cost.peakRss / 2 ** 30).toFixed(2)} GiB`
  console.log(`\n${row.articles} articles: ${row.pages} pages, ${(row.bytes / 1e6).toFixed(1)} MB`)
  console.log(`  plain Eleventy        ${seconds(row.plain)}, peak ${memory(row.plain)}`)
  console.log(`  site (pnpm build)     ${seconds(row.site)}, peak ${memory(row.site)}`)
  console.log(
    `  site / plain          wall ${ratio(row.site.seconds, row.plain.seconds)}, cpu ${ratio(row.site.cpuSeconds, row.plain.cpuSeconds)}`,
  )
  console.log(`  site says             ${lastLine(row.site.output)}`)
  console.log(
    `  of which search index ${seconds(row.search)}, peak ${memory(row.search)}: plain × cpu ${ratio(row.search.cpuSeconds, row.plain.cpuSeconds)}; site without it / plain: cpu ${ratio(minus(row.site.cpuSeconds, row.search.cpuSeconds), row.plain.cpuSeconds)}`,
  )
  console.log(
    `  one article added     site ${seconds(row.siteAfterOne)}, plain ${seconds(row.plainAfterOne)}: wall ${ratio(row.siteAfterOne.seconds, row.plainAfterOne.seconds)}, cpu ${ratio(row.siteAfterOne.cpuSeconds, row.plainAfterOne.cpuSeconds)}`,
  )
  console.log(`  site says             ${lastLine(row.siteAfterOne.output)}`)
  console.log(
    `  bytes by kind         ${Object.entries(row.byKind)
      .map(([kind, bytes]) => `${kind} ${((100 * bytes) / row.bytes).toFixed(1)}%`)
      .join(', ')}`,
  )
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b)

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? ''

function printGrowth(rows: Row[]): void {
  for (let index = 1; index < rows.length; index++) {
    const small = rows[index - 1] as Row
    const large = rows[index] as Row
    console.log(
      `\n${small.articles} → ${large.articles} articles (${(large.articles / small.articles).toFixed(0)}×): site wall ${ratio(large.site.seconds, small.site.seconds)}, cpu ${ratio(large.site.cpuSeconds, small.site.cpuSeconds)}; plain wall ${ratio(large.plain.seconds, small.plain.seconds)}`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
