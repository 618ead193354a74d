import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import {
  isRunOnParagraph,
  maxRestoredWords,
  minRunOnWords,
  paragraphBreaks,
} from '../src/lib/paragraph-breaks.js'
import { ingestText, plainSentences, plainText } from './helpers/harbour-story.js'

describe('paragraphBreaks', () => {
  it('starts a paragraph at each sentence that opens with a quotation mark', () => {
    const text = `The board voted on Monday. “We waited long enough,” said Ana Ruiz. She left early. "The wall will hold," Tomas Brel said.`
    const breaks = paragraphBreaks(text)
    expect(breaks.map((offset) => text.slice(offset, offset + 8))).toEqual(['“We wait', '"The wal'])
  })

  it('never breaks inside a quotation, but before a quotation going on', () => {
    const text = `Ruiz spoke first. “The wall is old. It will not last. We need money.” She sat down. “Nobody listens. Nobody comes.`
    const pieces = [0, ...paragraphBreaks(text), text.length]
    const paragraphs = pieces.slice(1).map((end, index) => text.slice(pieces[index], end).trim())
    expect(paragraphs).toEqual([
      'Ruiz spoke first.',
      '“The wall is old. It will not last. We need money.” She sat down.',
      '“Nobody listens. Nobody comes.',
    ])
    // A quotation left open runs to the end: no sentence inside it starts a paragraph.
    expect(paragraphBreaks('“The wall is old. It will not last. We need money.')).toEqual([])
  })

  it('ends a paragraph without quotations at the first sentence end past the word limit', () => {
    const text = plainText(30)
    const breaks = paragraphBreaks(text)
    expect(breaks.length).toBeGreaterThan(2)
    let from = 0
    for (const offset of [...breaks, text.length]) {
      const words = text.slice(from, offset).split(/\s+/).filter(Boolean).length
      // At least the limit (but the last), and less than the limit plus one sentence.
      if (offset !== text.length) expect(words).toBeGreaterThanOrEqual(maxRestoredWords)
      expect(words).toBeLessThan(maxRestoredWords + 20)
      from = offset
    }
  })
})

describe('isRunOnParagraph', () => {
  it('takes only a paragraph with many words and many sentences', () => {
    expect(isRunOnParagraph(plainText(12))).toBe(true)
    // Long but few sentences: an ordinary long paragraph.
    const fewSentences = `${Array.from({ length: minRunOnWords }, () => 'wall').join(' ')}. The end came.`
    expect(isRunOnParagraph(fewSentences)).toBe(false)
    expect(isRunOnParagraph(plainText(5))).toBe(false)
  })
})

/** `text` cut into lines of at most `width` characters at spaces, as a hard-wrapped export is. */
function hardWrap(text: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lines.join('\n')
}

describe('ingest: text without paragraph breaks', () => {
  const body = [
    plainText(10),
    `“We have waited long enough,” said Ana Ruiz, the harbour master.`,
    'She has fished from Port Alder for thirty years.',
    `“The wall will not last another winter,” she said.`,
    plainText(3),
  ].join(' ')

  it('splits the long paragraph into paragraph blocks, each quotation opening one', () => {
    const file = ingestText(body)
    const texts = file.data.article?.blocks.map((block) => block.text) ?? []
    expect(texts.length).toBeGreaterThan(3)
    expect(texts.join(' ')).toBe(body)
    expect(texts).toContain(
      '“We have waited long enough,” said Ana Ruiz, the harbour master. She has fished from Port Alder for thirty years.',
    )
    expect(
      texts.some((text) => text.startsWith('“The wall will not last another winter,” she said.')),
    ).toBe(true)
  })

  it('marks the blocks cut out of the long paragraph restored, and only those', () => {
    const written = 'The council met on Tuesday evening.'
    const file = ingestText([written, body, written].join('\n\n'))
    const blocks = file.data.article?.blocks ?? []
    expect(blocks.length).toBeGreaterThan(5)
    // The first and the last block are the writer's; every piece between them is ingest's guess.
    expect(blocks.map((block) => block.restored === true)).toEqual(
      blocks.map((_, index) => index > 0 && index < blocks.length - 1),
    )
    // Written paragraphs carry no mark at all, so articles with breaks read as before.
    expect(blocks[0]).not.toHaveProperty('restored')
  })

  it('reports the split at the paragraph, and block sources point into the file', () => {
    const file = ingestText(body)
    const messages = file.messages.filter((message) => message.ruleId === 'run-on-paragraph')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.line).toBe(6)
    expect(messages[0]?.column).toBe(1)
    const lines = String(file.value).split('\n')
    for (const block of file.data.article?.blocks ?? []) {
      const [source] = file.data.blockSources?.[block.id] ?? []
      expect(source, block.id).toBeDefined()
      if (!source) continue
      const line = lines[source.line - 1] ?? ''
      expect(line.slice(source.column - 1, source.column - 1 + source.length)).toBe(block.text)
    }
  })

  // Many lines and many pieces: the shape that once took time quadratic in the lines (each piece
  // walked the paragraph's lines from the first). A result test; speed is for benchmarks.
  it('restores paragraphs in a hard-wrapped body of over a thousand lines, each block traced to its lines', () => {
    const unwrapped = plainText(1_000)
    const wrapped = hardWrap(unwrapped, 72)
    expect(wrapped.split('\n').length).toBeGreaterThan(1_000)
    const file = ingestText(wrapped)
    const blocks = file.data.article?.blocks ?? []
    expect(blocks.length).toBeGreaterThan(100)
    expect(blocks.map((block) => block.text).join(' ')).toBe(unwrapped)
    const lines = String(file.value).split('\n')
    for (const block of blocks) {
      const sources = file.data.blockSources?.[block.id] ?? []
      const traced = sources.map(({ line, column, length }) =>
        (lines[line - 1] ?? '').slice(column - 1, column - 1 + length),
      )
      expect(traced.join(' '), block.id).toBe(block.text)
    }
  })

  it("keeps a JSON article's paragraph whole: its blocks are the exporter's own", () => {
    const json = JSON.stringify({
      title: 'Harbour wall plan approved',
      blocks: [{ type: 'paragraph', text: body }],
    })
    const file = ingest({ path: 'harbour.json', contents: new TextEncoder().encode(json) })
    expect(file.data.article?.blocks.map((block) => block.text)).toEqual([body])
    expect(file.messages.filter((message) => message.ruleId === 'run-on-paragraph')).toEqual([])
    // The same text is split as plain text.
    expect(ingestText(body).data.article?.blocks.length).toBeGreaterThan(1)
  })

  it('leaves text with paragraph breaks alone', () => {
    const separated = [...plainSentences, ...plainSentences].join('\n\n')
    const file = ingestText(separated)
    expect(file.messages.filter((message) => message.ruleId === 'run-on-paragraph')).toEqual([])
    expect(file.data.article?.blocks).toHaveLength(10)
    expect(file.data.article?.blocks.some((block) => 'restored' in block)).toBe(false)
  })

  it('breaks a paragraph of 5,000-word sentences at every sentence end', () => {
    const sentence = `${Array.from({ length: 5_000 }, () => 'wall').join(' ')}.`
    const text = Array.from({ length: 40 }, () => sentence).join(' ')
    expect(paragraphBreaks(text)).toHaveLength(39)
  })
})
