// Bundles the built worker (dist/worker.js and everything it imports) into one script,
// dist/bundle/worker.cjs, which a worker thread loads several times faster than the 700 modules
// it comes from: Node resolves, reads, compiles and links each module on its own, and each worker
// does it again. It is a script, not an ES module, so that worker-loader.ts can compile it with
// V8's code cache (Node 20 has none for modules); the pipeline's modules still run only on the
// first file the cache cannot serve, as `worker.js` imports them. The command's own entry
// (dist/main.js) is bundled beside it as ES modules, and bin/newsroom.js runs it: the main thread
// loads the output's schemas, name tools and indexes while the workers start, and spent some
// 430 ms of CPU on them as modules, 205 ms bundled (alternating runs of importing both).
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
import { bundledWorker, bundleParameters } from '../src/worker-entry.js'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const outdir = join(dist, 'bundle')

/** Files whose `import.meta.url` the bundle refers to, relative to the bundle's folder. */
const anchored = new Set<string>()

/** The bundle's path of a module, as `BundleLoader` takes it. */
const bundlePath = (path: string) => relative(outdir, path).split(sep).join('/')

const ownUrls: Plugin = {
  name: 'own-import-meta-url',
  setup(context) {
    context.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const path = bundlePath(args.path)
      anchored.add(path)
      const url = `new URL(${JSON.stringify(path)}, import.meta.url).href`
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' }
    })
  },
}

/** The worker script's own `import.meta` and `saveCodeCache`, from `bundleLoader` (see worker-loader.ts). */
const [loaderName] = bundleParameters.slice(-1)
const scriptMeta: Plugin = {
  name: 'script-import-meta',
  setup(context) {
    context.onResolve({ filter: /^\.\/save-code-cache\.js$/ }, () => ({
      path: 'save-code-cache',
      namespace: 'bundle-loader',
    }))
    context.onLoad({ filter: /.*/, namespace: 'bundle-loader' }, () => ({
      contents: `export const saveCodeCache = () => ${loaderName}.saveCodeCache()`,
      loader: 'js',
    }))
    context.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta')) return undefined
      const path = JSON.stringify(bundlePath(args.path))
      anchored.add(bundlePath(args.path))
      const contents = text
        .replaceAll('import.meta.url', `${loaderName}.url(${path})`)
        .replaceAll('import.meta.resolve(', `${loaderName}.resolve(${path}, `)
      if (contents.includes('import.meta'))
        throw new Error(`${args.path} reads import.meta other than its url and resolve`)
      return { contents, loader: 'js' }
    })
  },
}

await rm(outdir, { recursive: true, force: true })
/** Without comments and indentation the worker is a fifth fewer bytes (4.1 MB to 3.2 MB) to
 * read, decode and compile: some 2% off the CPU time of loading it (12 alternating runs of a
 * worker loading the pipeline only). Names are kept, so stack traces and profiles still name the
 * functions. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
} as const
const worker = build({
  ...common,
  entryPoints: [join(dist, 'worker.js')],
  outfile: join(outdir, bundledWorker),
  format: 'cjs',
  plugins: [scriptMeta],
})
// The main thread's chunks are its own: the threads share no compiled code.
const main = build({
  ...common,
  entryPoints: [join(dist, 'main.js')],
  outdir,
  splitting: true,
  format: 'esm',
  // CommonJS dependencies bundled into an ES module still call `require` for Node's built-ins.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  chunkNames: 'main-chunk-[hash]',
  plugins: [ownUrls],
})
const results = [await worker, await main]

/**
 * `text` with every character outside ASCII written as a `\\u` escape. esbuild escapes them in
 * strings, templates and names, but not in regular expression literals, where the escape means
 * the same character; one after a backslash would not, and stops the build. A file read whole as
 * ASCII is decoded in a fraction of the time (see code-cache.ts), by Node's module loader too.
 */
function asciiOnly(text: string, file: string): string {
  return text.replace(/[\u0080-\uffff]/g, (character, offset: number) => {
    if (text[offset - 1] === '\\')
      throw new Error(`${file}: an escaped character outside ASCII at offset ${offset}`)
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
for (const result of results)
  for (const file of Object.keys(result.metafile.outputs)) {
    const text = await readFile(file, 'utf8')
    const ascii = asciiOnly(text, file)
    if (ascii !== text) await writeFile(file, ascii)
  }
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
