/**
 * Write `data/pos-lexicon.txt` (see `src/plugins/pos-lexicon.ts`) from the lexicon of `pos`,
 * after `pos` changes: `test/plugins/pos-lexicon.test.ts` fails while they differ.
 *
 *   pnpm --filter @newsroom/enrich build-pos-lexicon
 */
import { writeFileSync } from 'node:fs'
// @ts-expect-error: `pos` ships no types.
import posjs from 'pos'
import { posLexiconFile, posLexiconText } from '../src/plugins/pos-lexicon.js'

const { lexicon } = new (
  posjs as { Tagger: new () => { lexicon: Record<string, string[]> } }
).Tagger()
writeFileSync(posLexiconFile, posLexiconText(lexicon))
