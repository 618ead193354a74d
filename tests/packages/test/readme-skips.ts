/**
 * READMEs whose examples are not checked yet, each with the reason: the one place such an
 * exception may live. Issue 14 phase 2 empties it once these packages' restructuring has merged
 * and their READMEs are rewritten. `NEWSROOM_README_ALL=1 pnpm --filter @newsroom/package-tests
 * test` runs their blocks anyway, to see where they stand.
 */
export const skippedReadmes: ReadonlyMap<string, string> = new Map([
  ['packages/retext-entities/README.md', 'rewritten with the retext-entities restructuring'],
  ['packages/retext-topics/README.md', 'rewritten with the retext-topics restructuring'],
  ['packages/names/README.md', 'rewritten with the names restructuring'],
  ['packages/evaluate/README.md', 'rewritten with the evaluate restructuring'],
])

/** Whether the skip list is switched off for this run. */
export const runSkipped = process.env.NEWSROOM_README_ALL === '1'
