/**
 * Steps 5 and 6 of `fit-speaker-model`, shared with `replay-confidence`: the confidence model
 * fit on the out-of-fold choices of some folds, each fold scored by the model of the other
 * folds, Platt-scaled, and the publishing threshold chosen on those scores, pooled over several
 * partitions of the articles into folds.
 */
import {
  chooseThreshold,
  fitLogistic,
  foldInPartition,
  platt,
  type ScoredQuote,
  wilsonLower,
} from './logistic.js'
import {
  articleOfFile,
  dot,
  judgedChoices,
  type MatchedChoice,
  namedWeights,
  scoredQuotes,
} from './train-runs.js'

/** A fitted confidence model and the out-of-fold scores it was judged by. */
export interface ConfidenceFit {
  /** The weights of the confidence model, fit on the choices of every fold. */
  confidence: Record<string, number>
  calibration: { a: number; b: number }
  threshold: number
  /** Every matched quote of every fold, scored by the confidence model of the other folds. */
  scored: ScoredQuote[]
  /** The quotes the threshold is chosen on (those of `fitted`), scored as in `scored`. */
  fittedScored: ScoredQuote[]
}

/**
 * Fit the confidence model on `fitted` (the matched choices of each fold that the product's
 * conventions leave in) with the penalty `l2`, and score every matched quote of `heldOut` (the
 * same folds, as `newsroom eval` counts them) with the model of the other folds; the threshold
 * is the lowest at which the scored `fitted` quotes reach `target` (by `chooseThreshold`).
 */
export function fitConfidence(
  heldOut: ReadonlyArray<readonly MatchedChoice[]>,
  fitted: ReadonlyArray<readonly MatchedChoice[]>,
  { l2, target, bound }: { l2: number; target: number; bound: number },
): ConfidenceFit {
  const foldChoices = fitted.map(judgedChoices)
  const index = new Map<string, number>()
  for (const { features } of foldChoices.flat())
    for (const name of Object.keys(features).sort())
      if (!index.has(name)) index.set(name, index.size)
  const confidence = namedWeights(index, fitLogistic(foldChoices.flat(), index, l2), false)
  // The confidence model of each fold is fit on the other folds' choices too, so the Platt
  // scaling and the threshold see the confidence scores of choices the models never saw.
  const foldConfidences = foldChoices.map((_, at) =>
    namedWeights(
      index,
      fitLogistic(
        foldChoices.flatMap((other, to) => (to === at ? [] : other)),
        index,
        l2,
      ),
      false,
    ),
  )
  const calibration = platt(
    foldChoices.flatMap((choices, at) =>
      choices.map(({ features, right }) => ({
        z: dot(foldConfidences[at] as Record<string, number>, features),
        right,
      })),
    ),
  )
  // Every matched quote, as `newsroom eval` counts them: one published where the gold marks no
  // source is wrong. The threshold is chosen on those the conventions leave in.
  const scored = heldOut.flatMap((matched, at) =>
    scoredQuotes(matched, foldConfidences[at] as Record<string, number>, calibration),
  )
  const fittedScored = fitted.flatMap((matched, at) =>
    scoredQuotes(matched, foldConfidences[at] as Record<string, number>, calibration),
  )
  const threshold = chooseThreshold(fittedScored, target, bound)
  return { confidence, calibration, threshold, scored, fittedScored }
}

/** A confidence fit whose threshold is chosen over several partitions into folds. */
export interface PartitionedConfidenceFit extends ConfidenceFit {
  /** The threshold each partition alone would choose, partition 0 (the folds given) first. */
  partitionThresholds: number[]
  /** Precision of the pooled quotes the threshold keeps (0 when it keeps none). */
  pooledPrecision: number
}

/**
 * `fitConfidence` over `partitions` partitions of the same out-of-fold choices into folds:
 * partition 0 is the folds given (those the choices were made in, whose fit is the one
 * returned: the model, its calibration and `scored`), the others deal each article to a fold by a
 * hash of its name (`foldInPartition`). The threshold is the lowest at which the pooled quotes
 * of all partitions, each scored by its own partition's fold models and calibration, reach
 * `target`.
 *
 * Why pooled: which fold an article falls in moves the fold models, the calibration and so each
 * quote's confidence across a hundredth, and on train's flat precision curve one quote decides
 * whether a hundredth reaches 0.97 (issue 10, q23a: on main 595cf0f the six partitions choose
 * 0.81 twice and 0.82 four times, and err22's refit, which made 4 wrong choices unpublishable,
 * took partition 0 from 4134 right of 4260 at 0.82 to 4138 of 4266, 0.96999: 0.82 to 0.83).
 * Pooled, that jitter averages out over the partitions, while what a change does to every
 * partition stays.
 */
export function fitConfidenceOverPartitions(
  heldOut: ReadonlyArray<readonly MatchedChoice[]>,
  fitted: ReadonlyArray<readonly MatchedChoice[]>,
  {
    l2,
    target,
    bound,
    partitions,
  }: { l2: number; target: number; bound: number; partitions: number },
): PartitionedConfidenceFit {
  if (!Number.isInteger(partitions) || partitions < 1)
    throw new TypeError(`Expected \`partitions\` to be a positive integer, not \`${partitions}\``)
  const k = heldOut.length
  // Partition 0 keeps the folds given; only the others are dealt anew.
  const regroup = (
    choices: ReadonlyArray<readonly MatchedChoice[]>,
    partition: number,
  ): MatchedChoice[][] => {
    const regrouped: MatchedChoice[][] = Array.from({ length: k }, () => [])
    for (const choice of choices.flat())
      regrouped[foldInPartition(articleOfFile(choice.quote.file), partition, k)]?.push(choice)
    return regrouped
  }
  const options = { l2, target, bound }
  const fits = Array.from({ length: partitions }, (_, partition) =>
    partition === 0
      ? fitConfidence(heldOut, fitted, options)
      : fitConfidence(regroup(heldOut, partition), regroup(fitted, partition), options),
  )
  const pooled = fits.flatMap((fit) => fit.fittedScored)
  const threshold = chooseThreshold(pooled, target, bound, partitions)
  const kept = pooled.filter((quote) => quote.confidence >= threshold)
  const keptRight = kept.filter((quote) => quote.right).length
  const first = fits[0] as ConfidenceFit
  return {
    ...first,
    threshold,
    partitionThresholds: fits.map((fit) => fit.threshold),
    pooledPrecision: wilsonLower(keptRight, kept.length, 0),
  }
}
