import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_DATA_DIR } from '../lib/site-settings.js'
import { devOutput } from '../scripts/lib/dev-output.js'
import { siteRoot } from '../scripts/lib/run-command.js'
import { defaultOutput, SITE_MARKER } from '../scripts/lib/site-manifest.js'

/**
 * `pnpm dev` (scripts/dev.ts) on a copy of two fixture articles, with a cache folder of the
 * test's: it writes its data and renders into a temporary folder of its own, never `.newsroom`
 * or `_site`; an edit shows on the served site, a broken file shows its diagnostic and the site
 * keeps its last good pages.
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

/** The folder dev said it renders into. */
const renderedInto = () => {
  const printed = /\[newsroom\] rendering into (.+)/.exec(output)?.[1]
  if (!printed) throw new Error(`dev did not say where it renders:\n${output}`)
  return path.resolve(siteRoot, printed.trim())
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
    ],
    {
      cwd: siteRoot,
      env: {
        ...process.env,
        NEWSROOM_CONTENT: contentDir,
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

  it('serves the JSON Schemas of the open data, as `pnpm build` publishes them', async () => {
    const schema = JSON.parse((await served('/api/schemas/article.schema.json')) || '{}')
    expect(schema).toMatchObject({ $ref: '#/$defs/Article' })
  })

  it('renders into a folder of its own, not the folder `pnpm build` publishes', () => {
    const outDir = renderedInto()
    expect(outDir).not.toBe(defaultOutput)
    expect(path.relative(tmpdir(), outDir)).not.toMatch(/^\.\.|^\//)
    expect(existsSync(path.join(outDir, 'articles', 'index.html'))).toBe(true)
  })

  it('writes its data beside it, not into the data `pnpm build` publishes', () => {
    const printed = /\] processed .+ into (.+)/.exec(output)?.[1]?.trim()
    if (!printed) throw new Error(`dev did not say where it writes its data:\n${output}`)
    const dataDir = path.resolve(siteRoot, printed)
    expect(dataDir).not.toBe(path.join(siteRoot, DEFAULT_DATA_DIR))
    expect(path.dirname(dataDir)).toBe(path.dirname(renderedInto()))
    expect(existsSync(path.join(dataDir, 'articles'))).toBe(true)
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

  it('removes its folder when it stops', async () => {
    const outDir = renderedInto()
    const exited = new Promise((resolve) => dev.once('exit', resolve))
    dev.kill('SIGTERM')
    await exited
    await eventually(() => !existsSync(path.dirname(outDir)), 'the folder removed')
  })
})

describe('devOutput', () => {
  it('adds a folder of its own when the arguments name none', () => {
    expect(devOutput(['--port', '8081'], '/tmp/own')).toEqual({
      args: ['--port', '8081', '--output=/tmp/own'],
      outDir: '/tmp/own',
    })
  })

  it("keeps the user's folder, resolved from the site folder", () => {
    expect(devOutput(['--output', 'preview'], '/tmp/own').outDir).toBe(
      path.join(siteRoot, 'preview'),
    )
  })

  it('refuses `_site` and any folder a build made', async () => {
    expect(() => devOutput(['--output=_site'], '/tmp/own')).toThrow(/Refusing to serve into/)
    expect(() => devOutput(['--output', defaultOutput], '/tmp/own')).toThrow(/pnpm build/)
    const built = await mkdtemp(path.join(tmpdir(), 'newsroom-site-dev-built-'))
    try {
      await writeFile(path.join(built, SITE_MARKER), '{}\n')
      expect(() => devOutput([`--output=${built}`], '/tmp/own')).toThrow(/Refusing to serve into/)
    } finally {
      await rm(built, { recursive: true, force: true })
    }
  })
})
