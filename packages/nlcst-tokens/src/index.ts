export { type Lexeme, lexemeOf, wordFact } from './lib/lexemes.js'
export {
  paragraphTokens,
  parsedWord,
  type Token,
  type TokenParagraph,
} from './lib/tokens.js'
