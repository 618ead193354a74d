import { describe, expect, it } from 'vitest'
import { capRepeated, fileDiagnostic, formatDiagnostics } from '../src/diagnostics.js'
import { displayPath } from '../src/display-path.js'
import { formatDuration, progressLine, progressPrinter } from '../src/progress.js'
import { escapeControl } from '../src/terminal-text.js'

describe('terminal output', () => {
  it('escapes control characters from file names and messages', () => {
    expect(escapeControl('a\u001b[2Jb\nc\td\u0085e\u2028')).toBe('a\\x1b[2Jb\\nc\\td\\x85e\\u2028')
    const text = formatDiagnostics(
      [fileDiagnostic('evil\u001b]0;title\u0007.txt', 'error', 'ingest/empty-file', 'Empty\rfile')],
      'content/',
      { color: false, verbose: false },
    )
    expect(text).toBe('content/evil\\x1b]0;title\\x07.txt  error  Empty\\rfile  ingest/empty-file')
  })

  it('escapes format characters, the field of a diagnostic included, but not the joiners', () => {
    const diagnostic = {
      ...fileDiagnostic('a.json', 'warning', 'ingest/unknown-field', 'Unexpected unknown field'),
      field: 'ti\u202etle\u200b',
    }
    expect(formatDiagnostics([diagnostic], '', { color: false, verbose: false })).toBe(
      'a.json  warning  Unexpected unknown field (ti\\u202etle\\u200b)  ingest/unknown-field',
    )
    // Persian with a zero-width non-joiner, an emoji sequence with a joiner: as written.
    expect(escapeControl('\u0645\u06cc\u200c\u0634\u0648\u062f 👩\u200d🔬')).toBe(
      '\u0645\u06cc\u200c\u0634\u0648\u062f 👩\u200d🔬',
    )
  })

  it('lists the first diagnostics of a rule per file, then says how many more', () => {
    const many = Array.from({ length: 25 }, (_, index) => ({
      ...fileDiagnostic('a.txt', 'warning', 'quotes/unclosed', `mark ${index}`),
      line: index + 1,
      column: 1,
    }))
    const capped = capRepeated(
      [...many, fileDiagnostic('a.txt', 'info', 'ingest/clutter', 'x')],
      20,
    )
    expect(capped).toHaveLength(22)
    expect(capped.filter((d) => d.ruleId === 'quotes/unclosed').at(-1)).toMatchObject({
      line: 21,
      severity: 'warning',
      message: '5 more quotes/unclosed diagnostics in this file from here on, not listed',
    })
  })

  it('shows paths from where the command was run', () => {
    expect(displayPath('/repo/content/a.txt', '/repo')).toBe('content/a.txt')
    expect(displayPath('/repo', '/repo')).toBe('.')
    expect(displayPath('/tmp/x/content', '/repo/apps/site')).toBe('/tmp/x/content')
    // From a workspace package (where a task runner runs scripts), a project path from its root.
    const repo = new URL('../../../', import.meta.url).pathname
    expect(displayPath(`${repo}content/a.txt`, `${repo}apps/site`)).toBe('content/a.txt')
  })

  it('draws progress with count, rate and time left, on a terminal only', () => {
    expect(formatDuration(42)).toBe('42s')
    expect(formatDuration(185)).toBe('3m05s')
    expect(formatDuration(3720)).toBe('1h02m')
    expect(progressLine(100, 1000, 10, 'a.txt', 120)).toBe(
      '[100/1000] 10.0 files/s, about 1m30s left  a.txt',
    )
    expect(progressLine(1, 2, 1, 'x'.repeat(100), 30)).toHaveLength(29)

    const written: string[] = []
    const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) }
    let time = 0
    const print = progressPrinter(stream, {}, () => time)
    if (!print) throw new Error('expected a printer on a terminal')
    print(1, 10, 'a.txt')
    time = 1500
    print(2, 10, 'b.txt')
    time = 1550
    print(3, 10, 'c.txt')
    time = 2000
    print(10, 10, 'j.txt')
    expect(written).toEqual(['\r\u001b[2K[2/10] 1.3 files/s, about 6s left  b.txt', '\r\u001b[2K'])
    expect(progressPrinter({ ...stream, isTTY: false }, {})).toBeUndefined()
    expect(progressPrinter(stream, { CI: 'true' })).toBeUndefined()
  })
})
