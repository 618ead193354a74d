/**
 * Stage 3: choose the mention that names a quotation's speaker. Each candidate is scored with
 * the weights of the speaker model (a conditional logistic regression fitted on PolNeAR train by
 * `fit-speaker-model` in @newsroom/evaluate); the candidates of one quotation compete in a
 * softmax. How likely the choice is right is a second, small logistic model over the choice
 * (the best one's probability, its margin over the next option, the kind of mention it is, the
 * probability of the speaker it names, which close rivals naming the same person add to),
 * fitted on out-of-fold choices of the train part too, then Platt-scaled on them.
 */
import { BoundedCache } from '@newsroom/names'
import shippedModel from '../data/speaker-model.json' with { type: 'json' }
import type { Candidate } from './candidates.js'
import { featureNameAt, weightsByIndex } from './features.js'

/** The fitted speaker model: feature weights, calibration, and the threshold for publishing. */
export interface SpeakerModel {
  /** Weight of each feature (see `candidates.ts`); a feature not listed weighs 0. */
  weights: Readonly<Record<string, number>>
  /**
   * Weight of each feature of a choice (see `choiceFeatures`) in the confidence score `z`; when
   * absent or empty, `z` is the logit of the chosen candidate's softmax probability.
   */
  confidence?: Readonly<Record<string, number>> | undefined
  /**
   * Platt scaling of the confidence score `z`: the probability the choice is right is
   * `1 / (1 + exp(-(a · z + b)))`.
   */
  calibration: { a: number; b: number }
  /** Confidence (calibrated choice × resolution) from which a speaker is published. */
  threshold: number
}

/** The model shipped with the package. */
export const speakerModel: SpeakerModel = shippedModel as SpeakerModel

/** A candidate's score: the sum of its features' weights times their values. */
export function scoreCandidate(candidate: Candidate, model: SpeakerModel): number {
  const weights = weightsByIndex(model.weights)
  const { indices, values } = candidate.features
  let score = 0
  for (let at = 0; at < indices.length; at++)
    score += (weights[indices[at] as number] as number) * (values[at] as number)
  return score
}

const weightMaps = new WeakMap<SpeakerModel['weights'], ReadonlyMap<string, number>>()

/**
 * A table of weights (a model's `weights` or `confidence`) as a map, made once per table: a
 * look-up in a large object is slow, as the object is a dictionary whose keys must be interned
 * strings, and feature names made for each choice would be interned at each look-up.
 */
function asMap(table: SpeakerModel['weights']): ReadonlyMap<string, number> {
  let weights = weightMaps.get(table)
  if (!weights) {
    weights = new Map(Object.entries(table))
    weightMaps.set(table, weights)
  }
  return weights
}

/** The chosen candidate and its softmax probability among the quotation's candidates. */
export interface Choice {
  candidate: Candidate
  probability: number
  /** Its score less the best score of the other options ("none of these" scores 0). */
  margin: number
  /** How many candidates competed. */
  candidates: number
  /** Each candidate's score, in candidate order. */
  scores: readonly number[]
  /** The index of the chosen candidate among them. */
  index: number
  /** Whether each candidate, in candidate order, is tied to the quotation by a cue. */
  cued: readonly boolean[]
}

/**
 * Rivals scoring more than this below the chosen candidate weigh under 2% of its probability:
 * whom they would resolve to barely moves the choice's confidence, so it is not asked
 * (`rivalsToResolve`), which keeps the cost of asking to the close rivals (0.9 a quotation on
 * PolNeAR train, against 2.9 within 7 and 6.3 in all). Measured out of fold (issue 10, conf4):
 * the threshold for 0.97 keeps 4147 of 4744 within 4, 4150 within 7, 4147 asking every rival.
 */
const rivalReach = 4

/** Indices of the candidates other than the chosen one close enough to it to weigh (`rivalReach`). */
export function rivalsToResolve(choice: Choice): number[] {
  const floor = (choice.scores[choice.index] as number) - rivalReach
  const rivals: number[] = []
  for (const [at, score] of choice.scores.entries())
    if (at !== choice.index && score >= floor) rivals.push(at)
  return rivals
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
  let runnerUp = 0
  for (const [at, score] of scores.entries()) {
    total += Math.exp(score - top)
    if (at !== best) runnerUp = Math.max(runnerUp, score)
  }
  return {
    candidate: candidates[best] as Candidate,
    probability: Math.exp((scores[best] as number) - top) / total,
    margin: (scores[best] as number) - runnerUp,
    candidates: candidates.length,
    scores,
    index: best,
    cued: candidates.map((candidate) => candidate.roles.length > 0),
  }
}

/**
 * Features of the chosen candidate that the confidence model reads as they are: its form, kind
 * and standing, and the marks of how the text ties it to the quotation (a subject opening its
 * clause, one after a preposition or spoken to, a possessive, a colon introducing the quote).
 */
const chosenFeatures: ReadonlySet<string> = new Set([
  'form:name',
  'form:description',
  'kind:organization',
  'kind:place',
  'kind:people',
  'kind:role',
  'kind:body',
  'nearby-only',
  'previous',
  'apposition',
  'distance',
  'opens-clause',
  'after-preposition',
  'object-of-cue',
  'possessive',
  'introduces-quote',
  'person-name',
  'quotes-between',
  'nearest:name',
  'nearest:pronoun-person',
  'roles:several',
])

/**
 * Families of the chosen candidate's features read as they are: where it stands (in the
 * quotation's sentence, the one before, or further) and the cue patterns that tie it to this
 * quotation or the one before (`role:after-subject`, `role:before-subject:far`): out of fold,
 * a choice some patterns make is right more often than its softmax probability says.
 */
const chosenFamilies = ['place:', 'role:', 'previous-role:'] as const

/** Whether the confidence model reads a feature of the chosen candidate. */
export function readsChosenFeature(name: string): boolean {
  return chosenFeatures.has(name) || chosenFamilies.some((family) => name.startsWith(family))
}

/** By feature index, `chosen:` and the name when the confidence model reads it, else null. */
const chosenNames = new Map<number, string | null>()

/** The name of a chosen candidate's feature in the confidence model, made once per feature. */
function chosenName(index: number): string | null {
  let chosen = chosenNames.get(index)
  if (chosen === undefined) {
    const name = featureNameAt(index)
    chosen = readsChosenFeature(name) ? `chosen:${name}` : null
    chosenNames.set(index, chosen)
  }
  return chosen
}

/**
 * The features of a choice for the confidence model: the logit of its softmax probability, its
 * margin (capped: past a clear lead more says nothing), whether it had no rival, whether a cue
 * ties it to the quotation, the features of the chosen mention that say how it stands to the
 * quotation (`readsChosenFeature`, with their values), and how it was resolved to a speaker
 * (given `resolution`): some rules of coreference are surer than others. Given `entities`, the
 * speaker each candidate would resolve to (by `rivalsToResolve`; the chosen one's is its own),
 * also the logit and margin of the speaker rather than the mention (`agreement`).
 */
export function choiceFeatures(
  choice: Choice,
  resolution?: string,
  entities?: ReadonlyMap<number, string | null>,
): Map<string, number> {
  const features = new Map<string, number>()
  visitChoiceFeatures(choice, resolution, entities, (name, value) => {
    features.set(name, value)
  })
  return features
}

/**
 * Call `visit` with each feature of a choice (`choiceFeatures`), in order, each name once: the
 * confidence score sums them as they come, with no map made for each quotation.
 */
function visitChoiceFeatures(
  choice: Choice,
  resolution: string | undefined,
  entities: ReadonlyMap<number, string | null> | undefined,
  visit: (name: string, value: number) => void,
): void {
  visit('bias', 1)
  visit('logit', logit(choice.probability))
  visit('margin', Math.min(choice.margin, 6) / 3)
  if (choice.candidates === 1) visit('single', 1)
  if (choice.candidate.roles.length > 0) visit('cued', 1)
  const { indices, values } = choice.candidate.features
  for (let at = 0; at < indices.length; at++) {
    const chosen = chosenName(indices[at] as number)
    if (chosen !== null) visit(chosen, values[at] as number)
  }
  if (resolution !== undefined) visit(resolutionFeature(resolution), 1)
  if (entities) {
    const { probability, margin } = agreement(choice, entities)
    visit('entity-logit', logit(probability))
    visit('entity-margin', Math.min(margin, 6) / 3)
    if (cuedRival(choice, entities)) visit('rival-cued', 1)
  }
}

/**
 * By resolution, its feature name (`resolution:` and the resolution), made once per resolution
 * (a closed set of rule names; bounded all the same).
 */
const resolutionFeatures = new BoundedCache<string, string>(1000)

/**
 * The feature name of how a choice was resolved: one string per resolution, its hash kept, where
 * a name joined for each choice was hashed again for its weight's look-up.
 */
function resolutionFeature(resolution: string): string {
  let name = resolutionFeatures.get(resolution)
  if (name === undefined) {
    name = `resolution:${resolution}`
    resolutionFeatures.set(resolution, name)
  }
  return name
}

/**
 * Whether a close rival (one in `entities`, see `rivalsToResolve`) naming someone else than the
 * choice is tied to the quotation by a cue of its own: the text offers a cued speaker the model
 * ranked a little lower, so the choice is less sure than its margin says. Measured out of fold
 * on PolNeAR train (session 48, cov48): over six partitions into folds, the surest choices right
 * at 0.97 rise by 12 on average and the wrong at coverage 0.90 fall by 4.
 */
function cuedRival(choice: Choice, entities: ReadonlyMap<number, string | null>): boolean {
  const speaker = entities.get(choice.index) ?? null
  for (const [at, rival] of entities)
    if (at !== choice.index && (speaker === null || rival !== speaker) && choice.cued[at])
      return true
  return false
}

/** The logit of a probability, kept a millionth away from 0 and 1. */
function logit(probability: number): number {
  const p = Math.min(Math.max(probability, 1e-6), 1 - 1e-6)
  return Math.log(p / (1 - p))
}

/**
 * The softmax probability of the speaker chosen rather than of the mention, and its margin over
 * the best candidate naming someone else: a rival that resolves to the same person ("Vale" in
 * the sentence before "she said") backs the choice instead of competing with it, as `newsroom
 * eval` judges a choice by the speaker it names. Only the rivals in `entities` (close ones, see
 * `rivalsToResolve`) can agree; a mention resolving to nobody agrees with no other.
 */
export function agreement(
  choice: Choice,
  entities: ReadonlyMap<number, string | null>,
): { probability: number; margin: number } {
  const best = choice.scores[choice.index] as number
  const top = Math.max(best, 0)
  const speaker = entities.get(choice.index) ?? null
  let total = Math.exp(-top)
  let agreeing = 0
  let rival = 0
  for (const [at, score] of choice.scores.entries()) {
    const weight = Math.exp(score - top)
    total += weight
    if (at === choice.index || (speaker !== null && entities.get(at) === speaker))
      agreeing += weight
    else rival = Math.max(rival, score)
  }
  return { probability: agreeing / total, margin: best - rival }
}

/**
 * Whether a model's confidence weighs how the mention was resolved; if not, the caller weighs
 * it (with the fixed table of coreference).
 */
export function weighsResolution(model: SpeakerModel): boolean {
  return Object.keys(model.confidence ?? {}).some((name) => name.startsWith('resolution:'))
}

/** The confidence score `z` of a choice (before Platt scaling). */
export function confidenceScore(
  choice: Choice,
  model: SpeakerModel,
  resolution?: string,
  entities?: ReadonlyMap<number, string | null>,
): number {
  // As a map made once per model: not a list of its keys made for each choice to count them.
  const weights = model.confidence ? asMap(model.confidence) : undefined
  if (!weights || weights.size === 0) return logit(choice.probability)
  let score = 0
  visitChoiceFeatures(choice, resolution, entities, (name, value) => {
    score += (weights.get(name) ?? 0) * value
  })
  return score
}

/**
 * How likely a choice is right, by the model's confidence weights and calibration; given how
 * its mention was resolved, when the model weighs that.
 */
export function calibrate(
  choice: Choice,
  model: SpeakerModel,
  resolution?: string,
  entities?: ReadonlyMap<number, string | null>,
): number {
  const z = confidenceScore(choice, model, resolution, entities)
  return 1 / (1 + Math.exp(-(model.calibration.a * z + model.calibration.b)))
}
