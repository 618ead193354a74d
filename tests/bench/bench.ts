import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { workerV8Flags } from '@newsroom/cli'
import { compareJobs, type JobsComparison } from './jobs.js'
import { bytesByKind, dataKind, siteKind } from './output-bytes.js'
import { type SampleArticle, sampleArticle, sampleArticles } from './sample-articles.js'
import { median, type ThreadSeconds, timedRun } from './timed-run.js'

const usage = `Measure Newsroom on generated articles and print ratios, all from this one run.

Usage: pnpm bench [-- --articles <n>] [--rounds <n>] [--warm-rounds <n>] [--processing] [--keep]

  --articles <n>  articles to generate (default 200). At 200 each worker spends most of its
                  time warming up (loading the pipeline, V8 compiling it), which --jobs 2 pays
                  twice: 800 comes nearer the throughput of a long run
  --rounds <n>    alternating --jobs 1 / --jobs 2 runs to compare (default 3)
  --warm-rounds <n>
                  alternating rounds of bare parsing and processing in one warm process
                  (default 5), counted once it has processed 1,500 articles (two passes at the
                  least), past most of V8's compiling; the rate may still drift down a little
  --processing    measure processing only (parsing, --jobs 1 and 2), not the site's build
  --keep          keep the work folder and print where it is

Runs the built packages (pnpm bench builds them first). Prints: processing words/s against bare
retext-english parsing of the same text, both warm and in CPU time (all threads), as the median of
alternating rounds in one process under the V8 flags of a \`--jobs 1\` worker, and the whole
\`process --jobs 1\` in CPU time, start-up included; --jobs 2 against --jobs 1 (with the cores the main thread, the workers
and V8's helper threads kept busy, and the ratio their CPU time allows on two cores of its own,
for a machine busy with other work, where the wall times' ratio says little); a cold build
(process, Eleventy, Pagefind) against plain Eleventy on the same articles as Markdown; a warm build after adding one article;
peak memory; output bytes by kind.`

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const siteRoot = join(repoRoot, 'apps/site')
const newsroomBin = join(repoRoot, 'packages/cli/bin/newsroom.js')
const eleventyBin = join(siteRoot, 'node_modules/@11ty/eleventy/cmd.cjs')
const pagefindBin = join(siteRoot, 'node_modules/.bin/pagefind')

const node = process.execPath

function countWords(article: SampleArticle): number {
  return [article.title, ...article.paragraphs].join(' ').split(/\s+/).filter(Boolean).length
}

const warmRatesScript = fileURLToPath(new URL('./warm-rates.mjs', import.meta.url))
/**
 * The warm rounds run under the V8 flags of a `--jobs 1` worker, so that they measure processing
 * as `newsroom process` runs it (a lone worker that fills the cores, on one core, tiers leanly as
 * `processContent` decides): without them V8 inlines callees into each large function and
 * compiles them again and again (issue 11, proc17: some 17% more instructions in processing,
 * 1% in bare parsing), work a worker does not do.
 */
const warmFlags = workerV8Flags(1 >= availableParallelism()).split(' ')

/** CPU seconds per round of bare parsing and of processing, warm, from `warm-rates.mjs`. */
interface WarmRates {
  parse: number[]
  process: number[]
}

/**
 * Bare retext-english parsing against processing (ingest and enrich) of the same text, warm, in
 * CPU seconds, alternating rounds in one process of the built packages (`warm-rates.mjs`). One
 * timed pass of parsing after one warm-up, in wall time, said little: parsing 60,000 words takes
 * some 40 ms once V8 has compiled retext-english fully, several times that on the first passes.
 */
async function warmRates(content: string, rounds: number, scratch: string): Promise<WarmRates> {
  const run = await timedRun(node, [...warmFlags, warmRatesScript, content, String(rounds)], {
    cwd: scratch,
    scratch,
  })
  const line = run.output.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as WarmRates
}

async function writeContent(folder: string, articles: readonly SampleArticle[]): Promise<void> {
  await mkdir(folder, { recursive: true })
  for (const article of articles) await writeFile(join(folder, article.file), article.text)
}

/** A plain Eleventy project: the articles as Markdown pages with one layout. */
async function writePlainProject(folder: string, articles: readonly SampleArticle[]) {
  await mkdir(join(folder, 'src/_includes'), { recursive: true })
  await writeFile(
    join(folder, 'src/_includes/article.njk'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1><p>{{ date }}</p>{{ content | safe }}</main></body></html>\n',
  )
  for (const article of articles)
    await writeFile(join(folder, 'src', article.file.replace(/\.\w+$/, '.md')), article.markdown)
}

const ratio = (value: number) => `${value.toFixed(2)}×`
const seconds = (value: number) => `${value.toFixed(2)} s`
const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`
const size = (bytes: number) =>
  bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(2)} MB`

/** What the second worker adds to the process's peak resident memory. */
const perWorker = (jobs: JobsComparison) =>
  jobs.onePeak === undefined || jobs.twoPeak === undefined ? undefined : jobs.twoPeak - jobs.onePeak

/** The rows on `--jobs 2` against `--jobs 1`: throughput, CPU time, cores in use. */
function jobsRows(jobs: JobsComparison, rounds: number): string[][] {
  const list = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(', ')
  const cores = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2))
  const split = (threads: ThreadSeconds | undefined) =>
    threads === undefined
      ? 'n/a'
      : [threads.main, threads.workers, threads.helpers].map((value) => value.toFixed(2)).join('/')
  return [
    [
      '  --jobs 2 against --jobs 1',
      ratio(jobs.throughput),
      `throughput (wall time of --jobs 1 / --jobs 2), median of ${rounds} pairs (${list(jobs.throughputPairs)})`,
    ],
    [
      '    on cores of its own',
      jobs.cpuBound === undefined ? 'n/a' : ratio(jobs.cpuBound),
      `throughput CPU time allows on 2 cores no other work shares, median of pairs (${list(jobs.cpuBoundPairs)})`,
    ],
    [
      '    CPU time',
      jobs.cpu === undefined ? 'n/a' : ratio(jobs.cpu),
      `CPU seconds of --jobs 2 / --jobs 1 for the same work, all threads (${list(jobs.cpuPairs)})`,
    ],
    [
      '    cores in use',
      `${cores(jobs.oneCores)} / ${cores(jobs.twoCores)}`,
      'CPU seconds / wall seconds of --jobs 1 / --jobs 2, medians',
    ],
    [
      '      main / workers / helpers',
      `${split(jobs.oneThreadCores)}  ${split(jobs.twoThreadCores)}`,
      "the same by thread, --jobs 1 then 2: helpers are V8's compiler and GC threads, libuv's pool",
    ],
    [
      '    peak memory',
      `${megabytes(jobs.onePeak)} / ${megabytes(jobs.twoPeak)}`,
      `resident, --jobs 1 / --jobs 2: one more worker takes ${megabytes(perWorker(jobs))}`,
    ],
    [
      '    load average',
      `${jobs.loadBefore.toFixed(1)} → ${jobs.loadAfter.toFixed(1)}`,
      'one-minute load before and after: above 2 on 2 cores, others share them',
    ],
  ]
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows.reduce<number[]>(
    (max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)),
    [],
  )
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '200' },
      rounds: { type: 'string', default: '3' },
      'warm-rounds': { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      processing: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const count = Number(values.articles)
  const rounds = Number(values.rounds)
  if (!Number.isInteger(count) || count < 2)
    throw new TypeError(`Expected \`--articles\` ≥ 2\n\n${usage}`)
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new TypeError(`Expected \`--rounds\` ≥ 1\n\n${usage}`)
  const warmRounds = Number(values['warm-rounds'])
  if (!Number.isInteger(warmRounds) || warmRounds < 1)
    throw new TypeError(`Expected \`--warm-rounds\` ≥ 1\n\n${usage}`)

  const work = await mkdtemp(join(tmpdir(), 'newsroom-bench-'))
  try {
    const articles = sampleArticles(count)
    const words = articles.reduce((sum, article) => sum + countWords(article), 0)
    const content = join(work, 'content')
    await writeContent(content, articles)
    const log = (line: string) => process.stderr.write(`${line}\n`)
    log(`${count} articles, ${words} words in ${work}`)

    const run = (
      command: string,
      runArgs: string[],
      env: Record<string, string> = {},
      cwd = work,
    ) => timedRun(command, runArgs, { cwd, env, scratch: work })
    const processRun = (out: string, extra: string[]) =>
      run(node, [newsroomBin, 'process', '--content', content, '--out', out, ...extra])
    const siteRun = async (data: string, site: string) => {
      const eleventy = await run(
        node,
        [eleventyBin, `--output=${site}`, '--quiet'],
        { NEWSROOM_DATA: data },
        siteRoot,
      )
      const pagefind = await run(pagefindBin, ['--site', site, '--silent'])
      return { eleventy, pagefind }
    }

    log(`bare parsing against processing, warm, ${warmRounds} alternating rounds…`)
    const warmCpu = await warmRates(content, warmRounds, work)

    log(`--jobs 1 against --jobs 2, ${rounds} alternating rounds, no cache…`)
    const jobs = await compareJobs(rounds, (jobCount) =>
      processRun(join(work, `jobs-${jobCount}`), ['--jobs', String(jobCount), '--no-cache']),
    )
    const warmPairs = warmCpu.process.map((cpu, index) => cpu / (warmCpu.parse[index] as number))
    const list = (values: readonly number[]) => values.map((value) => value.toFixed(1)).join(', ')
    const wordsPerSecond = (cpu: number) => `${Math.round(words / cpu)} words/s`
    const wholeCpu = jobs.oneCpuSeconds
    const processingRows = [
      ['processing (CPU time, all threads)', '', ''],
      ['  warm rounds under the V8 flags of a --jobs 1 worker', warmFlags.join(' '), ''],
      ['  bare retext-english parsing, warm', wordsPerSecond(median(warmCpu.parse)), ''],
      [
        '  ingest and enrich, warm',
        wordsPerSecond(median(warmCpu.process)),
        `${ratio(median(warmPairs))} parsing, median of ${warmRounds} rounds (${list(warmPairs)})`,
      ],
      [
        '  newsroom process --jobs 1',
        wholeCpu === undefined ? 'n/a' : wordsPerSecond(wholeCpu),
        wholeCpu === undefined
          ? ''
          : `${ratio(wholeCpu / median(warmCpu.parse))} warm parsing: start-up, workers, writing included`,
      ],
      ...jobsRows(jobs, rounds),
    ]
    const heading = `\n${count} generated articles (${words} words), ${rounds} rounds\n`
    if (values.processing) {
      console.log(heading)
      console.log(table(processingRows))
      if (values.keep) console.log(`\nkept ${work}`)
      return
    }

    log('plain Eleventy on the same articles as Markdown…')
    const plain = join(work, 'plain')
    await writePlainProject(plain, articles)
    const plainRuns: number[] = []
    let plainPeak: number | undefined
    for (let round = 0; round < 2; round++) {
      const result = await run(
        node,
        [eleventyBin, '--input=src', `--output=${join(plain, '_site')}`, '--quiet'],
        {},
        plain,
      )
      plainRuns.push(result.seconds)
      plainPeak = result.peakRss
    }
    const plainSeconds = Math.min(...plainRuns)

    log('cold build: process (empty cache), Eleventy, Pagefind…')
    const data = join(work, 'data')
    const site = join(work, 'site')
    const coldProcess = await processRun(data, [])
    const cold = await siteRun(data, site)
    const coldSeconds = coldProcess.seconds + cold.eleventy.seconds + cold.pagefind.seconds

    log('warm build after adding one article…')
    const added = sampleArticle(count)
    await writeFile(join(content, added.file), added.text)
    const warmProcess = await processRun(data, [])
    const warm = await siteRun(data, site)
    const warmSeconds = warmProcess.seconds + warm.eleventy.seconds + warm.pagefind.seconds
    const fromCache = /\((\d+) from cache/.exec(warmProcess.output)?.[1] ?? '?'

    const bytes = await bytesByKind([
      [data, dataKind],
      [site, siteKind],
    ])
    const total = [...bytes.values()].reduce((sum, kind) => sum + kind.bytes, 0)
    const siteBytes = [...bytes]
      .filter(([kind]) => kind.startsWith('site:'))
      .reduce((sum, [, kind]) => sum + kind.bytes, 0)
    const feedBytes = bytes.get('site: feeds')?.bytes ?? 0

    console.log(heading)
    console.log(
      table([
        ...processingRows,
        ['', '', ''],
        ['build', '', ''],
        ['  plain Eleventy, Markdown', seconds(plainSeconds), '1.00×'],
        [
          '  cold build',
          seconds(coldSeconds),
          `${ratio(coldSeconds / plainSeconds)} plain Eleventy`,
        ],
        ['    process', seconds(coldProcess.seconds), ratio(coldProcess.seconds / plainSeconds)],
        [
          '    Eleventy',
          seconds(cold.eleventy.seconds),
          ratio(cold.eleventy.seconds / plainSeconds),
        ],
        [
          '    Pagefind',
          seconds(cold.pagefind.seconds),
          ratio(cold.pagefind.seconds / plainSeconds),
        ],
        [
          '  warm build, one article added',
          seconds(warmSeconds),
          `${ratio(warmSeconds / plainSeconds)} plain Eleventy; ${fromCache} of ${count + 1} from cache`,
        ],
        ['    process', seconds(warmProcess.seconds), ratio(warmProcess.seconds / plainSeconds)],
        [
          '    Eleventy',
          seconds(warm.eleventy.seconds),
          ratio(warm.eleventy.seconds / plainSeconds),
        ],
        ['', '', ''],
        ['peak memory', '', ''],
        ['  process --jobs 1', megabytes(jobs.onePeak), ''],
        ['  process --jobs 2', megabytes(jobs.twoPeak), ''],
        ['  process, cold', megabytes(coldProcess.peakRss), ''],
        ['  Eleventy, cold', megabytes(cold.eleventy.peakRss), ''],
        ['  plain Eleventy', megabytes(plainPeak), ''],
        ['', '', ''],
        [
          'output',
          `${size(total)}`,
          `feeds ${((feedBytes / Math.max(1, siteBytes)) * 100).toFixed(1)}% of the site`,
        ],
        ...[...bytes].map(([kind, { files, bytes: kindBytes }]) => [
          `  ${kind}`,
          size(kindBytes),
          `${files} files`,
        ]),
      ]),
    )
    if (values.keep) console.log(`\nkept ${work}`)
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true })
  }
}

await main()
