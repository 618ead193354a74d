import { describe, expect, it } from 'vitest'
import { bytesPerExtraWorker, workersFor } from '../src/worker-count.js'

const articles = (count: number, bytes = 2_000) => Array.from({ length: count }, () => bytes)

describe('workersFor', () => {
  it('starts one worker for a small batch, whatever --jobs asks', () => {
    expect(workersFor(2, articles(10))).toBe(1)
    expect(workersFor(8, articles(40))).toBe(1)
  })

  it('adds a worker for each share of work that outweighs its start-up, up to --jobs', () => {
    expect(workersFor(2, [bytesPerExtraWorker])).toBe(1)
    expect(workersFor(2, [bytesPerExtraWorker, 1])).toBe(2)
    expect(workersFor(2, articles(200))).toBe(2)
    expect(workersFor(4, articles(200))).toBe(2)
    expect(workersFor(8, articles(1_000))).toBe(8)
    expect(workersFor(16, articles(1_000))).toBe(8)
    expect(workersFor(1, articles(1_000))).toBe(1)
  })

  it('never starts more workers than files, nor none', () => {
    expect(workersFor(4, [10 * bytesPerExtraWorker])).toBe(1)
    expect(workersFor(4, [])).toBe(1)
    expect(workersFor(4, [0, 0, 0])).toBe(1)
  })
})
