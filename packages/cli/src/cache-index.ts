// `@newsroom/cli/cache`: the per-article cache on its own, for tools that fill or read it as
// `newsroom process` does, without loading the rest of the CLI.
export { ArticleCache, CacheEntry } from './cache.js'
export { pipelineVersion } from './pipeline-version.js'
