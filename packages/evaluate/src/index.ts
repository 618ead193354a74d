export {
  GoldArticle,
  GoldFormatError,
  GoldPerson,
  GoldQuote,
  GoldSpeakerType,
  readGold,
} from './gold.js'
export type {
  PrecisionRecall,
  QuoteError,
  QuoteErrorKind,
  QuoteScore,
  SystemArticle,
  SystemQuote,
} from './score.js'
export { matchQuotes, matchThreshold, scoreQuotes, systemQuotesFromQuotes } from './score.js'
export { comparableName, headNoun, parseSpeakerLabel, sameSpeaker } from './speaker-name.js'
export { quoteOverlap, quoteTokens, tokensInCommon } from './tokens.js'
