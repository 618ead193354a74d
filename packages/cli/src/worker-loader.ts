import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cachedDataVersionTag } from 'node:v8'
import { workerData } from 'node:worker_threads'
import { compileCached } from './code-cache.js'
import { type BundleLoader, bundledWorker, bundleParameters } from './worker-entry.js'
import { setWorkerFlags, workerFlags } from './worker-flags.js'
import type { WorkerStart } from './worker-protocol.js'

// What a worker thread of the built CLI runs where the bundle can run (see worker-entry.ts): the
// whole worker bundled into one script, compiled with V8's code cache. Compiling the bundle, and
// then each of its functions as an article first runs it, took a worker some 0.1-0.15 s of CPU
// of its start-up that the cache spares every start after the first.
const start = workerData as WorkerStart
// Before compiling: V8 takes a code cache only under the flags it was made with.
setWorkerFlags(start)
const file = fileURLToPath(new URL(`bundle/${bundledWorker}`, import.meta.url))
// Named by the flags the worker sets and by V8's tag of the process's flags (node's command line
// and NODE_OPTIONS included): a cache made under other flags is refused, so a run under, say,
// `--max-semi-space-size` would otherwise compile afresh and overwrite the cache of the next.
const flagsName = `${workerFlags(start)
  .replace(/[^a-z\d]+/gi, '-')
  .replace(/^-|-$/g, '')}.${cachedDataVersionTag().toString(36)}`
const script = compileCached(file, bundleParameters, flagsName)
const bundleUrl = pathToFileURL(file)
const loader: BundleLoader = {
  url: (path) => new URL(path, bundleUrl).href,
  // Only for code that fingerprints the pipeline, which a worker does not run: CommonJS's
  // resolution, the same file for packages whose `import` and `require` exports agree.
  resolve: (path, specifier) =>
    pathToFileURL(createRequire(new URL(path, bundleUrl)).resolve(specifier)).href,
  saveCodeCache: script.save,
}
const module = { exports: {} }
script.run(module.exports, createRequire(file), module, file, dirname(file), loader)
