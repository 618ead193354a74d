import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { type Command, stringOption } from '../command.js'
import { displayPath } from '../display-path.js'
import { cliErrors } from '../errors.js'
import { runSummary } from '../run-summary.js'
import { escapeControl } from '../terminal-text.js'
import { processingOptions, processingUsage, runProcessing } from './shared-options.js'

function runScript(folder: string, script: string): Promise<number | null> {
  const client = process.env.npm_config_user_agent?.startsWith('pnpm') ? 'pnpm' : 'npm'
  return new Promise((resolveExit, reject) => {
    const child = spawn(client, ['run', script], { cwd: folder, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => resolveExit(code))
  })
}

export const buildCommand: Command = {
  summary: "process the content folder into the site's data folder, then build the site",
  usage: `Usage: newsroom build [--content <dir>] [--site <dir>] [options]

Processes the content into <site>/.newsroom (as \`newsroom process\` does), then runs the site's
\`build\` script (Eleventy and the search index). When an article has errors (or warnings, with
--strict), stops with <site>/.newsroom and the site left as they were.

Options:
  --site <dir>      the site app folder (default: apps/site)
${processingUsage}`,
  options: { ...processingOptions, site: { type: 'string', default: 'apps/site' } },
  async run(values) {
    const site = resolve(stringOption(values, 'site') ?? 'apps/site')
    // A failing run leaves the site's data as it was: the next `eleventy` never sees half of it.
    const data = join(site, '.newsroom')
    const started = performance.now()
    const { result, code } = await runProcessing('build', values, data, true)
    if (code !== 0) {
      console.error(`${escapeControl(displayPath(data))} left as it was; the site was not built`)
      return code
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    console.error(runSummary(result, escapeControl(displayPath(data)), seconds))
    const exit = await runScript(site, 'build')
    if (exit !== 0) throw cliErrors.siteBuildFailed(site, exit)
    return 0
  },
}
