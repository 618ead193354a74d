import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { runCommand, siteRoot } from '../../scripts/lib/run-command.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built fixture site (HTML, feeds, API, Pagefind index). */
    siteDir: string
    /** Folder of the processed fixture data the site was built from. */
    dataDir: string
  }
}

/** Build the fixture site once for all test files, into a temporary folder. */
export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-test-'))
  const output = await runCommand(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      path.join(siteRoot, 'scripts', 'build-site.ts'),
      path.join(siteRoot, 'test', 'fixtures', 'content'),
      workDir,
    ],
    {},
  )
  const site = JSON.parse(output.trim().split('\n').at(-1) ?? '') as {
    dataDir: string
    siteDir: string
  }
  project.provide('siteDir', site.siteDir)
  project.provide('dataDir', site.dataDir)
  return async () => {
    await rm(workDir, { recursive: true, force: true })
  }
}
