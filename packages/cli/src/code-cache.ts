import { isAscii } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { threadId } from 'node:worker_threads'

/** A script compiled with V8's code cache, as `compileCached` gives it. */
export interface CachedScript {
  /** The script's top-level code as a function of the parameters it was compiled with. */
  run: (...args: unknown[]) => unknown
  /** Whether V8 took the stored cache (else it compiled the text). */
  fromCache: boolean
  /**
   * Store V8's code of the script as it is now, functions compiled since it started included,
   * where the next compile looks for it; once, and only when the cache was missing or refused.
   * Never throws: without the file the next start compiles the text, as Node would.
   */
  save: () => void
}

/**
 * The file V8's cache of `file` is kept in, beside it: named by a digest of its text (V8 checks
 * only its length), Node's version and `flags`, V8's flags the script runs under, which V8 also
 * checks. Each setting of the flags keeps its own file rather than replace the other's.
 */
export function cacheFileOf(file: string, bytes: Uint8Array, flags: string): string {
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
  return join(dirname(file), `${basename(file)}.${digest}.${process.version}.${flags}.code-cache`)
}

/**
 * Compile a CommonJS-style script (`file`, its text run as the body of a strict function of
 * `parameters`) with V8's code cache, read from beside it when one was stored for this text,
 * Node and `flags`. A missing, damaged or stale cache only means compiling the text: V8 refuses
 * data it cannot use. Node 20 gives no way to do this for ES modules (`module.enableCompileCache`
 * came with 22.1), hence a script.
 */
export function compileCached(
  file: string,
  parameters: readonly string[],
  flags: string,
): CachedScript {
  const bytes = readFileSync(file)
  // ASCII (as the bundle's build writes it) is read as Latin-1, one byte a character: decoding
  // 3 MB as UTF-8 took 70 ms where one character was not ASCII, and V8 scans the text faster.
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  const cacheFile = cacheFileOf(file, bytes, flags)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {}
  // The wrapper's line comes first and is not counted, so that stack traces give the file's lines.
  const source = `(function (${parameters.join(', ')}) {'use strict';\n${text}\n})`
  const script = new Script(source, { filename: file, lineOffset: -1, cachedData })
  const fromCache = cachedData !== undefined && !script.cachedDataRejected
  let saved = fromCache
  const save = () => {
    if (saved) return
    saved = true
    // Written whole under another name, then renamed: workers that save at once never leave a
    // half-written file for the next run to read.
    const partial = `${cacheFile}.${process.pid}-${threadId}.partial`
    try {
      writeFileSync(partial, script.createCachedData())
      renameSync(partial, cacheFile)
    } catch {
      rmSync(partial, { force: true })
    }
  }
  const run = script.runInThisContext() as (...args: unknown[]) => unknown
  return { run, fromCache, save }
}
