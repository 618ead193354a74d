import { describe, expect, it } from 'vitest'
import { BoundedCache } from '../src/bounded-cache.js'

describe('BoundedCache', () => {
  it('keeps entries up to its limit', () => {
    const cache = new BoundedCache<string, number>(3)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('c', 3)
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, 2, 3, 3])
  })

  it('forgets everything when a new key would go past the limit', () => {
    const cache = new BoundedCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('c', 3)
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([
      undefined,
      undefined,
      3,
      1,
    ])
  })

  it('updates a key it holds without forgetting the others, even when full', () => {
    const cache = new BoundedCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.set('a', 5)
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([5, 2, 2])
  })

  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => new BoundedCache(0)).toThrow(TypeError)
    expect(() => new BoundedCache(1.5)).toThrow(/`limit`/)
  })
})
