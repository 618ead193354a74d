export type { SpeakerModel } from './lib/choose.js'
export type { Options, QuoteCandidates, SpeakerCandidate } from './lib/index.js'
export { default, default as retextQuotes } from './lib/index.js'
export type { Resolution } from './lib/resolution.js'
