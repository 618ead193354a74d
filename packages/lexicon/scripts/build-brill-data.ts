/**
 * Write `data/brill-lexicon.txt` (see `brill-data.ts`) after `pos` changes.
 *
 *   pnpm --filter @newsroom/lexicon build-data
 */
import { writeFileSync } from 'node:fs'
import { brillLexiconText } from './brill-data.js'

writeFileSync(new URL('../data/brill-lexicon.txt', import.meta.url), brillLexiconText())
