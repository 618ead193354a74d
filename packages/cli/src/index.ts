export type { CacheEntry } from './cache.js'
export { CliError } from './errors.js'
export { main } from './main.js'
export {
  type ProcessOptions,
  type ProcessResult,
  processContent,
  type RunNotice,
} from './process-content.js'
export { workerV8Flags } from './worker-flags.js'
