import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { limitMarkdown } from '../src/lib/formats/markdown-limits.js'

const encoder = new TextEncoder()

/** Blocks and message places of a Markdown file. */
function read(text: string) {
  const file = ingest({ path: 'a.md', contents: encoder.encode(text) })
  return {
    blocks: file.data.article?.blocks,
    messages: file.messages.map((message) => [message.ruleId, message.place]),
  }
}

/**
 * The same file read by remark alone: a link definition at the end turns the plain-paragraph
 * path off for the whole file, and yields no block.
 */
function readByRemark(text: string) {
  return read(`${text}\n\n[unused]: https://example.org/unused\n`)
}

const documents: Record<string, string> = {
  'front matter and prose': [
    '---',
    'title: Harbor wall plan approved',
    'author: Ines Marrow',
    '---',
    '',
    'The harbor board in Port Alder approved a plan on Monday.   ',
    '  It rebuilds the   storm wall that failed in January.',
    '',
    '"We cannot wait another winter," said board chair Tomas Brel.  ',
    'A hard break ends that line.',
    '',
  ].join('\n'),
  'prose beside markup': [
    '# Harbor wall plan approved',
    'The board met on *Monday*.',
    '',
    'Plain prose after a heading.',
    '- a list item',
    '',
    '    indented code after a blank line',
    '',
    'More plain prose.',
    '> a quote',
    'lazily continued',
    '',
    '2024 was a hard year.',
    '',
    '1. an ordered item',
    '',
    'Closing words\u00a0',
    '\u00a0',
    'after a line of a no-break space.',
    '\t \u00a0',
  ].join('\n'),
}

describe('Markdown plain paragraphs', () => {
  it('are read without the parser, as remark reads them', () => {
    for (const [name, text] of Object.entries(documents)) {
      expect(read(text), name).toEqual(readByRemark(text))
    }
  })

  it('are the paragraphs with no markup that start after a blank line', () => {
    const kinds = limitMarkdown(documents['front matter and prose'] ?? '').chunks.map(
      (chunk) => chunk.kind,
    )
    // The first paragraph has an indented line: remark reads it, with the front matter.
    expect(kinds).toEqual(['markdown', 'paragraph'])
    const mixed = limitMarkdown(documents['prose beside markup'] ?? '').chunks
    // Only `2024 was a hard year.`: the others run into markup or an indented line.
    expect(mixed.filter((chunk) => chunk.kind === 'paragraph').length).toBe(1)
  })

  it('are left to remark in a file with a fence, an HTML block or a link definition', () => {
    for (const extra of ['```\ncode\n```', '<!--\n\ncomment\n\n-->', '[a]: https://example.org']) {
      const { chunks } = limitMarkdown(`Plain prose.\n\n${extra}\n\nMore prose.\n`)
      expect(chunks.map((chunk) => chunk.kind)).toEqual(['markdown'])
    }
  })
})

describe('Markdown inline markers', () => {
  it('counts each of `*`, `_`, `[`, `]`, `<` and `&`, and no other character', () => {
    for (const marker of ['*', '_', '[', ']', '<', '&']) {
      const line = `Dense ${`${marker}a`.repeat(250)} ${'…“x” é 😀'.repeat(20)}`
      const [plain] = limitMarkdown(`Prose.\n\n${line}\n`).plain
      expect([plain?.reason, plain?.count], marker).toEqual(['markers', 250])
    }
  })
})
