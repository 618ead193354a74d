import { joinedPages } from '../../lib/model/pages.js'
import { ARTICLE_WEIGHT } from '../../lib/model/shards.js'
import type { SiteModel } from '../../lib/site-model.js'
import type { RenderRequest } from './render-model.js'
import type { RenderPool } from './render-pool.js'

/**
 * Changed pages of consecutive shards waiting to be rendered together: after a small change one
 * Eleventy run renders them all, instead of one run (a start-up and the templates compiled again)
 * for each shard with a page to render. A batch never holds more than a shard would: pages are
 * weighed as article pages, the heaviest, against the shard budget.
 */
export class RenderBatches {
  /** Eleventy runs started. */
  runs = 0
  #batch: { request: RenderRequest; pages: number } | null = null
  #renderer: RenderPool | null
  #budget: number

  /** On `renderer`'s threads, or in this thread without one. */
  constructor(renderer: RenderPool | null, budget: number) {
    this.#renderer = renderer
    this.#budget = budget
  }

  /** Whether pages wait to be rendered. */
  get waiting(): boolean {
    return this.#batch !== null
  }

  /** Add a shard's changed pages (`count` of them, in `model`), rendering when the batch is full. */
  async add(model: SiteModel, count: number, request: Omit<RenderRequest, 'model'>): Promise<void> {
    if (this.#batch && (this.#batch.pages + count) * ARTICLE_WEIGHT > this.#budget) {
      await this.flush()
    }
    const batch = this.#batch
    this.#batch = batch
      ? {
          request: { ...batch.request, model: joinedPages(batch.request.model, model) },
          pages: batch.pages + count,
        }
      : { request: { ...request, model }, pages: count }
    // A batch that could not take another shard like this one goes now, as a shard did before:
    // held while the next shard is worked out, it would be one more model in memory.
    if (this.#batch.pages * ARTICLE_WEIGHT * 2 > this.#budget) await this.flush()
  }

  /** Render what waits. */
  async flush(): Promise<void> {
    if (!this.#batch) return
    const { request } = this.#batch
    this.#batch = null
    this.runs++
    if (this.#renderer) {
      await this.#renderer.ready()
      this.#renderer.render(request)
    } else await renderHere(request)
  }
}

/**
 * Render a shard in this thread. Eleventy is loaded only then: a build that renders on threads
 * does not hold a copy of it in the thread that keeps the whole site's records.
 */
async function renderHere(request: RenderRequest): Promise<void> {
  const { renderModel } = await import('./render-model.js')
  await renderModel(request)
}
