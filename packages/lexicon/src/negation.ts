/**
 * English words of negation, which a reader needs to tell a denial or a refusal from a
 * statement and to flip the sense of the word after them. The contracted `n't` is a suffix,
 * not a word: readers test for it themselves.
 * Source: the negators of the Cambridge Grammar of the English Language (ch. 9).
 */

/** Adverbs of negation: `not`, `never`. */
export const negativeAdverbs: readonly string[] = Object.freeze(['never', 'not'])

/** The negative determiner: `no` (`had no comment`). */
export const negativeDeterminers: readonly string[] = Object.freeze(['no'])

/** The correlative negators: `neither … nor`. */
export const negativeCorrelatives: readonly string[] = Object.freeze(['neither', 'nor'])
