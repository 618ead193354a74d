import type { Command } from '../command.js'
import { toJsonText } from '../json.js'
import { processingOptions, processingUsage, runProcessing } from './shared-options.js'

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
    const { result, code } = await runProcessing('check', values, undefined)
    if (values.json === true) process.stdout.write(toJsonText(result.report))
    return code
  },
}
