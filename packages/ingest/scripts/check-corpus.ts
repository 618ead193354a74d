/**
 * Ingest the evaluation corpus (`../shared/corpus`, next to the repository) and check that no
 * body text is lost: every gold quotation must still be present, whole, in the ingested blocks.
 *
 *     pnpm exec tsx --conditions=@newsroom/source scripts/check-corpus.ts
 *
 * Skips cleanly when the corpus is absent. Prints counts; exits non-zero when an article fails
 * with an error or a gold quote is missing.
 */
import { existsSync } from 'node:fs'
import { check, corpus, repository } from './corpus.js'

if (!existsSync(`${corpus}articles`)) {
  console.log(`No corpus at ${corpus}; nothing to check.`)
} else {
  const results = [
    check('corpus/articles', `${corpus}articles`, `${corpus}gold/dev.jsonl`),
    check('seed', `${repository}content`, `${corpus}gold/seed.jsonl`),
  ]
  if (existsSync(`${corpus}polnear-dev/text`)) {
    results.push(
      check('polnear-dev/text', `${corpus}polnear-dev/text`, `${corpus}gold/polnear-dev.jsonl`),
    )
  }
  const broken = results.some((tally) => tally.failed > 0 || tally.missing.length > 0)
  process.exitCode = broken ? 1 : 0
}
