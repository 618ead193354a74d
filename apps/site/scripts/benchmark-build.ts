import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { eleventyStep, pagefindStep, processStep, siteFolders } from './lib/build-site.js'
import { fileKinds, measureSite, pageKinds } from './lib/site-figures.js'

const usage = `Build a site from a content folder into a temporary folder and print its figures.

Usage: pnpm --filter @newsroom/site benchmark -- --content <dir> [--jobs <n>] [--keep]

  --content <dir>  folder of content files (raw text, Markdown, HTML, JSON)
  --jobs <n>       articles processed at once (default: one per core)
  --keep           keep the built folder and print where it is`

/**
 * Times each step of a build (process, Eleventy, Pagefind) and counts what it wrote. Processing
 * runs without the article cache, so the figure is the real work on every run.
 */
async function main(): Promise<void> {
  // pnpm passes the `--` of `pnpm benchmark -- --content x` through.
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      jobs: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  if (!values.content) throw new TypeError(`Expected \`--content <dir>\`\n\n${usage}`)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) {
    throw new TypeError(`Expected \`--jobs\` to be a positive integer, not \`${values.jobs}\``)
  }
  // Relative to where `pnpm` was run, not to apps/site where the script runs.
  const contentDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.content)
  const contentFiles = (await readdir(contentDir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile(),
  ).length

  const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-benchmark-'))
  const folders = siteFolders(workDir)
  try {
    const started = performance.now()
    const processed = await processStep({
      contentDir,
      dataDir: folders.dataDir,
      jobs,
      cacheDir: false,
    })
    const processedAt = performance.now()
    await eleventyStep(folders)
    const renderedAt = performance.now()
    await pagefindStep(folders)
    const indexedAt = performance.now()
    const site = await measureSite(folders.siteDir)

    const { report, articles } = processed
    const quotes = articles.reduce((sum, article) => sum + article.quotes.length, 0)
    const pages = pageKinds.reduce((sum, kind) => sum + site.pages[kind], 0)
    const rows: Row[] = [
      ['articles', String(articles.length), `${report.failed} failed`],
      ['quotes', String(quotes)],
      [
        'diagnostics',
        String(report.diagnostics.length),
        `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.info} infos`,
      ],
      [''],
      ['time', ''],
      [
        '  process',
        seconds(processedAt - started),
        jobs === 1 ? '1 job' : jobs ? `${jobs} jobs` : 'one job per core',
      ],
      ['  Eleventy', seconds(renderedAt - processedAt), 'incl. Node and tsx start-up'],
      ['  Pagefind', seconds(indexedAt - renderedAt)],
      ['  total', seconds(indexedAt - started)],
      [''],
      ['pages', String(pages)],
      ...pageKinds
        .filter((kind) => site.pages[kind] > 0)
        .map((kind): Row => [`  ${kind}`, String(site.pages[kind])]),
      [''],
      ['files', String(site.files), size(site.bytes)],
      ...fileKinds.map(
        (kind): Row => [
          `  ${kind}`,
          String(site.byKind[kind].files),
          size(site.byKind[kind].bytes),
        ],
      ),
    ]
    console.log(`${contentDir}: ${contentFiles} content files\n\n${table(rows)}`)
    if (values.keep) console.log(`\nBuilt into ${workDir}`)
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true })
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`
}

function size(bytes: number): string {
  return bytes < 1_000_000
    ? `${(bytes / 1000).toFixed(1)} kB`
    : `${(bytes / 1_000_000).toFixed(2)} MB`
}

/** A line of figures; a label alone is a heading or, empty, a blank line. */
type Row = [label: string, value?: string, note?: string]

/** Left-aligned labels, right-aligned figures, then a note. */
function table(rows: Row[]): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length))
  const valueWidth = Math.max(...rows.map(([, value]) => value?.length ?? 0))
  return rows
    .map(([label, value = '', note = '']) =>
      value === ''
        ? label
        : `${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}  ${note}`.trimEnd(),
    )
    .join('\n')
}

await main()
