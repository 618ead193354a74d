/**
 * READMEs whose examples are not checked yet, each with the reason: the one place such an
 * exception may live. Issue 14 phase 2 empties it once retext-quotes' restructuring has merged and
 * its README is rewritten. `NEWSROOM_README_ALL=1 pnpm --filter @newsroom/package-tests
 * test` runs their blocks anyway, to see where they stand.
 */
export const skippedReadmes: ReadonlyMap<string, string> = new Map([
  ['packages/retext-quotes/README.md', 'rewritten with the retext-quotes restructuring'],
])

/** Whether the skip list is switched off for this run. */
export const runSkipped = process.env.NEWSROOM_README_ALL === '1'
