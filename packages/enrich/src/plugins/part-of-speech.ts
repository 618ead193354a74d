// @ts-expect-error: `pos` (the Brill tagger behind retext-pos) ships no types; see `Tagger`.
import posjs from 'pos'
import type { SentenceWord } from './sentence-words.js'

/** What this module uses of `pos`'s tagger. */
interface Tagger {
  /** Word as written → its tags, most likely first. */
  lexicon: Record<string, string[] | undefined>
  /** Each word with its tag. */
  tag(words: readonly string[]): Array<[word: string, tag: string]>
}

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
 * The shared tagger, made on first use: its lexicon is a 4 MB module, loaded only by a process
 * that tags.
 */
export function partOfSpeechTagger(): PartOfSpeechTagger {
  shared ??= createTagger()
  return shared
}

function createTagger(): PartOfSpeechTagger {
  const tagger: Tagger = new (posjs as { Tagger: new () => Tagger }).Tagger()
  return {
    tagOnce(words) {
      if (
        words.length === 0 ||
        words.every((word) => typeof word.node.data?.partOfSpeech === 'string')
      )
        return
      // The lexicon writes apostrophes straight (`don't`); news text often curls them.
      const tags = tagger.tag(words.map((word) => word.value.replaceAll('’', "'")))
      for (const [index, word] of words.entries()) {
        const data = word.node.data ?? {}
        data.partOfSpeech = tags[index]?.[1] ?? 'NN'
        word.node.data = data
      }
    },
    tagOf(word) {
      const tag = word.node.data?.partOfSpeech
      return typeof tag === 'string' ? tag : ''
    },
    isMostlyProperNoun(value) {
      const tags = Object.hasOwn(tagger.lexicon, value) ? tagger.lexicon[value] : undefined
      const likeliest = Array.isArray(tags) ? tags[0] : undefined
      return likeliest === 'NNP' || likeliest === 'NNPS'
    },
  }
}
