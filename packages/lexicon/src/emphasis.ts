import { determiners } from './determiners.js'
import {
  auxiliaries,
  clauseAdverbs,
  coordinators,
  interrogatives,
  prepositions,
  subordinators,
} from './function-words.js'
import { negativeAdverbs } from './negation.js'

/**
 * Closed-class words a writer puts in capitals for emphasis ("they COULD be", "ALL of them",
 * "NOT once"): in capitals they are still that word, never an organization's acronym unless the
 * text defines them as one. Pronouns are left out, since "US" and "IT" are often acronyms.
 */
export const emphasisWords: readonly string[] = Object.freeze([
  ...new Set([
    ...auxiliaries,
    ...clauseAdverbs,
    ...coordinators,
    ...determiners,
    ...interrogatives,
    ...negativeAdverbs,
    ...prepositions,
    ...subordinators,
  ]),
])
