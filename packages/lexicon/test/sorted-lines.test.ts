import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SortedLines } from '../src/sorted-lines.js'

const folder = mkdtempSync(join(tmpdir(), 'sorted-lines-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('SortedLines', () => {
  it('finds keys and values, and keeps lines out of order in reach', () => {
    const lines = new SortedLines('amsel\tNN\nbrakka\nzephon\tNNP VB\ncorrin\tJJ\n')
    expect(lines.get('amsel')).toBe('NN')
    expect(lines.get('brakka')).toBe('')
    expect(lines.get('zephon')).toBe('NNP VB')
    expect(lines.get('corrin')).toBe('JJ')
    expect(lines.has('quell')).toBe(false)
  })

  it('reads a file as UTF-8, of ASCII only or not', () => {
    const ascii = join(folder, 'ascii.txt')
    const accented = join(folder, 'accented.txt')
    writeFileSync(ascii, 'brenna\tF\ntomasz\tM\n')
    writeFileSync(accented, 'brenna\tF\nzoë\tF\nłucja\tF\n')
    expect(SortedLines.read(ascii).get('tomasz')).toBe('M')
    const read = SortedLines.read(accented)
    expect(read.get('zoë')).toBe('F')
    expect(read.get('łucja')).toBe('F')
  })
})
