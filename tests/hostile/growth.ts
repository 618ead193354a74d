import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { processContent } from '@newsroom/cli'
import { type HostileInput, hostileInputs } from './inputs.js'

const usage = `Print how processing time grows with the size of each hostile input shape.

Usage: pnpm --filter @newsroom/tests hostile:growth [-- --steps <n>] [--only <shape>]

  --steps <n>     sizes per shape, each 3× the one before (default 3)
  --only <shape>  one shape: ${Object.keys(hostileInputs).join(', ')}

All sizes are processed in one run as \`newsroom check --jobs 1 --no-cache\` does, in one worker,
each file timed inside it (after a warm-up article), so start-up is not counted. Linear cost shows as a time ratio close to the size ratio; a quadratic one as its square. A
benchmark prints figures; it asserts nothing.`

/** The smallest size of each shape, in its own unit (depth, marks, kB, letters, words, keys…). */
const smallest: Record<HostileInput, number> = {
  nestedDivs: 300,
  nestedBlockQuotes: 300,
  quotationMarks: 1000,
  longArticle: 10,
  longWord: 10_000,
  unpunctuated: 2000,
  capitalized: 2000,
  frontMatterKeys: 1000,
  htmlAttributes: 3000,
}

const extension: Record<HostileInput, string> = {
  nestedDivs: 'html',
  htmlAttributes: 'html',
  nestedBlockQuotes: 'md',
  frontMatterKeys: 'md',
  quotationMarks: 'txt',
  longArticle: 'txt',
  longWord: 'txt',
  unpunctuated: 'txt',
  capitalized: 'txt',
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      steps: { type: 'string', default: '3' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    return
  }
  const steps = Number(values.steps)
  const shapes = (Object.keys(hostileInputs) as HostileInput[]).filter(
    (shape) => values.only === undefined || shape === values.only,
  )
  if (shapes.length === 0) throw new TypeError(`Unknown shape \`${values.only}\`\n\n${usage}`)
  const work = await mkdtemp(join(tmpdir(), 'newsroom-growth-'))
  try {
    // One run, one worker: every file is timed inside the worker, so start-up costs nothing here.
    const files: Array<{ shape: HostileInput; size: number; name: string; bytes: number }> = []
    await writeFile(join(work, '0-warm-up.txt'), hostileInputs.longArticle(2))
    for (const shape of shapes) {
      for (let step = 0; step < steps; step++) {
        const size = smallest[shape] * 3 ** step
        const text = hostileInputs[shape](size)
        const name = `${shape}-${String(step).padStart(2, '0')}.${extension[shape]}`
        await writeFile(join(work, name), text)
        files.push({ shape, size, name, bytes: Buffer.byteLength(text) })
      }
    }
    console.error(`processing ${files.length} files in one worker…`)
    const { timings } = await processContent({
      contentDir: work,
      cacheDir: false,
      jobs: 1,
      timeLimit: 3600,
    })
    const rows = [['shape', 'size', 'bytes', 'seconds', 'kB/s', 'growth']]
    let previous: { shape: string; bytes: number; seconds: number } | undefined
    for (const file of files) {
      const seconds = Math.max(0.001, (timings.get(file.name) ?? Number.NaN) / 1000)
      const growth =
        previous?.shape === file.shape
          ? `×${(seconds / previous.seconds).toFixed(1)} time for ×${(file.bytes / previous.bytes).toFixed(1)} size`
          : ''
      rows.push([
        file.shape,
        String(file.size),
        String(file.bytes),
        seconds.toFixed(3),
        (file.bytes / 1000 / seconds).toFixed(0),
        growth,
      ])
      previous = { shape: file.shape, bytes: file.bytes, seconds }
    }
    const widths =
      rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? []
    for (const row of rows)
      console.log(
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd(),
      )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
