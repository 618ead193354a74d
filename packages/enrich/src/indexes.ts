// The site-wide indexes alone: building them needs none of the NLP pipeline, so a caller that
// only publishes (the CLI's main thread) does not load compromise, the tagger or the name lists.
export { buildSpeakerIndex } from './speaker-index.js'
export { unifySpeakerSpellings } from './speaker-variants.js'
export { buildTopicIndex } from './topic-index.js'
