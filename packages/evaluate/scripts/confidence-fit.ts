/**
 * Steps 5 and 6 of `fit-speaker-model`, shared with `replay-confidence`: the confidence model
 * fit on the out-of-fold choices of some folds, each fold scored by the model of the other
 * folds, Platt-scaled, and the publishing threshold chosen on those scores.
 */
import { chooseThreshold, fitLogistic, platt, type ScoredQuote } from './logistic.js'
import { dot, judgedChoices, type MatchedChoice, namedWeights, scoredQuotes } from './train-runs.js'

/** A fitted confidence model and the out-of-fold scores it was judged by. */
export interface ConfidenceFit {
  /** The weights of the confidence model, fit on the choices of every fold. */
  confidence: Record<string, number>
  calibration: { a: number; b: number }
  threshold: number
  /** Every matched quote of every fold, scored by the confidence model of the other folds. */
  scored: ScoredQuote[]
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
  const threshold = chooseThreshold(
    fitted.flatMap((matched, at) =>
      scoredQuotes(matched, foldConfidences[at] as Record<string, number>, calibration),
    ),
    target,
    bound,
  )
  return { confidence, calibration, threshold, scored }
}
