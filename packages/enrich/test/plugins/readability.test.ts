import { Readability } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as plugin from '../../src/plugins/readability.js'

const readability = plugin.default

async function run(text: string) {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(readability)
  await processor.run(processor.parse(file), file)
  return file.data.readability
}

describe('readability plugin', () => {
  it('exposes the plugin as its default export', () => {
    expect(Object.keys(plugin)).toEqual(['default'])
  })

  it('counts sentences, words and syllables and computes the three indexes', async () => {
    // 2 sentences, 9 words, 10 syllables (happy has two), 27 letters.
    expect(await run('The cat sat on the mat. It was happy.')).toEqual({
      sentences: 2,
      words: 9,
      syllables: 10,
      fleschReadingEase: 108.27,
      fleschKincaidGrade: -0.72,
      automatedReadabilityIndex: -5.05,
    })
  })

  it('rates long words and sentences as harder', async () => {
    const easy = await run('We ran. We sat. We ate.')
    const hard = await run(
      'Parliamentary deliberations concerning constitutional amendments necessitated extraordinary procedural accommodations.',
    )
    expect(hard?.fleschReadingEase).toBeLessThan(easy?.fleschReadingEase ?? 0)
    expect(hard?.fleschKincaidGrade).toBeGreaterThan(easy?.fleschKincaidGrade ?? 0)
    expect(hard?.automatedReadabilityIndex).toBeGreaterThan(easy?.automatedReadabilityIndex ?? 0)
  })

  it('counts paragraphs of several sentences across blocks', async () => {
    const result = await run('One two three.\n\nFour five. Six.')
    expect(result?.sentences).toBe(3)
    expect(result?.words).toBe(6)
  })

  it('gives null indexes for a text without sentences', async () => {
    expect(await run('')).toEqual({
      sentences: 0,
      words: 0,
      syllables: 0,
      fleschReadingEase: null,
      fleschKincaidGrade: null,
      automatedReadabilityIndex: null,
    })
    expect((await run('— … —'))?.fleschReadingEase).toBeNull()
  })

  it('counts the vowel groups of a letter run longer than any English word', async () => {
    // `syllable` would take time quadratic in the length of this word.
    const result = await run(`${'ba'.repeat(5000)} sat.`)
    expect(result?.words).toBe(2)
    expect(result?.syllables).toBe(5001)
  })

  it('writes data that validates against the schema', async () => {
    expect(Readability.safeParse(await run('The cat sat on the mat.')).success).toBe(true)
    expect(Readability.safeParse(await run('')).success).toBe(true)
  })
})
