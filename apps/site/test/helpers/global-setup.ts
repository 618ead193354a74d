import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
import { siteRoot } from '../../scripts/lib/run-command.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built fixture site (HTML, feeds, API, Pagefind index). */
    siteDir: string
    /** Folder of the processed fixture data the site was built from. */
    dataDir: string
  }
}

/**
 * A global setup has no vitest timeout: the build is stopped after this long, so that a hang
 * fails the run instead of stalling it. It takes about 10 s alone on a 2-core machine.
 */
const buildTimeout = 180_000

/** Build the fixture site once for all test files, into a temporary folder. */
export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-test-'))
  const removeWorkDir = () => rm(workDir, { recursive: true, force: true })
  const output = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      path.join(siteRoot, 'scripts', 'build-site.ts'),
      path.join(siteRoot, 'test', 'fixtures', 'content'),
      workDir,
    ],
    { cwd: siteRoot, timeout: buildTimeout, maxBuffer: 64 * 1024 * 1024 },
  ).then(
    (result) => result.stdout,
    async (error: unknown) => {
      await removeWorkDir()
      throw new Error('Could not build the fixture site for the tests', { cause: error })
    },
  )
  const site = JSON.parse(output.trim().split('\n').at(-1) ?? '') as {
    dataDir: string
    siteDir: string
  }
  project.provide('siteDir', site.siteDir)
  project.provide('dataDir', site.dataDir)
  return removeWorkDir
}
