import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** What one run of a command cost. */
export interface CommandCost {
  /** Wall-clock seconds. */
  seconds: number
  /** CPU seconds, user and system, of the command and the processes it waited for. */
  cpuSeconds: number | null
  /** Peak resident memory of the command or its largest child, in bytes. */
  peakRss: number | null
  /** What it printed, stdout and stderr. */
  output: string
}

// GNU time reports what Node cannot: the CPU time and peak memory of a child and its children.
const gnuTime = '/usr/bin/time'

/**
 * Run a command to completion and measure it. CPU time and peak RSS come from GNU time
 * (`/usr/bin/time`, Debian package `time`) when it is installed, else they are null.
 */
export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CommandCost> {
  const timed = existsSync(gnuTime)
  const folder = timed ? await mkdtemp(path.join(tmpdir(), 'newsroom-measure-')) : null
  const report = folder ? path.join(folder, 'time.txt') : null
  const started = performance.now()
  let output = ''
  try {
    await new Promise<void>((resolve, reject) => {
      const child = report
        ? spawn(gnuTime, ['-f', '%U %S %M', '-o', report, command, ...args], spawnOptions(options))
        : spawn(command, args, spawnOptions(options))
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
      })
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
      })
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
      )
    })
    const seconds = (performance.now() - started) / 1000
    if (!report) return { seconds, cpuSeconds: null, peakRss: null, output }
    const [user, system, kilobytes] = (await readFile(report, 'utf8'))
      .trim()
      .split('\n')
      .at(-1)
      ?.split(' ')
      .map(Number) ?? [Number.NaN, Number.NaN, Number.NaN]
    return {
      seconds,
      cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN),
      peakRss: (kilobytes ?? Number.NaN) * 1024,
      output,
    }
  } finally {
    if (folder) await rm(folder, { recursive: true, force: true })
  }
}

function spawnOptions(options: { cwd: string; env?: Record<string, string> }) {
  return {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
  }
}
