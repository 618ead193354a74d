export { type BlockPoint, type BlockText, blockPointer } from './align.js'
export { type BratDocument, type BratEvent, type BratSpan, readBrat } from './brat.js'
export {
  GoldArticle,
  GoldFormatError,
  GoldPerson,
  GoldQuote,
  GoldSpeakerType,
  readGold,
} from './gold.js'
export {
  directQuotations,
  type MentionGoldArticle,
  type MentionGoldQuote,
  type MentionSpan,
} from './polnear.js'
export type {
  MatchedSourceQuote,
  PrecisionRecall,
  QuoteError,
  QuoteErrorKind,
  QuoteMentions,
  QuoteScore,
  SystemArticle,
  SystemQuote,
  ThresholdScore,
} from './score.js'
export {
  matchQuotes,
  matchSourceMentions,
  matchThreshold,
  reportedThresholds,
  scoreQuotes,
  scoreSourceMentions,
  systemQuotesFromQuotes,
} from './score.js'
export {
  isSourceMention,
  namesSource,
  type ResolvedMention,
  type SourceMention,
  spansOverlap,
} from './source-mention.js'
export { comparableName, headNoun, parseSpeakerLabel, sameSpeaker } from './speaker-name.js'
export { isValidationArticle } from './split.js'
export { quoteOverlap, quoteTokens, tokensInCommon } from './tokens.js'
export { paragraphBreakOffsets, withoutParagraphBreaks } from './without-breaks.js'
