import { describe, expect, it } from 'vitest'
import { median, medianInterval, quantile } from '../scripts/benchmark-statistics.js'

describe('quantile', () => {
  it('interpolates between ranks, whatever the order given', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75)
    expect(quantile([4, 1, 3, 2], 0)).toBe(1)
    expect(quantile([4, 1, 3, 2], 1)).toBe(4)
  })

  it('is NaN for no values and rejects a quantile outside 0 to 1', () => {
    expect(quantile([], 0.5)).toBeNaN()
    expect(() => quantile([1], 1.5)).toThrow(/`q`/)
  })
})

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 9])).toBe(5)
    expect(median([5, 1, 9, 3])).toBe(4)
  })
})

describe('medianInterval', () => {
  it('takes the 6th lowest and 6th highest of 20 rounds at 95%', () => {
    // P(Bin(20, ½) ≤ 5) = 0.0207 ≤ 0.025 < P(Bin(20, ½) ≤ 6) = 0.0577.
    const rounds = Array.from({ length: 20 }, (_, at) => 20 - at)
    expect(medianInterval(rounds)).toEqual({ low: 6, high: 15, exact: true })
  })

  it('takes the extremes of 6 rounds, the fewest for 95% (1/64 ≤ 0.025)', () => {
    expect(medianInterval([3, 1, 6, 2, 5, 4])).toEqual({ low: 1, high: 6, exact: true })
  })

  it('says so when there are too few rounds for the confidence asked', () => {
    expect(medianInterval([3, 1, 2, 5, 4])).toEqual({ low: 1, high: 5, exact: false })
    expect(medianInterval([])).toEqual({ low: Number.NaN, high: Number.NaN, exact: false })
  })

  it('narrows as the confidence asked falls', () => {
    const rounds = Array.from({ length: 20 }, (_, at) => at + 1)
    // P(Bin(20, ½) ≤ 6) = 0.0577 ≤ 0.1 < P(Bin(20, ½) ≤ 7) = 0.1316.
    expect(medianInterval(rounds, 0.8)).toEqual({ low: 7, high: 14, exact: true })
  })

  it('is not moved by one wild round', () => {
    // 10 rounds: P(Bin(10, ½) ≤ 1) = 0.0107, so the 2nd lowest and the 2nd highest.
    const rounds = [3, 3.1, 2.9, 3.05, 2.95, 3.02, 2.98, 3.01, 2.99, 50]
    expect(medianInterval(rounds)).toEqual({ low: 2.95, high: 3.1, exact: true })
    expect(medianInterval(rounds.map((value) => (value === 50 ? 5000 : value)))).toEqual(
      medianInterval(rounds),
    )
  })
})
