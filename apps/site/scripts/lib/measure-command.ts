import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** What one run of a command cost. */
export interface CommandCost {
  /** Wall-clock seconds. */
  seconds: number
  /** CPU seconds, user and system, of the command and the processes it waited for. */
  cpuSeconds: number | null
  /**
   * Peak resident memory of the whole process tree (the command and every process it started,
   * summed at each sample), in bytes; at least the peak of its largest process.
   */
  peakRss: number | null
  /** What it printed, stdout and stderr. */
  output: string
}

export interface MeasureOptions {
  cwd: string
  env?: Record<string, string>
  /**
   * Run under `nice -n <niceness>`: a long benchmark then takes less from the other work on a
   * shared machine. Give both sides of a comparison the same.
   */
  niceness?: number | undefined
}

// GNU time reports what Node cannot: the CPU time of a child and its children.
const gnuTime = '/usr/bin/time'
// How often the process tree's memory is summed: a build's peak lasts seconds, and each look
// reads every process's stat file.
const SAMPLE_MS = 250

/**
 * Run a command to completion and measure it. CPU time comes from GNU time (`/usr/bin/time`,
 * Debian package `time`) when it is installed, else it is null; the peak memory of the process
 * tree is sampled from Linux's `/proc` (null elsewhere).
 */
export async function measureCommand(
  command: string,
  args: string[],
  options: MeasureOptions,
): Promise<CommandCost> {
  const timed = existsSync(gnuTime)
  const folder = timed ? await mkdtemp(path.join(tmpdir(), 'newsroom-measure-')) : null
  const report = folder ? path.join(folder, 'time.txt') : null
  let argv = report
    ? [gnuTime, '-f', '%U %S %M', '-o', report, command, ...args]
    : [command, ...args]
  if (options.niceness !== undefined) argv = ['nice', '-n', String(options.niceness), ...argv]
  const started = performance.now()
  let output = ''
  let treePeak: number | null = null
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(argv[0] as string, argv.slice(1), spawnOptions(options))
      const sampler =
        child.pid === undefined
          ? null
          : setInterval(() => {
              const rss = treeRss(child.pid as number)
              if (rss !== null) treePeak = Math.max(treePeak ?? 0, rss)
            }, SAMPLE_MS)
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
      })
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
      })
      child.on('error', (error) => {
        if (sampler) clearInterval(sampler)
        reject(error)
      })
      child.on('close', (code) => {
        if (sampler) clearInterval(sampler)
        if (code === 0) resolve()
        else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))
      })
    })
    const seconds = (performance.now() - started) / 1000
    if (!report) return { seconds, cpuSeconds: null, peakRss: treePeak, output }
    const [user, system, kilobytes] = (await readFile(report, 'utf8'))
      .trim()
      .split('\n')
      .at(-1)
      ?.split(' ')
      .map(Number) ?? [Number.NaN, Number.NaN, Number.NaN]
    // GNU time's figure is the largest single process's exact peak; the samples sum the tree.
    const largest = (kilobytes ?? Number.NaN) * 1024
    return {
      seconds,
      cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN),
      peakRss: Math.max(treePeak ?? 0, Number.isFinite(largest) ? largest : 0) || null,
      output,
    }
  } finally {
    if (folder) await rm(folder, { recursive: true, force: true })
  }
}

function spawnOptions(options: MeasureOptions) {
  return {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
  }
}

const pageSize = 4096

/**
 * The resident memory of a process and all its descendants, in bytes, from `/proc/<pid>/stat`
 * (parent: field 4, resident pages: field 24); null where there is no `/proc`.
 */
export function treeRss(root: number): number | null {
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return null
  }
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const name of names) {
    const pid = Number(name)
    if (!Number.isInteger(pid)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
    } catch {
      continue
    }
    // The command name (field 2) may hold spaces and parentheses: fields count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const parent = Number(fields[1])
    rss.set(pid, Number(fields[21]) * pageSize)
    const siblings = children.get(parent)
    if (siblings) siblings.push(pid)
    else children.set(parent, [pid])
  }
  if (!rss.has(root)) return null
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop() as number
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}
