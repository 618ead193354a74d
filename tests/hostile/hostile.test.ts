import { watch } from 'node:fs'
import { mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article, Diagnostic, Publication, Report } from '@newsroom/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { argsOf, defaultArgs, type HostileCase, hostileCases } from './cases.js'
import { contentCases } from './content-cases.js'
import { probeFaults, unmountAllUnder } from './faults.js'
import { CliHosts, type CliRun, runCli } from './run-cli.js'
import {
  copyScene,
  goodArticles,
  type Scene,
  sceneAt,
  snapshot,
  swapLeftovers,
  writeFiles,
} from './scene.js'

/** Preload that makes the output swap wait, for the test that kills a run during it. */
const slowSwap = new URL('./slow-swap.mjs', import.meta.url).href
// The earlier good run is dated in the past: a published case must carry its dates forward.
const baselineDay = '2020-01-01'
const baselineEpoch = String(Date.parse(`${baselineDay}T12:00:00Z`) / 1000)

const support = await probeFaults()
let work: string
let baseline: Scene
let baselinePublication: Publication
let contentRuns: Promise<Map<'1' | '2', ContentRun>>
/**
 * Three processes run the suite's CLI commands, loading the CLI once each rather than once a run;
 * runs that must own a process (killed, or checked to exit by themselves) use runCli.
 */
let host: CliHosts

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'newsroom-hostile-'))
  host = new CliHosts(3)
  baseline = sceneAt(join(work, 'baseline'))
  await writeFiles(
    baseline.content,
    Object.fromEntries(goodArticles.map((article) => [article.file, article.text])),
  )
  const run = await runCli(
    ['process', '--content', 'content', '--out', 'out', '--cache', 'cache', '--jobs', '1'],
    { cwd: baseline.root, env: { SOURCE_DATE_EPOCH: baselineEpoch } },
  )
  expect(run.code, run.stderr).toBe(0)
  baselinePublication = await readJson<Publication>(join(baseline.out, 'published.json'))
  contentRuns = processContentFiles()
  // Awaited by the content-file tests; a failure is theirs, not an unhandled rejection.
  contentRuns.catch(() => {})
}, 300_000)

afterAll(async () => {
  await host?.close()
  await unmountAllUnder(work)
  await rm(work, { recursive: true, force: true })
})

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

interface ContentRun {
  scene: Scene
  run: CliRun
  report: Report
}

/** A scene holding every hostile content file beside the good articles (and a link, a huge file). */
async function contentScene(jobs: '1' | '2'): Promise<Scene> {
  const scene = await copyScene(baseline, join(work, `content-files-${jobs}`))
  await writeFiles(
    scene.content,
    Object.fromEntries(contentCases.map((test) => [test.file, test.contents()])),
  )
  // A title that gives the slug of a published article, in a file that sorts first.
  const first = goodArticles[0]
  if (!first) throw new Error('no good article')
  await writeFile(join(scene.content, '0-same-title.txt'), first.text)
  await writeFile(
    join(scene.root, 'outside.txt'),
    'Outside Harbour Article\n\nThe ferry will run late on Monday, said Ada Quillon.\n',
  )
  await symlink(join(scene.root, 'outside.txt'), join(scene.content, 'linked.txt'))
  // Past the size limit, without writing its bytes: it must be refused unread.
  await writeFile(join(scene.content, 'oversized.txt'), '')
  await truncate(join(scene.content, 'oversized.txt'), 11 * 1024 * 1024)
  return scene
}

/**
 * The content files processed with `--jobs 2` (a process of its own: it must exit by itself) and
 * with `--jobs 1` (in a host), both at once and while the fault cases run.
 */
async function processContentFiles(): Promise<Map<'1' | '2', ContentRun>> {
  const [one, two] = await Promise.all([contentScene('1'), contentScene('2')])
  const [runOne, runTwo] = await Promise.all([
    host.run(defaultArgs(one), { cwd: one.root }),
    runCli([...defaultArgs(two).slice(0, -2), '--jobs', '2'], { cwd: two.root }),
  ])
  const runs = new Map<'1' | '2', ContentRun>()
  for (const [jobs, scene, run] of [
    ['1', one, runOne],
    ['2', two, runTwo],
  ] as const) {
    runs.set(jobs, { scene, run, report: await readJson<Report>(join(scene.out, 'report.json')) })
  }
  return runs
}

const folderName = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

/** Every good article is published from `out`, with its slug and first-seen date of the baseline. */
async function expectGoodArticlesPublished(out: string): Promise<void> {
  const report = await readJson<Report>(join(out, 'report.json'))
  const published = await readJson<Publication>(join(out, 'published.json'))
  for (const article of goodArticles) {
    const record = published.articles.find((entry) => entry.sourceFile === article.file)
    const before = baselinePublication.articles.find((entry) => entry.sourceFile === article.file)
    expect(record, `${article.file} published`).toBeDefined()
    expect(record?.firstSeen, 'first-seen dates carried forward').toBe(baselineDay)
    expect(record?.slug, 'a published URL stays put').toBe(before?.slug)
    await readFile(join(out, 'articles', `${record?.slug}.json`))
    expect(
      report.diagnostics.filter((d) => d.file === article.file && d.severity === 'error'),
    ).toEqual([])
  }
}

/** Run one fault case in a new scene. */
async function runCase(test: HostileCase): Promise<void> {
  const scene = await copyScene(baseline, join(work, folderName(test.name)))
  const files = typeof test.files === 'function' ? test.files() : (test.files ?? {})
  await writeFiles(scene.content, files)
  const undo = await test.arrange?.(scene)
  try {
    const before = await snapshot(scene.root, ['cache'])
    const run = await host.run(argsOf(test, scene), { cwd: test.cwd?.(scene) ?? scene.root })
    const said = `exit ${run.code}\n${run.stderr}`
    expect(run.code, said).toBe(test.code)
    if (test.printed) expect(run.stderr).toMatch(test.printed)
    expectNoStackTrace(run)
    expect(await swapLeftovers(scene), 'no staging folder left behind').toEqual([])

    if (test.output === 'unchanged') {
      expect(await snapshot(scene.root, ['cache']), 'the run changed nothing').toEqual(before)
      if (test.diagnostic) {
        expect(run.stderr).toContain(test.diagnostic.file)
        expect(run.stderr).toContain(test.diagnostic.ruleId)
      }
    } else {
      await expectGoodArticlesPublished(scene.out)
      if (test.diagnostic) {
        const { file, ruleId } = test.diagnostic
        const report = await readJson<Report>(join(scene.out, 'report.json'))
        expect(
          report.diagnostics.filter((d) => d.file === file).map((d) => d.ruleId),
          said,
        ).toContain(ruleId)
      }
    }
    await test.check?.(scene, run)
  } finally {
    await undo?.()
  }
}

// Each case has a scene of its own: they run at once in the hosts (beside the content-file runs).
describe.concurrent('hostile runs and faults', () => {
  for (const test of hostileCases) {
    const missing = (test.needs ?? []).filter((need) => !support[need])
    const name = missing.length ? `${test.name} (skipped: needs ${missing.join(', ')})` : test.name
    it.skipIf(missing.length > 0)(name, () => runCase(test), 600_000)
  }

  it('killed (SIGKILL) while writing its output: the previous output stays whole', async () => {
    const scene = await copyScene(baseline, join(work, 'killed'))
    await writeFiles(scene.content, {
      'late.txt': 'Late Harbour Notice\n\nThe ferry will run late on Monday, said Ada Quillon.\n',
    })
    const before = await snapshot(scene.out)
    let killed = false
    const watcher = watch(scene.root)
    const run = await runCli(defaultArgs(scene), {
      cwd: scene.root,
      // The swap waits 10 s (a slow disk), so the kill lands while staging exists however fast
      // the run writes; without the wait it could finish before the signal arrived.
      env: { NODE_OPTIONS: `--import ${slowSwap}` },
      onSpawn: (child) => {
        watcher.on('change', (_event, name) => {
          if (!killed && String(name).startsWith('.out.staging-')) {
            killed = child.kill('SIGKILL')
          }
        })
      },
    }).finally(() => watcher.close())
    expect(run.signal, 'killed while its staging folder existed').toBe('SIGKILL')
    // The swap's first rename waits 10 s, so the kill lands before anything is moved: the
    // previous output is whole and in place, and the staging folder is left behind. (A kill
    // between the two renames is the case 'killed between the two renames of a swap'.)
    expect(await snapshot(scene.out)).toEqual(before)
    expect(await swapLeftovers(scene)).toEqual([expect.stringMatching(/^\.out\.staging-\d+$/)])

    const next = await host.run(defaultArgs(scene), { cwd: scene.root })
    expect(next.code, next.stderr).toBe(0)
    expect(await swapLeftovers(scene), 'the next run tidies up').toEqual([])
    await expectGoodArticlesPublished(scene.out)
    const published = await readJson<Publication>(join(scene.out, 'published.json'))
    expect(published.articles.map((entry) => entry.sourceFile)).toContain('late.txt')
  }, 600_000)
})

describe('hostile content files, all in one run beside the good articles', () => {
  let twoWorkers: ContentRun
  let runs: Map<'1' | '2', ContentRun>

  beforeAll(async () => {
    runs = await contentRuns
    twoWorkers = runs.get('2') as ContentRun
  }, 600_000)

  const diagnosticsOf = (file: string): Diagnostic[] =>
    twoWorkers.report.diagnostics.filter((diagnostic) => diagnostic.file === file)

  async function articleOf(file: string): Promise<Article | undefined> {
    const published = await readJson<Publication>(join(twoWorkers.scene.out, 'published.json'))
    const record = published.articles.find((entry) => entry.sourceFile === file)
    if (!record) return undefined
    return readJson<Article>(join(twoWorkers.scene.out, 'articles', `${record.slug}.json`))
  }

  it('exits 1 (files with errors) without a stack trace, publishing every good article', async () => {
    for (const { run, scene } of runs.values()) {
      expect(run.code, run.stderr).toBe(1)
      expectNoStackTrace(run)
      expect(await swapLeftovers(scene)).toEqual([])
      await expectGoodArticlesPublished(scene.out)
    }
  })

  for (const test of contentCases) {
    it(test.name, async () => {
      const diagnostics = diagnosticsOf(test.file)
      const said = JSON.stringify(diagnostics, null, 1)
      if (test.diagnostic) {
        const { ruleId, severity, line } = test.diagnostic
        const found = diagnostics.find(
          (diagnostic) =>
            diagnostic.ruleId === ruleId &&
            (severity === undefined || diagnostic.severity === severity) &&
            (line === undefined || diagnostic.line === line),
        )
        expect(found, `${ruleId} ${severity ?? ''} at line ${line ?? '?'}\n${said}`).toBeDefined()
      }
      expect(
        diagnostics.filter((d) => d.ruleId.startsWith('cli/')),
        said,
      ).toEqual([])
      const article = await articleOf(test.file)
      expect(article !== undefined, `${test.file} published`).toBe(test.published)
      test.check?.(article, diagnostics)
    })
  }

  it('skips a symbolic link with a warning naming it', () => {
    expect(diagnosticsOf('linked.txt').map((d) => [d.severity, d.ruleId])).toEqual([
      ['warning', 'cli/skipped-entry'],
    ])
  })

  it('refuses a file past the size limit, naming the limit', () => {
    expect(diagnosticsOf('oversized.txt').map((d) => [d.severity, d.ruleId])).toEqual([
      ['error', 'ingest/file-too-large'],
    ])
  })

  it('gives a new file that sorts first a numbered slug, not a published one', async () => {
    const article = await articleOf('0-same-title.txt')
    const published = baselinePublication.articles.find(
      (entry) => entry.sourceFile === goodArticles[0]?.file,
    )
    expect(article?.slug).toBe(`${published?.slug}-2`)
  })

  it('prints file names with ESC and newline escaped', () => {
    const { stderr } = twoWorkers.run
    expect(stderr).toMatch(/esc-\\x1b\[31mred\.txt.*ingest\/empty-file/)
    expect(stderr).toMatch(/new\\nline\.txt.*ingest\/empty-file/)
    expect(stderr.includes('\u001b'), 'a raw ESC reached the terminal').toBe(false)
  })

  it('gives byte-identical output with --jobs 1 and --jobs 2', async () => {
    const [one, two] = ['1', '2'] as const
    const trees = await Promise.all(
      [one, two].map((jobs) => snapshot((runs.get(jobs) as { scene: Scene }).scene.out)),
    )
    expect(trees[0]?.size).toBeGreaterThan(contentCases.length)
    expect(trees[1]).toEqual(trees[0])
  })
})
