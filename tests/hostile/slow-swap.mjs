// Preloaded (`--import`) into a CLI run that a test kills during its output swap: the rename
// that starts the swap waits a while, as on a slow disk, so that a kill sent when the staging
// folder appears lands while it still exists, however fast the run wrote its files.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { basename } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const swapDelayMs = 10_000
const realRename = fs.promises.rename
const startsSwap = (from, to) =>
  basename(String(from)).startsWith('.out.staging-') || basename(String(to)).startsWith('.out.old-')

fs.promises.rename = async (from, to) => {
  if (startsSwap(from, to)) await sleep(swapDelayMs)
  return realRename(from, to)
}
syncBuiltinESMExports()
