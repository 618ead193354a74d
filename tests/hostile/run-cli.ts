import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
export const cliEntry = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url))

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  env?: Record<string, string>
  /** Called with the child once it runs (to kill it, say). */
  onSpawn?: (child: ReturnType<typeof spawn>) => void
}

/**
 * Run `newsroom` from its TypeScript sources in a child process, as a user would run it: its own
 * exit code, its own stderr bytes, its own worker threads. CI is set so no progress line is drawn.
 */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, '--conditions=@newsroom/source', cliEntry, ...args],
      {
        cwd: options.cwd,
        env: { ...process.env, CI: '1', NO_COLOR: '1', INIT_CWD: options.cwd, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    options.onSpawn?.(child)
  })
}
