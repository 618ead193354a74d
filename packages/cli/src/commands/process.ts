import { type Command, stringOption } from '../command.js'
import { displayPath } from '../display-path.js'
import { cliErrors } from '../errors.js'
import { runSummary } from '../run-summary.js'
import { escapeControl } from '../terminal-text.js'
import { processingOptions, processingUsage, runProcessing } from './shared-options.js'

export const processCommand: Command = {
  summary: 'ingest and enrich the content folder; write article JSON, indexes and a report',
  usage: `Usage: newsroom process --content <dir> --out <dir> [options]

Writes <out>/articles/<slug>.json for each article, <out>/speakers.json, <out>/topics.json and
<out>/report.json (every diagnostic) and <out>/published.json (each article's slug and first-seen
date, carried forward so that URLs stay put). The output folder is replaced as a whole, once every
article has been processed, and only when it is new, empty or an earlier output: never the content
folder, a folder holding it, or a folder of other files. Exits with 1 when a file has errors (the
others are still written), 2 when the output folder is refused or cannot be written (the previous
output is then left whole). Their fields are described in packages/schema/README.md and the JSON
Schemas of packages/schema/schemas/, which a built site publishes under /api/schemas/ (all but
published.json's).

Options:
  --out <dir>       output folder (required)
${processingUsage}`,
  options: { ...processingOptions, out: { type: 'string' } },
  async run(values) {
    const out = stringOption(values, 'out')
    if (out === undefined) throw cliErrors.missingOption('process', 'out')
    const started = performance.now()
    const { result, code } = await runProcessing('process', values, out)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    console.error(runSummary(result, escapeControl(displayPath(out)), seconds))
    return code
  },
}
