import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const encoder = new TextEncoder()

/** Blocks, their first places and the warnings of a Markdown article. */
function read(body: string) {
  const file = ingest({
    path: 'pier.md',
    contents: encoder.encode(`---\ntitle: Pier vote\n---\n\n${body}`),
  })
  const article = file.data.article
  return {
    blocks: article?.blocks.map((block) => [block.type, block.text]),
    places: article?.blocks.map((block) => {
      const [first] = file.data.blockSources?.[block.id] ?? []
      return first ? `${first.line}:${first.column}` : undefined
    }),
    warnings: file.messages
      .filter((message) => message.fatal === false)
      .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`),
    infos: file.messages
      .filter((message) => message.fatal === undefined || message.fatal === null)
      .map((message) => message.ruleId),
  }
}

describe('HTML in Markdown', () => {
  it('keeps the words of inline HTML, and parts words at <br>', () => {
    const { blocks, warnings } = read(
      [
        '> "We will <em>never</em> close the pier," said Ann Vale.',
        '',
        'The <strong>board</strong> met. <span class="who">Tomas Brel</span> spoke for the <abbr title="Port Authority">PA</abbr>.<br>He left<br/>early <!-- ask the desk --> on Monday.',
        '',
      ].join('\n'),
    )
    expect(blocks).toEqual([
      ['paragraph', '"We will never close the pier," said Ann Vale.'],
      ['paragraph', 'The board met. Tomas Brel spoke for the PA. He left early on Monday.'],
    ])
    expect(warnings).toEqual([])
  })

  it('reads a quotation written as an HTML block, placed where its words are', () => {
    const { blocks, places, infos } = read(
      [
        '> <p>"We will never close the pier," said Ann Vale.</p>',
        '',
        '> <em>',
        '> "We will always close the pier," said Ines Marrow.',
        '> </em>',
        '',
        '<div>Caf&eacute; owner &#8220;Petra Salo&#8221; said &amp; left.</div>',
        '',
        '<h2>Who rides it</h2>',
        '',
        '<p>One paragraph.</p><p>Another<br>on two lines.</p>',
        '',
      ].join('\n'),
    )
    expect(blocks).toEqual([
      ['paragraph', '"We will never close the pier," said Ann Vale.'],
      ['paragraph', '"We will always close the pier," said Ines Marrow.'],
      ['paragraph', 'Café owner “Petra Salo” said & left.'],
      ['heading', 'Who rides it'],
      ['paragraph', 'One paragraph.'],
      ['paragraph', 'Another on two lines.'],
    ])
    expect(places).toEqual(['5:6', '8:3', '11:6', '13:5', '15:4', '15:25'])
    expect(infos).not.toContain('markdown-skipped')
  })

  it('drops scripts, styles, embeds and tables with a warning at their tag, and never keeps markup', () => {
    const { blocks, warnings } = read(
      [
        'Text with <script>steal()</script> inline, said Ann Vale.',
        '',
        '<script>',
        'document.title = "gone"',
        '</script>',
        '',
        '> <table><tr><td>Quoted cell</td></tr></table>',
        '',
        '<style>p { color: red }</style>',
        '<p>After the style.</p>',
        '',
        '<div>Cut off <em class="x',
        '',
      ].join('\n'),
    )
    expect(blocks).toEqual([
      ['paragraph', 'Text with inline, said Ann Vale.'],
      ['paragraph', 'After the style.'],
      ['paragraph', 'Cut off'],
    ])
    expect(warnings).toEqual([
      '5:11 markdown-html-dropped Unexpected HTML `<script>` element: dropped with its content',
      '7:1 markdown-html-dropped Unexpected HTML `<script>` element: dropped with its content',
      '11:3 markdown-html-dropped Unexpected HTML `<table>` element: dropped with its content',
      '13:1 markdown-html-dropped Unexpected HTML `<style>` element: dropped with its content',
    ])
    for (const [, text] of blocks ?? []) expect(text).not.toMatch(/[<>]/)
  })
})
