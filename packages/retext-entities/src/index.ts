export type { EntityKind } from './lib/gazetteer.js'
export {
  type EntityMention,
  type Options,
  retextEntities,
  retextEntities as default,
} from './lib/index.js'
