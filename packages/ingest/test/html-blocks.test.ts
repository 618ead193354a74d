import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const encoder = new TextEncoder()
const intro =
  'The harbour council in Port Alder voted on Thursday night to rebuild the old pier, ending a year of argument over whether it should be saved.'

/** The blocks of an article page holding `markup` between two paragraphs, without those. */
function blocksAround(markup: string): string[] {
  const page = `<!doctype html><html><head><title>Pier vote</title></head><body><article><p>${intro}</p>${markup}<p>${intro}</p></article></body></html>`
  const file = ingest({ path: 'pier.html', contents: encoder.encode(page) })
  return (file.data.article?.blocks ?? [])
    .map((block) => block.text)
    .filter((text) => text !== intro)
}

describe('text beside blocks in an element that holds them', () => {
  it('keeps the words of a list item that holds a list', () => {
    expect(
      blocksAround(
        '<ul><li>Outer <b>one</b><ul><li>Inner one</li><li>Inner two</li></ul></li><li>Outer two</li></ul>',
      ),
    ).toEqual(['Outer one', 'Inner one', 'Inner two', 'Outer two'])
  })

  it('keeps the first paragraph of a block quotation written without its `<p>`', () => {
    expect(
      blocksAround(
        '<blockquote>“We rebuild it,” said Mara Quist, the council leader.<p>“Then we look after it.”</p></blockquote>',
      ),
    ).toEqual(['“We rebuild it,” said Mara Quist, the council leader.', '“Then we look after it.”'])
  })

  it('keeps the lead-in of a list opened inside a paragraph', () => {
    expect(blocksAround('<p>The plan has two parts:<li>a new deck</li><li>new piles</li>')).toEqual(
      ['The plan has two parts:', 'a new deck', 'new piles'],
    )
  })

  it("keeps a layout table's cells beside a cell that holds paragraphs", () => {
    expect(
      blocksAround(
        '<table><tr><td>Work starts in spring.<p>It ends in autumn.</p></td><td>The pier stays open.</td></tr></table>',
      ),
    ).toEqual(['Work starts in spring.', 'It ends in autumn.', 'The pier stays open.'])
  })

  it("leaves a data table's cells out, as before", () => {
    expect(
      blocksAround(
        '<table><tr><th>Option</th><th>Votes</th></tr><tr><td>Rebuild</td><td>7</td></tr></table>',
      ),
    ).toEqual([])
  })
})
