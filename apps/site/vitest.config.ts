import { mergeConfig } from 'vitest/config'
import { sharedConfig } from '../../vitest.shared.js'

export default mergeConfig(sharedConfig, {
  test: {
    // Builds the fixture site once (processContent → Eleventy → Pagefind) for every test file.
    globalSetup: ['test/helpers/global-setup.ts'],
    // A browser test loads a page or a few (about a second each alone on 2 cores), runs axe on
    // one or takes a full-page screenshot: a minute is ample on a busy machine.
    testTimeout: 60_000,
  },
})
