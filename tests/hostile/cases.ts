import {
  appendFile,
  chmod,
  cp,
  mkdir,
  readdir,
  rename,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'
import type { FaultSupport } from './faults.js'
import { mountTmpfs, remountReadOnly, setImmutable, unmount } from './faults.js'
import { hostileInputs } from './inputs.js'
import type { CliRun } from './run-cli.js'
import type { Scene } from './scene.js'

/**
 * One hostile case: files added to the content beside the good articles, faults arranged around
 * the run, and what must come out. Adding a case is adding one object to `hostileCases`.
 */
export interface HostileCase {
  name: string
  /** Content files this case adds (relative to the content folder). */
  files?: Record<string, string | Uint8Array> | (() => Record<string, string | Uint8Array>)
  /** Faults set up before the run; the returned function undoes them. */
  arrange?: (scene: Scene) => Promise<(() => Promise<void>) | undefined>
  /** Arguments of the run; default `process --content content --out out --cache cache`. */
  args?: (scene: Scene) => string[]
  /** Folder to run in; default the scene's root. */
  cwd?: (scene: Scene) => string
  /** Faults this case needs from the machine; it is skipped, saying why, without them. */
  needs?: Array<keyof FaultSupport>
  /** The exit code. */
  code: number
  /**
   * `published`: the output is replaced, holding every good article and the expected
   * diagnostic in its report. `unchanged`: the run changed nothing at all in the scene (content,
   * previous output, other files), and left no staging folder behind.
   */
  output: 'published' | 'unchanged'
  /** A diagnostic the run must report (in report.json when published, else printed). */
  diagnostic?: { file: string; ruleId: string }
  /** What stderr must show (a run error's name, an escaped file name…). */
  printed?: RegExp
  /** Further checks, after the common ones. */
  check?: (scene: Scene, run: CliRun) => Promise<void> | void
}

/** Fill the file system of `folder` but for a few kilobytes: a write starts, then fails. */
async function fillDisk(folder: string): Promise<void> {
  const filler = join(folder, 'filler')
  const chunk = Buffer.alloc(4096)
  try {
    for (;;) await appendFile(filler, chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  }
  await truncate(filler, Math.max(0, (await stat(filler)).size - 8192))
}

// One worker: a run that misses the cache loads the NLP pipeline once, not once a worker. The
// outcome does not depend on --jobs (the content-file runs check that).
export const defaultArgs = (scene: Scene) => [
  'process',
  '--content',
  scene.content,
  '--out',
  scene.out,
  '--cache',
  scene.cache,
  '--jobs',
  '1',
]

export function argsOf(test: HostileCase, scene: Scene): string[] {
  return (test.args ?? defaultArgs)(scene)
}

const processInto = (out: (scene: Scene) => string) => (scene: Scene) => [
  'process',
  '--content',
  scene.content,
  '--out',
  out(scene),
  '--cache',
  scene.cache,
  '--jobs',
  '1',
]

/** Replace every cache entry by what `make` returns for its path. */
async function rewriteCache(scene: Scene, make: (path: string) => Promise<void>): Promise<void> {
  for (const name of await readdir(scene.cache)) {
    if (name.endsWith('.json')) await make(join(scene.cache, name))
  }
}

export const hostileCases: HostileCase[] = [
  // Data loss: an --out that would delete what newsroom did not make is refused, exit 2.
  {
    name: '--out is the content folder',
    args: processInto((scene) => scene.content),
    code: 2,
    output: 'unchanged',
    printed: /^OutputHoldsContent: .*content/m,
  },
  {
    name: '--out is a parent of the content folder',
    args: processInto((scene) => scene.root),
    code: 2,
    output: 'unchanged',
    printed: /^OutputHoldsContent: /m,
  },
  {
    name: '--out . in a repository holding the content',
    arrange: async (scene) => {
      await mkdir(join(scene.root, '.git'))
      await writeFile(join(scene.root, '.git/HEAD'), 'ref: refs/heads/main\n')
      return undefined
    },
    args: processInto(() => '.'),
    code: 2,
    output: 'unchanged',
    printed: /^OutputHoldsContent: /m,
  },
  {
    name: '--out is the folder the command runs in',
    arrange: async (scene) => {
      await mkdir(join(scene.root, 'elsewhere'))
      return undefined
    },
    cwd: (scene) => join(scene.root, 'elsewhere'),
    args: processInto(() => '.'),
    code: 2,
    output: 'unchanged',
    printed: /^OutputHoldsWorkingFolder: /m,
  },
  {
    name: '--out is a folder of other files',
    arrange: async (scene) => {
      await mkdir(join(scene.root, 'notes'))
      await writeFile(join(scene.root, 'notes/todo.txt'), 'call the harbour office\n')
      return undefined
    },
    args: processInto((scene) => join(scene.root, 'notes')),
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotOurs: .*notes/m,
  },
  {
    name: '--out is a file',
    arrange: async (scene) => {
      await writeFile(join(scene.root, 'out.txt'), 'not a folder\n')
      return undefined
    },
    args: processInto((scene) => join(scene.root, 'out.txt')),
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotOurs: .*is a file/m,
  },
  {
    name: '--out lies inside the content folder',
    args: processInto((scene) => join(scene.content, 'site-data')),
    code: 2,
    output: 'unchanged',
    printed: /^OutputInsideContent: /m,
  },

  // The cache is an optimisation: failing to write it is a warning, never a lost article.
  {
    name: 'cache folder is a file (ENOTDIR)',
    arrange: async (scene) => {
      await rm(scene.cache, { recursive: true, force: true })
      await writeFile(scene.cache, 'not a folder\n')
      return undefined
    },
    code: 0,
    output: 'published',
    printed: /warning {2}Cannot write the article cache: .* cli\/cache-unwritable/,
  },
  {
    name: 'a folder where a cache file belongs (EISDIR)',
    arrange: async (scene) => {
      await rewriteCache(scene, async (path) => {
        await rm(path)
        await mkdir(path)
      })
      return undefined
    },
    code: 0,
    output: 'published',
    printed: /Cannot write the article cache: a folder stands where a file belongs \(EISDIR\)/,
  },
  {
    name: 'corrupt cache entries are misses',
    arrange: async (scene) => {
      await rewriteCache(scene, (path) => writeFile(path, '{"article": {"slug": 42}, trunc'))
      return undefined
    },
    code: 0,
    output: 'published',
    check: (_scene, run) => {
      if (/cache-unwritable/.test(run.stderr)) throw new Error('a corrupt entry is no warning')
    },
  },
  {
    name: 'read-only cache (EROFS)',
    needs: ['mount'],
    arrange: async (scene) => {
      await rm(scene.cache, { recursive: true, force: true })
      await mountTmpfs(scene.cache, 1024)
      await remountReadOnly(scene.cache)
      return () => unmount(scene.cache)
    },
    code: 0,
    output: 'published',
    printed: /Cannot write the article cache: the file system is read-only \(EROFS\)/,
  },
  {
    name: 'full disk under the cache (ENOSPC)',
    needs: ['mount'],
    arrange: async (scene) => {
      await rm(scene.cache, { recursive: true, force: true })
      await mountTmpfs(scene.cache, 8)
      await writeFile(join(scene.cache, 'filler'), Buffer.alloc(8 * 1024))
      return () => unmount(scene.cache)
    },
    code: 0,
    output: 'published',
    printed: /Cannot write the article cache: the disk is full \(ENOSPC\)/,
  },
  {
    name: 'cache without write permission (EACCES)',
    needs: ['permissions'],
    arrange: async (scene) => {
      await rm(scene.cache, { recursive: true, force: true })
      await mkdir(scene.cache)
      await chmod(scene.cache, 0o555)
      return () => chmod(scene.cache, 0o755)
    },
    code: 0,
    output: 'published',
    printed: /Cannot write the article cache: permission denied \(EACCES\)/,
  },

  // An output folder that cannot be written: one line naming it, exit 2, the previous output whole.
  {
    name: 'output on a read-only file system (EROFS)',
    needs: ['mount'],
    arrange: async (scene) => {
      const disk = join(scene.root, 'disk')
      await mountTmpfs(disk, 4096)
      await cp(scene.out, join(disk, 'out'), { recursive: true })
      await remountReadOnly(disk)
      return () => unmount(disk)
    },
    args: processInto((scene) => join(scene.root, 'disk/out')),
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotWritable: Cannot write the output folder .*disk\/out: .*\(EROFS\)/m,
  },
  {
    name: 'output folder immutable (EPERM)',
    needs: ['immutable'],
    arrange: async (scene) => {
      await setImmutable(scene.out, true)
      return () => setImmutable(scene.out, false)
    },
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotWritable: Cannot write the output folder .*out: /m,
  },
  {
    name: 'disk full under the output (ENOSPC)',
    needs: ['mount'],
    arrange: async (scene) => {
      const disk = join(scene.root, 'disk')
      await mountTmpfs(disk, 1024)
      const undo = () => unmount(disk)
      await cp(scene.out, join(disk, 'out'), { recursive: true })
      await fillDisk(disk)
      return undo
    },
    args: processInto((scene) => join(scene.root, 'disk/out')),
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotWritable: .*disk\/out: the disk is full \(ENOSPC\)/m,
  },
  {
    name: 'output folder without write permission (EACCES)',
    needs: ['permissions'],
    arrange: async (scene) => {
      await chmod(scene.out, 0o555)
      return () => chmod(scene.out, 0o755)
    },
    code: 2,
    output: 'unchanged',
    printed: /^OutputNotWritable: /m,
  },

  // Leftovers of killed runs are tidied; a previous output a kill had moved away is put back.
  {
    name: 'stale staging folder of a killed run',
    arrange: async (scene) => {
      await mkdir(join(scene.root, '.out.staging-999999/articles'), { recursive: true })
      return undefined
    },
    code: 0,
    output: 'published',
  },
  {
    name: 'killed between the two renames of a swap',
    arrange: async (scene) => {
      await rename(scene.out, join(scene.root, '.out.old-999999'))
      return undefined
    },
    // Refused output would mean the retired output was not recognised: it must be restored first.
    code: 0,
    output: 'published',
  },

  // One file can never stall a build, and never change the outcome with --jobs.
  {
    name: 'a file past the time budget',
    // The limit counts the worker's CPU time: 1.5 s is well above what a good article takes, even
    // the first of a fresh worker (well under 1 s), and below what the chronicle of 600 kB takes (3–4 s).
    files: () => ({ 'long-chronicle.txt': hostileInputs.longArticle(600) }),
    args: (scene) => [...defaultArgs(scene), '--time-limit', '1.5'],
    code: 1,
    output: 'published',
    diagnostic: { file: 'long-chronicle.txt', ruleId: 'cli/time-limit' },
    printed: /long-chronicle\.txt {2}error {2}Processing took longer than the 1\.5 s allowed/,
  },

  // A failing strict build leaves the site's data as it was.
  {
    name: 'build --strict with a broken file leaves the site data untouched',
    files: { 'broken.md': '---\ntitle: [unclosed\n---\n\nBody.\n' },
    arrange: async (scene) => {
      const site = join(scene.root, 'site')
      await mkdir(site)
      await writeFile(
        join(site, 'package.json'),
        '{"name":"site-that-must-not-build","private":true,"scripts":{"build":"exit 3"}}\n',
      )
      await cp(scene.out, join(site, '.newsroom'), { recursive: true })
      return undefined
    },
    args: (scene) => [
      'build',
      '--strict',
      '--content',
      scene.content,
      '--site',
      join(scene.root, 'site'),
      '--cache',
      scene.cache,
    ],
    code: 1,
    output: 'unchanged',
    diagnostic: { file: 'broken.md', ruleId: 'ingest/front-matter-syntax' },
    printed: /site\/\.newsroom left as it was; the site was not built/,
  },
]
