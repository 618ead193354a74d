import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../src/main.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('main', () => {
  it('exits with 2 and a hint for an unknown command', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line))
    expect(await main(['publish'])).toBe(2)
    expect(errors).toEqual([
      'UnknownCommand: There is no command named "publish".',
      '  hint: Run `newsroom --help` to list the commands.',
    ])
  })

  it('exits with 2 when process has no --out', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await main(['process', '--content', 'content'])).toBe(2)
  })

  it('exits with 2 for an unknown option', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line))
    expect(await main(['check', '--colour'])).toBe(2)
    expect(errors[0]).toMatch(/^BadArguments: .*--colour/)
  })

  it('prints the commands with --help', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line))
    expect(await main(['--help'])).toBe(0)
    for (const command of ['process', 'check', 'build', 'new', 'eval'])
      expect(lines[0]).toContain(`  ${command} `)
  })
})
