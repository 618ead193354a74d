import { styleText } from 'node:util'
import type { Diagnostic, Severity } from '@newsroom/schema'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { escapeControl } from './terminal-text.js'

/** Fields some of our packages add to VFile messages (ingest: the front-matter field). */
interface MessageExtras {
  field?: string
}

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

function ruleIdOf(message: VFileMessage): string {
  const rule = message.ruleId ?? 'unknown'
  if (rule.includes('/') || !message.source) return rule
  return `${message.source}/${rule}`
}

/** The offset of a message's place in its file's text, when the message has one. */
function offsetOf(message: VFileMessage): number | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start.offset : place.offset
}

/**
 * One diagnostic per VFile message, with the file path relative to the content folder. `relocate`
 * maps a message's offset to the place to report (enrichment messages are placed in the joined
 * block text, not in the content file); `fieldPlaces` places a message without an offset by the
 * field it names (enrichment's messages about override entries: see ingest's `fieldPlaces`).
 */
export function toDiagnostics(
  file: VFile,
  sourceFile: string,
  relocate?: (offset: number) => { line: number; column: number } | undefined,
  fieldPlaces?: Readonly<Record<string, { line: number; column: number }>>,
): Diagnostic[] {
  return file.messages.map((message) => {
    const offset = relocate ? offsetOf(message) : undefined
    const field = (message as VFileMessage & MessageExtras).field
    // A message about a field of the file (an override entry) is placed where the field is written.
    const place =
      offset === undefined
        ? field === undefined || fieldPlaces === undefined || !Object.hasOwn(fieldPlaces, field)
          ? undefined
          : fieldPlaces[field]
        : relocate?.(offset)
    return {
      file: sourceFile,
      line: place ? place.line : relocate ? null : (message.line ?? null),
      column: place ? place.column : relocate ? null : (message.column ?? null),
      severity: severityOf(message),
      message: message.reason,
      ruleId: ruleIdOf(message),
      field: field ?? null,
      hint: message.note ?? null,
      url: message.url ?? null,
    }
  })
}

/** A diagnostic about a file as a whole, for problems found outside the packages (I/O, slugs). */
export function fileDiagnostic(
  file: string,
  severity: Severity,
  ruleId: string,
  message: string,
  hint: string | null = null,
): Diagnostic {
  return { file, line: null, column: null, severity, message, ruleId, field: null, hint, url: null }
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Stable order: by file, then place, then severity and rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    a.ruleId.localeCompare(b.ruleId, 'en') ||
    a.message.localeCompare(b.message, 'en')
  )
}

/** Diagnostics of one rule listed per file; the rest are counted in one more diagnostic. */
export const repeatLimit = 20

/**
 * Keep the first `limit` diagnostics of each rule of one file (in document order) and replace the
 * rest by one diagnostic, at the first one left out, saying how many there are: 100,000 stray
 * quotation marks make a report a person can read, not 100,000 lines.
 */
export function capRepeated(diagnostics: readonly Diagnostic[], limit = repeatLimit): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics)
  const seen = new Map<string, number>()
  const omitted = new Map<string, { first: Diagnostic; count: number; severity: Severity }>()
  const kept: Diagnostic[] = []
  for (const diagnostic of sorted) {
    const key = `${diagnostic.file}\u0000${diagnostic.ruleId}`
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    if (count <= limit) {
      kept.push(diagnostic)
      continue
    }
    const left = omitted.get(key)
    if (!left) omitted.set(key, { first: diagnostic, count: 1, severity: diagnostic.severity })
    else {
      left.count++
      if (severityOrder[diagnostic.severity] < severityOrder[left.severity])
        left.severity = diagnostic.severity
    }
  }
  for (const { first, count, severity } of omitted.values()) {
    kept.push({
      ...first,
      severity,
      message: `${count} more ${first.ruleId} ${count === 1 ? 'diagnostic' : 'diagnostics'} in this file from here on, not listed`,
      field: null,
      url: null,
      hint: `Only the first ${limit} diagnostics of a rule are listed per file; fix those and run again.`,
    })
  }
  return kept.sort(compareDiagnostics)
}

export interface FormatOptions {
  color: boolean
  /** Show info messages too (removed clutter and the like). */
  verbose: boolean
}

const severityStyle: Record<Severity, Parameters<typeof styleText>[0]> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
}

/**
 * Compiler-style lines, grouped per file:
 * `content/a.txt:14:3  warning  Unexpected unclosed quotation mark  retext-quotes/unclosed`
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  contentLabel: string,
  options: FormatOptions,
): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text) : text
  const lines: string[] = []
  let currentFile: string | undefined
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'info' && !options.verbose) continue
    if (diagnostic.file !== currentFile) {
      if (currentFile !== undefined) lines.push('')
      currentFile = diagnostic.file
    }
    const place =
      diagnostic.line === null
        ? ''
        : `:${diagnostic.line}${diagnostic.column === null ? '' : `:${diagnostic.column}`}`
    // File names and messages carry text from the content: escaped, they cannot drive the terminal.
    const location = escapeControl(`${contentLabel}${diagnostic.file}${place}`)
    const field = diagnostic.field ? ` (${escapeControl(diagnostic.field)})` : ''
    lines.push(
      `${paint('underline', location)}  ${paint(severityStyle[diagnostic.severity], diagnostic.severity)}  ${escapeControl(diagnostic.message)}${field}  ${paint('dim', escapeControl(diagnostic.ruleId))}`,
    )
    if (diagnostic.hint) lines.push(`  ${paint('dim', `hint: ${escapeControl(diagnostic.hint)}`)}`)
  }
  return lines.join('\n')
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++
  return counts
}

/** "2 errors, 1 warning (3 infos hidden)". */
export function summarize(counts: Record<Severity, number>, verbose: boolean): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const hidden =
    !verbose && counts.info > 0
      ? ` (${plural(counts.info, 'info')} hidden; --verbose shows them)`
      : ''
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${hidden}`
}
