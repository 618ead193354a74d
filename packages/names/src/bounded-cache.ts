/**
 * A memo that holds at most `limit` entries and forgets all of them at once when a new entry would
 * go past that. The pipeline's packages ask about the same words and names again and again, within
 * and across articles (a worker runs for hundreds of them), and every question they memoize is a
 * pure function of its key: forgetting costs only the work of asking again, and memory stays
 * bounded. Dropping everything is cheaper on the hot path than tracking which entry is oldest.
 * It lives here, the lowest package every enrichment plugin imports, so each memo is this one.
 */
export class BoundedCache<Key, Value> {
  readonly #entries = new Map<Key, Value>()
  readonly #limit: number

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new TypeError('Expected `limit` to be a whole number of at least 1')
    this.#limit = limit
  }

  get size(): number {
    return this.#entries.size
  }

  get(key: Key): Value | undefined {
    return this.#entries.get(key)
  }

  /** Keep `value` for `key`; a new key in a full cache clears it first. */
  set(key: Key, value: Value): void {
    if (this.#entries.size >= this.#limit && !this.#entries.has(key)) this.#entries.clear()
    this.#entries.set(key, value)
  }
}
