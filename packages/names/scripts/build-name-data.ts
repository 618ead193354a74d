/**
 * Write `data/given-names.txt` (see `name-data.ts`) after the name lists it is made of change.
 *
 *   pnpm --filter @newsroom/names build-data
 */
import { writeFileSync } from 'node:fs'
import { nameDataText } from './name-data.js'

writeFileSync(new URL('../data/given-names.txt', import.meta.url), nameDataText())
