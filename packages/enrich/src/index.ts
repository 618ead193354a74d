export { createProcessor, type EnrichedFile, enrich } from './enrich.js'
export { pipelineModules } from './pipeline-modules.js'
export { buildSpeakerIndex } from './speaker-index.js'
export { buildTopicIndex } from './topic-index.js'
