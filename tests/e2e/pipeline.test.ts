import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { processContent } from '@newsroom/cli'
import { Article, Report, SpeakerIndex, TopicIndex } from '@newsroom/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureContent, readTree, seedFolder } from './helpers.js'

let scratch: string
/** The fixture folder processed once, in one thread and without a cache: the reference output. */
let single: string
let singleReport: Report

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-e2e-'))
  single = join(scratch, 'single')
  const { report } = await processContent({
    contentDir: fixtureContent,
    outDir: single,
    cacheDir: false,
    jobs: 1,
  })
  singleReport = report
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'))
}

describe('content → JSON', () => {
  it('writes one valid article JSON per content file, plus indexes and a report', async () => {
    const out = single
    expect(singleReport.counts.error).toBe(0)
    const tree = await readTree(out)
    expect([...tree.keys()]).toEqual([
      '/articles/harbour-council-approves-sea-wall-plan-after-stormy-debate.json',
      '/articles/islands-must-choose-trust-or-tolls-veldra-tells-ostria.json',
      '/articles/orchard-cooperative-doubles-its-harvest.json',
      '/published.json',
      '/report.json',
      '/speakers.json',
      '/topics.json',
    ])
    Report.parse(await readJson(join(out, 'report.json')))
    TopicIndex.parse(await readJson(join(out, 'topics.json')))
    const speakers = SpeakerIndex.parse(await readJson(join(out, 'speakers.json')))
    expect(speakers.speakers.map((speaker) => speaker.name)).toEqual(
      expect.arrayContaining(['Marta Okonkwo', 'Tomas Brenner', 'Ilse Marrant']),
    )

    const harbour = Article.parse(
      await readJson(
        join(out, 'articles/harbour-council-approves-sea-wall-plan-after-stormy-debate.json'),
      ),
    )
    expect(harbour.sourceFile).toBe('harbour-council-approves-sea-wall.txt')
    expect(harbour.publisher).toBe('Coastline Gazette')
    expect(harbour.readTimeMinutes).toBe(2)
    expect(harbour.blocks.some((block) => /Notify of|Inline Feedbacks/.test(block.text))).toBe(
      false,
    )
    const okonkwo = harbour.quotes.filter((quote) => quote.speaker?.name === 'Marta Okonkwo')
    // A comma that closes a quote before its attribution belongs to the sentence, not the quote.
    expect(okonkwo.map((quote) => quote.text.replace(/,$/, ''))).toEqual([
      'We cannot keep rebuilding the same quay every winter',
      'The sea is not waiting for us to agree',
      'It is already at the door.',
      'This is the beginning, not the end',
    ])
    expect(harbour.speakers.find((speaker) => speaker.name === 'Marta Okonkwo')?.roles).toContain(
      'council chair',
    )

    const orchard = Article.parse(
      await readJson(join(out, 'articles/orchard-cooperative-doubles-its-harvest.json')),
    )
    expect(orchard.publishedAt).toBe('2024-09-12')
    expect(orchard.byline).toBe('Ines Holloway')
    expect(
      orchard.blocks.filter((block) => block.type === 'heading').map((block) => block.text),
    ).toEqual(['Prices'])
    expect(orchard.quotes.every((quote) => quote.speaker?.name === 'Tomas Brenner')).toBe(true)

    // A descriptive first mention, a surname and a pronoun are one speaker; an anonymous source
    // is kept as described, with no identity.
    const islands = Article.parse(
      await readJson(
        join(out, 'articles/islands-must-choose-trust-or-tolls-veldra-tells-ostria.json'),
      ),
    )
    expect(islands.quotes.map((quote) => [quote.mention, quote.speaker?.name])).toEqual([
      ["Veldra's top diplomat", 'Ilse Marrant'],
      ['Marrant', 'Ilse Marrant'],
      ['she', 'Ilse Marrant'],
      ['Marrant', 'Ilse Marrant'],
      ['Olav Pettersen', 'Olav Pettersen'],
      ['he', 'a senior Ostrian official'],
    ])
    expect(islands.quotes.at(-1)?.speaker?.kind).toBe('anonymous')
  })

  it('gives byte-identical output in one thread, in worker threads and from the cache', async () => {
    const parallel = join(scratch, 'parallel')
    const cachedOut = join(scratch, 'cached')
    const cache = join(scratch, 'cache')
    const cold = await processContent({
      contentDir: fixtureContent,
      outDir: parallel,
      cacheDir: cache,
      jobs: 2,
    })
    expect(cold.cached).toBe(0)
    const warm = await processContent({
      contentDir: fixtureContent,
      outDir: cachedOut,
      cacheDir: cache,
      jobs: 2,
    })
    expect(warm.cached).toBe(3)
    const expected = await readTree(single)
    expect(await readTree(parallel)).toEqual(expected)
    expect(await readTree(cachedOut)).toEqual(expected)
  })

  it('adds an article to an earlier output by writing what changed, byte-identical to a cold run', async () => {
    const out = join(scratch, 'incremental')
    const cache = join(scratch, 'incremental-cache')
    const kept = '/articles/harbour-council-approves-sea-wall-plan-after-stormy-debate.json'
    const edited = '/articles/orchard-cooperative-doubles-its-harvest.json'
    const run = (only?: ReadonlySet<string>) =>
      processContent({ contentDir: fixtureContent, outDir: out, cacheDir: cache, jobs: 2, only })
    await run(
      new Set(['harbour-council-approves-sea-wall.txt', 'orchard-cooperative-doubles-harvest.md']),
    )
    const inode = async (file: string) => (await stat(join(out, file))).ino
    const before = await inode(kept)
    const indexesBefore = await inode('/speakers.json')
    await run()
    const expected = await readTree(single)
    expect(await readTree(out)).toEqual(expected)
    // Kept from the previous output (linked into the new one), not written again.
    expect(await inode(kept)).toBe(before)
    // Made from every article: written again when one is added, kept when none changed.
    const indexesAfter = await inode('/speakers.json')
    expect(indexesAfter).not.toBe(indexesBefore)
    await run()
    expect(await inode('/speakers.json')).toBe(indexesAfter)
    expect(await readTree(out)).toEqual(expected)

    // An output file deleted or edited since it was written is written again.
    await rm(join(out, kept))
    await writeFile(join(out, edited), '{}\n')
    await run()
    expect(await readTree(out)).toEqual(expected)
  })
})

describe('the content index', () => {
  it('serves unchanged files without reading them, and reads every file it cannot vouch for', async () => {
    const content = join(scratch, 'indexed-content')
    const out = join(scratch, 'indexed-out')
    const cache = join(scratch, 'indexed-cache')
    await cp(fixtureContent, content, { recursive: true })
    const harbour = join(content, 'harbour-council-approves-sea-wall.txt')
    const orchard = join(content, 'orchard-cooperative-doubles-harvest.md')
    // Dated well before any run, so that no file counts as changed in the tick a run began in.
    const past = new Date(Date.now() - 60_000)
    for (const name of await readdir(content)) await utimes(join(content, name), past, past)
    const run = () => processContent({ contentDir: content, outDir: out, cacheDir: cache, jobs: 2 })
    const expected = await readTree(single)

    const cold = await run()
    expect([cold.cached, cold.indexed]).toEqual([0, 0])
    const warm = await run()
    expect([warm.cached, warm.indexed, warm.timings.size]).toEqual([3, 3, 0])
    expect(await readTree(out)).toEqual(expected)

    // Touched, not changed: read and hashed, found in the cache, not enriched.
    const later = new Date(Date.now() - 30_000)
    await utimes(harbour, later, later)
    const touched = await run()
    expect([touched.cached, touched.indexed, touched.timings.size]).toEqual([3, 2, 0])
    expect((await run()).indexed).toBe(3)

    // Changed, with the same size: enriched again, as a cold run of that text would be.
    const text = await readFile(orchard, 'utf8')
    const edited = text.replace('Tomas Brenner', 'Tomas Brennen')
    expect(edited.length).toBe(text.length)
    expect(edited).not.toBe(text)
    await writeFile(orchard, edited)
    await utimes(orchard, later, later)
    const changed = await run()
    expect([changed.cached, changed.indexed, [...changed.timings.keys()]]).toEqual([
      2,
      2,
      ['orchard-cooperative-doubles-harvest.md'],
    ])
    const coldOut = join(scratch, 'indexed-cold')
    await processContent({ contentDir: content, outDir: coldOut, cacheDir: false, jobs: 1 })
    expect(await readTree(out)).toEqual(await readTree(coldOut))
    await writeFile(orchard, text)
    await utimes(orchard, past, past)
    await run()

    // Edited in place with its mtime put back (cp -p over it, touch -r, rsync -t --inplace): the
    // same size, mtime and inode; only its ctime shows the change.
    await writeFile(orchard, edited)
    await utimes(orchard, past, past)
    const restored = await run()
    expect([restored.cached, restored.indexed]).toEqual([3, 2])
    expect(await readTree(out)).toEqual(await readTree(coldOut))
    await writeFile(orchard, text)
    await utimes(orchard, past, past)
    await run()

    // A damaged index: every file is read and hashed, none is enriched, the output is the same.
    const [indexFile] = await readdir(join(cache, 'content'))
    await writeFile(join(cache, 'content', indexFile as string), '{"version":')
    const unindexed = await run()
    expect([unindexed.cached, unindexed.indexed, unindexed.timings.size]).toEqual([3, 0, 0])
    expect(await readTree(out)).toEqual(expected)
    expect((await run()).indexed).toBe(3)

    // A damaged cache entry of an unchanged file: enriched again, with a notice; nothing lost.
    const entries = (await readdir(cache)).filter((name) => name.endsWith('.json'))
    for (const name of entries) await writeFile(join(cache, name), '{"article":')
    const repaired = await run()
    expect([repaired.cached, repaired.timings.size]).toEqual([0, 3])
    expect(repaired.notices.map((notice) => notice.ruleId)).toEqual(['cli/cache-entry-damaged'])
    expect(await readTree(out)).toEqual(expected)
    // Eleven whole runs, each starting its workers: up to 77 s of the file's 120 s on a 2-core
    // machine at load 10. A bound on a hang, not on speed.
  }, 300_000)

  it('does not let a run of some files vouch for the others it did not look at', async () => {
    const content = join(scratch, 'only-content')
    const cache = join(scratch, 'only-cache')
    await cp(fixtureContent, content, { recursive: true })
    const names = (await readdir(content)).sort()
    const past = new Date(Date.now() - 60_000)
    for (const name of names) await utimes(join(content, name), past, past)
    const run = (only?: ReadonlySet<string>) =>
      processContent({ contentDir: content, cacheDir: cache, jobs: 2, only })
    await run()
    // As if every file had been changed in the tick that run began in: none can be vouched for.
    const [indexName] = await readdir(join(cache, 'content'))
    const indexFile = join(cache, 'content', indexName as string)
    const index = JSON.parse(await readFile(indexFile, 'utf8'))
    await writeFile(indexFile, JSON.stringify({ ...index, startedAt: past.getTime() - 1000 }))
    // A run of one file keeps the others' rows, but not as if it had looked at them.
    await run(new Set([names[0] as string]))
    expect((await run()).indexed).toBe(1)
  })
})

describe.skipIf(!existsSync(seedFolder))('the seed article', () => {
  it('is processed into a valid article whose quotes carry speakers', async () => {
    const out = join(scratch, 'seed')
    const { report } = await processContent({
      contentDir: seedFolder,
      outDir: out,
      cacheDir: false,
      jobs: 1,
    })
    expect(report.counts.error).toBe(0)
    const article = Article.parse(
      await readJson(
        join(
          out,
          'articles/need-to-choose-between-cooperation-or-conflict-to-get-along-china-tells-us.json',
        ),
      ),
    )
    expect(article.title).toBe(
      'Need To Choose Between “Cooperation Or Conflict” To Get Along: China Tells US',
    )
    expect(article.quotes.length).toBeGreaterThanOrEqual(11)
    const expected = new Set(['Wang Yi', 'Matthew Miller', 'Qin Gang', 'a senior US official'])
    // Precision first: a quote whose attribution is less sure than the published threshold keeps
    // its best candidate but no speaker ("speaker unclear"); the candidate must still be right.
    const published = article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))
    expect(new Set(published)).toEqual(expected)
    expect(published.length).toBeGreaterThanOrEqual(9)
    for (const quote of article.quotes) {
      expect(expected).toContain(quote.speaker?.name ?? quote.candidate?.name)
    }
  })
})
