import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Diagnostic, Publication, Report } from '@newsroom/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { argsOf, type HostileCase, hostileCases } from './cases.js'
import { probeFaults, unmountAllUnder } from './faults.js'
import { runCli } from './run-cli.js'
import {
  copyScene,
  goodArticles,
  type Scene,
  sceneAt,
  snapshot,
  swapLeftovers,
  writeFiles,
} from './scene.js'

// The earlier good run is dated in the past: a published case must carry its dates forward.
const baselineDay = '2020-01-01'
const baselineEpoch = String(Date.parse(`${baselineDay}T12:00:00Z`) / 1000)

const support = await probeFaults()
let work: string
let baseline: Scene

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'newsroom-hostile-'))
  baseline = sceneAt(join(work, 'baseline'))
  await writeFiles(
    baseline.content,
    Object.fromEntries(goodArticles.map((article) => [article.file, article.text])),
  )
  const run = await runCli(
    ['process', '--content', 'content', '--out', 'out', '--cache', 'cache'],
    { cwd: baseline.root, env: { SOURCE_DATE_EPOCH: baselineEpoch } },
  )
  expect(run.code, run.stderr).toBe(0)
}, 300_000)

afterAll(async () => {
  await unmountAllUnder(work)
  await rm(work, { recursive: true, force: true })
})

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

const folderName = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()

/** Run one case in a new scene; return the diagnostics of the case's own files. */
async function runCase(test: HostileCase, jobs: string | undefined): Promise<Diagnostic[]> {
  const scene = await copyScene(baseline, join(work, `${folderName(test.name)}-${jobs ?? 'n'}`))
  const files = typeof test.files === 'function' ? test.files() : (test.files ?? {})
  await writeFiles(scene.content, files)
  const undo = await test.arrange?.(scene)
  try {
    const before = await snapshot(scene.root, ['cache'])
    const run = await runCli([...argsOf(test, scene), ...(jobs ? ['--jobs', jobs] : [])], {
      cwd: test.cwd?.(scene) ?? scene.root,
    })
    const said = `exit ${run.code}\n${run.stderr}`
    if (test.code !== 'any') expect(run.code, said).toBe(test.code)
    else expect([0, 1], said).toContain(run.code)
    if (test.printed) expect(run.stderr).toMatch(test.printed)
    expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(await swapLeftovers(scene), 'no staging folder left behind').toEqual([])

    let diagnostics: Diagnostic[] = []
    if (test.output === 'unchanged') {
      expect(await snapshot(scene.root, ['cache']), 'the run changed nothing').toEqual(before)
      if (test.diagnostic) {
        expect(run.stderr).toContain(test.diagnostic.file)
        expect(run.stderr).toContain(test.diagnostic.ruleId)
      }
    } else {
      const report = await readJson<Report>(join(scene.out, 'report.json'))
      const published = await readJson<Publication>(join(scene.out, 'published.json'))
      for (const article of goodArticles) {
        const record = published.articles.find((entry) => entry.sourceFile === article.file)
        expect(record, `${article.file} published`).toBeDefined()
        expect(record?.firstSeen, 'first-seen dates carried forward').toBe(baselineDay)
        await readFile(join(scene.out, 'articles', `${record?.slug}.json`))
        expect(
          report.diagnostics.filter((d) => d.file === article.file && d.severity === 'error'),
        ).toEqual([])
      }
      diagnostics = report.diagnostics.filter((diagnostic) => diagnostic.file in files)
      if (test.diagnostic) {
        const { file, ruleId } = test.diagnostic
        expect(
          report.diagnostics.filter((d) => d.file === file).map((d) => d.ruleId),
          said,
        ).toContain(ruleId)
      }
    }
    await test.check?.(scene, run)
    return diagnostics
  } finally {
    await undo?.()
  }
}

describe('hostile input and faults', () => {
  for (const test of hostileCases) {
    const missing = (test.needs ?? []).filter((need) => !support[need])
    const name = missing.length ? `${test.name} (skipped: needs ${missing.join(', ')})` : test.name
    it.skipIf(missing.length > 0)(
      name,
      async () => {
        if (!test.jobsAlike) {
          await runCase(test, undefined)
          return
        }
        const one = await runCase(test, '1')
        const two = await runCase(test, '2')
        expect(two, 'the same diagnostics with --jobs 1 and --jobs 2').toEqual(one)
      },
      600_000,
    )
  }
})
