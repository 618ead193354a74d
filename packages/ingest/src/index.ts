export type { BlockSource } from './lib/block-source.js'
export { type ClutterRule, clutterRules } from './lib/clutter.js'
export { type ParsedDate, parseDate } from './lib/dates.js'
export {
  type IngestInput,
  type IngestOptions,
  ingest,
  maxFileBytes,
  supportedExtensions,
  tooLarge,
} from './lib/ingest.js'
export { type MojibakeEdit, type MojibakeRepair, repairMojibake } from './lib/mojibake.js'
export { newArticlePlaceholder } from './lib/placeholder.js'
