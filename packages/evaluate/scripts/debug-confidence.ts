/**
 * Try confidence models offline: run the plugin once with the shipped speaker model on PolNeAR
 * train (cached in a JSON file), then fit the confidence model on the train part with and
 * without some feature families and with some L2 penalties, and print, on the validation part,
 * the precision of published speakers at coverage 0.88, 0.90 and 0.92 (as `newsroom eval`
 * counts them). Ranking only: the calibration does not change the order. Delete the cache after
 * changing the plugin or its model.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/debug-confidence.ts [--cache file] [--write 'all:2' [--target 0.975]]
 *
 * `--write` puts one variant's confidence model into the shipped speaker model, to try it with
 * `newsroom eval`; the model to ship is the one `fit-speaker-model` writes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { repository } from './corpus.js'
import { fitLogistic, platt } from './logistic.js'
import {
  calibratedConfidence,
  matchedChoices,
  namedWeights,
  partNames,
  runArticles,
} from './train-runs.js'

interface Row {
  features: Record<string, number>
  right: boolean
  known: boolean
  leaned: boolean
}

const args = process.argv.slice(2)
const cache = args.includes('--cache')
  ? (args[args.indexOf('--cache') + 1] as string)
  : '/tmp/speaker-choices.json'

async function rows(names: readonly string[]): Promise<Row[]> {
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true })
  return matchedChoices(await runArticles(names, processor)).map(
    ({ quote, features, publishable }) => ({
      features,
      right: quote.right,
      known: quote.gold.source !== null,
      // A quote the plugin never publishes (an unclear namesake) counts as leaning to nobody.
      leaned: publishable && (quote.system.speaker ?? quote.system.candidate ?? null) !== null,
    }),
  )
}

let data: { train: Row[]; validation: Row[] }
if (existsSync(cache)) data = JSON.parse(readFileSync(cache, 'utf8'))
else {
  data = { train: await rows(partNames('train')), validation: await rows(partNames('validation')) }
  writeFileSync(cache, JSON.stringify(data))
}

/** Precision of the published at the lowest threshold whose coverage reaches each target. */
function curve(rows: readonly Row[], z: (row: Row) => number): string {
  const known = rows.filter((row) => row.known).length
  const leaned = rows.filter((row) => row.leaned).sort((a, b) => z(b) - z(a))
  return [0.88, 0.9, 0.92]
    .map((target) => {
      const count = Math.ceil(target * known)
      const kept = leaned.slice(0, count)
      const right = kept.filter((row) => row.right).length
      return `${target}: ${((100 * right) / kept.length).toFixed(1)}% (${kept.length - right} wrong)`
    })
    .join('  ')
}

const judged = (list: readonly Row[]) =>
  list.filter((row) => row.known && row.leaned && Object.keys(row.features).length > 0)
const variants: Array<[string, (name: string) => boolean]> = [
  ['without resolution', (name) => !name.startsWith('resolution:')],
  ['all', () => true],
]
console.log(`logit only: ${curve(data.validation, (row) => row.features.logit ?? -99)}`)
for (const [label, keep] of variants) {
  for (const l2 of [2, 10, 30]) {
    const index = new Map<string, number>()
    for (const row of judged(data.train))
      for (const name of Object.keys(row.features).sort())
        if (keep(name) && !index.has(name)) index.set(name, index.size)
    const weights = fitLogistic(judged(data.train), index, l2)
    const z = (row: Row) => {
      if (Object.keys(row.features).length === 0) return -99
      let sum = 0
      for (const [name, value] of Object.entries(row.features)) {
        const at = index.get(name)
        if (at !== undefined) sum += (weights[at] as number) * value
      }
      return sum
    }
    console.log(`${label} l2 ${l2}: ${curve(data.validation, z)}`)
    if (args.includes('--write') && args[args.indexOf('--write') + 1] === `${label}:${l2}`)
      writeModel(index, weights, z)
  }
}

/** Write the shipped model with this confidence model, Platt-scaled and thresholded on validation. */
function writeModel(
  index: ReadonlyMap<string, number>,
  weights: Float64Array,
  z: (row: Row) => number,
): void {
  const { a, b } = platt(judged(data.validation).map((row) => ({ z: z(row), right: row.right })))
  const confidenceOf = (row: Row) =>
    row.leaned && Object.keys(row.features).length > 0 ? calibratedConfidence(z(row), { a, b }) : 0
  const target = args.includes('--target') ? Number(args[args.indexOf('--target') + 1]) : 0.975
  let threshold = 1
  for (let hundredths = 0; hundredths <= 100; hundredths++) {
    const kept = data.validation.filter((row) => confidenceOf(row) >= hundredths / 100)
    if (kept.length === 0) continue
    if (kept.filter((row) => row.right).length / kept.length >= target) {
      threshold = hundredths / 100
      break
    }
  }
  const path = join(repository, 'packages/retext-quotes/src/data/speaker-model.json')
  const model = JSON.parse(readFileSync(path, 'utf8'))
  model.confidence = namedWeights(index, weights, false)
  model.calibration = { a, b }
  model.threshold = threshold
  writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`)
  console.log(`wrote ${path}: a ${a} b ${b} threshold ${threshold}`)
}
