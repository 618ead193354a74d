import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleCache } from '../src/cache.js'
import type { FileOutcome } from '../src/file-job.js'
import { WorkerPool } from '../src/worker-pool.js'

let content: string
beforeEach(async () => {
  content = await mkdtemp(join(tmpdir(), 'newsroom-pool-'))
})
afterEach(async () => {
  await rm(content, { recursive: true, force: true })
})

/** A short article about invented people. */
function article(number: number): string {
  return `Harbour Board Vote ${number}

MARLOW BAY — The harbour board voted on plan ${number} on Tuesday.

"We will open the new ferry landing in spring," said Ada Quillon, the board's chair.

Bram Okonkwo, a fisherman, said the plan came too late. "The old pier is falling apart," he said.
`
}

/** A chronicle of some 2 MB: it takes some ten seconds of CPU time, an article a fraction of one. */
function chronicle(): string {
  const paragraphs: string[] = []
  for (let number = 0, size = 0; size < 2_000_000; number++) {
    const paragraph = article(number).split('\n\n').slice(1).join(' ')
    paragraphs.push(paragraph)
    size += paragraph.length + 2
  }
  return `A Very Long Harbour Chronicle\n\n${paragraphs.join('\n\n')}\n`
}

/**
 * Give `files` to the pool in this order and resolve to their outcomes. Fails at once, naming
 * it, when a file is lost: its outcome is not in, yet the pool neither queues it nor has it in a
 * worker. Such a file would leave the run waiting for ever (and the test failing by its timeout).
 */
async function runAll(
  pool: WorkerPool,
  files: readonly string[],
): Promise<Map<string, FileOutcome>> {
  const outcomes = new Map<string, FileOutcome>()
  const runs = Promise.all(files.map(async (file) => outcomes.set(file, await pool.run(file))))
  let watch: NodeJS.Timeout | undefined
  const lost = new Promise<never>((_, reject) => {
    watch = setInterval(() => {
      const held = pool.heldFiles
      const missing = files.filter((file) => !outcomes.has(file) && !held.includes(file))
      try {
        expect(missing, 'files without an outcome that the pool no longer holds').toEqual([])
      } catch (error) {
        reject(error)
      }
    }, 20)
  })
  try {
    await Promise.race([runs, lost])
  } finally {
    clearInterval(watch)
    await pool.close()
  }
  return outcomes
}

const ruleIds = (outcome: FileOutcome | undefined) =>
  outcome?.entry.diagnostics
    .filter(({ severity }) => severity === 'error')
    .map(({ ruleId }) => ruleId)

describe('the worker pool', () => {
  it('gives the file sent ahead to a worker stopped for time to another worker', async () => {
    // The chronicle is handed out first, and the next file is sent ahead to the same worker
    // (more files wait than there are workers); when the chronicle runs past its budget that
    // worker is stopped.
    await writeFile(join(content, 'chronicle.txt'), chronicle())
    for (const number of [1, 2, 3])
      await writeFile(join(content, `vote-${number}.txt`), article(number))
    const pool = new WorkerPool({
      size: 1,
      start: { leanTiering: false, preload: false },
      // Well above what the first article of a fresh worker takes, loading included, on a busy
      // machine; well below what the chronicle takes.
      timeLimit: () => 4000,
    })
    pool.configure({ contentDir: content, cacheDir: false, version: 'test' })
    const outcomes = await runAll(pool, ['chronicle.txt', 'vote-1.txt', 'vote-2.txt', 'vote-3.txt'])
    expect(ruleIds(outcomes.get('chronicle.txt'))).toEqual(['cli/time-limit'])
    expect(
      [1, 2, 3].map((number) => outcomes.get(`vote-${number}.txt`)?.entry.article?.title),
    ).toEqual(['Harbour Board Vote 1', 'Harbour Board Vote 2', 'Harbour Board Vote 3'])
  }, 120_000)

  it('gives the file sent ahead to a worker that dies to another worker', async () => {
    // Workers with a heap too small for the pipeline on a long text: the first file, which the
    // cache cannot serve, makes its worker run the pipeline and die out of memory while the next
    // file is sent ahead to it. The others are served from the cache, which a worker does
    // without the pipeline, so a new worker can run them. (An article of a few lines no longer
    // fills such a heap: the pipeline loads its lexicons lazily.)
    const cacheDir = join(content, '.cache')
    const cache = new ArticleCache(cacheDir, 'test')
    await writeFile(join(content, 'vote-0.txt'), chronicle())
    for (const number of [1, 2, 3]) {
      const file = `vote-${number}.txt`
      await writeFile(join(content, file), article(number))
      const key = cache.key(file, await readFile(join(content, file)))
      await cache.set(key, { article: null, diagnostics: [] })
    }
    const pool = new WorkerPool({
      size: 1,
      start: { leanTiering: false, preload: false },
      timeLimit: () => 60_000,
      // A worker starts in this, and the pipeline needs several times more.
      limits: { stackSizeMb: 4, maxOldGenerationSizeMb: 32 },
    })
    pool.configure({ contentDir: content, cacheDir, version: 'test' })
    const outcomes = await runAll(pool, ['vote-0.txt', 'vote-1.txt', 'vote-2.txt', 'vote-3.txt'])
    expect(ruleIds(outcomes.get('vote-0.txt'))).toEqual(['cli/out-of-memory'])
    expect([1, 2, 3].map((number) => outcomes.get(`vote-${number}.txt`)?.cached)).toEqual([
      true,
      true,
      true,
    ])
  }, 120_000)
})
