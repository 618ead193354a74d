#!/usr/bin/env node
// The published entry point runs the built CLI, bundled where the bundle can run (the
// repository); in the repo, `pnpm newsroom` runs the sources.
import { builtMainEntry } from '../dist/worker-entry.js'

const { main } = await import(builtMainEntry(new URL('../dist/', import.meta.url)).href)
process.exitCode = await main(process.argv.slice(2))
