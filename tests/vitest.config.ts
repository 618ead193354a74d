import { mergeConfig } from 'vitest/config'
import { sharedConfig } from '../vitest.shared.js'

export default mergeConfig(sharedConfig, {
  test: {
    include: ['e2e/**/*.test.ts', 'hostile/**/*.test.ts'],
    // Each test runs the whole pipeline (the slowest, in worker threads and from a cache, takes
    // about 10 s alone on 2 cores) and a setup also builds a site with Eleventy.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
