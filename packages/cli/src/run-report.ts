import type { Report } from '@newsroom/schema'
import { formatDiagnostics, summarize } from './diagnostics.js'

export interface PrintOptions {
  strict: boolean
  verbose: boolean
  /** Prefix of file paths, so they can be clicked from the terminal (`content/`). */
  contentLabel: string
}

/** Print a run's diagnostics and summary to stderr; return the exit code it calls for. */
export function printReport(report: Report, options: PrintOptions): number {
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR
  const text = formatDiagnostics(report.diagnostics, options.contentLabel, {
    color,
    verbose: options.verbose,
  })
  if (text) console.error(`${text}\n`)
  console.error(summarize(report.counts, options.verbose))
  const failing = report.counts.error + (options.strict ? report.counts.warning : 0)
  return failing > 0 ? 1 : 0
}

/** `content` → `content/`: the prefix that turns a file's path in the report into a path from here. */
export function contentLabel(contentDir: string): string {
  return contentDir === '.' ? '' : `${contentDir.replace(/\/+$/, '')}/`
}
