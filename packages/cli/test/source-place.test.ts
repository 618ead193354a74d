import { ingest } from '@newsroom/ingest'
import { describe, expect, it } from 'vitest'
import { toSourcePlace } from '../src/source-place.js'

const text = [
  'A Fictional Headline About Harbours',
  '',
  'First paragraph, on one line.',
  '',
  'Second paragraph, which the writer',
  'wrapped over two lines.',
  '',
].join('\n')

describe('toSourcePlace', () => {
  it('maps an offset in the joined block text to the line and column of the content file', () => {
    const file = ingest({ path: 'a.txt', contents: new TextEncoder().encode(text) })
    const article = file.data.article
    if (!article) throw new Error('expected an article')
    const sources = file.data.blockSources ?? {}
    const joined = article.blocks.map((block) => block.text).join('\n\n')

    const at = (needle: string) => toSourcePlace(joined.indexOf(needle), article.blocks, sources)
    expect(at('First')).toEqual({ line: 3, column: 1 })
    expect(at('on one line')).toEqual({ line: 3, column: 18 })
    expect(at('Second')).toEqual({ line: 5, column: 1 })
    expect(at('wrapped')).toEqual({ line: 6, column: 1 })
    expect(at('two lines')).toEqual({ line: 6, column: 14 })
    expect(toSourcePlace(joined.length + 10, article.blocks, sources)).toBeUndefined()
  })
  it('lands on the real character after inline Markdown markup', () => {
    const markdown =
      '---\ntitle: Ferry Talks\n---\n\nThe talks went **well** and "then stalled, said Ada Quillon.\n'
    const file = ingest({ path: 'a.md', contents: new TextEncoder().encode(markdown) })
    const article = file.data.article
    if (!article) throw new Error('expected an article')
    const joined = article.blocks.map((block) => block.text).join('\n\n')
    const place = toSourcePlace(
      joined.indexOf('"then'),
      article.blocks,
      file.data.blockSources ?? {},
    )
    const line = markdown.split('\n')[4] ?? ''
    expect(place).toEqual({ line: 5, column: line.indexOf('"then') + 1 })
  })
})
