import { spawn } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

export interface TimedRun {
  seconds: number
  /** Peak resident memory of the process, in bytes (node processes only). */
  peakRss: number | undefined
  /** CPU seconds (user + system) of all the process's threads (node processes only). */
  cpuSeconds: number | undefined
  /** That CPU time by kind of thread (node processes on Linux only). */
  threads: ThreadSeconds | undefined
  output: string
}

/** CPU seconds of a process by kind of thread. */
export interface ThreadSeconds {
  main: number
  workers: number
  /** V8's compiler and garbage collector threads, libuv's thread pool. */
  helpers: number
}

const usageModule = new URL('./process-usage.mjs', import.meta.url).href

/**
 * Run a command to its end and time it from outside: wall seconds, the peak memory and CPU time a
 * node process reports at exit, and what it printed. Rejects, with that output, on a non-zero exit.
 */
export async function timedRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; scratch: string },
): Promise<TimedRun> {
  const usageFile = join(options.scratch, `usage-${process.pid}-${Date.now()}.txt`)
  const node = command === process.execPath
  const started = performance.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, node ? ['--import', usageModule, ...args] : [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(text)
      else
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${text.slice(-4000)}`))
    })
  })
  const seconds = (performance.now() - started) / 1000
  let peakRss: number | undefined
  let cpuSeconds: number | undefined
  let threads: ThreadSeconds | undefined
  try {
    const lines = (await readFile(usageFile, 'utf8')).split('\n').filter(Boolean)
    const usages = lines.map((line) => line.split(' ').map(Number))
    peakRss = Math.max(...usages.map(([kilobytes]) => kilobytes ?? 0)) * 1024
    cpuSeconds = usages.reduce((sum, [, micros]) => sum + (micros ?? 0), 0) / 1e6
    // One line per node process; the split is given for the process timed only.
    const [main, workers, helpers] = (usages.length === 1 ? usages[0] : [])?.slice(2) ?? []
    if (main !== undefined && workers !== undefined && helpers !== undefined)
      threads = { main: main / 1000, workers: workers / 1000, helpers: helpers / 1000 }
  } catch {}
  await rm(usageFile, { force: true })
  return { seconds, peakRss, cpuSeconds, threads, output }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
