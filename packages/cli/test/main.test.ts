import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../src/main.js'
import { pipelineVersion } from '../src/pipeline-version.js'

const repository = fileURLToPath(new URL('../../../', import.meta.url))

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

  it('prints its version and the pipeline version a report carries with --version', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line))
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string }
    expect(await main(['--version'])).toBe(0)
    expect(lines).toEqual([`newsroom ${version} (pipeline ${await pipelineVersion()})`])
  })

  it('says where the output format is described, in --help and process --help', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line))
    await main(['--help'])
    await main(['process', '--help'])
    const [general, processHelp] = lines
    expect(general).toContain('packages/schema/README.md')
    expect(processHelp).toContain('packages/schema/README.md')
    expect(processHelp).toContain('packages/schema/schemas/')
    // The site publishes the schema of every file but published.json, which it does not publish.
    for (const help of [general, processHelp])
      expect(help?.replace(/\s+/g, ' ')).toContain(
        "publishes under /api/schemas/ (all but published.json's)",
      )
    // The places named exist, with a JSON Schema of the article in them.
    expect(existsSync(`${repository}packages/schema/README.md`)).toBe(true)
    expect(existsSync(`${repository}packages/schema/schemas/article.schema.json`)).toBe(true)
  })
})
