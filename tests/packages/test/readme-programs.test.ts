import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { programBlocks } from '../lib/markdown-programs.js'
import { matchOutput } from '../lib/match-output.js'
import { ProgramFolder } from '../lib/run-program.js'
import { documentedPackages, workspaceRoot } from '../lib/workspace.js'
import { runSkipped, skippedReadmes } from './readme-skips.js'

// Every Markdown file at the top of a package (README.md, PLUGINS.md…), relative to the root.
const markdownFiles = documentedPackages().flatMap((entry) =>
  readdirSync(entry.path)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .map((name) => `${entry.folder}/${name}`),
)
const blocks = markdownFiles.flatMap((file) =>
  programBlocks(readFileSync(join(workspaceRoot, file), 'utf8'), file),
)
const checked = blocks.filter((block) => runSkipped || !skippedReadmes.has(block.file))

describe('README programs run on the built packages and print what their README shows', () => {
  let folder: ProgramFolder
  let typeErrors: Map<string, string[]>

  beforeAll(() => {
    folder = new ProgramFolder()
    typeErrors = folder.typeCheck(checked)
  }, 180_000)

  afterAll(() => folder?.remove())

  it('finds the programs of every package README', () => {
    expect(markdownFiles).toContain('packages/ingest/README.md')
    expect(blocks.length).toBeGreaterThan(5)
    for (const file of skippedReadmes.keys()) {
      expect(existsSync(join(workspaceRoot, file)), `skip list names a missing ${file}`).toBe(true)
    }
  })

  for (const block of blocks) {
    const where = `${block.file}:${block.line}`
    const skipped = runSkipped ? undefined : skippedReadmes.get(block.file)
    const title = `${where} (program ${block.ordinal})${skipped ? `: skipped, ${skipped}` : ''}`
    it.skipIf(skipped !== undefined)(title, async () => {
      if (block.language === 'ts') {
        expect(typeErrors.get(folder.fileName(block)), `${where} does not type-check`).toEqual([])
      }
      const result = await folder.run(block)
      expect(result.exitCode, `${where} failed:\n${result.stderr}`).toBe(0)
      if (block.expected === undefined) {
        expect(result.stdout, `${where} shows no output ("yields:") but prints`).toBe('')
      } else {
        expect(
          matchOutput(result.stdout, block.expected),
          `${where} prints other than its README shows`,
        ).toBe(block.expected)
      }
    })
  }
})
