import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const usage = `Where the wall time of one \`newsroom process --no-cache\` goes, thread by thread.

Usage: pnpm --filter @newsroom/tests timeline -- --content <dir> [--jobs <n>] [--bucket <ms>]

  --content <dir>  the content folder to process (pnpm bench -- --keep keeps its generated one)
  --jobs <n>       worker threads (default 1)
  --bucket <ms>    width of one column of the strip chart (default 100)

Runs the built CLI once under V8's sampling profiler (node --cpu-prof, every thread) and prints,
for the main thread, the milliseconds of each phase of the run (discovery, fingerprinting the
pipeline, loading the output's code, receiving outcomes, building and writing the output) and,
for each worker, its start-up (from the thread's start to its first file), the span of its files,
the time it sat idle in that span and its garbage collection; then a strip chart of how busy each
thread was, one column a bucket (9: 90% or more). A thread waiting for a core on a busy machine
counts as busy: read the phases as shares, not absolute times. V8's helper threads (compiler,
garbage collector) are not sampled; \`pnpm bench\` gives their CPU time.`

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const newsroomBin = join(repoRoot, 'packages/cli/bin/newsroom.js')

/** The part of V8's `.cpuprofile` format this reads. */
const CpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
})
type CpuProfile = z.infer<typeof CpuProfile>

/**
 * The main thread's phases, by the functions of the CLI they run under; a sample belongs to the
 * outermost of them on its stack. Samples under none are named by their own function.
 */
const mainPhases = new Map([
  ['discoverContent', 'discovery'],
  ['contentStates', 'discovery'],
  ['prepareOutputFolder', 'output folder check'],
  ['poolFor', 'starting workers'],
  ['pipelineVersion', 'pipeline fingerprint'],
  ['writerVersion', 'pipeline fingerprint'],
  ['compileSourceTextModule', "loading the output's code"],
  ['#receive', 'receiving outcomes'],
  ['finish', 'indexes and report'],
  ['writeAndSwap', 'writing the output'],
  ['(garbage collector)', 'garbage collection'],
])

/** A worker's samples, by the same rule. */
const workerPhases = new Map([
  ['compileCached', 'loading the bundle'],
  ['runFileJob', 'files'],
  ['postMessage', 'sending outcomes'],
  ['(garbage collector)', 'garbage collection'],
])

/** One sample: when (milliseconds from the first thread's start) and its phase. */
interface Sample {
  at: number
  /** Milliseconds until the next sample: what this one stands for. */
  span: number
  phase: string
}

function samplesOf(profile: CpuProfile, origin: number, phases: Map<string, string>): Sample[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id)
  // Each node's phase, from its root down: computed once a node, so the walk stays linear.
  const phaseOf = new Map<number, string>()
  const phase = (id: number): string => {
    const known = phaseOf.get(id)
    if (known !== undefined) return known
    const name = nodes.get(id)?.callFrame.functionName ?? ''
    const parent = parents.get(id)
    const outer = parent === undefined ? undefined : phase(parent)
    const own = outer !== undefined && outer !== '' ? outer : (phases.get(name) ?? '')
    phaseOf.set(id, own)
    return own
  }
  // Depth-first from the root, so that `phase` never recurses more than one level.
  const stack = profile.nodes.filter((node) => !parents.has(node.id)).map((node) => node.id)
  while (stack.length > 0) {
    const id = stack.pop() as number
    phase(id)
    stack.push(...(nodes.get(id)?.children ?? []))
  }
  let at = profile.startTime
  return profile.samples.map((id, index) => {
    at += profile.timeDeltas[index] ?? 0
    const name = nodes.get(id)?.callFrame.functionName || '(anonymous)'
    return {
      at: (at - origin) / 1000,
      span: (profile.timeDeltas[index + 1] ?? 0) / 1000,
      phase: phaseOf.get(id) || (name === '(idle)' ? 'idle' : name),
    }
  })
}

const ms = (value: number) => `${Math.round(value)} ms`

/** The milliseconds of each phase, largest first, the idle time left out. */
function phaseTotals(samples: readonly Sample[], shown: number): string {
  const totals = new Map<string, number>()
  for (const { phase, span } of samples)
    if (phase !== 'idle') totals.set(phase, (totals.get(phase) ?? 0) + span)
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, shown)
    .map(([phase, total]) => `${phase} ${ms(total)}`)
    .join(', ')
}

/** One line of the strip chart: the share of each bucket the thread was busy, 0-9. */
function strip(samples: readonly Sample[], bucket: number, buckets: number): string {
  const busy = new Array<number>(buckets).fill(0)
  for (const { at, span, phase } of samples) {
    const index = Math.min(buckets - 1, Math.floor(at / bucket))
    if (phase !== 'idle') busy[index] = (busy[index] ?? 0) + span
  }
  return busy
    .map((time) => (time === 0 ? ' ' : String(Math.min(9, Math.floor((time / bucket) * 10)))))
    .join('')
}

function describeWorker(samples: readonly Sample[]): string {
  const files = samples.filter((sample) => sample.phase === 'files')
  const first = files[0]?.at
  const last = files.at(-1)?.at
  if (first === undefined || last === undefined) return 'no file'
  const start = samples[0]?.at ?? first
  const idle = samples
    .filter((sample) => sample.at >= first && sample.at <= last && sample.phase === 'idle')
    .reduce((sum, sample) => sum + sample.span, 0)
  const collecting = samples
    .filter((sample) => sample.phase === 'garbage collection')
    .reduce((sum, sample) => sum + sample.span, 0)
  return `start-up ${ms(first - start)} (from ${ms(start)}), files ${ms(first)}–${ms(last)}, idle among them ${ms(idle)}, garbage collection ${ms(collecting)}`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      bucket: { type: 'string', default: '100' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help || values.content === undefined) {
    console.log(usage)
    return
  }
  const bucket = Number(values.bucket)
  if (!(bucket > 0)) throw new TypeError(`Expected \`--bucket\` > 0\n\n${usage}`)
  const work = await mkdtemp(join(tmpdir(), 'newsroom-timeline-'))
  try {
    const profiles = join(work, 'profiles')
    const run = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${profiles}`,
        '--cpu-prof-interval=500',
        newsroomBin,
        'process',
        '--no-cache',
        '--jobs',
        values.jobs,
        '--content',
        // Relative to where the command was run: pnpm runs this script in the tests package.
        resolve(process.env.INIT_CWD ?? process.cwd(), values.content),
        '--out',
        join(work, 'out'),
      ],
      { encoding: 'utf8' },
    )
    if (run.status !== 0)
      throw new Error(`newsroom process exited with ${run.status}:\n${run.stderr}`)
    // One file a thread: CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile, the main
    // thread's id 0.
    const threads = await Promise.all(
      (await readdir(profiles)).map(async (name) => ({
        thread: Number(name.split('.')[4]),
        profile: CpuProfile.parse(JSON.parse(await readFile(join(profiles, name), 'utf8'))),
      })),
    )
    threads.sort((a, b) => a.thread - b.thread)
    const origin = Math.min(...threads.map(({ profile }) => profile.startTime))
    const end = Math.max(...threads.map(({ profile }) => profile.endTime))
    const buckets = Math.ceil((end - origin) / 1000 / bucket)
    console.log(`${run.stderr.trim().split('\n').at(-1)}\n`)
    for (const { thread, profile } of threads) {
      const main = thread === 0
      const samples = samplesOf(profile, origin, main ? mainPhases : workerPhases)
      const name = main ? 'main' : `worker ${thread}`
      console.log(
        `${name}: ${main ? '' : `${describeWorker(samples)}\n  `}${phaseTotals(samples, 8)}`,
      )
    }
    console.log(`\nbusy per ${bucket} ms (0-9 tenths)`)
    for (const { thread, profile } of threads) {
      const samples = samplesOf(profile, origin, thread === 0 ? mainPhases : workerPhases)
      console.log(
        `${(thread === 0 ? 'main' : `worker ${thread}`).padEnd(9)} |${strip(samples, bucket, buckets)}|`,
      )
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
