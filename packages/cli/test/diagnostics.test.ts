import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  compareDiagnostics,
  countBySeverity,
  fileDiagnostic,
  formatDiagnostics,
  summarize,
  toDiagnostics,
} from '../src/diagnostics.js'

describe('diagnostics', () => {
  it('turns VFile messages into diagnostics with severity, place and rule', () => {
    const file = new VFile({ path: 'a.txt', value: 'x' })
    const error = file.message('Expected a title line', {
      place: { line: 1, column: 1 },
      ruleId: 'missing-title',
      source: 'ingest',
    })
    error.fatal = true
    error.note = 'Put the title on the first line.'
    file.message('Unexpected unclosed quotation mark', {
      place: { line: 14, column: 3 },
      ruleId: 'unclosed',
      source: 'retext-quotes',
    }).url = 'https://example.org/retext-quotes#unclosed'
    file.info('Removed comment widget', { ruleId: 'ingest/clutter-comments' })
    const diagnostics = toDiagnostics(file, 'news/a.txt')
    expect(diagnostics).toEqual([
      {
        file: 'news/a.txt',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'Expected a title line',
        ruleId: 'ingest/missing-title',
        field: null,
        hint: 'Put the title on the first line.',
        url: null,
      },
      {
        file: 'news/a.txt',
        line: 14,
        column: 3,
        severity: 'warning',
        message: 'Unexpected unclosed quotation mark',
        ruleId: 'retext-quotes/unclosed',
        field: null,
        hint: null,
        url: 'https://example.org/retext-quotes#unclosed',
      },
      {
        file: 'news/a.txt',
        line: null,
        column: null,
        severity: 'info',
        message: 'Removed comment widget',
        ruleId: 'ingest/clutter-comments',
        field: null,
        hint: null,
        url: null,
      },
    ])
    expect(countBySeverity(diagnostics)).toEqual({ error: 1, warning: 1, info: 1 })
  })

  it('prints like a compiler, grouped per file, infos only when verbose', () => {
    const diagnostics = [
      fileDiagnostic('b.md', 'warning', 'cli/duplicate-slug', 'Slug x is already used'),
      {
        ...fileDiagnostic(
          'a.txt',
          'warning',
          'retext-quotes/unclosed',
          'Unexpected unclosed quotation mark',
        ),
        line: 14,
        column: 3,
      },
      fileDiagnostic('a.txt', 'info', 'ingest/clutter', 'Removed 3 lines'),
    ].sort(compareDiagnostics)
    expect(formatDiagnostics(diagnostics, 'content/', { color: false, verbose: false })).toBe(
      'content/a.txt:14:3  warning  Unexpected unclosed quotation mark  retext-quotes/unclosed\n\ncontent/b.md  warning  Slug x is already used  cli/duplicate-slug',
    )
    expect(formatDiagnostics(diagnostics, '', { color: false, verbose: true })).toContain(
      'a.txt  info  Removed 3 lines  ingest/clutter',
    )
    expect(summarize(countBySeverity(diagnostics), false)).toBe(
      '0 errors, 2 warnings (1 info hidden; --verbose shows them)',
    )
  })
})
