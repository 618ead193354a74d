import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtMainEntry, bundleRuns } from '../src/worker-entry.js'

let scratch: string
let bundle: URL
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-bundle-'))
  await mkdir(join(scratch, 'dist/bundle'), { recursive: true })
  await mkdir(join(scratch, 'names/dist'), { recursive: true })
  bundle = pathToFileURL(join(scratch, 'dist/bundle/'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const manifest = (anchored: unknown) =>
  writeFile(join(scratch, 'dist/bundle/manifest.json'), JSON.stringify({ anchored }))

describe('bundleRuns', () => {
  it('takes a built bundle whose anchored files are all where it expects them', async () => {
    await writeFile(join(scratch, 'dist/bundle/worker.cjs'), '')
    await writeFile(join(scratch, 'names/dist/gender.js'), '')
    await manifest(['../../names/dist/gender.js'])
    expect(bundleRuns(bundle)).toBe(true)
  })

  it('refuses a bundle laid out elsewhere: an anchored file is missing', async () => {
    await writeFile(join(scratch, 'dist/bundle/worker.cjs'), '')
    await writeFile(join(scratch, 'names/dist/gender.js'), '')
    await manifest(['../../names/dist/gender.js', '../../ingest/dist/lib/glued-headings.js'])
    expect(bundleRuns(bundle)).toBe(false)
  })

  it('refuses a folder without a bundle, a manifest or a readable manifest', async () => {
    expect(bundleRuns(bundle)).toBe(false)
    await manifest([])
    expect(bundleRuns(bundle)).toBe(false)
    await writeFile(join(scratch, 'dist/bundle/worker.cjs'), '')
    expect(bundleRuns(bundle)).toBe(true)
    await manifest('../../names')
    expect(bundleRuns(bundle)).toBe(false)
    await manifest([1])
    expect(bundleRuns(bundle)).toBe(false)
    await writeFile(join(scratch, 'dist/bundle/manifest.json'), 'null')
    expect(bundleRuns(bundle)).toBe(false)
    await writeFile(join(scratch, 'dist/bundle/manifest.json'), '{"anchored": [')
    expect(bundleRuns(bundle)).toBe(false)
  })
})

describe('builtMainEntry', () => {
  const dist = () => pathToFileURL(join(scratch, 'dist/'))

  it('takes the bundled main.js where the bundle runs', async () => {
    await writeFile(join(scratch, 'dist/bundle/worker.cjs'), '')
    await writeFile(join(scratch, 'dist/bundle/main.js'), '')
    await manifest([])
    expect(builtMainEntry(dist()).href).toBe(new URL('bundle/main.js', dist()).href)
  })

  it('falls back to main.js without a bundled main.js or where the bundle cannot run', async () => {
    await writeFile(join(scratch, 'dist/bundle/worker.cjs'), '')
    await manifest([])
    expect(builtMainEntry(dist()).href).toBe(new URL('main.js', dist()).href)
    await writeFile(join(scratch, 'dist/bundle/main.js'), '')
    await manifest(['../../names/dist/gender.js'])
    expect(builtMainEntry(dist()).href).toBe(new URL('main.js', dist()).href)
  })
})
