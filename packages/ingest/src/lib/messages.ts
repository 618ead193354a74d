import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Front-matter or data field the message is about, as a dotted path (`overrides.addTopics`). */
    field?: string
  }
}

/** A 1-based place in the original file. */
export interface Place {
  line: number
  column: number
}

export type Severity = 'error' | 'warning' | 'info'

export interface ReportOptions {
  /** Rule id (`empty-file`); the source, `ingest`, is a separate field. */
  rule: string
  place?: Place | undefined
  field?: string | undefined
  /** What to do about it. */
  note?: string | undefined
  actual?: string | undefined
  expected?: string[] | undefined
}

export const startOfFile: Place = Object.freeze({ line: 1, column: 1 })

/** The README section that explains a rule: the clutter rules' table, or the diagnostics'. */
function ruleUrl(rule: string): string {
  const section = rule.startsWith('clutter-') ? 'clutter-rules' : 'diagnostics'
  return `https://github.com/newsroom/newsroom/tree/main/packages/ingest#${section}`
}

/**
 * Attach a message to `file` as unified's plugins do: errors are fatal, warnings are not
 * (`fatal: false`), infos leave `fatal` undefined, as `file.info()` makes them; every message has
 * a place, a rule id, `ingest` as its source (the rule id does not repeat it; reporters show
 * both) and the `url` of the README section that explains the rule.
 */
export function report(
  file: VFile,
  severity: Severity,
  reason: string,
  options: ReportOptions,
): VFileMessage {
  const settings = {
    place: { ...(options.place ?? startOfFile) },
    ruleId: options.rule,
    source: 'ingest',
  }
  const message = severity === 'info' ? file.info(reason, settings) : file.message(reason, settings)
  if (severity === 'error') message.fatal = true
  message.url = ruleUrl(options.rule)
  if (options.field !== undefined) message.field = options.field
  if (options.note !== undefined) message.note = options.note
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  return message
}

/** Whether any error was reported on `file`. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/** A text quoted in a message, cut to `limit` characters with an ellipsis when longer. */
export function shorten(text: string, limit = 80): string {
  return text.length > limit ? `${text.slice(0, limit - 3)}…` : text
}
