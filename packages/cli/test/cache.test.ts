import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleCache, type CacheEntry } from '../src/cache.js'
import { fileDiagnostic } from '../src/diagnostics.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-cache-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const entry: CacheEntry = {
  article: null,
  diagnostics: [
    fileDiagnostic('vote.txt', 'warning', 'test/rule', 'Mara Quell is quoted twice', null),
  ],
}

describe('ArticleCache', () => {
  it('serves an entry as written, with the digest of its JSON', async () => {
    const cache = new ArticleCache(folder, 'v1')
    const key = cache.key('vote.txt', new TextEncoder().encode('text'))
    const digest = await cache.set(key, entry)
    expect(await cache.read(key)).toEqual({ entry, digest })
    expect(await cache.read(cache.key('other.txt', new Uint8Array()))).toBeUndefined()
  })

  it('validates an entry whose bytes no longer match their digest, and misses an invalid one', async () => {
    const cache = new ArticleCache(folder, 'v1')
    const key = cache.key('vote.txt', new Uint8Array())
    const file = join(folder, `${key}.json`)
    await cache.set(key, entry)
    const text = await readFile(file, 'utf8')
    // Edited by hand into another valid entry: served, as the schema reads it.
    await writeFile(file, text.replace('twice', 'thrice'))
    expect((await cache.read(key))?.entry.diagnostics[0]?.message).toBe(
      'Mara Quell is quoted thrice',
    )
    // Written without a digest (as before digests were): validated and served.
    await writeFile(file, JSON.stringify(entry))
    expect((await cache.read(key))?.entry).toEqual(entry)
    // Damaged into something that is not an entry: a miss.
    await writeFile(file, text.replace('"diagnostics"', '"diagnostic"'))
    expect(await cache.read(key)).toBeUndefined()
    await writeFile(file, text.slice(0, text.length / 2))
    expect(await cache.read(key)).toBeUndefined()
  })
  it('validates an entry that another version wrote, even when its digest line matches its JSON', async () => {
    const cache = new ArticleCache(folder, 'v1')
    const key = cache.key('vote.txt', new Uint8Array())
    // Same pipeline version (so the same key), but an entry of another form, hashed over its JSON
    // alone as another version of this package could have: not an entry of this version.
    const json = `${JSON.stringify({ article: null, diagnostics: [{ rule: 'x' }] }, null, 2)}\n`
    const digest = createHash('sha256').update(json).digest('hex')
    await writeFile(join(folder, `${key}.json`), `sha256:${digest}\n${json}`)
    expect(await cache.read(key)).toBeUndefined()
  })
})
