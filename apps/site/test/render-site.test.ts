import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildSite } from '../scripts/lib/render-site.js'
import {
  makeArticle,
  makeData,
  makeQuote,
  makeSpeakerEntry,
  writeDataDir,
} from './helpers/factory.js'

/**
 * Where Eleventy is loaded: a build that renders on threads holds the whole site's records in
 * this thread, and Eleventy (with its template engines) is loaded only in a thread that renders.
 */

const loads = vi.hoisted(() => ({ eleventy: 0, writes: [] as string[] }))
// In this thread Eleventy is a stand-in that counts its loads and writes (the real one does not
// run inside vitest's module loader); the render threads load the real one.
vi.mock('@11ty/eleventy', () => {
  loads.eleventy++
  return {
    default: class {
      #output: string
      constructor(_input: string, output: string) {
        this.#output = output
      }
      async write() {
        loads.writes.push(this.#output)
      }
    },
  }
})

const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const articles = ['quay-rebuilt', 'fares-frozen', 'lights-back'].map((slug, index) =>
  makeArticle({
    slug,
    publishedAt: `2031-04-0${index + 1}T09:00:00Z`,
    quotes: [makeQuote('q1', rosa)],
  }),
)

let workDir: string
let dataDir: string

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'newsroom-site-render-'))
  dataDir = path.join(workDir, 'data')
  const data = makeData({
    articles,
    speakers: [
      makeSpeakerEntry(
        'rosa-vance',
        'Rosa Vance',
        articles.map((article) => article.slug),
      ),
    ],
  })
  await writeDataDir(dataDir, data)
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describe('render threads', () => {
  it('loads Eleventy in this thread only when a shard renders here', async () => {
    // Importing the build loads no Eleventy.
    expect(loads.eleventy).toBe(0)
    // On threads (every site counts as big here), in shards of a few pages: every shard renders
    // on a thread, none here.
    const threaded = path.join(workDir, 'threaded')
    const figures = await buildSite({
      dataDir,
      outDir: threaded,
      search: false,
      jobs: 2,
      parallelPages: 1,
      shardBudget: 8,
    })
    expect(figures.shards).toBeGreaterThan(1)
    expect(
      await readFile(path.join(threaded, 'articles', 'quay-rebuilt', 'index.html'), 'utf8'),
    ).toContain('Story quay-rebuilt')
    expect(loads.eleventy).toBe(0)

    // One thread: the shards render here, and Eleventy is loaded for them.
    const here = path.join(workDir, 'here')
    await buildSite({ dataDir, outDir: here, search: false, jobs: 1, shardBudget: 8 })
    expect(loads.eleventy).toBe(1)
    expect(loads.writes.length).toBeGreaterThan(0)
    expect(new Set(loads.writes)).toEqual(new Set([here]))
  })
})
