import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { limitHtml } from '../src/lib/formats/html-limits.js'

const encoder = new TextEncoder()
const intro =
  'The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether it should be saved.'

/** The blocks of an article page holding `list` between two paragraphs, without those. */
function listBlocks(list: string): string[] {
  const page = `<!doctype html><html><head><title>Pier vote</title></head><body><article><p>${intro}</p>${list}<p>${intro}</p></article></body></html>`
  const file = ingest({ path: 'pier.html', contents: encoder.encode(page) })
  return (file.data.article?.blocks ?? [])
    .map((block) => block.text)
    .filter((text) => text !== intro)
}

describe('list items whose end tags are left out', () => {
  it('keeps the text of every item holding a paragraph, in order', () => {
    // linkedom nested each item in the last one's paragraph, which read as one block: only the
    // last item's text was left.
    expect(listBlocks('<ul><li><p>One<li><p>Two<li><p>Three</ul>')).toEqual(['One', 'Two', 'Three'])
    expect(
      listBlocks(
        '<ol><li><p>The council borrows the money.<li><p>Work begins in the spring.<li><p>The old pier stays open until then.</ol>',
      ),
    ).toEqual([
      'The council borrows the money.',
      'Work begins in the spring.',
      'The old pier stays open until then.',
    ])
  })

  it('closes what is open in the item, and definition lists alike', () => {
    expect(listBlocks('<ul><li><span>One<li><b><i>Two<li>Three</ul>')).toEqual([
      'One',
      'Two',
      'Three',
    ])
    expect(
      listBlocks('<dl><dt><p>Cost<dd><p>Four million pounds.<dt><p>Start<dd><p>Spring.</dl>'),
    ).toEqual(['Cost', 'Four million pounds.', 'Start', 'Spring.'])
  })

  it('keeps a list inside an item inside it', () => {
    expect(
      listBlocks(
        '<ul><li><p>Outer one<ul><li><p>Inner one<li><p>Inner two</ul><li><p>Outer two</ul>',
      ),
    ).toEqual(['Outer one', 'Inner one', 'Inner two', 'Outer two'])
  })
})

describe('limitHtml closing list items', () => {
  it("gives the DOM's copy the end tag a browser implies, and leaves the source as written", () => {
    const source = '<ul><li><p>One<li><p>Two</ul>'
    const limited = limitHtml(source)
    expect(limited.compact).toBe('<ul><li><p>One</li><li><p>Two</ul>')
    expect(limited.source).toBe(source)
  })

  it('closes no item across a list, a table or a section, nor an item of another kind', () => {
    for (const source of [
      '<ul><li><ul><li>One</ul></ul>',
      '<ul><li><table><tr><td><li>One</table></ul>',
      '<ul><li><section><li>One</section></ul>',
      '<dl><dd><li>One</dl>',
      '<ul><li><dd>One</ul>',
      '<ul><li><svg><li>One</svg></ul>',
    ]) {
      expect(limitHtml(source).compact, source).toBe(source)
    }
  })
})
