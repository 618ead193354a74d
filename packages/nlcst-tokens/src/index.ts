export {
  type HeadlineToken,
  headlineSupportKeyOf,
  isHeadlineCaseRun,
  isHeadlineNameToken,
} from './lib/headline-case.js'
export { type Lexeme, lexemeOf, tokenFact, wordFact } from './lib/lexemes.js'
export {
  localParagraphTokens,
  paragraphTokens,
  parsedWord,
  spanToken,
  type Token,
  type TokenParagraph,
  withParagraphOffsets,
} from './lib/tokens.js'
