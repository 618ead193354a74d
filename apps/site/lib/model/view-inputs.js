import { createHash } from 'node:crypto'

/**
 * What an article page reads of the rest of the site, recorded while its view is made: which
 * finders of the lookup and of the links it called, with which arguments. A later build calls
 * the same finders with the same arguments on its own site and digests the answers: where the
 * article's bytes and these answers are the same, the page is the same, and the build need not
 * read the article or make its view to know it (scripts/lib/render-site.ts). A page that reads
 * the site in a way the recorder cannot replay (a list, not a finder) is recorded as `null`: it
 * is made on every build.
 *
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./articles.js').ArticleLinks} ArticleLinks
 * @typedef {[from: 'lookup' | 'links' | 'unnamedQuoteUrls', name: string, args: unknown[]]} ViewInput
 */

/**
 * What one view asked of the site, each question once, and the digest of the answers it got:
 * `inputsDigest` of the same inputs on the same site.
 *
 * @typedef {object} RecordedInputs
 * @property {ViewInput[]} inputs
 * @property {string} answers
 */

/**
 * A lookup and links that record what is asked of them, and digest the answers as they are
 * given (a build need not ask again to know them), for one view at a time.
 *
 * @param {SiteLookup} lookup
 * @param {ArticleLinks} links
 */
export function inputRecorder(lookup, links) {
  /** @type {ViewInput[] | null} */
  let inputs = []
  // Each question once: a page asks for the same speaker's link several times.
  let asked = new Set()
  let answers = createHash('sha256')
  /** @param {ViewInput} input @param {unknown} answer */
  const record = (input, answer) => {
    if (!inputs) return
    const key = JSON.stringify(input)
    if (asked.has(key)) return
    asked.add(key)
    inputs.push(input)
    answers.update(answerLine(input, answer))
  }
  /**
   * @template {object} T
   * @param {T} target
   * @param {ViewInput[0]} from
   * @param {(name: string | symbol, value: unknown) => unknown} [other]
   * @returns {T}
   */
  const recording = (target, from, other) =>
    new Proxy(target, {
      get(object, name) {
        const value = Reflect.get(object, name, object)
        if (typeof value === 'function' && typeof name === 'string' && from !== 'unnamedQuoteUrls')
          return (/** @type {unknown[]} */ ...args) => {
            const answer = value.apply(object, args)
            record([from, name, args], answer)
            return answer
          }
        if (other) return other(name, value)
        // Read as a whole (a list): not replayable.
        inputs = null
        return typeof value === 'function' ? value.bind(object) : value
      },
    })
  const unnamedQuoteUrls = recording(links.unnamedQuoteUrls, 'unnamedQuoteUrls', (name, value) => {
    if (name === 'get') {
      return (/** @type {string} */ key) => {
        const answer = links.unnamedQuoteUrls.get(key)
        record(['unnamedQuoteUrls', 'get', [key]], answer)
        return answer
      }
    }
    inputs = null
    return typeof value === 'function' ? value.bind(links.unnamedQuoteUrls) : value
  })
  return {
    lookup: recording(lookup, 'lookup'),
    links: recording(links, 'links', (name, value) => {
      if (name === 'unnamedQuoteUrls') return unnamedQuoteUrls
      inputs = null
      return value
    }),
    /**
     * What was asked since the last call, or null when it cannot be replayed.
     *
     * @returns {RecordedInputs | null}
     */
    take() {
      const taken = inputs
      const digest = answers.digest('base64url')
      inputs = []
      asked = new Set()
      answers = createHash('sha256')
      return taken ? { inputs: taken, answers: digest } : null
    },
  }
}

/**
 * The digest of the answers a site gives to recorded inputs; null when they are not inputs a
 * recorder records (a damaged or foreign views cache) or cannot be answered.
 *
 * @param {unknown} inputs `ViewInput[]`, as read back from a views cache
 * @param {SiteLookup} lookup
 * @param {ArticleLinks} links
 */
export function inputsDigest(inputs, lookup, links) {
  if (!Array.isArray(inputs)) return null
  const hash = createHash('sha256')
  for (const input of inputs) {
    if (!Array.isArray(input)) return null
    const [from, name, args] = input
    const target =
      from === 'lookup'
        ? lookup
        : from === 'links'
          ? links
          : from === 'unnamedQuoteUrls'
            ? links.unnamedQuoteUrls
            : null
    // Only the finders a recorder records are called: read from a file, a name such as `clear`
    // or `set` must never change the site's maps.
    const known =
      target === links.unnamedQuoteUrls ? name === 'get' : target && Object.hasOwn(target, name)
    if (!known || !Array.isArray(args)) return null
    const finder = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (target))[name]
    if (typeof finder !== 'function') return null
    let answer
    try {
      answer = finder.apply(target, args)
    } catch {
      // A finder that throws now (an article gone): the page is made again and says why.
      return null
    }
    hash.update(answerLine([from, name, args], answer))
  }
  return hash.digest('base64url')
}

/**
 * What the digest of an answer reads: the same whether it is recorded or replayed.
 *
 * @param {ViewInput} input
 * @param {unknown} answer
 */
function answerLine([from, name], answer) {
  return `${from}.${name}\0${JSON.stringify(answer, canonical) ?? 'undefined'}\n`
}

/**
 * JSON that depends on values only: a Map as its entries (two different maps never digest
 * alike), an object's keys in order (a record read from the records cache lists them in another
 * order than one made afresh).
 */
function canonical(/** @type {string} */ _key, /** @type {unknown} */ value) {
  if (value instanceof Map) return { map: [...value] }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const object = /** @type {Record<string, unknown>} */ (value)
  /** @type {Record<string, unknown>} */
  const sorted = {}
  for (const key of Object.keys(object).sort()) sorted[key] = object[key]
  return sorted
}
