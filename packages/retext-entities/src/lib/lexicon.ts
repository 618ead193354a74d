import { createRequire } from 'node:module'
import type Nlp from 'compromise'

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

let lexicon: Record<string, string | string[]> | undefined

function loadLexicon(): Record<string, string | string[]> {
  if (lexicon === undefined) {
    const world = nlp().world() as {
      model?: { one?: { lexicon?: Record<string, string | string[]> } }
    }
    lexicon = world.model?.one?.lexicon ?? {}
  }
  return lexicon
}

const unknown: WordKnowledge = { givenName: false, familyName: false, person: false, common: false }
const cache = new Map<string, WordKnowledge>()

/** Look a word up (case-insensitively) in compromise's lexicon. */
export function knowledgeOf(word: string): WordKnowledge {
  const key = word.toLowerCase()
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const entry = loadLexicon()[key]
  let result = unknown
  if (entry !== undefined) {
    const tags = Array.isArray(entry) ? entry : [entry]
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
  const entry = loadLexicon()[words.join(' ').toLowerCase()]
  return entry === 'Person' || (Array.isArray(entry) && entry.includes('Person'))
}

let taggingHooks: string[] | undefined

/**
 * compromise's own pipeline without its last step, the chunker (noun and verb phrases): `nlp()`
 * always runs every step, but the person tags come from the taggers before the chunker, which
 * costs a large share of the time. On every sentence of the corpus the people found are the same.
 */
function tag(text: string): ReturnType<typeof Nlp> {
  if (taggingHooks === undefined) {
    taggingHooks = (nlp() as unknown as { hooks: () => string[] })
      .hooks()
      .filter((hook) => hook !== 'chunks')
  }
  const doc = nlp().tokenize(text)
  doc.compute(taggingHooks)
  return doc
}

/** compromise's JSON options for nothing but a match's offsets (its types miss `terms: false`). */
const offsetsOnly = { offset: true, text: false, terms: false } as { offset: boolean }

/** Character spans compromise reads as people, `[start, end)` offsets into `text`. */
export function compromisePeople(text: string): Array<[number, number]> {
  // Only the offsets, from the plain view of the matches: `People#json` also parses each name
  // and guesses its gender, and the default JSON copies every term with its tags, which
  // together cost as much as tagging.
  const found = tag(text).people().toView(null).json(offsetsOnly) as Array<{
    offset?: { start: number; length: number }
  }>
  const spans: Array<[number, number]> = []
  for (const person of found) {
    if (person.offset !== undefined) {
      spans.push([person.offset.start, person.offset.start + person.offset.length])
    }
  }
  return spans
}
