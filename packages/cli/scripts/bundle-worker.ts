// Bundles the built worker (dist/worker.js and everything it imports) into a few files in
// dist/bundle/, which a worker thread loads several times faster than the 700 modules they come
// from: Node resolves, reads, compiles and links each module on its own, and each worker does it
// again. The pipeline stays a chunk of its own, loaded on the first file the cache cannot serve,
// as `worker.js` loads it. The command's own entry (dist/main.js) is bundled beside it, sharing
// chunks, and bin/newsroom.js runs it: the main thread loads the output's schemas, name tools and
// indexes while the workers start, and spent some 430 ms of CPU on them as modules, 205 ms
// bundled (alternating runs of importing both).
//
// A module that finds a file next to itself (a data file, a package through `createRequire`)
// does it from `import.meta.url`; in the bundle that is the bundle's URL, so each one is given
// its own file's URL back, relative to the bundle. Those paths hold only where the packages are
// laid out as they were when this ran (the repository); `bundle/manifest.json` lists them, and
// the worker pool and bin/newsroom.js use the bundle only where they all exist (see
// worker-entry.ts).
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const outdir = join(dist, 'bundle')

/** Files whose `import.meta.url` the bundle refers to, relative to the bundle's folder. */
const anchored = new Set<string>()

const ownUrls: Plugin = {
  name: 'own-import-meta-url',
  setup(context) {
    context.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const path = relative(outdir, args.path).split(sep).join('/')
      anchored.add(path)
      const url = `new URL(${JSON.stringify(path)}, import.meta.url).href`
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' }
    })
  },
}

await rm(outdir, { recursive: true, force: true })
/**
 * One entry and the chunks it loads. The worker and the main thread each get their own: the
 * threads share no compiled code, and chunks split between the two entries would make the worker
 * load some thirty files where it loads three.
 */
const bundle = (entry: string, chunks: string) =>
  build({
    entryPoints: [join(dist, entry)],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // A worker reads, decodes and compiles the bundle anew each time it starts: without comments
    // and indentation it is a fifth fewer bytes (4.1 MB to 3.2 MB), which took some 2%
    // off the CPU time of loading it (12 alternating runs of a worker loading the pipeline only).
    // Names are kept, so stack traces and profiles still name the functions.
    minifyWhitespace: true,
    // CommonJS dependencies bundled into an ES module still call `require` for Node's built-ins.
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
    chunkNames: `${chunks}-[hash]`,
    plugins: [ownUrls],
    metafile: true,
    logLevel: 'warning',
  })
const results = [await bundle('worker.js', 'chunk'), await bundle('main.js', 'main-chunk')]
const manifest = { anchored: [...anchored].sort() }
await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
const outputs = results.flatMap((result) => Object.values(result.metafile.outputs))
const bytes = outputs.reduce((sum, output) => sum + output.bytes, 0)
const inputs = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)))
console.log(
  `bundled ${inputs.size} modules into ${outputs.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${relative(process.cwd(), outdir) || '.'}; ${anchored.size} keep their own URL`,
)
// Only for the reader of the build log: which files those are, relative to the package.
for (const path of manifest.anchored)
  console.log(`  ${relative(process.cwd(), join(outdir, path))}`)
