import { spawn } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site package folder (apps/site). */
export const siteRoot = fileURLToPath(new URL('../../', import.meta.url))

const eleventyBin = path.join(siteRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
const pagefindBin = path.join(siteRoot, 'node_modules', '.bin', 'pagefind')

export interface BuiltSite {
  dataDir: string
  siteDir: string
  /** Milliseconds spent in each step. */
  timings: { process: number; eleventy: number; pagefind: number }
}

/**
 * Build a site the way `pnpm build` does, into `workDir`: `processContent` writes the data,
 * Eleventy renders it (on the workspace's TypeScript sources, so no package build is needed),
 * Pagefind indexes the output.
 */
export async function buildSite(options: {
  contentDir: string
  workDir: string
  env?: Record<string, string>
}): Promise<BuiltSite> {
  const dataDir = path.join(options.workDir, 'data')
  const siteDir = path.join(options.workDir, 'site')
  await rm(options.workDir, { recursive: true, force: true })
  await mkdir(options.workDir, { recursive: true })

  let started = performance.now()
  // Imported here so that this module also loads where workspace sources cannot (global setup);
  // typed locally so the site's type check does not take in the CLI's sources.
  const cli: string = '@newsroom/cli'
  const { processContent } = (await import(cli)) as {
    processContent: (options: {
      contentDir: string
      outDir: string
      jobs?: number
    }) => Promise<unknown>
  }
  await processContent({ contentDir: options.contentDir, outDir: dataDir, jobs: 1 })
  const processTime = performance.now() - started

  started = performance.now()
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@newsroom/source',
      eleventyBin,
      `--output=${siteDir}`,
      '--quiet',
    ],
    { NEWSROOM_DATA: dataDir, ...options.env },
  )
  const eleventyTime = performance.now() - started

  started = performance.now()
  await run(pagefindBin, ['--site', siteDir, '--silent'], {})
  const pagefindTime = performance.now() - started

  return {
    dataDir,
    siteDir,
    timings: { process: processTime, eleventy: eleventyTime, pagefind: pagefindTime },
  }
}

/** Run a command in the site folder; reject with its output when it fails. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: siteRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else
        reject(
          new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}:\n${output}`),
        )
    })
  })
}

/**
 * `tsx --conditions=@newsroom/source test/helpers/build-site.ts <contentDir> <workDir>` builds a
 * site and prints the BuiltSite as JSON: vitest's global setup cannot load workspace sources
 * itself, so it runs this in a child process.
 */
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [contentDir, workDir] = process.argv.slice(2)
  if (!contentDir || !workDir) throw new TypeError('Expected `contentDir` and `workDir` arguments')
  const site = await buildSite({ contentDir, workDir })
  process.stdout.write(`${JSON.stringify(site)}\n`)
}
