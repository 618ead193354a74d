export type { CueMode } from './lib/cue.js'
export { default, default as retextTopics, type Options } from './lib/retext-topics.js'
export { TaxonomyFile, TaxonomyTopic } from './lib/taxonomy.js'
