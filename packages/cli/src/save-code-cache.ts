/**
 * Store V8's code cache of the bundled worker, which the bundle's loader (worker-loader.ts)
 * compiled: called once the pipeline has run on an article, so that the functions it compiled
 * are in it. The bundle's build gives this module the loader's function in place of this one
 * (scripts/bundle-worker.ts); running from modules (the sources, an installed package) there is
 * no such cache and it does nothing.
 */
export function saveCodeCache(): void {}
