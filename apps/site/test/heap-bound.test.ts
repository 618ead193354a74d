import { getHeapStatistics } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { heapBound } from '../scripts/lib/heap-bound.js'

const MiB = 2 ** 20
const used = () => getHeapStatistics().used_heap_size

/**
 * Arrays this large live in V8's large-object space, which only a full collection frees: the
 * garbage they leave stays until the bound (or V8) collects it, whatever the young generation does.
 */
function largeGarbage(megabytes: number): void {
  let held: number[][] | null = Array.from({ length: megabytes / 8 }, () =>
    new Array<number>(MiB).fill(0.5),
  )
  expect(held.length).toBe(megabytes / 8)
  held = null
}

describe('heapBound', () => {
  it('collects once the garbage passes the headroom, and leaves no `gc` behind', () => {
    const bound = heapBound(64 * MiB)
    largeGarbage(256)
    const before = used()
    bound()
    expect(before - used()).toBeGreaterThan(128 * MiB)
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined()
  })

  it('leaves the heap alone within the headroom', () => {
    const bound = heapBound(1024 * MiB)
    largeGarbage(64)
    const before = used()
    bound()
    // No full collection: the garbage is still there.
    expect(before - used()).toBeLessThan(32 * MiB)
  })
})
