import { SortedLines } from './sorted-lines.js'

/** A word as written → its Penn Treebank tags, likeliest first. */
export interface BrillLexicon {
  get(word: string): readonly string[] | undefined
}

let shared: BrillLexicon | undefined

/**
 * The lexicon of `pos`'s Brill tagger (92,000 words as written → their tags, likeliest first),
 * read once per thread, on first use, for every package that tags: ingest (subheadings glued into
 * a paragraph) and enrich (keyphrases). It is `pos`'s `lexicon.js` written out as a sorted list
 * (`data/brill-lexicon.txt`, made by `scripts/build-brill-data.ts`) and searched as read: scanning
 * the 4 MB module into a map cost each worker 0.1-0.2 s of CPU, and V8 compiled the scanning loop
 * on every start; finding the lines of the list costs a tenth of it. The tag lists, a thousand
 * distinct ones, are made once each and shared.
 */
export function brillLexicon(): BrillLexicon {
  shared ??= sortedLexicon(SortedLines.read(new URL('../data/brill-lexicon.txt', import.meta.url)))
  return shared
}

function sortedLexicon(lines: SortedLines): BrillLexicon {
  const lists = new Map<string, readonly string[]>()
  return {
    get(word) {
      const value = lines.get(word)
      if (value === undefined) return undefined
      let tags = lists.get(value)
      if (tags === undefined) {
        // A word may be listed with no tag (`pos` lists the empty word so).
        tags = Object.freeze(value === '' ? [] : value.split(' '))
        lists.set(value, tags)
      }
      return tags
    },
  }
}
