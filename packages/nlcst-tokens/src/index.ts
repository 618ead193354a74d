export { type Lexeme, lexemeOf, tokenFact, wordFact } from './lib/lexemes.js'
export {
  paragraphTokens,
  parsedWord,
  type Token,
  type TokenParagraph,
} from './lib/tokens.js'
