import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Keeps this thread's heap within `headroom` bytes of what was live after the last full
 * collection, checked whenever the returned function is called.
 *
 * Why: V8 collects the old generation only once it has grown to several times (up to four) what
 * was live after the last collection. A build's main thread holds the whole site's records (about
 * a gigabyte at 50,000 articles) and makes each shard's model, tens of megabytes that outlive a
 * few young-generation collections and are garbage once a render thread has its copy. Left to
 * V8, that garbage piled up to several gigabytes on top of the records before it was collected:
 * the thread's peak grew with the site, not with a shard. A full collection whenever the garbage
 * passes `headroom` bounds it by the headroom instead, at the cost of one collection per
 * `headroom` of garbage (a handful at 50,000 articles).
 *
 * @param headroom bytes of garbage allowed on top of the live heap
 * @returns a check to call between units of work (here: shards)
 */
export function heapBound(headroom: number): () => void {
  const collect = fullCollection()
  let live = getHeapStatistics().used_heap_size
  return () => {
    if (getHeapStatistics().used_heap_size <= live + headroom) return
    collect()
    live = getHeapStatistics().used_heap_size
  }
}

/**
 * V8's full collection, as `--expose-gc` gives it: a process started without the flag gets it by
 * setting the flag and reading `gc` in a new context (as Jest does for `--logHeapUsage`), then
 * setting it back so that no other code sees a `gc` it did not ask for.
 */
function fullCollection(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc
  if (existing) return existing
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  setFlagsFromString('--no-expose-gc')
  return gc
}
