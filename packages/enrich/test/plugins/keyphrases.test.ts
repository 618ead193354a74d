import { Keyphrase } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as plugin from '../../src/plugins/keyphrases.js'

const keyphrases = plugin.default

const text = [
  'The Marrowby ferry service will close in May, the harbour board said.',
  'The ferry service has carried passengers across the estuary since 1952.',
  'Harbour board members said the ferry service lost money every year, and the harbour board will sell the ferry.',
  'Passengers will have to use the bridge at Tollcross.',
].join('\n\n')

async function run(options?: plugin.KeyphrasesOptions) {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(keyphrases, options)
  await processor.run(processor.parse(file), file)
  return file
}

describe('keyphrases plugin', () => {
  it('exposes the plugin as its default export', () => {
    expect(Object.keys(plugin)).toEqual(['default'])
  })

  it('converts retext-keywords phrases into scored keyphrases, best first', async () => {
    const file = await run()
    const list = file.data.keyphraseList ?? []
    expect(list.length).toBeGreaterThan(1)
    expect(list[0]?.score).toBe(1)
    const texts = list.map((phrase) => phrase.text.toLowerCase())
    expect(texts).toContain('ferry service')
    expect(texts).toContain('harbour board')
    for (const phrase of list) {
      expect(phrase.score).toBeGreaterThan(0)
      expect(phrase.score).toBeLessThanOrEqual(1)
    }
    for (let index = 1; index < list.length; index++) {
      const [a, b] = [list[index - 1], list[index]]
      if (!a || !b) continue
      expect(
        a.score > b.score || (a.score === b.score && a.text.localeCompare(b.text, 'en') < 0),
      ).toBe(true)
    }
    // Case variants are one phrase.
    expect(new Set(texts).size).toBe(texts.length)
    // retext-keywords keeps its own key.
    expect(Array.isArray(file.data.keyphrases)).toBe(true)
  })

  it('keeps at most `maximum` phrases', async () => {
    expect((await run({ maximum: 2 })).data.keyphraseList).toHaveLength(2)
  })

  it('gives an empty list for a text without nouns', async () => {
    const file = new VFile('')
    const processor = unified().use(retextEnglish).use(keyphrases)
    await processor.run(processor.parse(file), file)
    expect(file.data.keyphraseList).toEqual([])
  })

  it('throws on an invalid `maximum`', () => {
    expect(() => keyphrases({ maximum: 0 })).toThrow(/`maximum`/)
    expect(() => keyphrases({ maximum: 1.5 })).toThrow(/`maximum`/)
  })

  it('writes data that validates against the schema', async () => {
    const list = (await run()).data.keyphraseList
    expect(Keyphrase.array().min(1).safeParse(list).success).toBe(true)
  })
})
