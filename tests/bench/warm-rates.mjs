// Run by bench.ts as its own node process, on the built packages: the CPU seconds of bare
// retext-english parsing and of processing (ingest, then enrich: what a worker does with each
// file, less reading and writing it) on the same text, warm, in alternating rounds.
//
// Usage: node [--no-turbo-inlining] warm-rates.mjs <content folder> <rounds>
// bench.ts runs it under the V8 flags of a `--jobs 1` worker (`workerV8Flags` of @newsroom/cli),
// so that it measures processing as `newsroom process` runs it.
// Prints one JSON line: { parse: [seconds per round], process: [seconds per round] }, the seconds
// of one pass over the articles.
//
// Both are timed in this one process with process.cpuUsage (every thread: the garbage collector's
// and compiler's helper threads count, which wall time on a shared machine cannot tell apart from
// other work), after passes that are not counted, so V8 has compiled both: ten of parsing, which
// takes several passes to reach its warm rate (measured: 0.21, 0.07, 0.04 s on 63,000 words), and
// of processing as many as make `warmUpArticles` articles (two at the least). One pass was not
// enough: on the bench's 200 articles, CPU per pass of processing fell from ~1.05 s to a steady
// 0.71-0.79 s only after the sixth, as V8 kept compiling and recompiling (855 compiles in ten
// passes, 131 of them of a function already compiled; issue 11, proc12), so the first counted
// rounds measured the compiler more than the pipeline a long batch runs. The rate may still drift
// down a little after the warm-up (0.93 to 0.63-0.70 s over nine more passes in one run at load
// 1.6, with the parsing rounds as noisy): the median of the rounds is the figure, not the first.
// Rounds alternate which goes first, so a drift of the machine's speed affects both alike.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { enrich } from '@newsroom/enrich'
import { ingest } from '@newsroom/ingest'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

const [folder, roundsArg] = process.argv.slice(2)
if (!folder) throw new TypeError('Expected a content folder')
const rounds = Number(roundsArg ?? 3)

const files = []
for (const name of (await readdir(folder)).sort())
  files.push({ path: join(folder, name), contents: await readFile(join(folder, name)) })

// The text enrich parses: the article's blocks, a blank line between them.
const texts = files.map((file) => {
  const article = ingest(file).data.article
  if (!article) throw new Error(`${file.path} did not ingest`)
  return article.blocks.map((block) => block.text).join('\n\n')
})

const parser = unified().use(retextEnglish)
/**
 * Passes of parsing in one round, its time divided by them: one pass over 60,000 words takes
 * some 50 ms, short enough for the machine's noise to move a round's ratio by half.
 */
const parsePasses = 10
const parseAll = async () => {
  for (let pass = 0; pass < parsePasses; pass++) for (const text of texts) parser.parse(text)
}
const processAll = async () => {
  for (const file of files) {
    const article = ingest(file).data.article
    if (article) await enrich(article)
  }
}

const cpuSeconds = async (work, passes = 1) => {
  const before = process.cpuUsage()
  await work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1e6 / passes
}

/** Articles processed before the first counted round: the rate a long batch run settles at. */
const warmUpArticles = 1500
await parseAll()
const warmUpPasses = Math.max(2, Math.ceil(warmUpArticles / Math.max(1, files.length)))
for (let pass = 0; pass < warmUpPasses; pass++) await processAll()
const parse = []
const processing = []
for (let round = 0; round < rounds; round++) {
  if (round % 2 === 0) {
    parse.push(await cpuSeconds(parseAll, parsePasses))
    processing.push(await cpuSeconds(processAll))
  } else {
    processing.push(await cpuSeconds(processAll))
    parse.push(await cpuSeconds(parseAll, parsePasses))
  }
}
console.log(JSON.stringify({ parse, process: processing }))
