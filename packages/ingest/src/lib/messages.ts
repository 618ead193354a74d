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

/**
 * Attach a message to `file` in the house convention: errors are fatal, warnings are not,
 * infos have `fatal: null`; every message has a place, a rule id and `ingest` as its source
 * (unified's convention: `ruleId` does not repeat the source; reporters show both).
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
  // vfile leaves `fatal` undefined for infos; the house convention is null.
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : null
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
