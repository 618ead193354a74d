/**
 * Write `data/compromise-lexicon.txt` (see `compromise-lexicon.ts`) after compromise changes.
 *
 *   pnpm --filter @newsroom/retext-entities build-data
 */
import { writeFileSync } from 'node:fs'
import { compromiseLexiconText } from './compromise-lexicon.js'

writeFileSync(new URL('../data/compromise-lexicon.txt', import.meta.url), compromiseLexiconText())
