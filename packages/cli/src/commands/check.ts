import { type Command, stringOption } from '../command.js'
import { toJsonText } from '../json.js'
import { processContent } from '../process-content.js'
import { contentLabel, printReport } from '../run-report.js'
import { parseJobs, processingOptions, processingUsage, progressPrinter } from './shared-options.js'

export const checkCommand: Command = {
  summary: 'ingest and enrich the content folder, list every problem, write nothing',
  usage: `Usage: newsroom check [--content <dir>] [options]

Lists every problem of every content file, like a compiler. Exits with 1 when a file has errors
(or warnings, with --strict).

Options:
  --json            print the report as JSON on stdout
${processingUsage}`,
  options: { ...processingOptions, json: { type: 'boolean', default: false } },
  async run(values) {
    const content = stringOption(values, 'content') ?? 'content'
    const result = await processContent({
      contentDir: content,
      cacheDir: values['no-cache'] === true ? false : undefined,
      jobs: parseJobs(stringOption(values, 'jobs')),
      onProgress: progressPrinter(),
    })
    if (values.json === true) process.stdout.write(toJsonText(result.report))
    return printReport(result.report, {
      strict: values.strict === true,
      verbose: values.verbose === true,
      contentLabel: contentLabel(content),
    })
  },
}
