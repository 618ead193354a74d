import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkedEnrichment, Enrichment, enrich } from '../src/enrich.js'
import { ingestedArticle } from './helpers/fixtures.js'

const paragraphs = [
  'The ferry board of Calder Bay voted on Monday to keep the night crossing, after a month of protests on the quay.',
  '"Nobody on this island can wait until morning for a doctor," board member Ilse Varga told reporters.',
  '"We will find the money," she said. Harbour master Tomas Reyl called the vote "brave but late".',
]

/** The enrichment of a small article, as `enrich` hands it to the check. */
async function enrichment() {
  // Tagged with a topic: its text says `vote` twice, which is one word, too little for a topic.
  const file = await enrich(
    ingestedArticle('night-ferry', paragraphs, {
      title: 'Calder Bay keeps its night ferry',
      tags: ['Transport'],
    }),
  )
  const { quotes, speakers, entities, topics, keyphrases, readability, sentiment } =
    file.data.enriched
  return structuredClone({ quotes, speakers, entities, topics, keyphrases, readability, sentiment })
}

type Value = Awaited<ReturnType<typeof enrichment>>

/** The first item of a list the test article has. */
function first<T>(items: readonly T[]): T {
  const item = items[0]
  if (item === undefined) throw new Error('Expected the test article to have one')
  return item
}

/** The issues a parse reports, or `undefined` when it passes. */
function issuesOf(parse: () => unknown) {
  try {
    parse()
  } catch (error) {
    return (error as { issues: unknown }).issues
  }
  return undefined
}

describe('checkedEnrichment', () => {
  it('is compiled: zod can compile every part of the schema', () => {
    // Strict: a part zod's compiler cannot model throws rather than leaving the runtime parser.
    expect(() => z.compile(Enrichment, { strict: true })).not.toThrow()
    expect(checkedEnrichment()).not.toBe(Enrichment)
  })

  it('is the runtime schema when zod is told to generate no code (jitless)', () => {
    const jitless = z.config().jitless
    try {
      z.config({ jitless: true })
      expect(checkedEnrichment()).toBe(Enrichment)
    } finally {
      z.config({ jitless })
    }
    expect(checkedEnrichment()).not.toBe(Enrichment)
  })

  it('falls back to the runtime parser where code generation is forbidden, and enrich succeeds', () => {
    // A process of its own: the flag is V8's, for the whole process, and must be set at start.
    const source = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)))
    const program = `
      const { checkedEnrichment, Enrichment, enrich } = await import(${source('../src/enrich.ts')})
      const { ingestedArticle } = await import(${source('./helpers/fixtures.ts')})
      let generates = true
      try { new Function('') } catch { generates = false }
      const file = await enrich(ingestedArticle('night-ferry', [${JSON.stringify(paragraphs[1])}]))
      const { quotes } = file.data.enriched
      console.log(JSON.stringify({
        generates,
        runtime: checkedEnrichment() === Enrichment,
        quotes: quotes.map((quote) => [quote.text, quote.speaker?.name ?? null]),
      }))`
    const output = execFileSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--conditions=@newsroom/source',
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        program,
      ],
      { encoding: 'utf8' },
    )
    expect(JSON.parse(output)).toEqual({
      generates: false,
      runtime: true,
      quotes: [['Nobody on this island can wait until morning for a doctor,', 'Ilse Varga']],
    })
  }, 60_000)

  it('gives what the runtime parser gives, unknown keys dropped alike', async () => {
    const value = await enrichment()
    expect(value.quotes.length).toBeGreaterThan(0)
    ;(value.quotes[0] as Record<string, unknown>).extra = 'dropped'
    ;(value as Record<string, unknown>).extra = 'dropped'
    const checked = checkedEnrichment().parse(value)
    expect(checked).toStrictEqual(Enrichment.parse(value))
    expect(checked.quotes[0]).not.toHaveProperty('extra')
    expect(JSON.stringify(checked)).toBe(JSON.stringify(Enrichment.parse(value)))
  })

  /** Breaks one field the schema checks; casts where the type would forbid the break. */
  const breakages: Array<[string, (value: Value) => void]> = [
    [
      'a topic id that is no slug',
      (value) => (value.topics = [{ ...first(value.topics), id: 'Not A Slug' }]),
    ],
    ['a negative word count', (value) => (value.readability.words = -1)],
    ['a quote without spans', (value) => (first(value.quotes).spans = [])],
    ['a confidence above 1', (value) => (first(value.quotes).confidence = 1.5)],
    ['an entity never mentioned', (value) => (first(value.entities.people).mentions = 0)],
    [
      'an unknown valence',
      (value) => ((value.sentiment as { valence: string }).valence = 'cheerful'),
    ],
    [
      'a keyphrase that is no string',
      (value) => (value.keyphrases = [{ text: 3 as unknown as string, score: 0.5 }]),
    ],
    ['a missing field', (value) => delete (value as Partial<Value>).speakers],
  ]
  for (const [name, breakIt] of breakages) {
    it(`refuses ${name} with the runtime parser's issues`, async () => {
      const value = await enrichment()
      breakIt(value)
      const expected = issuesOf(() => Enrichment.parse(value))
      expect(expected).toBeDefined()
      expect(issuesOf(() => checkedEnrichment().parse(value))).toStrictEqual(expected)
    })
  }
})
