import { describe, expect, it } from 'vitest'
import { bytesPerExtraWorker, workersFor } from '../src/worker-count.js'

const articles = (count: number, bytes = 2_000) => Array.from({ length: count }, () => bytes)

describe('workersFor', () => {
  it('starts one worker for a small batch when --jobs is not given', () => {
    expect(workersFor(undefined, 2, articles(10))).toBe(1)
    expect(workersFor(undefined, 8, articles(40))).toBe(1)
  })

  it('adds a worker for each share of work that outweighs its start-up, up to the cores', () => {
    expect(workersFor(undefined, 2, [bytesPerExtraWorker])).toBe(1)
    expect(workersFor(undefined, 2, [bytesPerExtraWorker, 1])).toBe(2)
    expect(workersFor(undefined, 2, articles(200))).toBe(2)
    expect(workersFor(undefined, 4, articles(200))).toBe(2)
    expect(workersFor(undefined, 8, articles(1_000))).toBe(8)
    expect(workersFor(undefined, 16, articles(1_000))).toBe(8)
    expect(workersFor(undefined, 1, articles(1_000))).toBe(1)
  })

  it('starts as many workers as --jobs says, whatever the batch', () => {
    expect(workersFor(2, 8, articles(3))).toBe(2)
    expect(workersFor(4, 1, articles(10))).toBe(4)
    expect(workersFor(1, 8, articles(1_000))).toBe(1)
  })

  it('never starts more workers than files, nor none', () => {
    expect(workersFor(undefined, 4, [10 * bytesPerExtraWorker])).toBe(1)
    expect(workersFor(4, 4, articles(2))).toBe(2)
    expect(workersFor(undefined, 4, [])).toBe(1)
    expect(workersFor(4, 4, [])).toBe(1)
    expect(workersFor(undefined, 4, [0, 0, 0])).toBe(1)
  })
})
