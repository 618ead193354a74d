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
   * @returns {T}
   */
  const recording = (target, from) =>
    new Proxy(target, {
      get(object, name) {
        const finder = finderOf(from, name, lookup, links)
        if (finder) {
          return (/** @type {unknown[]} */ ...args) => {
            const answer = finder.apply(object, args)
            record([from, /** @type {string} */ (name), args], answer)
            return answer
          }
        }
        if (from === 'links' && name === 'unnamedQuoteUrls') return unnamedQuoteUrls
        // Read as a whole (a list, a map's size): not replayable.
        inputs = null
        const value = Reflect.get(object, name, object)
        return typeof value === 'function' ? value.bind(object) : value
      },
    })
  const unnamedQuoteUrls = recording(links.unnamedQuoteUrls, 'unnamedQuoteUrls')
  return {
    lookup: recording(lookup, 'lookup'),
    links: recording(links, 'links'),
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
    const finder = finderOf(from, name, lookup, links)
    if (!finder || !Array.isArray(args)) return null
    let answer
    try {
      answer = finder.apply(targetOf(from, lookup, links), args)
    } catch {
      // A finder that throws now (an article gone): the page is made again and says why.
      return null
    }
    hash.update(answerLine([from, name, args], answer))
  }
  return hash.digest('base64url')
}

/**
 * What a finder is asked of.
 *
 * @param {unknown} from
 * @param {SiteLookup} lookup
 * @param {ArticleLinks} links
 */
function targetOf(from, lookup, links) {
  if (from === 'lookup') return lookup
  if (from === 'links') return links
  return from === 'unnamedQuoteUrls' ? links.unnamedQuoteUrls : undefined
}

/**
 * The finder a view may ask, by where it is and its name: the one definition of what a recorder
 * records and a build replays. Undefined for anything else: a list, a map's `size` or `set`
 * (read from a views cache, a name must never change the site).
 *
 * @param {unknown} from
 * @param {unknown} name
 * @param {SiteLookup} lookup
 * @param {ArticleLinks} links
 * @returns {Function | undefined}
 */
function finderOf(from, name, lookup, links) {
  const target = targetOf(from, lookup, links)
  if (!target || typeof name !== 'string') return undefined
  const known = target === links.unnamedQuoteUrls ? name === 'get' : Object.hasOwn(target, name)
  const finder = known ? Reflect.get(target, name) : undefined
  return typeof finder === 'function' ? finder : undefined
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
