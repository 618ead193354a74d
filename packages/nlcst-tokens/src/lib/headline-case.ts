import {
  breaksHeadlineCase,
  type HeadlineNameFacts,
  headlineNameFacts,
  headlineSupportKey,
  isHeadlineNameByFacts,
  isHeadlineTally,
  isOrdinaryWord,
} from '@newsroom/names'
import { type Lexeme, tokenFact } from './lexemes.js'

/**
 * What the headline-case reader asks of a token: a plugin's own tokens (a masked quotation of
 * retext-quotes) qualify too, and are skipped as no word.
 */
export interface HeadlineToken {
  readonly text: string
  readonly kind: string
  readonly capital: boolean
  readonly lexeme: Lexeme
}

/**
 * The facts of a word that the headline-case readers ask, kept on its lexeme: computed once per
 * word for every plugin and article (retext-entities and retext-quotes read the same tokens), and
 * only for the words of headline-case sentences, where they are asked.
 */
const ordinaryWordToken = tokenFact(isOrdinaryWord)
const headlineNameFactsToken = tokenFact(headlineNameFacts)
/**
 * `breaksHeadlineCase` kept on the lexeme too: asked of the first lowercase word of every
 * sentence of every article, it looked the word up in the small words and then in the name
 * particles (`wordClasses`, a memo as large as the vocabulary) at each occurrence.
 */
const breaksHeadlineCaseFact = tokenFact(breaksHeadlineCase)

/**
 * Whether a word of a sentence makes it running text (`breaksHeadlineCase` of @newsroom/names).
 * Most words start with an ASCII letter or a digit: those are told by their first code, and only
 * a lowercase one asks its word further, of its lexeme (the word as written, as for the facts
 * above).
 */
function breaksHeadlineCaseToken(token: HeadlineToken): boolean {
  const code = token.text.charCodeAt(0)
  if (code < 0x80 && (code < 0x61 || code > 0x7a)) return false
  return breaksHeadlineCaseFact(token)
}

/**
 * `isHeadlineCase` of @newsroom/names for the words among `tokens[first..end)` (tokens of another
 * kind than `word` are skipped), read from the tokens with no array of their words made: the one
 * reading of headline case that retext-entities and retext-quotes share.
 */
export function isHeadlineCaseRun(
  tokens: readonly HeadlineToken[],
  first: number,
  end: number,
): boolean {
  // Almost every sentence has a lowercase word early: found first, before any dictionary look-up
  // of the capitalized words before it.
  for (let index = first; index < end; index++) {
    const token = tokens[index] as HeadlineToken
    if (token.kind === 'word' && breaksHeadlineCaseToken(token)) return false
  }
  let ordinary = 0
  let capitalized = 0
  let firstWord = true
  for (let index = first; index < end; index++) {
    const token = tokens[index] as HeadlineToken
    if (token.kind !== 'word') continue
    // The sentence's first word is capitalized in any case: it counts for nothing.
    if (firstWord) {
      firstWord = false
      continue
    }
    if (token.capital) {
      capitalized++
      if (ordinaryWordToken(token)) ordinary++
    }
  }
  return isHeadlineTally(ordinary, capitalized)
}

/**
 * `headlineSupportKey` of @newsroom/names of a token's word, kept on its lexeme: asked of running
 * text's capitalized words, which need none of the other facts.
 */
export const headlineSupportKeyOf: (token: HeadlineToken) => string = tokenFact(headlineSupportKey)

/**
 * `isHeadlineNameWord` of @newsroom/names for a token and the token before it in the run, if any:
 * the word facts are kept on the lexemes, so the check is a set look-up and a few property reads.
 */
export function isHeadlineNameToken(
  token: HeadlineToken,
  runningTextCapitals: ReadonlySet<string>,
  previous?: HeadlineToken,
): boolean {
  return isHeadlineNameByFacts(
    headlineNameFactsToken(token),
    runningTextCapitals,
    previous === undefined ? undefined : factsOfPrevious(previous),
  )
}

/**
 * A run may step over a masked quotation (a nickname: `Robert C. "Bobby" Scott`), whose lexeme
 * is not its text's: its facts are read from its text.
 */
function factsOfPrevious(previous: HeadlineToken): HeadlineNameFacts {
  return previous.kind === 'word'
    ? headlineNameFactsToken(previous)
    : headlineNameFacts(previous.text)
}
