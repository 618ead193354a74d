import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compileCached } from '../src/code-cache.js'

let scratch: string
let file: string
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsroom-code-cache-'))
  file = join(scratch, 'script.cjs')
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

// A script as the bundle's build writes one: the body of a function of its parameters.
const script = `const greet = (name) => 'Good morning, ' + name + suffix
module.exports = greet('Saskia Marsk')`

function runHere(flags = 'default') {
  const compiled = compileCached(file, ['module', 'suffix'], flags)
  const module = { exports: undefined as unknown }
  compiled.run(module, '.')
  return module.exports
}

const codeCache = fileURLToPath(new URL('../src/code-cache.ts', import.meta.url))

/**
 * Compile and run the script in a process of its own, and save its cache when asked: V8 keeps
 * what it compiled in memory, so a second compile in one process never reads the file's cache.
 */
function runAfresh(flags: string, save: boolean): { fromCache: boolean; result: unknown } {
  const program = `
    const { compileCached } = await import(${JSON.stringify(codeCache)})
    const compiled = compileCached(${JSON.stringify(file)}, ['module', 'suffix'], ${JSON.stringify(flags)})
    const module = {}
    compiled.run(module, '.')
    if (${save}) compiled.save()
    console.log(JSON.stringify({ fromCache: compiled.fromCache, result: module.exports }))`
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', program],
    { encoding: 'utf8' },
  )
  return JSON.parse(output) as { fromCache: boolean; result: unknown }
}

const cacheFiles = async () =>
  (await readdir(scratch)).filter((name) => name.endsWith('.code-cache'))

describe('compileCached', () => {
  it('compiles the text, stores V8’s cache once asked, and takes it in the next process', async () => {
    await writeFile(file, script)
    expect(runHere()).toBe('Good morning, Saskia Marsk.')
    expect(await cacheFiles()).toEqual([])
    expect(runAfresh('default', true)).toEqual({
      fromCache: false,
      result: 'Good morning, Saskia Marsk.',
    })
    expect(await cacheFiles()).toHaveLength(1)
    expect(runAfresh('default', false)).toEqual({
      fromCache: true,
      result: 'Good morning, Saskia Marsk.',
    })
  })

  it('keeps a cache for each setting of the flags and each text', async () => {
    await writeFile(file, script)
    runAfresh('default', true)
    expect(runAfresh('lean', true).fromCache).toBe(false)
    expect(await cacheFiles()).toHaveLength(2)
    // The same length, other text: V8 alone would take the old cache for it.
    await writeFile(file, script.replace('Saskia Marsk', 'Ilsabe Quill'))
    expect(runAfresh('default', false)).toEqual({
      fromCache: false,
      result: 'Good morning, Ilsabe Quill.',
    })
  })

  it('compiles the text when the cache is damaged, and replaces it', async () => {
    await writeFile(file, script)
    runAfresh('default', true)
    const [name] = await cacheFiles()
    await writeFile(join(scratch, name as string), 'not a code cache')
    expect(runAfresh('default', true)).toEqual({
      fromCache: false,
      result: 'Good morning, Saskia Marsk.',
    })
    expect(runAfresh('default', false).fromCache).toBe(true)
  })

  it('reads text outside ASCII as UTF-8', async () => {
    await writeFile(file, script.replace('Good morning', 'Grüß Gott'))
    expect(runHere()).toBe('Grüß Gott, Saskia Marsk.')
  })

  it('never fails for a cache it cannot write', async () => {
    await writeFile(file, script)
    const compiled = compileCached(file, ['module', 'suffix'], 'default')
    await rm(scratch, { recursive: true, force: true })
    expect(() => compiled.save()).not.toThrow()
  })
})
