import { describe, expect, it } from 'vitest'
import type { Candidate } from '../src/lib/candidates.js'
import {
  agreement,
  type Choice,
  calibrate,
  choiceFeatures,
  chooseCandidate,
  confidenceScore,
  readsChosenFeature,
  rivalsToResolve,
  type SpeakerModel,
  scoreCandidate,
  speakerModel,
  weighsResolution,
} from '../src/lib/choose.js'
import { FeatureValues } from '../src/lib/features.js'

/** A candidate mention with the given features (its other fields do not enter the score). */
function candidate(text: string, features: Record<string, number>): Candidate {
  return {
    paragraph: 0,
    phrase: { text, start: 0, end: text.length, form: 'name', appositions: [] },
    roles: [],
    rank: 0,
    cue: null,
    previousRoles: [],
    nextRoles: [],
    nearby: true,
    known: undefined,
    cued: false,
    sentenceSubject: false,
    features: FeatureValues.from(features),
  }
}

const model: SpeakerModel = {
  weights: { 'role:after-subject': 2, distance: -1, 'form:pronoun': 0.5 },
  calibration: { a: 1, b: 0 },
  threshold: 0.8,
}

describe('scoreCandidate', () => {
  it('sums the weights of the features times their values; unknown features weigh 0', () => {
    expect(scoreCandidate(candidate('Ann Vale', { 'role:after-subject': 1 }), model)).toBe(2)
    expect(
      scoreCandidate(candidate('she', { 'form:pronoun': 1, distance: 0.5, unknown: 9 }), model),
    ).toBeCloseTo(0)
    expect(scoreCandidate(candidate('Ann Vale', {}), model)).toBe(0)
  })

  it('reads the weights of each model, not those of the first one it saw', () => {
    const other: SpeakerModel = { ...model, weights: { 'role:after-subject': -3 } }
    const vale = candidate('Ann Vale', { 'role:after-subject': 1 })
    expect(scoreCandidate(vale, model)).toBe(2)
    expect(scoreCandidate(vale, other)).toBe(-3)
  })
})

describe('chooseCandidate', () => {
  it('chooses nobody among no candidates', () => {
    expect(chooseCandidate([], model)).toBeNull()
  })

  it('chooses the best-scoring candidate, with its softmax probability', () => {
    const vale = candidate('Ann Vale', { 'role:after-subject': 1 })
    const brio = candidate('Tomas Brio', { distance: 1 })
    const choice = chooseCandidate([brio, vale], model)
    expect(choice?.candidate).toBe(vale)
    // Scores 2 and -1 against "none of these" at 0.
    const expected = Math.exp(2) / (Math.exp(2) + Math.exp(-1) + Math.exp(0))
    expect(choice?.probability).toBeCloseTo(expected, 10)
  })

  it('gives a lone candidate with nothing for it an even chance against "none of these"', () => {
    const choice = chooseCandidate([candidate('Ann Vale', {})], model)
    expect(choice?.probability).toBeCloseTo(0.5, 10)
  })

  it('keeps the first of equal candidates, in candidate order', () => {
    const first = candidate('Ann Vale', { 'role:after-subject': 1 })
    const second = candidate('Tomas Brio', { 'role:after-subject': 1 })
    expect(chooseCandidate([first, second], model)?.candidate).toBe(first)
    expect(chooseCandidate([second, first], model)?.candidate).toBe(second)
  })

  it('stays finite with very large or very small scores', () => {
    const sure = candidate('Ann Vale', { 'role:after-subject': 500 })
    const unlikely = candidate('Tomas Brio', { distance: 500 })
    expect(chooseCandidate([sure, unlikely], model)?.probability).toBeCloseTo(1, 10)
    const choice = chooseCandidate([unlikely], model)
    expect(choice?.candidate).toBe(unlikely)
    expect(choice?.probability).toBeGreaterThanOrEqual(0)
    expect(Number.isFinite(choice?.probability)).toBe(true)
  })
})

/** A choice of `chosen` at `probability`, with a margin over the next option and a rival count. */
function choiceOf(
  probability: number,
  margin = 1,
  candidates = 2,
  chosen = candidate('Ann Vale', {}),
) {
  const scores = Array.from({ length: candidates }, (_, at) => (at === 0 ? margin : 0))
  const cued = Array.from({ length: candidates }, (_, at) =>
    at === 0 ? chosen.roles.length > 0 : false,
  )
  return { candidate: chosen, probability, margin, candidates, scores, index: 0, cued }
}

describe('chooseCandidate margins', () => {
  it('measures the lead over the next candidate, or over "none of these" when alone', () => {
    const vale = candidate('Ann Vale', { 'role:after-subject': 1 })
    const brio = candidate('Tomas Brio', { distance: 1 })
    expect(chooseCandidate([brio, vale], model)?.margin).toBeCloseTo(2, 10)
    expect(chooseCandidate([brio, vale], model)?.candidates).toBe(2)
    // Alone at -1, "none of these" (0) is the better option: the margin is negative.
    expect(chooseCandidate([brio], model)?.margin).toBeCloseTo(-1, 10)
  })
})

describe('choiceFeatures', () => {
  it('reads the logit, the capped margin, a lone candidate and the chosen mention', () => {
    const cued = {
      ...candidate('she', { 'form:description': 1, 'place:same-sentence': 1 }),
      roles: ['after-subject'] as Candidate['roles'],
    }
    const features = choiceFeatures(choiceOf(0.8, 9, 1, cued))
    expect(features.get('bias')).toBe(1)
    expect(features.get('logit')).toBeCloseTo(Math.log(0.8 / 0.2), 10)
    // A lead past 6 says no more than 6.
    expect(features.get('margin')).toBeCloseTo(2, 10)
    expect(features.get('single')).toBe(1)
    expect(features.get('cued')).toBe(1)
    expect(features.get('chosen:form:description')).toBe(1)
    expect(features.get('chosen:place:same-sentence')).toBe(1)
  })

  it('leaves out what a choice does not have, and keeps the logit finite at 0 and 1', () => {
    const features = choiceFeatures(choiceOf(1, 0.5, 3))
    expect(features.has('single')).toBe(false)
    expect(features.has('cued')).toBe(false)
    expect(Number.isFinite(features.get('logit'))).toBe(true)
    expect(Number.isFinite(choiceFeatures(choiceOf(0)).get('logit'))).toBe(true)
  })

  it('reads the cue roles, distance and ties of the chosen mention with their values', () => {
    const chosen = candidate('Ann Vale', {
      'role:before-subject': 1,
      'role:before-subject:far': 1,
      'previous-role:after-subject': 1,
      'roles:several': 1,
      distance: 0.4,
      'opens-clause': 1,
      'after-preposition': 1,
      'nearest:name': 1,
      // What the choice's own features already say, or the candidate model alone weighs.
      'form-place:name:same-before': 1,
      'no-cue:name:same-before': 1,
      'name:calendar': 1,
    })
    const features = choiceFeatures(choiceOf(0.7, 1, 2, chosen))
    expect(features.get('chosen:role:before-subject')).toBe(1)
    expect(features.get('chosen:role:before-subject:far')).toBe(1)
    expect(features.get('chosen:previous-role:after-subject')).toBe(1)
    expect(features.get('chosen:roles:several')).toBe(1)
    expect(features.get('chosen:distance')).toBe(0.4)
    expect(features.get('chosen:opens-clause')).toBe(1)
    expect(features.get('chosen:after-preposition')).toBe(1)
    expect(features.get('chosen:nearest:name')).toBe(1)
    expect(features.has('chosen:form-place:name:same-before')).toBe(false)
    expect(features.has('chosen:no-cue:name:same-before')).toBe(false)
    expect(features.has('chosen:name:calendar')).toBe(false)
  })

  it('reads how the chosen mention was resolved, when given', () => {
    const features = choiceFeatures(choiceOf(0.6, 0.4, 3), 'recent-body')
    expect(features.get('resolution:recent-body')).toBe(1)
    expect(choiceFeatures(choiceOf(0.6, 0.4, 3)).has('resolution:recent-body')).toBe(false)
  })
})

describe('agreement', () => {
  // Ann Vale chosen at 2; "she" (1) names her too, Tomas Brio (1) does not, a far one (-10).
  const choice: Choice = {
    ...choiceOf(0.5, 1, 4),
    scores: [2, 1, 1, -10],
    index: 0,
  }
  const total = Math.exp(-2) + 1 + 2 * Math.exp(-1) + Math.exp(-12)

  it('asks only about the rivals close enough to weigh', () => {
    expect(rivalsToResolve(choice)).toEqual([1, 2])
  })

  it('adds the probability of rivals naming the chosen speaker, and measures the lead over others', () => {
    const entities = new Map([
      [0, 'ann-vale'],
      [1, 'ann-vale'],
      [2, 'tomas-brio'],
    ])
    const { probability, margin } = agreement(choice, entities)
    expect(probability).toBeCloseTo((1 + Math.exp(-1)) / total, 10)
    expect(margin).toBeCloseTo(1, 10)
    const features = choiceFeatures(choice, 'name', entities)
    expect(features.get('entity-logit')).toBeCloseTo(Math.log(probability / (1 - probability)), 10)
    expect(features.get('entity-margin')).toBeCloseTo(1 / 3, 10)
  })

  it('lets no rival agree with a mention that resolves to nobody', () => {
    const entities = new Map<number, string | null>([
      [0, null],
      [1, null],
      [2, 'tomas-brio'],
    ])
    expect(agreement(choice, entities).probability).toBeCloseTo(1 / total, 10)
    expect(agreement(choice, entities).margin).toBeCloseTo(1, 10)
    expect(choiceFeatures(choice, 'name').has('entity-logit')).toBe(false)
  })
})

describe('rival-cued', () => {
  // Ann Vale chosen at 2 with no cue; "Tomas Brio said" (1) close behind, a far cued one (-10).
  const choice: Choice = {
    ...choiceOf(0.5, 1, 4),
    scores: [2, 1, 1, -10],
    index: 0,
    cued: [false, false, true, true],
  }

  it('marks a close rival with a cue of its own that names someone else', () => {
    const entities = new Map([
      [0, 'ann-vale'],
      [1, 'ann-vale'],
      [2, 'tomas-brio'],
    ])
    expect(choiceFeatures(choice, 'name', entities).get('rival-cued')).toBe(1)
  })

  it('reads no rival naming the chosen speaker, and no far one', () => {
    const agreeing = new Map([
      [0, 'ann-vale'],
      [1, 'ann-vale'],
      [2, 'ann-vale'],
    ])
    expect(choiceFeatures(choice, 'name', agreeing).has('rival-cued')).toBe(false)
    // Only the rivals in `entities` (the close ones `rivalsToResolve` asks about) are read: the
    // cued candidate at -10 is not among them.
    const uncuedRival = { ...choice, cued: [false, true, false, true] }
    const entities = new Map([
      [0, 'ann-vale'],
      [1, 'ann-vale'],
      [2, 'tomas-brio'],
    ])
    expect(choiceFeatures(uncuedRival, 'name', entities).has('rival-cued')).toBe(false)
  })

  it('counts a cued rival against a choice that resolves to nobody', () => {
    const entities = new Map<number, string | null>([
      [0, null],
      [1, null],
      [2, null],
    ])
    expect(choiceFeatures(choice, 'name', entities).get('rival-cued')).toBe(1)
  })
})

describe('readsChosenFeature', () => {
  it('reads place and cue-role families and a fixed set of ties, not conjunctions', () => {
    for (const name of [
      'place:previous-sentence',
      'role:after-inverted',
      'previous-role:colon-subject',
      'kind:organization',
      'distance',
      'possessive',
    ])
      expect(readsChosenFeature(name)).toBe(true)
    for (const name of ['kind-place:person:same-after', 'form:pronoun-person', 'bias', 'role'])
      expect(readsChosenFeature(name)).toBe(false)
  })
})

describe('calibrate', () => {
  it('applies Platt scaling to the logit of the probability when the model has no confidence weights', () => {
    expect(calibrate(choiceOf(0.5), model)).toBeCloseTo(0.5, 10)
    expect(calibrate(choiceOf(0.8), model)).toBeCloseTo(0.8, 10)
    const shifted: SpeakerModel = { ...model, calibration: { a: 2, b: 1 } }
    const logit = Math.log(0.8 / 0.2)
    expect(calibrate(choiceOf(0.8), shifted)).toBeCloseTo(1 / (1 + Math.exp(-(2 * logit + 1))), 10)
  })

  it('scores a choice by the confidence weights of its features', () => {
    const weighted: SpeakerModel = { ...model, confidence: { bias: -1, single: 3 } }
    expect(confidenceScore(choiceOf(0.5, 1, 1), weighted)).toBeCloseTo(2, 10)
    expect(confidenceScore(choiceOf(0.5, 1, 2), weighted)).toBeCloseTo(-1, 10)
    expect(calibrate(choiceOf(0.5, 1, 1), weighted)).toBeGreaterThan(
      calibrate(choiceOf(0.5, 1, 2), weighted),
    )
  })

  it('weighs how the mention was resolved when the model has weights for it', () => {
    const weighted: SpeakerModel = {
      ...model,
      confidence: { bias: 0, 'resolution:name': 2, 'resolution:pronoun-earlier': -1 },
    }
    expect(weighsResolution(weighted)).toBe(true)
    expect(weighsResolution(model)).toBe(false)
    expect(confidenceScore(choiceOf(0.5), weighted, 'name')).toBeCloseTo(2, 10)
    expect(calibrate(choiceOf(0.5), weighted, 'name')).toBeGreaterThan(
      calibrate(choiceOf(0.5), weighted, 'pronoun-earlier'),
    )
  })

  it('stays strictly between 0 and 1 at the ends', () => {
    expect(calibrate(choiceOf(1), model)).toBeLessThan(1)
    expect(calibrate(choiceOf(0), model)).toBeGreaterThan(0)
  })

  it('keeps the order of probabilities of like choices with the shipped model', () => {
    // A lone candidate whose score gives it probability p, as the plugin asks: with its speaker.
    const values = [0.2, 0.5, 0.7, 0.9, 0.99].map((p) => {
      const score = Math.log(p / (1 - p))
      const lone: Choice = { ...choiceOf(p, score, 1), scores: [score], index: 0 }
      return calibrate(lone, speakerModel, 'name', new Map([[0, 'ann-vale']]))
    })
    expect([...values].sort((a, b) => a - b)).toEqual(values)
  })
})

describe('speakerModel', () => {
  it('ships weights, a calibration and a threshold between 0 and 1', () => {
    expect(Object.keys(speakerModel.weights).length).toBeGreaterThan(20)
    for (const weight of Object.values(speakerModel.weights))
      expect(Number.isFinite(weight)).toBe(true)
    expect(speakerModel.calibration.a).toBeGreaterThan(0)
    expect(speakerModel.threshold).toBeGreaterThan(0)
    expect(speakerModel.threshold).toBeLessThan(1)
  })

  it('favours a cued subject over a name merely nearby, and distance counts against', () => {
    expect(speakerModel.weights['role:after-subject']).toBeGreaterThan(0)
    expect(speakerModel.weights.distance).toBeLessThan(0)
  })
})
