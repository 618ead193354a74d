import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readGold } from '../src/index.js'

// The held-out gold is read by `newsroom eval` like any gold file: a line that breaks the format
// would stop the measure it exists for.
describe('data/gold-heldout-articles.jsonl', () => {
  const articles = readGold(
    readFileSync(new URL('../data/gold-heldout-articles.jsonl', import.meta.url), 'utf8'),
  )

  it('holds one line per held-out article, each with its quotations', () => {
    const files = articles.map((article) => article.file)
    expect(new Set(files).size).toBe(files.length)
    expect(files).toHaveLength(49)
    expect(articles.reduce((count, article) => count + article.quotes.length, 0)).toBe(355)
  })

  it('names a canonical speaker, never an empty one, for every quotation', () => {
    for (const article of articles)
      for (const quote of article.quotes) expect(quote.speaker.trim()).not.toBe('')
  })
})
