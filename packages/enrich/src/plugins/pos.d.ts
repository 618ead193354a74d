// `pos` (the Brill tagger behind retext-pos) ships no types: what the keyphrases plugin uses.
declare module 'pos' {
  class Tagger {
    /** Word as written → its tags, most likely first. */
    lexicon: Record<string, string[] | undefined>
    /** Each word with its tag. */
    tag(words: readonly string[]): Array<[word: string, tag: string]>
  }
  const pos: { Tagger: typeof Tagger }
  export default pos
}
