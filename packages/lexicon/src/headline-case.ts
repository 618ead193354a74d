import { articles } from './determiners.js'
import { coordinators, prepositions } from './function-words.js'

/** The spellings of `versus` in titles (`Vale v. Orrin`, `Vale vs Orrin`). */
export const versusWords: readonly string[] = Object.freeze(['v', 'vs'])

/**
 * The only words headline case leaves in lowercase: articles, coordinators, `if`, prepositions
 * of up to three letters (`of`, `via`) and `versus`. It capitalizes verbs of any length
 * ("Vorn Met Kettle"), so a lowercase `met` or `won` marks running text.
 * Source: the AP Stylebook's rule for composition titles (short prepositions stay lowercase).
 */
export const headlineSmallWords: readonly string[] = Object.freeze([
  ...articles,
  ...coordinators,
  'if',
  ...prepositions.filter((word) => word.length <= 3),
  ...versusWords,
])
