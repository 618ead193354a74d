import { type BrillLexicon, brillLexicon } from '@newsroom/lexicon'
import { type Lexeme, wordFact } from '@newsroom/nlcst-tokens'

/** Part-of-speech tags (Penn Treebank) from the Brill tagger of `pos`, as `retext-pos` gives them. */
export interface PartOfSpeechTagger {
  /**
   * The tag of each word of one sentence, in order, from the lexemes of the words as the parser
   * split them (`wordLexeme`).
   */
  tag: (words: readonly Lexeme[]) => string[]
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

/**
 * Whether a word is "would" in any case (`word.toLowerCase() === 'would'`), without a lowercase
 * copy of every five-letter word: no character but these ASCII letters lowercases to them.
 */
function isWould(word: string): boolean {
  return (
    word.length === 5 &&
    (word.charCodeAt(0) | 0x20) === 0x77 &&
    (word.charCodeAt(1) | 0x20) === 0x6f &&
    (word.charCodeAt(2) | 0x20) === 0x75 &&
    (word.charCodeAt(3) | 0x20) === 0x6c &&
    (word.charCodeAt(4) | 0x20) === 0x64
  )
}

/**
 * The tag of one word, from the lexicon and `pos`'s eight rules: `pos`'s Brill tagger (its
 * `POSTagger.prototype.tag`), rule for rule, without its per-word arrays and per-rule closures
 * (tagging the words of every sentence that way cost as much as parsing the text).
 * `test/plugins/part-of-speech.test.ts` holds `tag` to `pos`'s own tags.
 *
 * A word's tag depends on the word and on two facts of the word before it (its context): whether
 * it was tagged a determiner, and whether it is "would". `tag` keeps each word's tags by context
 * on its lexeme, so a word seen before costs no look-up in the lexicon and no rule.
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

/** The lexicon writes apostrophes straight (`don't`); news text often curls them. */
function straightened(word: string): string {
  return word.includes('’') ? word.replaceAll('’', "'") : word
}

/**
 * A word's tag in no context (after neither a determiner nor "would"), which most words have:
 * kept on the lexeme as the tag itself, so reading it costs one load fewer than a list by context.
 */
const tagInNoContext = wordFact((word: string) =>
  brillTag(brillLexicon(), straightened(word), false, false),
)

/** A word's tags in the other contexts, filled as they occur (a pure function of the word). */
const tagsByContext = wordFact((): Array<string | undefined> => [])

function createTagger(): PartOfSpeechTagger {
  return {
    tag(words) {
      const entries = brillLexicon()
      const tags: string[] = new Array(words.length)
      let context = 0
      for (let index = 0; index < words.length; index++) {
        const lexeme = words[index] as Lexeme
        let tag: string | undefined
        if (context === 0) {
          tag = tagInNoContext(lexeme)
        } else {
          const known = tagsByContext(lexeme)
          tag = known[context]
          if (tag === undefined) {
            tag = brillTag(
              entries,
              straightened(lexeme.value),
              (context & afterDeterminer) !== 0,
              (context & afterWould) !== 0,
            )
            known[context] = tag
          }
        }
        tags[index] = tag
        // The context this word and its tag make for the next word, written out here rather
        // than called (V8 does not inline here, and this runs per word); a word of any other
        // length than five is not "would".
        const word = lexeme.value
        context =
          (tag === 'DT' ? afterDeterminer : 0) |
          (word.length === 5 && isWould(word) ? afterWould : 0)
      }
      return tags
    },
    isMostlyProperNoun(value) {
      const likeliest = brillLexicon().get(value)?.[0]
      return likeliest === 'NNP' || likeliest === 'NNPS'
    },
  }
}
