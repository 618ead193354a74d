import { type Command, type OptionValues, stringOption } from '../command.js'
import { cliErrors } from '../errors.js'
import { type ProcessResult, processContent } from '../process-content.js'
import { contentLabel, printReport } from '../run-report.js'

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

export function parseJobs(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number.parseInt(value, 10)
  if (!Number.isInteger(jobs) || jobs < 1 || String(jobs) !== value.trim()) {
    throw cliErrors.badArguments(
      command,
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

/**
 * Process the content folder named by the options (into `outDir`, when given), print the
 * diagnostics, and return the result with the exit code the diagnostics call for.
 */
export async function runProcessing(
  command: string,
  values: OptionValues,
  outDir: string | undefined,
): Promise<{ result: ProcessResult; code: number; content: string }> {
  const content = stringOption(values, 'content') ?? 'content'
  const result = await processContent({
    contentDir: content,
    outDir,
    cacheDir: values['no-cache'] === true ? false : undefined,
    jobs: parseJobs(command, stringOption(values, 'jobs')),
    onProgress: progressPrinter(),
  })
  const code = printReport(result.report, {
    strict: values.strict === true,
    verbose: values.verbose === true,
    contentLabel: contentLabel(content),
  })
  return { result, code, content }
}
