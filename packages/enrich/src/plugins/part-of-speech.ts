import { type BrillLexicon, brillLexicon } from '@newsroom/lexicon'
import type { SentenceWord } from './sentence-words.js'

declare module 'nlcst' {
  interface WordData {
    /** Part-of-speech tag (Penn Treebank, `NNP`), as `retext-pos` registers it. */
    partOfSpeech?: string
  }
}

/** Part-of-speech tags (Penn Treebank) from the Brill tagger of `pos`, as `retext-pos` adds them. */
export interface PartOfSpeechTagger {
  /** Tag the words of one sentence on `node.data.partOfSpeech`, unless they are tagged. */
  tagOnce: (words: readonly SentenceWord[]) => void
  /** The tag of a word tagged by `tagOnce` (or by an earlier plugin). */
  tagOf: (word: SentenceWord) => string
  /** Whether the lexicon's likeliest tag of the word, as written, is a proper noun. */
  isMostlyProperNoun: (value: string) => boolean
}

let shared: PartOfSpeechTagger | undefined

/**
 * The shared tagger, made on first use: its lexicon (`brillLexicon`, read from `pos`'s 4 MB
 * module) is loaded only by a process that tags, once for every package that tags.
 */
export function partOfSpeechTagger(): PartOfSpeechTagger {
  shared ??= createTagger()
  return shared
}

/** Bits of the context of a word: what the word before it says about its tag. */
const afterDeterminer = 1
const afterWould = 2

/** The context a word and its tag make for the word after it. */
function nextContext(tag: string, word: string): number {
  return (
    (tag === 'DT' ? afterDeterminer : 0) |
    (word.length === 5 && word.toLowerCase() === 'would' ? afterWould : 0)
  )
}

/**
 * The tag of one word, from the lexicon and `pos`'s eight rules: `pos`'s Brill tagger (its
 * `POSTagger.prototype.tag`), rule for rule, without its per-word arrays and per-rule closures
 * (tagging the words of every sentence that way cost as much as parsing the text).
 * `test/plugins/part-of-speech.test.ts` holds `tagOnce` to `pos`'s own tags.
 *
 * A word's tag depends on the word and on two facts of the word before it (its context): whether
 * it was tagged a determiner, and whether it is "would". `tagOnce` keeps each word's tags by
 * context on its lexeme, so a word seen before costs no look-up in the lexicon and no rule.
 */
function brillTag(
  entries: BrillLexicon,
  word: string,
  afterDeterminer: boolean,
  afterWould: boolean,
): string {
  // As `pos`: the word as written, else in lowercase; a word it does not know is `NN` (also
  // `constructor`, which `pos` finds on Object's prototype, not as a list of tags).
  const known = entries.get(word) ?? entries.get(word.toLowerCase())
  let tag = known?.[0] ?? 'NN'
  // Rule 1: a past or present verb after a determiner is a noun.
  if (afterDeterminer && (tag === 'VBD' || tag === 'VBP' || tag === 'VB')) tag = 'NN'
  // Rule 2: a noun with a period is a URL or a number; one that reads as a number is a number.
  if (tag.startsWith('N')) {
    if (word.includes('.')) tag = /[a-zA-Z]{2}/.test(word) ? 'URL' : 'CD'
    if (!Number.isNaN(Number.parseFloat(word))) tag = 'CD'
  }
  // Rule 3: a noun ending in "ed" is a past participle.
  if (tag.startsWith('N') && endsWith(word, 'ed')) tag = 'VBN'
  // Rule 4: anything ending in "ly" is an adverb.
  if (endsWith(word, 'ly')) tag = 'RB'
  // Rule 5: a common noun ending in "al" is an adjective.
  if (tag.startsWith('NN') && endsWith(word, 'al')) tag = 'JJ'
  // Rule 6: a noun after "would" is a verb.
  if (afterWould && tag.startsWith('NN')) tag = 'VB'
  // Rule 7: a singular common noun ending in "s" is plural.
  if (tag === 'NN' && endsWith(word, 's')) tag = 'NNS'
  // Rule 8: a noun ending in "ing" is a gerund.
  if (tag.startsWith('NN') && endsWith(word, 'ing')) tag = 'VBG'
  return tag
}

/**
 * `pos`'s test of a word's ending, kept as it is: the first occurrence of `suffix` must be the
 * ending, so "edited" does not end in "ed" for it.
 */
function endsWith(word: string, suffix: string): boolean {
  // The ending first: most words fail it, and it reads no more than the suffix.
  return word.endsWith(suffix) && word.indexOf(suffix) === word.length - suffix.length
}

function createTagger(): PartOfSpeechTagger {
  return {
    tagOnce(words) {
      let tagged = true
      for (const word of words) {
        if (typeof word.node.data?.partOfSpeech !== 'string') {
          tagged = false
          break
        }
      }
      if (tagged) return
      const entries = brillLexicon()
      // Each word's tags by context are kept on its lexeme (one lexicon here).
      let context = 0
      for (const word of words) {
        const lexeme = word.lexeme
        lexeme.tags ??= []
        let tag = lexeme.tags[context]
        if (tag === undefined) {
          // The lexicon writes apostrophes straight (`don't`); news text often curls them.
          const value = word.value.includes('’') ? word.value.replaceAll('’', "'") : word.value
          tag = brillTag(
            entries,
            value,
            (context & afterDeterminer) !== 0,
            (context & afterWould) !== 0,
          )
          lexeme.tags[context] = tag
        }
        // A new data object is made whole, with its one field: adding the field to an empty
        // object would change its shape once per word.
        const data = word.node.data
        if (data === undefined) word.node.data = { partOfSpeech: tag }
        else data.partOfSpeech = tag
        context = nextContext(tag, word.value)
      }
    },
    tagOf(word) {
      const tag = word.node.data?.partOfSpeech
      return typeof tag === 'string' ? tag : ''
    },
    isMostlyProperNoun(value) {
      const likeliest = brillLexicon().get(value)?.[0]
      return likeliest === 'NNP' || likeliest === 'NNPS'
    },
  }
}
