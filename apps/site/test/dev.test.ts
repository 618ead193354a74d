import { type ChildProcess, spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteRoot } from '../scripts/lib/run-command.js'

/**
 * `pnpm dev` (scripts/dev.ts) on a copy of two fixture articles, with its own data, cache and
 * output folders: an edit shows on the served site, a broken file shows its diagnostic and the
 * site keeps its last good pages.
 */

let workDir: string
let contentDir: string
let dev: ChildProcess
let output = ''
let origin = ''

/** Wait until `check` passes, polling; fail with what the dev server printed. */
async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 50_000
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Timed out waiting for ${what}. The dev server printed:\n${output}`)
}

const served = async (url: string) => {
  const response = await fetch(`${origin}${url}`)
  return response.ok ? response.text() : ''
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-dev-'))
  contentDir = path.join(workDir, 'content')
  await mkdir(contentDir)
  for (const name of ['library-hours.md', 'storm-season.md']) {
    await copyFile(
      path.join(siteRoot, 'test', 'fixtures', 'content', name),
      path.join(contentDir, name),
    )
  }
  // A port of its own, away from the default and from other runs.
  const port = 20_000 + (process.pid % 20_000)
  dev = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      path.join(siteRoot, 'scripts', 'dev.ts'),
      '--port',
      String(port),
      `--output=${path.join(workDir, 'site')}`,
    ],
    {
      cwd: siteRoot,
      env: {
        ...process.env,
        NEWSROOM_CONTENT: contentDir,
        NEWSROOM_DATA: path.join(workDir, 'data'),
        NEWSROOM_CACHE: path.join(workDir, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const collect = (chunk: string) => {
    output += chunk
  }
  dev.stdout?.setEncoding('utf8').on('data', collect)
  dev.stderr?.setEncoding('utf8').on('data', collect)
  await eventually(() => /Server at (http:\/\/localhost:\d+)/.test(output), 'the server')
  origin = /Server at (http:\/\/localhost:\d+)/.exec(output)?.[1] ?? ''
})

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve))
    dev.kill('SIGTERM')
    await exited
  }
  await rm(workDir, { recursive: true, force: true })
})

describe('pnpm dev', () => {
  it('serves the site of the content folder', async () => {
    expect(await served('/articles/')).toContain('Town library extends its evening hours')
  })

  it('processes an edited file again, alone, and serves the new page', async () => {
    const file = path.join(contentDir, 'library-hours.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('nine in the evening', 'ten in the evening'))
    await eventually(
      async () => (await served('/articles/')).includes('ten in the evening'),
      'the edited article',
    )
    // The other article came from the cache.
    expect(output).toMatch(/processed 2 article\(s\) \(1 from the cache, 0 failed\)/)
  })

  it('shows the diagnostic of a broken file and keeps the last good page', async () => {
    const file = path.join(contentDir, 'storm-season.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('title: Forecasters', 'title: [Forecasters'))
    await eventually(() => output.includes('has errors'), 'the diagnostic')
    expect(output).toMatch(/storm-season\.md:\d+:\d+ {2}error {2}.+ingest\/front-matter-syntax/)
    expect(await served('/articles/forecasters-warn-of-a-stormier-spring-on-the-coast/')).toContain(
      'Forecasters warn of a stormier spring on the coast',
    )
    await writeFile(file, text.replace('stormier spring', 'stormier, wetter spring'))
    await eventually(
      async () => (await served('/articles/')).includes('stormier, wetter spring'),
      'the fixed article',
    )
  })
})
