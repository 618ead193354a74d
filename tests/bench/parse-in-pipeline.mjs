// Issue 11: what retext-english's parse costs inside the pipeline (the parse `enrich` makes) against
// the same parse alone (as warm-rates.mjs times it), on the same texts, on the built packages.
// Both go through unified's `Processor#parse`, wrapped here with the same timing, so only what
// surrounds the call differs. The bench's articles: `pnpm bench -- --processing --keep` keeps them
// (its work folder's `content`).
//
// Usage:
//   node parse-in-pipeline.mjs <content folder> <rounds>
//     CPU time (process.cpuUsage: every thread) and wall time spent inside the parse calls, in
//     alternating rounds of bare parsing and of processing (ingest, then enrich), after the same
//     warm-up as warm-rates.mjs. Prints one JSON line: medians, ratios, every round.
//   valgrind --tool=callgrind --instr-atstart=no node --predictable --expose-gc \
//     parse-in-pipeline.mjs <content folder> --callgrind <kind> [passes] [warm-up passes]
//     [--no-forced-gc]
//     Instructions of `passes` (default 2) passes of one kind, counted from the end of the same
//     warm-up for every kind (`callgrind_control -i on` from here): `bare` (parsing alone),
//     `pipeline` (processing), `twice` (processing, each article parsed a second time and that
//     tree dropped at once: twice - pipeline is one more parse among the pipeline's work) and
//     `twice-keep` (the same, the extra tree kept alive until the next article is parsed:
//     twice-keep - twice is what the collector pays for a tree living through enrich).
//     Between the warm-up and the counted passes a full collection is forced (`gc()`), unless
//     `--no-forced-gc`; see below for what it costs the counted passes.
//
// Measured on the bench's 200 generated articles (2026-12-05, Node 20, load 5-8): in
// instructions, one parse among the pipeline's work costs what it costs alone (659 M against 676 M
// per pass), and a tree kept alive through enrich adds 27 M (4%). In CPU time the parse calls
// inside the pipeline took 1.35-2.35 times bare parsing (median of 7-9 rounds, four runs), but
// only 1.24 times under --single-threaded, and in some rounds more CPU than wall time: what
// process.cpuUsage counts there is also V8's compiler and collector threads, working on the rest
// of the pipeline meanwhile. Processing was 8.3 times bare parsing in instructions, 13.5-17 times
// in CPU time: in its counted passes (after 800 articles), TurboFan compiling was 48% of its
// instructions (32% without turbo inlining, as `process --jobs 1` workers run), and V8 was still
// compiling 11-27 functions a pass after 1,600 articles, some after "wrong map" deopts.
//
// Those instruction figures count passes after the forced collection, which reduces memory: V8
// lets go of the maps (hidden classes) no live object has, such as those of the objects each
// article makes and drops, and throws away the optimized code compiled for them ("marking
// dependent code … reason: weak objects" under --trace-deopt). At the end of the warm-up of
// `pipeline 2 4` that is 157 optimized functions (main 11be909, 2026-12-05), which the counted
// passes run unoptimized and optimize again (--trace-opt: 210, then 43 functions compiled a second
// time; none without the collection, and no deoptimization in the counted passes). With it,
// `pipeline 2 4` took 8,061 M instructions, V8's optimizing compiler (Runtime_CompileOptimized,
// inclusive) 33% of them; with `--no-forced-gc`, 5,355 M and 10%, the functions compiled then all
// compiled for the first time (48 and 43: functions run once or twice an article, reaching V8's
// threshold late). `bare 2 4` hardly moves (1,336 M against 1,311 M), so processing was 6.0
// times bare parsing in instructions with the collection and 4.1 times without. warm-rates.mjs,
// whose rounds the bench's processing figure comes from, forces no collection, and V8's own
// collections keep that code: on its schedule, under the bench's flags and without --predictable
// (ten passes of parsing, 1,500 articles, five rounds), there were three full collections (while
// loading, in the first pass, after the last), no "weak objects" deoptimization, all 27
// deoptimizations before the second pass, and in each round 13-22 functions compiled, each for
// the first time. So `--no-forced-gc` counts what the bench times; the default keeps the figures
// measured so far comparable.
import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { enrich } from '@newsroom/enrich'
import { ingest } from '@newsroom/ingest'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

const forcedGc = !process.argv.includes('--no-forced-gc')
const [folder, second, kindArg, passesArg, warmArg] = process.argv
  .slice(2)
  .filter((arg) => arg !== '--no-forced-gc')
if (!folder) throw new TypeError('Expected a content folder')

const files = []
for (const name of (await readdir(folder)).sort())
  files.push({ path: join(folder, name), contents: await readFile(join(folder, name)) })

/** The article of a content file, which the generated and corpus articles all have. */
const articleOf = (file) => {
  const article = ingest(file).data.article
  if (!article) throw new Error(`${file.path} did not ingest`)
  return article
}

// The text enrich parses: the article's blocks, a blank line between them.
const texts = files.map((file) =>
  articleOf(file)
    .blocks.map((block) => block.text)
    .join('\n\n'),
)

const Processor = unified().constructor
const originalParse = Processor.prototype.parse
let parseCpu = 0
let parseWall = 0
/** `twice` or `twice-keep` (see the usage): a second parse of each file the pipeline parses. */
let extraParse = ''
let kept
Processor.prototype.parse = function parse(file) {
  if (extraParse && typeof file !== 'string') {
    const extra = originalParse.call(this, file)
    if (extraParse === 'twice-keep') kept = extra
  }
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const tree = originalParse.call(this, file)
  parseWall += performance.now() - wall
  const used = process.cpuUsage(cpu)
  parseCpu += used.user + used.system
  return tree
}

const parser = unified().use(retextEnglish)
const bare = () => {
  for (const text of texts) parser.parse(text)
}
const pipeline = async () => {
  for (const file of files) await enrich(articleOf(file))
}

const kinds = ['bare', 'pipeline', 'twice', 'twice-keep']
if (second === '--callgrind' && !kinds.includes(kindArg))
  throw new TypeError(`Expected a kind of pass (${kinds.join(', ')}), not ${kindArg}`)

if (second === '--callgrind') {
  const passes = Number(passesArg ?? 2)
  for (let pass = 0; pass < 3; pass++) bare()
  for (let pass = 0; pass < Number(warmArg ?? 4); pass++) await pipeline()
  if (kindArg?.startsWith('twice')) extraParse = kindArg
  if (forcedGc) globalThis.gc?.()
  execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' })
  for (let pass = 0; pass < passes; pass++) {
    if (kindArg === 'bare') bare()
    else await pipeline()
  }
  execFileSync('callgrind_control', ['-i', 'off', String(process.pid)], { stdio: 'ignore' })
  console.log(JSON.stringify({ kind: kindArg, passes, kept: kept !== undefined }))
  process.exit(0)
}

const rounds = Number(second ?? 5)
const measure = async (work) => {
  parseCpu = 0
  parseWall = 0
  const before = process.cpuUsage()
  await work()
  const used = process.cpuUsage(before)
  // Enrich must parse through this script's `unified`, or the figures below would be 0 or NaN.
  if (parseWall === 0) throw new Error('No parse was timed: enrich does not share this unified')
  return { parse: parseCpu / 1000, parseWall, total: (used.user + used.system) / 1000 }
}

// warm-rates.mjs's warm-up: ten passes of parsing, then some 1,500 articles of processing.
for (let pass = 0; pass < 10; pass++) bare()
for (let pass = 0; pass < Math.max(2, Math.ceil(1500 / files.length)); pass++) await pipeline()

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Milliseconds per round: parse CPU and wall time, and processing's CPU time in all. */
const rows = { bare: [], pipeline: [], bareWall: [], pipelineWall: [], processing: [] }
for (let round = 0; round < rounds; round++) {
  for (const which of round % 2 === 0 ? ['bare', 'pipeline'] : ['pipeline', 'bare']) {
    const result = await measure(which === 'bare' ? bare : pipeline)
    rows[which].push(result.parse)
    rows[`${which}Wall`].push(result.parseWall)
    if (which === 'pipeline') rows.processing.push(result.total)
  }
}
const medians = Object.fromEntries(
  Object.entries(rows).map(([key, values]) => [key, median(values)]),
)
console.log(
  JSON.stringify({
    medians,
    parseCpuInPipelineOverBare: medians.pipeline / medians.bare,
    parseWallInPipelineOverBare: medians.pipelineWall / medians.bareWall,
    processingOverBareParse: medians.processing / medians.bare,
    rows,
  }),
)
