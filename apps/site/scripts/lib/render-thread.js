// The entry of a render thread. What it runs is JavaScript (render-worker.js, render-model.js,
// the site's lib/ and Eleventy), so it registers no TypeScript loader: with one, each of the
// hundreds of modules Eleventy loads is resolved and loaded through the loader's own thread
// (importing Eleventy takes twice the CPU). The build starts its threads without the loader it
// runs with (tsx's `--import`: see `threadExecArgv` in render-site.ts); only where the workspace
// packages are read from their TypeScript sources (`--conditions=@newsroom/source`, in tests and
// `dev`) does the thread need it.
const fromSources = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some(
  (arg) => arg.includes('@newsroom/source'),
)
if (fromSources) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import('./render-worker.js')
