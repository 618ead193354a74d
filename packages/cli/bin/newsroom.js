#!/usr/bin/env node
// The published entry point runs the built CLI; in the repo, `pnpm newsroom` runs the sources.
import { main } from '../dist/main.js'

process.exitCode = await main(process.argv.slice(2))
