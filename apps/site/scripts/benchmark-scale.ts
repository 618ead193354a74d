import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { processStep } from './lib/build-site.js'
import { displayPath } from './lib/display-path.js'
import { generateSiteData } from './lib/generate-site-data.js'
import { type CommandCost, measureCommand } from './lib/measure-command.js'
import { writePlainProject } from './lib/plain-eleventy.js'
import { recordsCacheOf } from './lib/render-site.js'
import { siteRoot } from './lib/run-command.js'
import { writeContent } from './lib/seeded-content.js'
import { fileKinds, measureSite } from './lib/site-figures.js'
import { speakerViewsCacheBeside, viewsCacheBeside } from './lib/views-cache.js'

const usage = `Measure \`pnpm build\` at scale against plain Eleventy on the same articles: the figures
of issue 11, all from one run.

Usage: pnpm --filter @newsroom/site benchmark:scale -- (--source <data> | --content <dir>)
         [--articles 1000,10000] [--runs 1] [--nice 10] [--cold-only] [--keep]

  --source <data>   a folder \`newsroom process\` wrote: its articles are copied with unique
                    slugs, titles and dates and fictional people (scripts/lib/generate-site-data.ts)
  --content <dir>   content to process first (without the cache) into such a folder
  --articles <n,…>  site sizes to measure (default 1000,10000; add 50000 for the largest)
  --runs <n>        cold builds of each side, alternating plain and site (default 1)
  --nice <n>        niceness of every measured command, both sides alike (default 10; 0 for none)
  --cold-only       measure the cold builds only (for the largest sizes: time and peak memory)
  --keep            keep the work folder and print where it is

For each size N, with N content files whose processed articles are in \`newsroom process\`'s
cache (as after an earlier build; the cache is filled from the generated JSON, not by
enriching N articles):
  cold         plain Eleventy (N Markdown pages, one layout) against \`pnpm build\` from an
               empty output folder: \`newsroom process\` (every article from the cache) and the
               site build (scripts/build.ts: Eleventy in shards, open data, Pagefind)
  +1 article   one content file more, not in the cache and dated after every other (today's
               news, heading the lists): plain Eleventy's full build (run before
               and after, the mean) against process (N from the cache, 1 enriched) and the
               site build over the last one
  no change    process and site build again: nothing enriched, nothing rendered
Peak memory is the whole process tree's (sampled every quarter second). Turbo's own FULL TURBO replay
is not part of it: turbo hashes the repository's content folder, not these.`

/**
 * The issue's figures need the site at 10,000 and 50,000 articles: more than can be enriched
 * for every measurement. The articles of a small processed set are copied with fictional people
 * (generate-site-data.ts) and their processed JSON put in the processing cache, so that every
 * step of `pnpm build` runs as it does for a user (`newsroom process` reading its cache, the
 * site build), and the one article added is enriched for real.
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
      nice: { type: 'string', default: '10' },
      'cold-only': { type: 'boolean', default: false },
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
  const niceness = Number(values.nice)
  if (sizes.some((size) => !(Number.isInteger(size) && size > 0))) {
    throw new TypeError(`Expected \`--articles\` to list positive integers, not ${values.articles}`)
  }
  if (!(Number.isInteger(runs) && runs > 0)) {
    throw new TypeError(`Expected \`--runs\` to be a positive integer, not ${values.runs}`)
  }
  if (!(Number.isInteger(niceness) && niceness >= 0 && niceness <= 19)) {
    throw new TypeError(`Expected \`--nice\` to be an integer from 0 to 19, not ${values.nice}`)
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

    const bench: Bench = {
      sourceDir,
      runs,
      niceness: niceness || undefined,
      coldOnly: values['cold-only'],
    }
    const rows: Row[] = []
    for (const size of sizes) {
      const row = await measureSize(bench, path.join(workDir, String(size)), size)
      rows.push(row)
      printRow(row)
      // The next size is built from nothing: this one's folders are no longer needed.
      if (!values.keep) {
        await removeRecordsCache(path.join(workDir, String(size), 'data'))
        await rm(path.join(workDir, String(size)), { recursive: true, force: true })
      }
    }
    printGrowth(rows)
    if (values.keep) console.log(`\nKept ${displayPath(workDir, from)}`)
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true })
  }
}

interface Bench {
  sourceDir: string
  runs: number
  niceness: number | undefined
  /** Only the cold builds: no search index alone, no article added, no unchanged build. */
  coldOnly: boolean
}

/** The two steps of `pnpm build` (`newsroom process`, then the site's build) as measured. */
interface Build {
  process: CommandCost
  site: CommandCost
  /** Articles enriched, not served from the cache. */
  enriched: number
  /** The site build's own account (files rendered, unchanged, removed; search shards). */
  siteSays: string
}

interface Later {
  /** The search index alone, every shard indexed again. */
  search: CommandCost
  plainAfterOne: CommandCost[]
  afterOne: Build
  noChange: Build
}

interface Row {
  articles: number
  plain: CommandCost[]
  cold: Build[]
  /** What follows the cold builds (none with `--cold-only`). */
  later: Later | null
  pages: number
  bytes: number
  byKind: Record<string, number>
  /** One-minute load average at the start and end of the size's measurements. */
  load: [number, number]
}

const eleventyBin = path.join(siteRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
const tsxCli = path.join(siteRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
// As `pnpm build` runs it: the built CLI (turbo builds the packages first).
const newsroomBin = path.join(siteRoot, 'node_modules', '@newsroom', 'cli', 'bin', 'newsroom.js')
/**
 * The cache module of that built CLI, not of the sources this script runs from: an entry's digest
 * holds the version of the code that wrote it (a fingerprint of its modules as they run), and the
 * CLI trusts only entries its own code wrote. Written from the sources, every entry would be
 * validated with the schema on the cold run, as after an upgrade, which a user's build never
 * does with the cache its own `pnpm build` filled.
 */
const builtCache: typeof import('@newsroom/cli/cache') = await import(
  pathToFileURL(path.join(siteRoot, 'node_modules', '@newsroom', 'cli', 'dist', 'cache-index.js'))
    .href
)

async function measureSize(bench: Bench, dir: string, size: number): Promise<Row> {
  const loadBefore = loadavg()[0] as number
  const generated = path.join(dir, 'generated')
  const contentDir = path.join(dir, 'content')
  const cacheDir = path.join(dir, 'process-cache')
  const dataDir = path.join(dir, 'data')
  const plainDir = path.join(dir, 'plain')
  const siteDir = path.join(dir, 'site')
  await mkdir(dir, { recursive: true })
  // One more than the size: the article added later, made with the others so that its people
  // and date follow on from theirs.
  const { slugs } = await generateSiteData({
    sourceDir: bench.sourceDir,
    outDir: generated,
    count: size + 1,
  })
  const kept = slugs.slice(0, size)
  const added = slugs.at(-1) as string
  await writePlainProject(generated, plainDir, new Set(kept))
  await writeContent({
    dataDir: generated,
    slugs: kept,
    contentDir,
    cache: new builtCache.ArticleCache(cacheDir, await builtCache.pipelineVersion()),
  })

  const options = { niceness: bench.niceness }
  const plain = async () => {
    await rm(path.join(plainDir, '_site'), { recursive: true, force: true })
    return measureCommand(
      process.execPath,
      [eleventyBin, '--input=src', '--output=_site', '--quiet'],
      { cwd: plainDir, ...options },
    )
  }
  const build = async (): Promise<Build> => {
    const processed = await measureCommand(
      process.execPath,
      [newsroomBin, 'process', '--content', contentDir, '--out', dataDir, '--cache', cacheDir],
      { cwd: siteRoot, ...options },
    )
    const site = await measureCommand(
      process.execPath,
      [tsxCli, path.join(siteRoot, 'scripts', 'build.ts'), '--output', siteDir],
      {
        cwd: siteRoot,
        env: { NEWSROOM_DATA: dataDir, NEWSROOM_SITE_URL: 'https://newsroom.example' },
        ...options,
      },
    )
    return {
      process: processed,
      site,
      enriched: enrichedCount(processed.output),
      siteSays: lastLine(site.output),
    }
  }

  const plainRuns: CommandCost[] = []
  const coldRuns: Build[] = []
  for (let run = 0; run < bench.runs; run++) {
    // Alternating, each from nothing: the processed data, the site and its records removed.
    plainRuns.push(await plain())
    await removeRecordsCache(dataDir)
    await rm(dataDir, { recursive: true, force: true })
    await rm(siteDir, { recursive: true, force: true })
    const cold = await build()
    if (cold.enriched !== 0) {
      throw new Error(
        `Expected every article of a cold build from the cache, but ${cold.enriched} were enriched: does the built CLI (${newsroomBin}) key its cache with another pipeline version than \`pipelineVersion()\` gives here?\n${cold.process.output}`,
      )
    }
    coldRuns.push(cold)
  }
  const figures = await measureSite(siteDir)
  const row = {
    articles: size,
    plain: plainRuns,
    cold: coldRuns,
    pages: figures.byKind.html.files,
    bytes: figures.bytes,
    byKind: Object.fromEntries(fileKinds.map((kind) => [kind, figures.byKind[kind].bytes])),
  }
  if (bench.coldOnly) return { ...row, later: null, load: [loadBefore, loadavg()[0] as number] }

  // The search index on its own, every shard made again from the built pages (as a cold build
  // does): the site's index is removed and made anew, the same as before.
  await rm(path.join(siteDir, 'pagefind'), { recursive: true, force: true })
  const search = await measureCommand(
    process.execPath,
    [tsxCli, path.join(siteRoot, 'scripts', 'index-search.ts'), '--site', siteDir],
    { cwd: siteRoot, ...options },
  )

  // One more article, which is not in the cache. Plain Eleventy builds everything, before and
  // after the site's build, so that a change of load in between falls on both.
  // A user adds today's news: the article is dated after every other, so that it heads the
  // article list and its topics' lists, as a new article does.
  await writeContent({
    dataDir: generated,
    slugs: [added],
    contentDir,
    date: await dayAfterLatest(bench.sourceDir),
  })
  await writePlainProject(generated, plainDir, new Set([added]))
  const plainAfterOne = [await plain()]
  const afterOne = await build()
  plainAfterOne.push(await plain())
  const noChange = await build()

  return {
    ...row,
    later: { search, plainAfterOne, afterOne, noChange },
    load: [loadBefore, loadavg()[0] as number],
  }
}

/**
 * The day after the latest article of the source set, at noon (ISO): later than every copy,
 * which are dated back from the source (see generate-site-data.ts).
 */
async function dayAfterLatest(sourceDir: string): Promise<string> {
  const articlesDir = path.join(sourceDir, 'articles')
  let latest = 0
  for (const name of await readdir(articlesDir)) {
    if (!name.endsWith('.json')) continue
    const { publishedAt } = JSON.parse(await readFile(path.join(articlesDir, name), 'utf8')) as {
      publishedAt?: string | null
    }
    if (publishedAt) latest = Math.max(latest, Date.parse(publishedAt))
  }
  const day = 24 * 60 * 60 * 1000
  return new Date((Math.floor(latest / day) + 1) * day + day / 2).toISOString()
}

/** Articles `newsroom process` enriched: those it processed less those from its cache. */
function enrichedCount(output: string): number {
  const match = /processed (\d+) article\(s\) \((\d+) from cache/.exec(output)
  if (!match) throw new Error(`Expected \`newsroom process\` to say what it processed:\n${output}`)
  return Number(match[1]) - Number(match[2])
}

async function removeRecordsCache(dataDir: string): Promise<void> {
  const file = recordsCacheOf(dataDir)
  if (file)
    await Promise.all(
      [file, viewsCacheBeside(file), speakerViewsCacheBeside(file)].map((cache) =>
        rm(cache, { force: true }),
      ),
    )
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const known = (values: (number | null)[]) =>
  values.every((value) => value !== null) ? (values as number[]) : null

/** Wall, CPU and peak memory of a side, summed over its steps (peak: the largest step's). */
interface Side {
  seconds: number
  cpuSeconds: number | null
  peakRss: number | null
}
const sideOf = (...steps: CommandCost[]): Side => {
  const cpu = known(steps.map((step) => step.cpuSeconds))
  const peaks = known(steps.map((step) => step.peakRss))
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    cpuSeconds: cpu ? cpu.reduce((sum, value) => sum + value, 0) : null,
    peakRss: peaks && Math.max(...peaks),
  }
}
const buildSide = (build: Build) => sideOf(build.process, build.site)
/** The median of several runs of a side, figure by figure. */
const medianSide = (sides: Side[]): Side => {
  const cpu = known(sides.map((side) => side.cpuSeconds))
  const peaks = known(sides.map((side) => side.peakRss))
  return {
    seconds: median(sides.map((side) => side.seconds)),
    cpuSeconds: cpu && median(cpu),
    peakRss: peaks && Math.max(...peaks),
  }
}
const meanSide = (sides: Side[]): Side => {
  const cpu = known(sides.map((side) => side.cpuSeconds))
  return {
    seconds: mean(sides.map((side) => side.seconds)),
    cpuSeconds: cpu && mean(cpu),
    peakRss: null,
  }
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`
const seconds = (cost: Side) =>
  `${cost.seconds.toFixed(1)} s${cost.cpuSeconds === null ? '' : ` (cpu ${cost.cpuSeconds.toFixed(1)})`}`
const memory = (cost: Side) =>
  cost.peakRss === null ? 'n/a' : `${(cost.peakRss / 2 ** 30).toFixed(2)} GiB`
const verdict = (value: number | null, limit: number) =>
  value === null
    ? ''
    : value <= limit
      ? ` (target ≤ ${limit}×: met)`
      : ` (target ≤ ${limit}×: NOT met)`

function printRow(row: Row): void {
  const plain = medianSide(row.plain.map((cost) => sideOf(cost)))
  const cold = medianSide(row.cold.map(buildSide))
  const coldProcess = medianSide(row.cold.map((build) => sideOf(build.process)))
  const coldSite = medianSide(row.cold.map((build) => sideOf(build.site)))
  const lines = [
    `\n${row.articles} articles: ${row.pages} pages, ${(row.bytes / 1e6).toFixed(1)} MB; load average ${row.load[0].toFixed(1)} → ${row.load[1].toFixed(1)}; ${row.cold.length} alternating ${row.cold.length === 1 ? 'round' : 'rounds'}`,
    `  plain Eleventy            ${seconds(plain)}, peak ${memory(plain)}`,
    `  cold pnpm build           ${seconds(cold)}, peak ${memory(cold)}: wall ${ratio(cold.seconds, plain.seconds)}${verdict(cold.seconds / plain.seconds, 7)}, cpu ${ratio(cold.cpuSeconds, plain.cpuSeconds)}`,
    `    process (from cache)    ${seconds(coldProcess)}, peak ${memory(coldProcess)}: wall ${ratio(coldProcess.seconds, plain.seconds)}, cpu ${ratio(coldProcess.cpuSeconds, plain.cpuSeconds)}`,
    `    site build              ${seconds(coldSite)}, peak ${memory(coldSite)}: wall ${ratio(coldSite.seconds, plain.seconds)}, cpu ${ratio(coldSite.cpuSeconds, plain.cpuSeconds)}`,
    `    site says               ${row.cold.at(-1)?.siteSays ?? ''}`,
  ]
  const later = row.later
  if (later) {
    const plainAfterOne = meanSide(later.plainAfterOne.map((cost) => sideOf(cost)))
    const afterOne = buildSide(later.afterOne)
    const noChange = buildSide(later.noChange)
    const search = sideOf(later.search)
    lines.push(
      `    of which search index   ${seconds(search)} alone, peak ${memory(search)}: cpu ${ratio(search.cpuSeconds, plain.cpuSeconds)} plain`,
      `  one article added         ${seconds(afterOne)}, peak ${memory(afterOne)}; plain ${seconds(plainAfterOne)} (mean of the runs before and after): wall ${ratio(afterOne.seconds, plainAfterOne.seconds)}${verdict(afterOne.seconds / plainAfterOne.seconds, 3)}, cpu ${ratio(afterOne.cpuSeconds, plainAfterOne.cpuSeconds)}`,
      `    process                 ${seconds(sideOf(later.afterOne.process))}: ${later.afterOne.enriched} enriched${later.afterOne.enriched === 1 ? ' (target 1: met)' : ' (target 1: NOT met)'}`,
      `    site build              ${seconds(sideOf(later.afterOne.site))}: ${later.afterOne.siteSays}`,
      `  no change                 ${seconds(noChange)}, peak ${memory(noChange)}: wall ${ratio(noChange.seconds, plainAfterOne.seconds)} plain; ${later.noChange.enriched} enriched`,
      `    site build              ${later.noChange.siteSays}`,
    )
  }
  lines.push(
    `  bytes by kind             ${Object.entries(row.byKind)
      .map(([kind, bytes]) => `${kind} ${((100 * bytes) / row.bytes).toFixed(1)}%`)
      .join(', ')}`,
  )
  console.log(lines.join('\n'))
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? ''

function printGrowth(rows: Row[]): void {
  // Each size's medians once, not at every use.
  const cold = rows.map((row) => medianSide(row.cold.map(buildSide)))
  const plain = rows.map((row) => medianSide(row.plain.map((cost) => sideOf(cost))))
  for (let index = 1; index < rows.length; index++) {
    const small = rows[index - 1] as Row
    const large = rows[index] as Row
    const coldSmall = cold[index - 1] as Side
    const coldLarge = cold[index] as Side
    const times = large.articles / small.articles
    // Growth scaled to a tenfold size: the issue's "≤ 11× per 10×".
    const perTen = (a: number | null, b: number | null) =>
      a === null || b === null ? null : (a / b) ** (1 / Math.log10(times))
    const shown = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`)
    const wall = perTen(coldLarge.seconds, coldSmall.seconds)
    const cpu = perTen(coldLarge.cpuSeconds, coldSmall.cpuSeconds)
    const peak = coldLarge.peakRss
    console.log(
      `\n${small.articles} → ${large.articles} articles (${times.toFixed(0)}×): cold pnpm build wall ${ratio(coldLarge.seconds, coldSmall.seconds)}, cpu ${ratio(coldLarge.cpuSeconds, coldSmall.cpuSeconds)}; per 10×: wall ${shown(wall)}${verdict(wall, 11)}, cpu ${shown(cpu)}${verdict(cpu, 11)}; plain wall ${ratio((plain[index] as Side).seconds, (plain[index - 1] as Side).seconds)}; peak at ${large.articles}: ${memory(coldLarge)}${peak === null ? '' : peak <= 4 * 2 ** 30 ? ' (target ≤ 4 GiB: met)' : ' (target ≤ 4 GiB: NOT met)'}`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
