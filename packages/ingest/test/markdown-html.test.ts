import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { htmlBlockText } from '../src/lib/formats/markdown-html-text.js'

const encoder = new TextEncoder()

function read(body: string) {
  const file = ingest({
    path: 'pier.md',
    contents: encoder.encode(`---\ntitle: Pier vote\n---\n\n${body}`),
  })
  const texts = file.data.article?.blocks.map((block) => block.text) ?? []
  const messages = file.messages
    .filter((message) => message.ruleId === 'markdown-skipped')
    .map((message) => ({
      severity: message.fatal === false ? 'warning' : 'info',
      at: `${message.line}:${message.column}`,
      reason: message.reason,
    }))
  return { texts, messages }
}

describe('htmlBlockText', () => {
  it('reads comments left open in one pass, not each again to the end of the block', () => {
    // 400,000 characters of comments that never close: searched each to the end, they took
    // some 40 seconds for 320,000; read once, milliseconds.
    const { words, unclosedComment } = htmlBlockText('<!--'.repeat(100_000))
    expect(words).toBe('')
    expect(unclosedComment).toBe(true)
  })
})

describe('HTML in Markdown', () => {
  it('warns of a skipped HTML block that holds words, at its line, naming it', () => {
    const { texts, messages } = read(
      'Intro by the desk.\n\n<p>"We will never close the pier," said Ann Vale.</p>\n',
    )
    expect(texts).toEqual(['Intro by the desk.'])
    expect(messages).toEqual([
      {
        severity: 'warning',
        at: '7:1',
        reason:
          'Skipped HTML block `<p>` holding text “"We will never close the pier," said Ann Vale.”: only Markdown is read',
      },
    ])
  })

  it('warns of a block whose words come after deep indentation or a row of empty tags', () => {
    // White space and tags once counted toward the 200 characters gathered, so a block that
    // began with them was reported as holding no words, an info hidden by default.
    const quote = '<p>"We will rebuild the whole span by June," said Ann Vale.</p>'
    for (const before of [
      '<span></span>'.repeat(120),
      ' '.repeat(300),
      '\n      <span> </span>'.repeat(40),
    ]) {
      const { texts, messages } = read(`Intro by the desk.\n\n<div>${before}${quote}</div>\n`)
      expect(texts).toEqual(['Intro by the desk.'])
      expect(messages).toEqual([
        {
          severity: 'warning',
          at: '7:1',
          reason:
            'Skipped HTML block `<div>` holding text “"We will rebuild the whole span by June," said Ann Vale.”: only Markdown is read',
        },
      ])
    }
  })

  it('warns of a comment left open, which hides the rest of the article', () => {
    const { texts, messages } = read(
      'Intro by the desk.\n\n<!-- TODO: trim\nAnn Vale said the pier would reopen.\n\nTomas Brel agreed.\n',
    )
    expect(texts).toEqual(['Intro by the desk.'])
    expect(messages[0]).toMatchObject({ severity: 'warning', at: '7:1' })
    expect(messages[0]?.reason).toContain('Ann Vale said the pier would reopen')
  })

  it('keeps an info for a block without words: a closed comment, a script, an image', () => {
    const { messages } = read(
      'Intro by the desk.\n\n<!-- a note to the desk -->\n\n<script>track("pier")</script>\n\n<img src="pier.jpg">\n',
    )
    expect(messages.map((message) => `${message.severity} ${message.at}`)).toEqual([
      'info 7:1',
      'info 9:1',
      'info 11:1',
    ])
  })

  it('prints invisible characters of the quoted words by code point', () => {
    const { messages } = read('<div>Ann\u202EVale</div>\n')
    expect(messages[0]?.reason).toContain('Ann<U+202E>Vale')
  })

  it('parts the words around <br> in any spelling', () => {
    const { texts } = read('Ann Vale said<br>the pier<BR/>would reopen<br />in May.\n')
    expect(texts).toEqual(['Ann Vale said the pier would reopen in May.'])
  })

  it('leaves the content of an inline <script> or <style> out of the text, warning at its tag', () => {
    const { texts, messages } = read(
      'Tomas Brel spoke <script>var a = "<b>x</b>"; track()</script>about the pier <style>p{color:red}</style>and left.\n',
    )
    expect(texts).toEqual(['Tomas Brel spoke about the pier and left.'])
    expect(messages).toEqual([
      {
        severity: 'warning',
        at: '5:18',
        reason: 'Skipped inline `<script>` element: its content is code, not text',
      },
      {
        severity: 'warning',
        at: '5:77',
        reason: 'Skipped inline `<style>` element: its content is code, not text',
      },
    ])
  })

  it('names five skipped scripts and counts the rest', () => {
    const { texts, messages } = read(`Ann Vale${' <script>x()</script>'.repeat(7)} spoke.\n`)
    expect(texts).toEqual(['Ann Vale spoke.'])
    expect(messages.map((message) => message.reason).slice(4)).toEqual([
      'Skipped inline `<script>` element: its content is code, not text',
      'Skipped 2 more inline scripts and styles',
    ])
  })

  it('keeps the words after a <script> mentioned in prose and never closed', () => {
    const { texts, messages } = read('Ann Vale said the <script> tag runs code, not text.\n')
    expect(texts).toEqual(['Ann Vale said the tag runs code, not text.'])
    expect(messages).toEqual([])
  })

  it('parts the words around the tags of a block element, not of an inline or unknown one', () => {
    const { texts } = read(
      'Ann Vale said:</p><p>"We will reopen the pier," and left.<div>Tom Reeve</div>agreed.\n\nThe <span>Vale</span>-led <x-ref>group</x-ref>s met.\n',
    )
    expect(texts).toEqual([
      'Ann Vale said: "We will reopen the pier," and left. Tom Reeve agreed.',
      'The Vale-led groups met.',
    ])
  })

  it('keeps x<y, autolinks and inline elements as text, as remark reads them', () => {
    const { texts } = read(
      'See <https://example.org/a> when x<y holds.\n\n> "We will <em>never</em> close the pier," said Ann Vale.\n',
    )
    expect(texts).toEqual([
      'See https://example.org/a when x<y holds.',
      '"We will never close the pier," said Ann Vale.',
    ])
  })
})
