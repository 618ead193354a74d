import { createRequire } from 'node:module'
import { SortedLines } from '@newsroom/lexicon'
import { BoundedCache } from '@newsroom/names'
import type Nlp from 'compromise'
import { bulkMatch, postTaggerOf, sweptVersion } from './compromise-sweep.js'

const require = createRequire(import.meta.url)
let compromise: typeof Nlp | undefined

/**
 * compromise, loaded on first use, from its one-file CommonJS build: importing it as ES modules
 * resolves and links hundreds of files, which cost a worker's start-up almost half as much again
 * as the bundle (the same code of the same version).
 */
function nlp(): typeof Nlp {
  if (compromise === undefined) {
    // Where a loader resolves the require to compromise's ES modules (vitest does), Node gives
    // their namespace.
    const loaded = require('compromise') as typeof Nlp | { default: typeof Nlp }
    compromise = 'default' in loaded ? loaded.default : loaded
    // The same matches, found with less work (see `compromise-sweep.ts`); a plugin, so it
    // travels with this package rather than with a patch of one workspace's install.
    if (compromise.version === sweptVersion) {
      const { compute } = compromise.world() as unknown as { compute: Record<string, unknown> }
      const postTagger = postTaggerOf(compute.postTagger as Parameters<typeof postTaggerOf>[0])
      compromise.plugin({ methods: { one: { bulkMatch } }, compute: { postTagger } })
    }
  }
  return compromise
}

/**
 * What compromise's English lexicon knows about a lowercase word: whether it is a given name,
 * a family name, or an ordinary word (so a capitalized "But" or "Police" at the start of a
 * sentence is not taken for a name).
 */
export interface WordKnowledge {
  givenName: boolean
  familyName: boolean
  /** Listed as a person (a few single names, `warren`). */
  person: boolean
  common: boolean
}

const nameTags = new Set([
  'MaleName',
  'FemaleName',
  'FirstName',
  'LastName',
  'Person',
  'ProperNoun',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'SportsTeam',
  'Honorific',
  'Abbreviation',
])

let lexicon: SortedLines | undefined

/**
 * The tags compromise's lexicon gives an entry (a lowercase word or name), from
 * `data/compromise-lexicon.txt`, the lexicon as compromise builds it on load, searched as read:
 * loading compromise itself cost each worker some 0.45 s of CPU before its first article, which
 * nearly every article needed for these look-ups alone, where few ask compromise's tagger
 * (`compromisePeople`). `scripts/build-compromise-lexicon.ts` writes the file; a test holds it to
 * compromise.
 */
function lexiconTags(key: string): readonly string[] | undefined {
  lexicon ??= SortedLines.read(new URL('../../data/compromise-lexicon.txt', import.meta.url))
  return lexicon.get(key)?.split(' ')
}

const unknown: WordKnowledge = { givenName: false, familyName: false, person: false, common: false }
const objectProperty: WordKnowledge = { ...unknown, common: true }
/** One entry a distinct word: bounded, so that a long run's vocabulary does not grow memory. */
const cache = new BoundedCache<string, WordKnowledge>(50_000)

/** Look a word up (case-insensitively) in compromise's lexicon. */
export function knowledgeOf(word: string): WordKnowledge {
  const key = word.toLowerCase()
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const tags = lexiconTags(key)
  let result = unknown
  if (tags === undefined) {
    // compromise's lexicon is a plain object: a word that names a property of every object
    // (`constructor`) was found there as something other than a name.
    if (key in Object.prototype) result = objectProperty
  } else {
    result = {
      givenName: tags.some(
        (tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName',
      ),
      familyName: tags.includes('LastName'),
      person: tags.includes('Person'),
      common: tags.some((tag) => !nameTags.has(tag)),
    }
  }
  cache.set(key, result)
  return result
}

/**
 * Whether compromise's lexicon lists a name of several words as a person: it holds the whole
 * names of well-known people (`Mitt Romney`, `Oprah Winfrey`). Not cached, unlike single words:
 * names are many and mostly seen once.
 */
export function isListedPerson(words: readonly string[]): boolean {
  return lexiconTags(words.join(' ').toLowerCase())?.includes('Person') ?? false
}

let taggingHooks: string[] | undefined

/**
 * Steps of compromise's pipeline that no tag depends on: the chunker (noun and verb phrases,
 * its last and a costly step), term ids (for views, which are not built here), typeahead
 * (which completes words only with a lexicon of prefixes, none here), aliases and machine forms
 * (alternative spellings for matching). Without them the tags of every term of 1,500
 * paragraphs of the corpus (Wikinews, PolNeAR dev and train) were the same; without freezing,
 * the contraction steps or the index they were not.
 */
const untaggingHooks = new Set(['chunks', 'id', 'typeahead', 'alias', 'machine'])

/**
 * Steps `nlp.tokenize` runs itself (with aliases and machine forms). A second run of the
 * contractions step split again what the first had split, as the first word of a split keeps
 * the contraction's text (`can't` became `can not not`, `There's` `there is is`): `nlp()` runs it
 * once. This reads compromise 14.17's `src/nlp.js` (`nlp.tokenize` computes `contractions` when
 * the plugin is loaded, as the full build loads it); a test compares our spans with `people()`'s
 * on contractions, so an upgrade that changes it fails there.
 */
const tokenizingHooks = new Set(['contractions'])

/**
 * compromise's own pipeline without the steps no tag depends on (`untaggingHooks`): `nlp()`
 * always runs every step, but the person tags come from the taggers.
 */
function tag(text: string): ReturnType<typeof Nlp> {
  if (taggingHooks === undefined) {
    taggingHooks = (nlp() as unknown as { hooks: () => string[] })
      .hooks()
      .filter((hook) => !untaggingHooks.has(hook) && !tokenizingHooks.has(hook))
  }
  const doc = nlp().tokenize(text)
  doc.compute(taggingHooks)
  return doc
}

/** A term of a compromise document, as far as its tags and offsets are read here. */
interface Term {
  tags: Set<string>
  normal: string
  pre: string
  post: string
  offset?: { start: number; length: number }
}

/**
 * Character spans compromise reads as people, `[start, end)` offsets into `text`, in order: the
 * spans of `doc.people()`, read from the tags directly. `people()` matches `#Honorific+?
 * #Person+` in the parts of each sentence between commas, then splits the matches after a
 * possessive (`Spencer's King`), through several views of the document; building them took a
 * third of the time of a call on its usual few short windows.
 */
export function compromisePeople(text: string): Array<[number, number]> {
  const doc = tag(text)
  doc.compute('offset')
  const spans: Array<[number, number]> = []
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
    /** Index of the first term of the match being read, or -1. */
    let first = -1
    /** Whether that match holds a `#Person` term yet (else it is honorifics so far). */
    let person = false
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index] as Term
      if (term.tags.has('Person')) {
        if (first < 0) first = index
        person = true
      } else if (term.tags.has('Honorific') && !person) {
        if (first < 0) first = index
      } else {
        if (person) pushSpan(spans, terms, first, index)
        first = -1
        person = false
        // An honorific after a person opens the next match (`#Honorific+? #Person+` again).
        if (term.tags.has('Honorific')) first = index
      }
      const comma = term.post.includes(',')
      const possessive =
        term.tags.has('Possessive') && term.normal !== 'his' && term.normal !== 'her'
      if (first >= 0 && (comma || (possessive && person))) {
        if (person) pushSpan(spans, terms, first, index + 1)
        first = -1
        person = false
      }
    }
    if (first >= 0 && person) pushSpan(spans, terms, first, terms.length)
  }
  return spans
}

/**
 * The span compromise gives the match `terms[from..to)`: from the start of its first word, as
 * long as the match's text, which is every term's text with the punctuation around it (`Dr.,`,
 * `Calloway.`), less the whitespace at either end.
 */
function pushSpan(spans: Array<[number, number]>, terms: Term[], from: number, to: number): void {
  const first = terms[from]
  const last = terms[to - 1]
  if (first?.offset === undefined || last?.offset === undefined) return
  const pre = first.pre
  const post = last.post
  const textStart = first.offset.start - pre.length + (pre.length - pre.trimStart().length)
  const textEnd = last.offset.start + last.offset.length + post.trimEnd().length
  spans.push([first.offset.start, first.offset.start + textEnd - textStart])
}
