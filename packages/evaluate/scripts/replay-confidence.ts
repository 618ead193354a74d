/**
 * Replay the confidence fit of `fit-speaker-model` (steps 5 and 6) on the out-of-fold choices a
 * `--dump` wrote, over several partitions of its articles into folds, and compare two dumps
 * partition by partition: a confidence feature is judged by the mean of the paired differences,
 * not by the one partition the fit's model comes from. Also prints the threshold each partition
 * alone would choose and the one the fit chooses, pooled over the partitions.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/replay-confidence.ts before.json [after.json] [--partitions 6] [--confidence-l2 2]
 *
 * Partition 0 is the fit's own (article `i` in name order in fold `i mod k`, as the dump says);
 * the others put each article in a fold by a hash of its name. The choices stay those of the
 * dump (made out of fold by the choice model); only the confidence model's folds change. On the
 * model of main 7a85025 the surest choices kept at precision 0.970 range from 4169 to 4219 of
 * 4755 over six partitions (issue 10, pub19): a confidence feature that moves the fit's count
 * by 20 may move it by nothing on average.
 *
 * Replays the fit's default convention only (`--according-to leave-out`, `--target 0.97`), with
 * the confidence penalty of `--confidence-l2` (default 2, as the fit's). Reads the dumps; writes
 * nothing.
 */
import { parseArgs } from 'node:util'
import { fitConfidence } from './confidence-fit.js'
import {
  citesOutlet,
  type DumpedArticle,
  dumpedChoice,
  isMatched,
  readDump,
} from './dumped-choices.js'
import { chooseThreshold, foldInPartition, rankedCurve, type ScoredQuote } from './logistic.js'
import type { MatchedChoice } from './train-runs.js'

/** How a confidence fit ranks the out-of-fold choices. */
interface Ranking {
  /** The most choices, surest first, right at the target. */
  kept: number
  /** Precision of the surest 90% of the quotes with a marked source. */
  precision: number
  /** Wrong among them. */
  wrong: number
  /** The threshold this partition alone would choose. */
  threshold: number
  /** The quotes a threshold is chosen on, scored as this partition's fit scores them. */
  fittedScored: ScoredQuote[]
}

const target = 0.97
const { values, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    partitions: { type: 'string', default: '6' },
    'confidence-l2': { type: 'string', default: '2' },
  },
})
const partitions = Number(values.partitions)
if (!Number.isInteger(partitions) || partitions < 1)
  throw new TypeError('Expected `--partitions` to be a positive integer')
const l2 = Number(values['confidence-l2'])
if (!(l2 > 0)) throw new TypeError('Expected `--confidence-l2` to be a positive number')
if (paths.length < 1 || paths.length > 2)
  throw new TypeError('Expected one or two dump files, written by `fit-speaker-model --dump`')

/** Rank a dump's choices by a confidence fit over one partition into folds. */
function rank(articles: readonly DumpedArticle[], partition: number): Ranking {
  const k = 1 + Math.max(...articles.map((article) => article.fold))
  const heldOut: MatchedChoice[][] = Array.from({ length: k }, () => [])
  const fitted: MatchedChoice[][] = Array.from({ length: k }, () => [])
  for (const article of articles) {
    const fold = partition === 0 ? article.fold : foldInPartition(article.name, partition, k)
    for (const quote of article.quotes) {
      if (!isMatched(quote)) continue
      const choice = dumpedChoice(article, quote)
      heldOut[fold]?.push(choice)
      // As the fit does: a quotation crediting the outlet cited `according to` over a person the
      // cue names is left out of the confidence fit and the threshold.
      if (!citesOutlet(article, quote)) fitted[fold]?.push(choice)
    }
  }
  const { scored, threshold, fittedScored } = fitConfidence(heldOut, fitted, {
    l2,
    target,
    bound: 0,
  })
  const known = heldOut.flat().filter(({ quote }) => quote.gold.source !== null).length
  return { ...rankedCurve(scored, known, target, 0.9), threshold, fittedScored }
}

const dumps = paths.map(readDump)
const sums = { kept: 0, wrong: 0 }
// One array per partition, flattened once at the end: a spread push of a partition's thousands of
// quotes would pass them all as arguments, which the call stack bounds.
const pooled: ScoredQuote[][][] = dumps.map(() => [])
for (let partition = 0; partition < partitions; partition++) {
  const [before, after] = dumps.map((articles) => rank(articles, partition)) as [
    Ranking,
    Ranking | undefined,
  ]
  pooled[0]?.push(before.fittedScored)
  let line = `partition ${partition}: by rank ${before.kept}, at coverage 0.90 precision ${before.precision.toFixed(4)} (${before.wrong} wrong), threshold ${before.threshold}`
  if (after) {
    pooled[1]?.push(after.fittedScored)
    sums.kept += after.kept - before.kept
    sums.wrong += after.wrong - before.wrong
    line += `; after ${after.kept} (${signed(after.kept - before.kept)}), ${after.precision.toFixed(4)} (${after.wrong} wrong, ${signed(after.wrong - before.wrong)}), threshold ${after.threshold}`
  }
  console.log(line)
}
if (dumps.length === 2)
  console.log(
    `mean difference over ${partitions} partitions: by rank ${signed(sums.kept / partitions)}, wrong at coverage 0.90 ${signed(sums.wrong / partitions)}`,
  )
// The threshold `fit-speaker-model --partitions` chooses: the pooled quotes of every partition.
console.log(
  `threshold pooled over ${partitions} partitions: ${pooled.map((quotes) => chooseThreshold(quotes.flat(), target, 0, partitions)).join(' → ')}`,
)

function signed(value: number): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return value > 0 ? `+${text}` : text
}
