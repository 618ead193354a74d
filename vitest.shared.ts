import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * How many packages' tests turbo runs at once (`turbo run test --concurrency=2`, the root
 * `pnpm test`). Each vitest takes an equal share of the cores, so the whole suite keeps about one
 * test worker per core, not one per core in every package at once: on a 2-core machine, two
 * vitest processes of one worker each.
 */
const testTasksAtOnce = 2

/**
 * Shared vitest settings: tests run on the TypeScript sources of workspace
 * packages (the `@newsroom/source` export condition), so no build is needed.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ['@newsroom/source', 'import', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['@newsroom/source', 'import', 'module', 'node', 'default'] } },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    maxWorkers: Math.max(1, Math.floor(availableParallelism() / testTasksAtOnce)),
    // The slowest unit tests take about 4 s alone on a 2-core machine (the first one in a file
    // loads the word lists); a shared machine can make that several times slower. A test that
    // hangs still fails within half a minute.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
