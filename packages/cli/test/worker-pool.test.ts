import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { processContent } from '../src/process-content.js'

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

describe('the worker pool', () => {
  it('gives the file sent ahead to a worker stopped for time to another worker', async () => {
    // Largest first: the chronicle is handed out first, and the next file is sent ahead to the
    // same worker; when the chronicle runs past its budget that worker is stopped.
    await writeFile(join(content, 'chronicle.txt'), chronicle())
    for (const number of [1, 2, 3])
      await writeFile(join(content, `vote-${number}.txt`), article(number))
    const { report, articles } = await processContent({
      contentDir: content,
      cacheDir: false,
      jobs: 1,
      // Well above what the first article of a fresh worker takes, loading included, on a busy
      // machine; well below what the chronicle takes.
      timeLimit: 4,
    })
    const failures = report.diagnostics.filter(({ severity }) => severity === 'error')
    expect(failures.map(({ file, ruleId }) => [file, ruleId])).toEqual([
      ['chronicle.txt', 'cli/time-limit'],
    ])
    expect(articles.map(({ title }) => title).sort()).toEqual([
      'Harbour Board Vote 1',
      'Harbour Board Vote 2',
      'Harbour Board Vote 3',
    ])
  }, 120_000)
})
