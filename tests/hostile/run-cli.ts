import { type ChildProcess, fork, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
export const cliEntry = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url))
const hostEntry = fileURLToPath(new URL('./cli-host.ts', import.meta.url))

/** The environment of every run: CI set, so no progress line is drawn; no colours. */
const runEnv = (cwd: string) => ({ CI: '1', NO_COLOR: '1', INIT_CWD: cwd })

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
        env: { ...process.env, ...runEnv(options.cwd), ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    options.onSpawn?.(child)
  })
}

export interface HostRequest {
  id: number
  args: readonly string[]
  cwd: string
  env: Record<string, string>
}

export interface HostResult {
  id: number
  code: number
  stdout: string
  stderr: string
}

/**
 * One child process (`cli-host.ts`) that runs many `newsroom` commands in turn, each as `bin.ts`
 * would: the CLI is loaded once instead of once a run. Runs that must be a process of their own
 * (killed, or checked to exit by themselves) use `runCli`.
 */
export class CliHost {
  readonly #child: ChildProcess
  readonly #waiting = new Map<number, (result: HostResult) => void>()
  #nextId = 0
  #exited: Error | undefined

  constructor() {
    this.#child = fork(hostEntry, [], {
      execArgv: ['--import', tsxLoader, '--conditions=@newsroom/source'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.#child.on('message', (result: HostResult) => {
      this.#waiting.get(result.id)?.(result)
      this.#waiting.delete(result.id)
    })
    this.#child.on('exit', (code, signal) => {
      this.#exited = new Error(`The CLI host exited (${signal ?? code})`)
      for (const [id] of this.#waiting) this.#fail(id)
    })
  }

  /** Runs asked for and not finished. */
  get pending(): number {
    return this.#waiting.size
  }

  #fail(id: number): void {
    this.#waiting.get(id)?.({ id, code: -1, stdout: '', stderr: String(this.#exited) })
    this.#waiting.delete(id)
  }

  run(args: readonly string[], options: Omit<RunOptions, 'onSpawn'>): Promise<CliRun> {
    const id = this.#nextId++
    return new Promise((resolve) => {
      this.#waiting.set(id, ({ code, stdout, stderr }) =>
        resolve({ code, signal: null, stdout, stderr }),
      )
      if (this.#exited) return this.#fail(id)
      const request: HostRequest = {
        id,
        args,
        cwd: options.cwd,
        env: { ...runEnv(options.cwd), ...options.env },
      }
      this.#child.send(request)
    })
  }

  close(): Promise<void> {
    if (this.#exited) return Promise.resolve()
    return new Promise((resolve) => {
      this.#child.once('exit', () => resolve())
      this.#child.disconnect()
    })
  }
}

/** A few hosts; each run goes to the least busy one, so independent runs overlap. */
export class CliHosts {
  readonly #hosts: CliHost[]

  constructor(count: number) {
    this.#hosts = Array.from({ length: count }, () => new CliHost())
  }

  run(args: readonly string[], options: Omit<RunOptions, 'onSpawn'>): Promise<CliRun> {
    const [idlest] = [...this.#hosts].sort((a, b) => a.pending - b.pending)
    return (idlest as CliHost).run(args, options)
  }

  async close(): Promise<void> {
    await Promise.all(this.#hosts.map((host) => host.close()))
  }
}
