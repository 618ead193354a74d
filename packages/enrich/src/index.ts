export { createProcessor, enrich } from './enrich.js'
export { buildSpeakerIndex } from './speaker-index.js'
export { buildTopicIndex } from './topic-index.js'
export { pipelineModules } from './pipeline-modules.js'
