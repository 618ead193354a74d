import { styleText } from 'node:util'
import type { Report } from '@newsroom/schema'
import { formatDiagnostics, summarize } from './diagnostics.js'
import { displayPath } from './display-path.js'
import type { RunNotice } from './process-content.js'
import { escapeControl } from './terminal-text.js'

export interface PrintOptions {
  strict: boolean
  verbose: boolean
  /** Prefix of file paths, so they can be clicked from the terminal (`content/`). */
  contentLabel: string
  /** Problems of the run itself, printed after the files' diagnostics. */
  notices?: readonly RunNotice[]
}

/** The exit code a report calls for: 1 for errors (or warnings, when strict), else 0. */
export function exitCodeOf(report: Report, strict: boolean): number {
  return report.counts.error + (strict ? report.counts.warning : 0) > 0 ? 1 : 0
}

/** Print a run's diagnostics and summary to stderr; return the exit code it calls for. */
export function printReport(report: Report, options: PrintOptions): number {
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR
  const text = formatDiagnostics(report.diagnostics, options.contentLabel, {
    color,
    verbose: options.verbose,
  })
  if (text) console.error(`${text}\n`)
  for (const notice of options.notices ?? []) {
    const severity = color ? styleText('yellow', notice.severity) : notice.severity
    console.error(`${severity}  ${escapeControl(notice.message)}  ${notice.ruleId}`)
    console.error(`  hint: ${escapeControl(notice.hint)}`)
  }
  console.error(summarize(report.counts, options.verbose))
  return exitCodeOf(report, options.strict)
}

/**
 * `content` → `content/`: the prefix that turns a file's path in the report into a path from
 * where the command was run.
 */
export function contentLabel(contentDir: string): string {
  const shown = displayPath(contentDir)
  return shown === '.' ? '' : `${shown.replace(/\/+$/, '')}/`
}
