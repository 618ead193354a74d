/**
 * Stage 3: choose the mention that names a quotation's speaker. Each candidate is scored with
 * the weights of the speaker model (a conditional logistic regression fitted on PolNeAR train by
 * `fit-speaker-model` in @newsroom/evaluate); the candidates of one quotation compete in a
 * softmax, and the best one's probability, calibrated on the validation part of train, says how
 * likely the choice is right.
 */
import shippedModel from '../data/speaker-model.json' with { type: 'json' }
import type { Candidate } from './candidates.js'

/** The fitted speaker model: feature weights, calibration, and the threshold for publishing. */
export interface SpeakerModel {
  /** Weight of each feature (see `candidates.ts`); a feature not listed weighs 0. */
  weights: Readonly<Record<string, number>>
  /**
   * Platt scaling of the chosen candidate's softmax probability `p`: the probability the choice
   * is right is `1 / (1 + exp(-(a · logit(p) + b)))`.
   */
  calibration: { a: number; b: number }
  /** Confidence (calibrated choice × resolution) from which a speaker is published. */
  threshold: number
}

/** The model shipped with the package. */
export const speakerModel: SpeakerModel = shippedModel as SpeakerModel

/** A candidate's score: the sum of its features' weights times their values. */
export function scoreCandidate(candidate: Candidate, model: SpeakerModel): number {
  const weights = weightsOf(model)
  let score = 0
  // `forEach`, not `for…of`: no [name, value] pair is allocated for each feature.
  candidate.features.forEach((value, name) => {
    score += (weights.get(name) ?? 0) * value
  })
  return score
}

const weightMaps = new WeakMap<SpeakerModel['weights'], ReadonlyMap<string, number>>()

/** A model's weights as a map, made once per model: a lookup in a large object is slow. */
function weightsOf(model: SpeakerModel): ReadonlyMap<string, number> {
  let weights = weightMaps.get(model.weights)
  if (!weights) {
    weights = new Map(Object.entries(model.weights))
    weightMaps.set(model.weights, weights)
  }
  return weights
}

/** The chosen candidate and its softmax probability among the quotation's candidates. */
export interface Choice {
  candidate: Candidate
  probability: number
}

/**
 * The best-scoring candidate (the first of equals, in candidate order), or null when none, with
 * its probability. The softmax holds one more option, "none of these", scored 0: a lone
 * candidate with little for it is not a sure one.
 */
export function chooseCandidate(
  candidates: readonly Candidate[],
  model: SpeakerModel,
): Choice | null {
  if (candidates.length === 0) return null
  const scores = candidates.map((candidate) => scoreCandidate(candidate, model))
  let best = 0
  for (let at = 1; at < scores.length; at++)
    if ((scores[at] as number) > (scores[best] as number)) best = at
  const top = Math.max(scores[best] as number, 0)
  let total = Math.exp(-top)
  for (const score of scores) total += Math.exp(score - top)
  return {
    candidate: candidates[best] as Candidate,
    probability: Math.exp((scores[best] as number) - top) / total,
  }
}

/** How likely a choice of the given softmax probability is right, by the model's calibration. */
export function calibrate(probability: number, model: SpeakerModel): number {
  const p = Math.min(Math.max(probability, 1e-6), 1 - 1e-6)
  const logit = Math.log(p / (1 - p))
  return 1 / (1 + Math.exp(-(model.calibration.a * logit + model.calibration.b)))
}
