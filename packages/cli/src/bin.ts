// Source entry point for `pnpm newsroom` in the repo (run with tsx and the source condition).
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2))
