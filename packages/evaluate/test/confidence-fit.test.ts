import { describe, expect, it } from 'vitest'
import { fitConfidence, fitConfidenceOverPartitions } from '../scripts/confidence-fit.js'
import { foldInPartition } from '../scripts/logistic.js'
import type { MatchedChoice } from '../scripts/train-runs.js'

const k = 5
const options = { l2: 2, target: 0.9, bound: 0 }

/**
 * Invented out-of-fold choices: 60 articles dealt to `k` folds by their place, 4 quotes each,
 * whose speaker is right more often the higher the feature `cue`, with noise from a fixed
 * sequence so that which fold an article falls in moves the fold models.
 */
function syntheticFolds(leaned = true): MatchedChoice[][] {
  const folds: MatchedChoice[][] = Array.from({ length: k }, () => [])
  let state = 12345
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 2 ** 32
  }
  for (let article = 0; article < 60; article++)
    for (let at = 0; at < 4; at++) {
      const cue = next() * 4 - 2
      const right = cue + next() * 2 - 1 > -0.8
      folds[article % k]?.push({
        quote: {
          file: `article-${article}.txt`,
          gold: { text: `Quote ${at}.`, source: { text: 'Vale', span: null } },
          system: {
            text: `Quote ${at}.`,
            speaker: leaned ? 'Ann Vale' : null,
            candidate: null,
            mention: { text: 'Vale', span: null },
          },
          right,
        },
        features: { cue, bias: 1 },
        publishable: true,
      })
    }
  return folds
}

describe('fitConfidenceOverPartitions', () => {
  const given = syntheticFolds()

  it('with one partition is fitConfidence on the folds given', () => {
    const alone = fitConfidence(given, given, options)
    const partitioned = fitConfidenceOverPartitions(given, given, { ...options, partitions: 1 })
    expect(partitioned.threshold).toBe(alone.threshold)
    expect(partitioned.confidence).toEqual(alone.confidence)
    expect(partitioned.calibration).toEqual(alone.calibration)
    expect(partitioned.scored).toEqual(alone.scored)
    expect(partitioned.partitionThresholds).toEqual([alone.threshold])
  })

  it('returns the model and calibration of partition 0, whatever the others fit', () => {
    const alone = fitConfidence(given, given, options)
    const regrouped: MatchedChoice[][] = Array.from({ length: k }, () => [])
    for (const choice of given.flat())
      regrouped[foldInPartition(choice.quote.file, 1, k)]?.push(choice)
    const second = fitConfidence(regrouped, regrouped, options)
    // Otherwise the test could not tell partition 0's fit from partition 1's.
    expect(second.calibration).not.toEqual(alone.calibration)
    const partitioned = fitConfidenceOverPartitions(given, given, { ...options, partitions: 3 })
    expect(partitioned.confidence).toEqual(alone.confidence)
    expect(partitioned.calibration).toEqual(alone.calibration)
    expect(partitioned.scored).toEqual(alone.scored)
    expect(partitioned.partitionThresholds).toHaveLength(3)
    expect(partitioned.partitionThresholds[0]).toBe(alone.threshold)
    expect(partitioned.partitionThresholds[1]).toBe(second.threshold)
  })

  it('gives a precision of 0, not NaN, when the threshold keeps no quote', () => {
    const unleaned = syntheticFolds(false)
    const partitioned = fitConfidenceOverPartitions(unleaned, unleaned, {
      ...options,
      partitions: 2,
    })
    expect(partitioned.pooledPrecision).toBe(0)
  })

  it('rejects a partition count that is not a positive integer', () => {
    for (const partitions of [0, -1, 1.5, Number.NaN])
      expect(() => fitConfidenceOverPartitions(given, given, { ...options, partitions })).toThrow(
        /`partitions`/,
      )
  })
})
