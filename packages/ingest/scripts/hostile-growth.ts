/**
 * How ingestion time grows with the size of each scalable hostile input: a benchmark that
 * prints figures, never a timed test. For each case of `hostile-cases.ts` it ingests the input
 * at growing sizes and prints the CPU time (this process's user + system time, which load from
 * other processes on a shared machine disturbs far less than wall time), the throughput, and the
 * growth exponent between consecutive sizes: log(time ratio) / log(size ratio), 1 for linear
 * growth, 2 for quadratic.
 *
 *     pnpm exec tsx --conditions=@newsroom/source scripts/hostile-growth.ts [--quick] [case…]
 *
 * Each size is measured `--runs` times (default 3) and the fastest run kept. A case passes when
 * every size runs at ≥ 100 kB/s and the exponent over the whole range is at most 1.25. Exits
 * non-zero when a case fails.
 */
import { ingest } from '../src/index.js'
import { type HostileCase, hostileCases } from './hostile-cases.js'

const minimumThroughput = 100 // kB/s
const maximumExponent = 1.25

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const runsArgument = args.find((arg) => arg.startsWith('--runs='))
const runs = runsArgument ? Number(runsArgument.slice('--runs='.length)) : 3
const wanted = args.filter((arg) => !arg.startsWith('--'))
const cases = hostileCases.filter(
  (item): item is HostileCase & { sizes: readonly number[] } =>
    item.sizes !== undefined && (wanted.length === 0 || wanted.includes(item.id)),
)

function cpuMilliseconds(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

let failed = 0
for (const item of cases) {
  const sizes = quick ? item.sizes.slice(0, 3) : item.sizes
  // Warm up: the first ingest of a format loads and compiles its parsers.
  const small = item.generate(sizes[0])
  for (let index = 0; index < 2; index++) ingest({ path: item.path, contents: small })

  console.log(`\n${item.id}: ${item.description}`)
  console.log('         n       bytes     cpu ms     kB/s  exponent')
  const rows: Array<{ bytes: number; ms: number }> = []
  for (const size of sizes) {
    const contents = item.generate(size)
    let best = Number.POSITIVE_INFINITY
    for (let run = 0; run < runs; run++) {
      best = Math.min(
        best,
        cpuMilliseconds(() => ingest({ path: item.path, contents })),
      )
    }
    const previous = rows.at(-1)
    rows.push({ bytes: contents.byteLength, ms: best })
    const exponent = previous
      ? (Math.log(best / previous.ms) / Math.log(contents.byteLength / previous.bytes)).toFixed(2)
      : ''
    console.log(
      `${String(size).padStart(10)}  ${String(contents.byteLength).padStart(10)}  ${best.toFixed(1).padStart(9)}  ${(contents.byteLength / best).toFixed(0).padStart(7)}  ${exponent.padStart(8)}`,
    )
  }
  const first = rows[0]
  const last = rows.at(-1)
  const overall =
    first && last && last.bytes > first.bytes
      ? Math.log(last.ms / first.ms) / Math.log(last.bytes / first.bytes)
      : 1
  const slowest = Math.min(...rows.map((row) => row.bytes / row.ms))
  const ok = overall <= maximumExponent && slowest >= minimumThroughput
  if (!ok) failed++
  console.log(
    `  ${ok ? 'ok' : 'FAIL'}: exponent over the range ${overall.toFixed(2)} (at most ${maximumExponent}), slowest ${slowest.toFixed(0)} kB/s (at least ${minimumThroughput})`,
  )
}
console.log(`\n${cases.length - failed} of ${cases.length} cases linear and fast enough`)
process.exitCode = failed > 0 ? 1 : 0
