import { defineConfig } from 'vitest/config'

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
  },
})
