import { type Command, type OptionValues, stringOption } from '../command.js'
import { cliErrors } from '../errors.js'
import { type ProcessResult, processContent } from '../process-content.js'
import { progressPrinter } from '../progress.js'
import { contentLabel, exitCodeOf, printReport } from '../run-report.js'

export { progressPrinter }

/** Options every command that processes content takes. */
export const processingOptions = {
  content: { type: 'string', default: 'content' },
  jobs: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  'time-limit': { type: 'string' },
  verbose: { type: 'boolean', short: 'v', default: false },
} satisfies Command['options']

export const processingUsage = `  --content <dir>   folder of content files (default: content)
  --jobs <n>        articles processed at once, in worker threads (default: number of cores,
                    and a worker past the first only for each 256 kB of files to process)
  --cache <dir>     per-article cache folder (default: node_modules/.cache/newsroom)
  --no-cache        ignore and do not write the per-article cache
  --strict          fail on warnings too
  --time-limit <s>  seconds of CPU time one file may take before it is stopped and reported
                    (at most ten times as long in wall time)
                    (default: 60, plus 1 for each 10 kB of the file)
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

export function parseTimeLimit(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0 || value.trim() === '') {
    throw cliErrors.badArguments(
      command,
      new Error(`--time-limit must be a number of seconds above 0, not ${value}`),
    )
  }
  return seconds
}

/**
 * Process the content folder named by the options (into `outDir`, when given), print the
 * diagnostics, and return the result with the exit code the diagnostics call for. With
 * `publishOnlyWhenClean`, the output is written only when that code is 0, so a failing run leaves
 * the previous output as it was.
 */
export async function runProcessing(
  command: string,
  values: OptionValues,
  outDir: string | undefined,
  publishOnlyWhenClean = false,
): Promise<{ result: ProcessResult; code: number; content: string }> {
  const content = stringOption(values, 'content') ?? 'content'
  const strict = values.strict === true
  const result = await processContent({
    contentDir: content,
    outDir,
    publishIf: publishOnlyWhenClean ? (report) => exitCodeOf(report, strict) === 0 : undefined,
    cacheDir: values['no-cache'] === true ? false : stringOption(values, 'cache'),
    jobs: parseJobs(command, stringOption(values, 'jobs')),
    timeLimit: parseTimeLimit(command, stringOption(values, 'time-limit')),
    onProgress: progressPrinter(),
  })
  const code = printReport(result.report, {
    strict,
    verbose: values.verbose === true,
    contentLabel: contentLabel(content),
    notices: result.notices,
  })
  return { result, code, content }
}
