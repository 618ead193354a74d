import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { processContent } from '@newsroom/cli'
import { type HostileInput, hostileInputs } from './inputs.js'

const usage = `Print how processing time grows with the size of each hostile input shape.

Usage: pnpm --filter @newsroom/tests hostile:growth [-- --steps <n>] [--only <shape>]

  --steps <n>     sizes per shape, each 3× the one before (default 3)
  --only <shape>  one shape: ${Object.keys(hostileInputs).join(', ')}
  --time-limit <s>  seconds one file may take; slower ones are listed as over it (default 120)

The sizes of a shape are processed in one run as \`newsroom check --jobs 1 --no-cache\` does, in
one worker, each file timed inside it (after a warm-up article), so start-up is not counted.
Rows are tab-separated. Linear cost shows as a time ratio close to the size ratio; a quadratic one as its square. A
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
  markdownEmphasis: 3000,
  markdownLinks: 3000,
  jsonBlocks: 1000,
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
  markdownEmphasis: 'md',
  markdownLinks: 'md',
  jsonBlocks: 'json',
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'))
  const { values } = parseArgs({
    args,
    options: {
      steps: { type: 'string', default: '3' },
      only: { type: 'string' },
      'time-limit': { type: 'string', default: '120' },
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
  const limit = Number(values['time-limit'])
  const work = await mkdtemp(join(tmpdir(), 'newsroom-growth-'))
  const rows = [['shape', 'size', 'bytes', 'seconds', 'kB/s', 'growth']]
  const print = (row: string[]) => console.log(row.join('\t'))
  print(rows[0] as string[])
  try {
    // One run, one worker per shape: each file is timed inside the worker (after a warm-up
    // article), so start-up costs nothing here.
    for (const shape of shapes) {
      const folder = join(work, shape)
      await mkdir(folder)
      await writeFile(join(folder, '0-warm-up.txt'), hostileInputs.longArticle(2))
      const files: Array<{ size: number; name: string; bytes: number }> = []
      for (let step = 0; step < steps; step++) {
        const size = smallest[shape] * 3 ** step
        const text = hostileInputs[shape](size)
        const name = `${shape}-${String(step).padStart(2, '0')}.${extension[shape]}`
        await writeFile(join(folder, name), text)
        files.push({ size, name, bytes: Buffer.byteLength(text) })
      }
      const { timings } = await processContent({
        contentDir: folder,
        cacheDir: false,
        jobs: 1,
        timeLimit: limit,
      })
      let previous: { bytes: number; seconds: number } | undefined
      for (const file of files) {
        const milliseconds = timings.get(file.name)
        if (milliseconds === undefined) {
          print([shape, String(file.size), String(file.bytes), `> ${limit}`, '', 'over the limit'])
          previous = undefined
          continue
        }
        const seconds = Math.max(0.001, milliseconds / 1000)
        const growth = previous
          ? `×${(seconds / previous.seconds).toFixed(1)} time for ×${(file.bytes / previous.bytes).toFixed(1)} size`
          : ''
        print([
          shape,
          String(file.size),
          String(file.bytes),
          seconds.toFixed(3),
          (file.bytes / 1000 / seconds).toFixed(0),
          growth,
        ])
        previous = { bytes: file.bytes, seconds }
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
