export { paragraphTokens, type Token, type TokenParagraph } from './lib/tokens.js'
