import { describe, expect, it } from 'vitest'
import {
  chooseThreshold,
  fitLogistic,
  foldInPartition,
  folds,
  platt,
  rankedCurve,
  wilsonLower,
  wilsonUpper,
} from '../scripts/logistic.js'

describe('folds', () => {
  it('deals items to folds by their place, in order', () => {
    expect(folds(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ])
  })

  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 23 }, (_, at) => at)
    const parts = folds(items, 5)
    expect(parts).toHaveLength(5)
    expect(parts.flat().sort((a, b) => a - b)).toEqual(items)
  })

  it('rejects fewer than two folds', () => {
    expect(() => folds([1, 2], 1)).toThrow(TypeError)
    expect(() => folds([1, 2], 2.5)).toThrow(/`k`/)
  })
})

describe('foldInPartition', () => {
  const names = Array.from({ length: 200 }, (_, at) => `wsj_${String(at).padStart(4, '0')}.txt`)

  it('leaves partition 0, the folds the caller already has, to the caller', () => {
    expect(() => foldInPartition('wsj_0001.txt', 0, 5)).toThrow(/`partition`/)
    expect(() => foldInPartition('wsj_0001.txt', 1.5, 5)).toThrow(TypeError)
  })

  it('deals names to every fold, differently in each other partition', () => {
    const dealt = [1, 2].map((partition) =>
      names.map((name) => foldInPartition(name, partition, 5)),
    )
    for (const folds of dealt)
      for (let fold = 0; fold < 5; fold++)
        expect(folds.filter((at) => at === fold).length).toBeGreaterThan(20)
    expect(dealt[0]).not.toEqual(dealt[1])
    expect(names.map((name) => foldInPartition(name, 1, 5))).toEqual(dealt[0])
  })
})

describe('wilsonLower', () => {
  it('is the proportion itself at z 0', () => {
    expect(wilsonLower(97, 100, 0)).toBe(0.97)
  })

  it('lies below the proportion and closes in on it as the count grows', () => {
    const small = wilsonLower(97, 100, 1.645)
    const large = wilsonLower(9700, 10000, 1.645)
    expect(small).toBeLessThan(large)
    expect(large).toBeLessThan(0.97)
    // By hand: (0.97 + z²/200 − z·√(0.97·0.03/100 + z²/40000)) / (1 + z²/100), z 1.645.
    expect(small).toBeCloseTo(0.9273, 4)
  })

  it('is 0 with nothing counted', () => {
    expect(wilsonLower(0, 0, 1.645)).toBe(0)
  })
})

describe('wilsonUpper', () => {
  it('mirrors the lower end of the wrong ones', () => {
    // By hand, z 1.96: 36 of 52 spans 0.557 to 0.801.
    expect(wilsonLower(36, 52, 1.96)).toBeCloseTo(0.5573, 3)
    expect(wilsonUpper(36, 52, 1.96)).toBeCloseTo(0.8009, 3)
    expect(wilsonUpper(97, 100, 0)).toBeCloseTo(0.97, 10)
  })

  it('is 1 with nothing counted', () => {
    expect(wilsonUpper(0, 0, 1.96)).toBe(1)
  })
})

describe('chooseThreshold', () => {
  // 100 quotes at confidence 0.9 (all right), 100 at 0.5 (half right), 50 leaned to nobody.
  const quotes = [
    ...Array.from({ length: 100 }, () => ({ confidence: 0.9, right: true })),
    ...Array.from({ length: 100 }, (_, at) => ({ confidence: 0.5, right: at % 2 === 0 })),
    ...Array.from({ length: 50 }, () => ({ confidence: 0, right: false })),
  ]

  it('picks the lowest threshold that reaches the target', () => {
    expect(chooseThreshold(quotes, 0.7, 0)).toBe(0.01)
    expect(chooseThreshold(quotes, 0.8, 0)).toBe(0.51)
  })

  it('asks more of the lower bound than of the proportion', () => {
    // 100 right at 0.9 and one wrong at 0.6: 100 of 101 is above 0.97, its lower bound is not.
    const few = [
      ...Array.from({ length: 100 }, () => ({ confidence: 0.9, right: true })),
      { confidence: 0.6, right: false },
    ]
    expect(chooseThreshold(few, 0.97, 0)).toBe(0.01)
    expect(chooseThreshold(few, 0.97, 1.645)).toBe(0.61)
  })

  it('falls back to the threshold with the best bound when none reaches the target', () => {
    expect(chooseThreshold(quotes, 0.99, 1.645)).toBe(0.51)
  })

  it('takes the bound of pooled copies on the counts of one copy', () => {
    // The 101 quotes of `few` scored over six partitions: 600 of 606 is as sure as 100 of 101.
    const few = [
      ...Array.from({ length: 100 }, () => ({ confidence: 0.9, right: true })),
      { confidence: 0.6, right: false },
    ]
    const pooled = Array.from({ length: 6 }, () => few).flat()
    expect(chooseThreshold(pooled, 0.97, 1.645, 6)).toBe(0.61)
    expect(chooseThreshold(pooled, 0.97, 1.645)).toBe(0.01)
  })

  it('reads the pooled precision of partitions that disagree', () => {
    // At 0.82 one partition keeps 97 right of 100, the other 96 of 100: pooled, 0.965.
    const partition = (wrongAt082: number) => [
      ...Array.from({ length: 90 }, () => ({ confidence: 0.9, right: true })),
      ...Array.from({ length: 10 }, (_, at) => ({ confidence: 0.82, right: at >= wrongAt082 })),
    ]
    expect(chooseThreshold(partition(3), 0.97, 0)).toBe(0.01)
    expect(chooseThreshold(partition(4), 0.97, 0)).toBe(0.83)
    expect(chooseThreshold([...partition(3), ...partition(4)], 0.97, 0, 2)).toBe(0.83)
    expect(chooseThreshold([...partition(3), ...partition(2)], 0.97, 0, 2)).toBe(0.01)
  })
})

describe('rankedCurve', () => {
  // Rounded to the same hundredth, the scores still order the quotes: the wrong one is last.
  const quotes = [
    ...Array.from({ length: 9 }, (_, at) => ({
      confidence: 0.9,
      score: 0.904 - at / 1000,
      right: true,
    })),
    { confidence: 0.9, score: 0.895, right: false },
    { confidence: 0, score: 0, right: false },
  ]

  it('keeps the surest quotes as long as their precision reaches the target', () => {
    expect(rankedCurve(quotes, 10, 0.95, 0.9)).toEqual({ kept: 9, precision: 1, wrong: 0 })
    expect(rankedCurve(quotes, 10, 0.9, 1)).toEqual({ kept: 10, precision: 0.9, wrong: 1 })
  })

  it('never keeps a quote of confidence 0, and orders by confidence without scores', () => {
    const unscored = quotes.map(({ confidence, right }) => ({ confidence, right }))
    expect(rankedCurve(unscored, 11, 0.5, 1).kept).toBe(10)
  })
})

describe('fitLogistic and platt', () => {
  it('learn which feature marks the right choices', () => {
    const examples = Array.from({ length: 200 }, (_, at) => ({
      // Sure choices are right 7 times in 8, the others half the time.
      features: { bias: 1, sure: at % 5 === 0 ? 0 : 1 },
      right: at % 5 === 0 ? at % 2 === 0 : at % 8 !== 1,
    }))
    const index = new Map([
      ['bias', 0],
      ['sure', 1],
    ])
    const weights = fitLogistic(examples, index, 0.1)
    expect(weights[1]).toBeGreaterThan(1)
    const pairs = examples.map(({ features, right }) => ({
      z: (weights[0] as number) + (weights[1] as number) * features.sure,
      right,
    }))
    // Already calibrated in-sample: Platt scaling stays near the identity.
    const { a, b } = platt(pairs)
    expect(a).toBeCloseTo(1, 1)
    expect(b).toBeCloseTo(0, 1)
  })
})
