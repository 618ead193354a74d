import type { RenderPool } from './render-pool.js'
import {
  indexSearchShards,
  planSearchIndex,
  publishSearchIndex,
  type SearchFigures,
  type SearchPlan,
} from './search-index.js'

/**
 * The search index made while the build still renders. Search reads only pages of the first
 * shards (articles, speakers, topics): once those are written, Pagefind indexes them while the
 * later shards (indexes, feeds) render and the data is copied, instead of after everything. One
 * Pagefind at a time while the threads render, two once rendering is done.
 */
export class SearchAlongside {
  #searching: Promise<{ plan: SearchPlan; indexed: number }> | null = null
  #stop = new AbortController()
  #renderingDone = () => {}
  #rendering = new Promise<void>((resolve) => {
    this.#renderingDone = resolve
  })
  #outDir: string
  #perShard: number | undefined

  constructor(outDir: string, perShard: number | undefined) {
    this.#outDir = outDir
    this.#perShard = perShard
  }

  get started(): boolean {
    return this.#searching !== null
  }

  /**
   * Index `search` (every page search reads → what it reads of it) once every page handed to
   * `renderer` so far is written.
   */
  async start(search: Record<string, string>, renderer: RenderPool | null): Promise<void> {
    const plan = await planSearchIndex(search, { perShard: this.#perShard })
    const written = renderer ? renderer.finish() : Promise.resolve()
    const outDir = this.#outDir
    const rendering = this.#rendering
    const signal = this.#stop.signal
    this.#searching = written.then(async () => ({
      plan,
      indexed: await indexSearchShards(outDir, plan, { morePagefinds: rendering, signal }),
    }))
    // Awaited once the build is done; a failure meanwhile is not an unhandled rejection.
    this.#searching.catch(() => {})
  }

  /** Rendering is over: Pagefind may run on every core. */
  renderingDone(): void {
    this.#renderingDone()
  }

  /**
   * Publish the index once made, if it was started; `pages` is how many pages search reads in
   * the whole build, which the index must have all of.
   */
  async publish(pages: number): Promise<SearchFigures | null> {
    if (!this.#searching) return null
    const { plan, indexed } = await this.#searching
    if (plan.pages !== pages) {
      throw new Error(
        `Expected every page search indexes before the shards it was indexed along, but they had ${pages - plan.pages} (see \`pastSearched\`)`,
      )
    }
    await publishSearchIndex(this.#outDir, plan)
    return { shards: plan.shards.length, indexed, pages: plan.pages }
  }

  /** The build failed: Pagefind stops after the shard it is on (each is made beside the index). */
  async abort(): Promise<void> {
    this.#stop.abort()
    this.#renderingDone()
    await this.#searching?.catch(() => {})
  }
}
