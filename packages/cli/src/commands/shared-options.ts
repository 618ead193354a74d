import type { Command } from '../command.js'
import { cliErrors } from '../errors.js'

/** Options every command that processes content takes. */
export const processingOptions = {
  content: { type: 'string', default: 'content' },
  jobs: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
} satisfies Command['options']

export const processingUsage = `  --content <dir>   folder of content files (default: content)
  --jobs <n>        articles processed at once, in worker threads (default: number of cores)
  --no-cache        ignore and do not write the per-article cache
  --strict          fail on warnings too
  -v, --verbose     also print info messages (such as the clutter removed)`

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number.parseInt(value, 10)
  if (!Number.isInteger(jobs) || jobs < 1 || String(jobs) !== value.trim()) {
    throw cliErrors.badArguments(
      'process',
      new Error(`--jobs must be a positive integer, not ${value}`),
    )
  }
  return jobs
}

/** Progress on an interactive stderr only, overwritten in place; nothing in logs. */
export function progressPrinter():
  | ((done: number, total: number, file: string) => void)
  | undefined {
  if (!process.stderr.isTTY) return undefined
  return (done, total, file) => {
    process.stderr.clearLine(0)
    process.stderr.cursorTo(0)
    process.stderr.write(done === total ? '' : `[${done}/${total}] ${file}`)
  }
}
