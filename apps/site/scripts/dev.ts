import { type ChildProcess, spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { styleText } from 'node:util'
import { processContent } from '@newsroom/cli'
import type { Diagnostic } from '@newsroom/schema'
import { siteUrlFrom } from '../lib/site-settings.js'
import { devOutput } from './lib/dev-output.js'
import { displayPath } from './lib/display-path.js'
import { siteRoot } from './lib/run-command.js'

/**
 * `pnpm dev`: the site served by Eleventy with live reload, following the content folder. Each
 * change to a content file is processed again (through the article cache, so only the changed
 * files are enriched); when the changed files process without errors, the data is written and
 * Eleventy rebuilds and reloads the browser. A file with errors gets its diagnostics in the
 * terminal and the site stays as it was until it is fixed.
 *
 * The site and its data are written into a temporary folder of its own, removed when dev stops:
 * never into `_site` (see `dev-output.ts`), nor into `.newsroom`, the data `pnpm build` publishes
 * (dev may follow another content folder, whose stories would then be built into the site).
 *
 * Settings: NEWSROOM_CONTENT (default: the repository's `content/`), NEWSROOM_DATA (default: a
 * folder in its own), NEWSROOM_CACHE (default: the article cache of `newsroom process`).
 * Arguments go to `eleventy --serve` (`--port 8081`, `--output <dir>`: a folder of the user's,
 * kept).
 */

const contentDir = path.resolve(
  siteRoot,
  process.env.NEWSROOM_CONTENT ?? path.join('..', '..', 'content'),
)
// The article cache `newsroom process` uses from this folder, unless NEWSROOM_CACHE names another.
const cacheDir = path.resolve(
  siteRoot,
  process.env.NEWSROOM_CACHE ?? path.join('node_modules', '.cache', 'newsroom'),
)
const eleventyBin = path.join(siteRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
// Editors write a file in several steps: wait for them to settle.
const SETTLE_MS = 250

function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = [diagnostic.line, diagnostic.column].filter((part) => part !== null).join(':')
  const file = displayPath(path.join(contentDir, diagnostic.file))
  // Colour only on a terminal.
  const paint = (color: 'red' | 'yellow', text: string) =>
    process.stderr.isTTY ? styleText(color, text) : text
  const severity =
    diagnostic.severity === 'error'
      ? paint('red', 'error')
      : diagnostic.severity === 'warning'
        ? paint('yellow', 'warning')
        : 'info'
  const hint = diagnostic.hint ? `\n    ${diagnostic.hint}` : ''
  return `${file}${place ? `:${place}` : ''}  ${severity}  ${diagnostic.message}  ${diagnostic.ruleId}${hint}`
}

/**
 * Process the content folder; write the data unless one of `changed` has an error.
 *
 * @param dataDir the folder to write the data into
 * @param changed content files (relative to the content folder) that changed; all on the first run
 * @param stamp file to write once the data is replaced, for Eleventy to rebuild on (see `main`)
 * @returns whether the data was written
 */
async function update(
  dataDir: string,
  changed: Set<string> | 'all',
  stamp?: string,
): Promise<boolean> {
  const touches = (file: string) => changed === 'all' || changed.has(file)
  const checked = await processContent({ contentDir, cacheDir })
  const diagnostics = checked.report.diagnostics.filter(
    (diagnostic) => touches(diagnostic.file) && diagnostic.severity !== 'info',
  )
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic))
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  if (errors.length > 0 && changed !== 'all') {
    const files = [
      ...new Set(errors.map((error) => displayPath(path.join(contentDir, error.file)))),
    ]
    console.error(
      `[newsroom] ${files.join(', ')} ${files.length === 1 ? 'has' : 'have'} errors: the site stays as it was until ${files.length === 1 ? 'it is' : 'they are'} fixed.`,
    )
    return false
  }
  // Every article comes from the cache now: this only writes the data.
  const written = await processContent({ contentDir, cacheDir, outDir: dataDir })
  console.log(
    `[newsroom] processed ${written.report.articles} article(s) (${checked.cached} from the cache, ${written.report.failed} failed) into ${displayPath(dataDir)}`,
  )
  // Written once the new data is in place: Eleventy rebuilds on it (see `main`).
  if (stamp) await writeFile(stamp, `${Date.now()}\n`)
  return true
}

async function main(): Promise<void> {
  const given = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  // Refused here with its own message: Eleventy reports only that its config file failed.
  siteUrlFrom(process.env.NEWSROOM_SITE_URL)
  // This run's own folder, removed when it stops: the site it renders (unless `--output` names
  // another folder), its data (unless NEWSROOM_DATA names another) and the stamp below.
  const ownDir = await mkdtemp(path.join(tmpdir(), 'newsroom-dev-'))
  const removeOwnDir = () => rm(ownDir, { recursive: true, force: true })
  const dataDir = process.env.NEWSROOM_DATA
    ? path.resolve(siteRoot, process.env.NEWSROOM_DATA)
    : path.join(ownDir, 'data')
  let args: string[]
  let outDir: string
  try {
    ;({ args, outDir } = devOutput(given, path.join(ownDir, 'site')))
    await update(dataDir, 'all')
  } catch (error) {
    await removeOwnDir()
    throw error
  }

  // `newsroom process` swaps the data folder by renaming it, and a watcher of that folder can lose
  // it in the swap (it saw the old folder deleted and never the new one): Eleventy also follows a
  // file of this script's own, written after each update.
  const stamp = path.join(ownDir, 'data-updated')
  await writeFile(stamp, `${Date.now()}\n`)
  console.log(`[newsroom] rendering into ${displayPath(outDir)}`)

  // Eleventy runs on the same sources and conditions as this script.
  const eleventy: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, eleventyBin, '--serve', '--quiet', ...args],
    {
      cwd: siteRoot,
      env: { ...process.env, NEWSROOM_DATA: dataDir, NEWSROOM_DATA_STAMP: stamp },
      stdio: 'inherit',
    },
  )

  /** Files changed since the last update; null while none is pending. */
  let pending: Set<string> | null = null
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const changed = pending
      pending = null
      if (!changed) return
      running = running.then(async () => {
        try {
          await update(dataDir, changed, stamp)
        } catch (error) {
          console.error(`[newsroom] ${error instanceof Error ? error.message : String(error)}`)
        }
      })
    }, SETTLE_MS)
  }
  const watcher = watch(contentDir, { recursive: true }, (_event, name) => {
    if (!name) return
    const file = name.split(path.sep).join('/')
    // Editor swap and backup files are not content.
    if (file.split('/').some((part) => part.startsWith('.')) || file.endsWith('~')) return
    pending ??= new Set()
    pending.add(file)
    schedule()
  })
  console.log(`[newsroom] following ${displayPath(contentDir)}`)

  const stop = () => {
    watcher.close()
    clearTimeout(timer)
    if (eleventy.exitCode === null) eleventy.kill('SIGINT')
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  eleventy.once('exit', (code) => {
    watcher.close()
    clearTimeout(timer)
    process.exitCode = code ?? 0
    // After the last update: it may still write the stamp.
    void running.finally(removeOwnDir)
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
