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

  it('scores whole phrases of important words, best first', async () => {
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
  })

  it('writes a phrase as the text writes it most, the first form in sort order on a tie', async () => {
    async function phraseTexts(value: string) {
      const file = new VFile(value)
      const processor = unified().use(retextEnglish).use(keyphrases)
      await processor.run(processor.parse(file), file)
      return (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    }
    const most = await phraseTexts(
      'We saw the harbour board. We met the harbour board. We left the harbour board. We called the Harbour Board. We paid the Harbour Board.',
    )
    expect(most).toContain('harbour board')
    expect(most).not.toContain('Harbour Board')
    const mostCapitalized = await phraseTexts(
      'We saw the Harbour Board. We met the Harbour Board. We left the Harbour Board. We called the harbour board. We paid the harbour board.',
    )
    expect(mostCapitalized).toContain('Harbour Board')
    const tie = await phraseTexts(
      'We saw the Harbour Board. We met the Harbour Board. We called the harbour board. We paid the harbour board.',
    )
    expect(tie).toContain(
      ['Harbour Board', 'harbour board'].sort((a, b) => a.localeCompare(b, 'en'))[0],
    )
  })

  it('keeps a name whole: no fragment of it is a phrase', async () => {
    // The tagger calls `United` a participle (a rule for words ending in -ed): it still belongs
    // to the name it starts.
    const file = new VFile(
      [
        'The United States said on Monday that the Marrowby ferry would stay open.',
        'United States officials visited the ferry. The ferry carries the United States mail.',
        'Officials from the United Nations joined them. "Is Marrowby safe?" one asked.',
      ].join('\n\n'),
    )
    const processor = unified().use(retextEnglish).use(keyphrases)
    await processor.run(processor.parse(file), file)
    const texts = (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    expect(texts).toContain('United States')
    expect(texts).not.toContain('States')
    expect(texts).not.toContain('Nations')
    // A capitalized verb opening a quoted question is not part of the name after it.
    expect(texts.some((text) => text.startsWith('Is '))).toBe(false)
  })

  it('keeps names with `of` or a middle initial whole, and no contraction', async () => {
    const file = new VFile(
      [
        'The Group of Seven met at the University of Marrowby on Monday.',
        'Ines W. Marrow said the Group of Seven would meet again. I’ve seen worse, she said.',
        'The University of Marrowby hosted the Group of Seven once before. It’s a small campus.',
        'Ines W. Marrow leads the campus.',
      ].join('\n\n'),
    )
    const processor = unified().use(retextEnglish).use(keyphrases, { maximum: 20 })
    await processor.run(processor.parse(file), file)
    const texts = (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    expect(texts).toContain('Group of Seven')
    expect(texts).toContain('University of Marrowby')
    expect(texts).toContain('Ines W. Marrow')
    for (const fragment of ['Group', 'Seven', 'University', 'Ines W', 'Ines', 'Marrow', 'I’ve']) {
      expect(texts).not.toContain(fragment)
    }
    expect(texts.some((text) => /it’s/i.test(text))).toBe(false)
  })

  it("marks a fragment only among its own sentence's runs", async () => {
    // Runs of the whole text share one list: a sentence that follows an initial must not mark
    // an earlier sentence's run at word 0 as cut off by that initial.
    const file = new VFile('Harbour Council members met. Ines Marrow (D). Vale spoke.')
    const processor = unified().use(retextEnglish).use(keyphrases)
    await processor.run(processor.parse(file), file)
    const texts = (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    expect(texts).toEqual(expect.arrayContaining(['Harbour Council members', 'Ines Marrow']))
  })

  it('takes no phrase from a run of nouns longer than a phrase, though its words count', async () => {
    const nouns = 'harbour ferry board market bridge school council budget water road'
    const file = new VFile(`${nouns} ${nouns} ${nouns}. The ferry left.`)
    const processor = unified().use(retextEnglish).use(keyphrases)
    await processor.run(processor.parse(file), file)
    const texts = (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    expect(texts).toEqual(['ferry'])
  })

  it('reads a possessive as the word before its apostrophe', async () => {
    const file = new VFile(
      "The Quillons' ferry and the Quillons' ferry left. The Quillons sold the ferry.",
    )
    const processor = unified().use(retextEnglish).use(keyphrases)
    await processor.run(processor.parse(file), file)
    const texts = (file.data.keyphraseList ?? []).map((phrase) => phrase.text)
    expect(texts).toContain('Quillons')
    expect(texts.some((text) => text.includes("'"))).toBe(false)
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
