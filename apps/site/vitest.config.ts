import { mergeConfig } from 'vitest/config'
import { sharedConfig } from '../../vitest.shared.js'

export default mergeConfig(sharedConfig, {
  test: {
    // Builds the fixture site once (processContent → Eleventy → Pagefind) for every test file.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
